import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe } from 'vitest';

/** A program some suites need (a server, a browser), and the Debian package that installs it. */
export interface Program {
	/** As the skip line names it. */
	name: string;
	aptPackage: string;
	/** Where it is installed; undefined when it is not. */
	locate: () => string | undefined;
}

export type Verdict = { run: true } | { run: false; line: string };

/** CI=true (or 1): .ci/run installs everything, so there a missing program fails its suites instead of skipping them. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
	return /^(1|true)$/i.test(env['CI']?.trim() ?? '');
}

/** What becomes of the suites that need `program`, found at `path` or not: they run, or are skipped with one line. */
export function verdict(program: Pick<Program, 'name' | 'aptPackage'>, path: string | undefined, ci: boolean): Verdict {
	if (path !== undefined || ci) return { run: true };
	return {
		run: false,
		line: `Skipping the tests that need ${program.name}: it is not installed (Debian: apt-get install -y ${program.aptPackage}). Under CI=true they fail instead.`,
	};
}

const told = new Set<string>();

/**
 * Whether the suites that need `program` are skipped on this machine (for `describe.skipIf`); the first time,
 * the one line saying what to install goes to stderr. Under CI they run, and fail, as before.
 */
export function skipWithout(program: Program, options: { env?: NodeJS.ProcessEnv; write?: (line: string) => void } = {}): boolean {
	const result = verdict(program, program.locate(), isCi(options.env));
	if (result.run) return false;
	if (!told.has(result.line)) {
		told.add(result.line);
		(options.write ?? ((line: string) => process.stderr.write(`${line}\n`)))(result.line);
	}
	return true;
}

/** `describe`, or a skipping one when `program` is missing: `const describe = describeNeeding(CHROMIUM)` skips a whole file. */
export function describeNeeding(program: Program): ReturnType<typeof describe.skipIf> {
	return describe.skipIf(skipWithout(program));
}

/**
 * The first `binary` on PATH, or in /usr/sbin, where some systems put daemons and which a user's PATH often lacks.
 * PATH decides otherwise, so a PATH without the directory of redis-server runs the suites as on a machine without it.
 */
export function onPath(binary: string, path = process.env.PATH ?? ''): string | undefined {
	const dirs = [...path.split(delimiter).filter(Boolean), '/usr/sbin'];
	return dirs.map((dir) => join(dir, binary)).find((candidate) => existsSync(candidate));
}

/** Debian's chromium package installs /usr/bin/chromium; other systems call it chromium-browser. */
export const CHROMIUM: Program = {
	name: 'Chromium',
	aptPackage: 'chromium',
	locate: () => onPath('chromium') ?? onPath('chromium-browser'),
};

/** Debian's nginx package installs /usr/sbin/nginx, which onPath finds even when PATH lacks /usr/sbin. */
export const NGINX: Program = { name: 'nginx', aptPackage: 'nginx', locate: () => onPath('nginx') };
