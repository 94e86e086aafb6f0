import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/**
 * The built JavaScript of a script of this repo, as `npm start` runs it: `src/index.ts` is `dist/src/index.js`
 * (tsconfig.build.json; vitest builds it once before the tests, test/globalSetup.ts).
 */
export function builtScript(script: string): string {
	const built = join(REPO_ROOT, 'dist', script.replace(/\.ts$/, '.js'));
	if (!existsSync(built)) throw new Error(`${built} does not exist: run \`npm run build\` first`);
	return built;
}

/** The node flags `npm start` gives the bot (package.json's start script), so a spawned bot runs as in production. */
export const START_NODE_FLAGS: readonly string[] = (() => {
	const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
	const words = pkg.scripts.start.split(/\s+/);
	return words.slice(words.indexOf('node') + 1).filter((word) => word.startsWith('--'));
})();

export interface LogLine {
	level: number;
	msg?: string;
	[key: string]: unknown;
}

export interface BotProcess {
	readonly child: ChildProcess;
	readonly dir: string;
	readonly databaseUrl: string;
	stdout(): string;
	stderr(): string;
	logs(): LogLine[];
	waitForLog(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
	waitForExit(timeoutMs?: number): Promise<number | null>;
	/** SIGTERM, then SIGKILL if it has not exited within the bound. Returns the exit code. */
	stop(timeoutMs?: number): Promise<number | null>;
}

export interface SpawnOptions {
	env: Record<string, string>;
	/** A directory to run in (and keep the database in); a fresh temp dir by default. */
	dir?: string;
	script?: string;
	args?: string[];
	/** Run this instead of node on the built script (the bench runs `npm start` itself). */
	command?: { file: string; args: string[] };
}

function poll<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
	return new Promise((resolvePromise, reject) => {
		const started = Date.now();
		const tick = () => {
			const found = check();
			if (found !== undefined) return resolvePromise(found);
			if (Date.now() - started > timeoutMs) return reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
			setTimeout(tick, 25);
		};
		tick();
	});
}

/**
 * Runs a script of this repo (the bot by default) as its own process, the way `npm start` does (node on the built
 * JavaScript), in a temp directory so a developer's .env and database are never touched. Only the env given is
 * passed, plus PATH.
 */
export function spawnScript(options: SpawnOptions): BotProcess {
	const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'bot-test-'));
	const databaseUrl = options.env.DATABASE_URL ?? `sqlite://${join(dir, 'bot.sqlite')}`;
	const script = options.script ?? 'src/index.ts';
	const flags = script === 'src/index.ts' ? START_NODE_FLAGS : [];
	const command = options.command ?? { file: process.execPath, args: [...flags, builtScript(script), ...(options.args ?? [])] };
	const child = spawn(command.file, command.args, {
		cwd: dir,
		env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, ...options.env },
		stdio: ['ignore', 'pipe', 'pipe'],
		// Its own process group: a sharded bot's manager forks its shards, and killing the group reaches them all.
		detached: true,
	});
	const killGroup = (signal: NodeJS.Signals) => {
		try {
			if (child.pid !== undefined) process.kill(-child.pid, signal);
		} catch {
			// Already gone.
		}
	};
	let out = '';
	let err = '';
	let exitCode: number | null | undefined;
	child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
	// If the test process ends first (a timed-out test never reaches its cleanup), take the child with it.
	const killOnExit = () => killGroup('SIGKILL');
	process.once('exit', killOnExit);
	child.on('exit', (code, signal) => {
		exitCode = code ?? (signal ? null : code);
		process.off('exit', killOnExit);
	});

	const logs = (): LogLine[] =>
		out
			.split('\n')
			.filter((line) => line.startsWith('{'))
			.flatMap((line) => {
				try {
					return [JSON.parse(line) as LogLine];
				} catch {
					return [];
				}
			});
	const waitForExit = (timeoutMs = 15_000) =>
		poll(() => (exitCode === undefined ? undefined : { code: exitCode }), timeoutMs, 'the process to exit').then((result) => result.code);

	return {
		child,
		dir,
		databaseUrl,
		stdout: () => out,
		stderr: () => err,
		logs,
		waitForLog: (predicate, timeoutMs = 15_000) =>
			poll(() => logs().find(predicate), timeoutMs, `a log line (stdout so far: ${out.slice(-500)} stderr: ${err.slice(-500)})`),
		waitForExit,
		async stop(timeoutMs = 10_000) {
			if (exitCode !== undefined) return exitCode;
			child.kill('SIGTERM');
			try {
				return await waitForExit(timeoutMs);
			} catch {
				killGroup('SIGKILL');
				return waitForExit(5_000).catch(() => null);
			}
		},
	};
}

export function removeDir(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}
