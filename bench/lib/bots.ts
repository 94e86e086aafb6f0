import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeDiscogs } from '../../test/fakes/discogs/index.js';
import { startFakeDiscord, type FakeDiscord } from '../../test/fakes/discord/index.js';
import { removeDir, spawnScript, type BotProcess } from '../../test/helpers/botProcess.js';

export type BotKind = 'ours' | 'floor';

const SCRIPTS: Record<BotKind, string> = { ours: 'src/index.ts', floor: 'bench/floorBot.ts' };
const READY_TIMEOUT_MS = 45_000;
const STOP_TIMEOUT_MS = 10_000;

/** A bot process (ours or the floor) connected to its own fake Discord. */
export interface BotUnderTest {
	readonly kind: BotKind;
	readonly discord: FakeDiscord;
	readonly process: BotProcess;
	/** The node process running the script: tsx runs it in a child of its own wrapper process. */
	readonly pid: number;
	readonly wrapperPid: number;
	stop(): Promise<void>;
}

export interface Memory {
	/** Resident set size now (VmRSS), in kB. */
	rssKb: number;
	/** The peak resident set size so far (VmHWM), in kB. */
	peakKb: number;
}

/** Everything started and not yet stopped, so a failure or a signal still stops it all. */
const running = new Set<() => Promise<void>>();

/** Registers a stopper; the returned function runs it once and forgets it. */
export function track(stop: () => Promise<void>): () => Promise<void> {
	let done: Promise<void> | undefined;
	const once = (): Promise<void> => {
		done ??= stop().finally(() => running.delete(once));
		return done;
	};
	running.add(once);
	return once;
}

/** Stops everything still running; never throws. */
export async function stopAll(): Promise<void> {
	await Promise.all([...running].map((stop) => stop().catch(() => undefined)));
}

export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

function parentOf(pid: number): number | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// "pid (comm) state ppid …": comm may itself hold spaces or parentheses.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return Number(fields[1]);
	} catch {
		return undefined;
	}
}

/** The child process of `parent` (tsx's wrapper starts exactly one node child). */
async function childOf(parent: number, timeoutMs: number): Promise<number> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		for (const entry of readdirSync('/proc')) {
			const pid = Number(entry);
			if (Number.isInteger(pid) && parentOf(pid) === parent) return pid;
		}
		await sleep(50);
	}
	throw new Error(`process ${parent} started no child within ${timeoutMs} ms`);
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

export function readMemory(pid: number): Memory {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const field = (name: string): number => {
		const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
		if (!match?.[1]) throw new Error(`no ${name} in /proc/${pid}/status`);
		return Number(match[1]);
	};
	return { rssKb: field('VmRSS'), peakKb: field('VmHWM') };
}

async function waitForReady(bot: BotProcess, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (bot.logs().some((line) => line.msg === 'connected to Discord')) return;
		if (bot.child.exitCode !== null || bot.child.signalCode !== null) {
			throw new Error(`the bot exited (${bot.child.exitCode ?? bot.child.signalCode}) before it was ready: ${bot.stderr().slice(-800)}`);
		}
		await sleep(50);
	}
	throw new Error(`the bot was not ready within ${timeoutMs} ms: ${bot.stderr().slice(-800)}`);
}

/** The environment of our bot against a fake Discogs; loopback only (the catalog points at a closed port). */
export function ourEnv(discogs: FakeDiscogs, extra: Record<string, string> = {}): Record<string, string> {
	return {
		DISCOGS_API_URL: discogs.url,
		DISCOGS_WEB_URL: 'https://www.discogs.com',
		DISCOGS_TIMEOUT_MS: '5000',
		CATALOG_API_URL: 'http://127.0.0.1:9',
		LOG_LEVEL: 'info',
		...extra,
	};
}

/** Starts a fake Discord and the bot against it, the way `npm start` runs (tsx), in a temp directory. */
export async function startBot(kind: BotKind, env: Record<string, string> = {}): Promise<BotUnderTest> {
	const discord = await startFakeDiscord();
	const stopDiscord = track(() => discord.close());
	const dir = mkdtempSync(join(tmpdir(), `bench-${kind}-`));
	let processStop: (() => Promise<void>) | undefined;
	try {
		const bot = spawnScript({ script: SCRIPTS[kind], dir, env: { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, ...env } });
		const wrapperPid = bot.child.pid;
		if (wrapperPid === undefined) throw new Error(`could not spawn ${SCRIPTS[kind]}`);
		let pid: number | undefined;
		processStop = track(async () => {
			await bot.stop(STOP_TIMEOUT_MS);
			// SIGKILL of the wrapper would leave its child running: make sure the script's own process is gone.
			if (pid !== undefined && alive(pid)) process.kill(pid, 'SIGKILL');
			removeDir(dir);
		});
		await waitForReady(bot, READY_TIMEOUT_MS);
		await discord.waitForReady(10_000);
		pid = await childOf(wrapperPid, 5_000);
		const stopProcess = processStop;
		return {
			kind,
			discord,
			process: bot,
			pid,
			wrapperPid,
			async stop() {
				await stopProcess();
				await stopDiscord();
			},
		};
	} catch (error) {
		await processStop?.();
		await stopDiscord();
		removeDir(dir);
		throw error;
	}
}
