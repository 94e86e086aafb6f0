import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, START_NODE_FLAGS } from '../helpers/botProcess.js';

/** Enough of the bot's output to explain a crash; a playground may run for hours, so the rest is dropped. */
const TAIL_CHARS = 8_000;
const STOP_LIMIT_MS = 10_000;

export interface BotChild {
	/** Settles with the exit code (null after a signal) whenever the process ends, expectedly or not. */
	readonly exited: Promise<number | null>;
	/** The last few thousand characters the bot wrote to stdout and stderr. */
	tail(): string;
	/** SIGTERM, then SIGKILL if it has not exited within the bound. */
	stop(): Promise<void>;
}

export interface BotOptions {
	readonly env: Record<string, string>;
	/** Where it runs: no .env of the developer's is read there, and the database lives there. */
	readonly dir: string;
	/** Also copy its output (JSON log lines) to this stream. */
	readonly echo?: NodeJS.WritableStream | undefined;
}

/** The real bot, started the way `npm start` starts it: node (with its flags) on dist/src/index.js, with only the environment given plus PATH. */
export function spawnBot(options: BotOptions): BotChild {
	const child = spawn(process.execPath, [...START_NODE_FLAGS, join(REPO_ROOT, 'dist/src/index.js')], {
		cwd: options.dir,
		env: { PATH: process.env['PATH'] ?? '', ...options.env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const keep = (chunk: Buffer): void => {
		output = (output + chunk.toString()).slice(-TAIL_CHARS);
		options.echo?.write(chunk);
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	const exited = new Promise<number | null>((resolve) => {
		child.once('exit', (code) => resolve(code));
		child.once('error', (error) => {
			keep(Buffer.from(`\n${error.message}\n`));
			resolve(null);
		});
	});
	let ended = false;
	void exited.then(() => (ended = true));

	return {
		exited,
		tail: () => output,
		async stop() {
			if (ended) return;
			child.kill('SIGTERM');
			let timer: NodeJS.Timeout | undefined;
			const late = new Promise<'late'>((resolve) => {
				timer = setTimeout(() => resolve('late'), STOP_LIMIT_MS);
			});
			const outcome = await Promise.race([exited, late]);
			clearTimeout(timer);
			if (outcome === 'late') {
				child.kill('SIGKILL');
				await exited;
			}
		},
	};
}
