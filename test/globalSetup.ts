import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/botProcess.js';

/** A cold build takes about a second; an up-to-date one reads its build info and writes nothing. */
const BUILD_LIMIT_MS = 120_000;

/**
 * Builds dist/ once before any test file runs: the end-to-end tests spawn what `npm start` runs (node on the built
 * JavaScript), so they must see the sources as they are now, not as `npm ci` last built them.
 */
export default function buildOnce(): void {
	const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
	const build = spawnSync(process.execPath, [tsc, '-p', join(REPO_ROOT, 'tsconfig.build.json')], { cwd: REPO_ROOT, encoding: 'utf8', timeout: BUILD_LIMIT_MS });
	if (build.error) throw new Error(`the build (tsc -p tsconfig.build.json) did not run: ${build.error.message}`);
	if (build.status !== 0) throw new Error(`the build (tsc -p tsconfig.build.json) failed (${build.status ?? build.signal}):\n${build.stdout}${build.stderr}`);
}
