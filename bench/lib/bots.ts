import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeDiscogs } from '../../test/fakes/discogs/index.js';
import { startFakeDiscord, type FakeDiscord } from '../../test/fakes/discord/index.js';
import { REPO_ROOT, removeDir, spawnScript, type BotProcess, type SpawnOptions } from '../../test/helpers/botProcess.js';

export type BotKind = 'ours' | 'floor';

const READY_TIMEOUT_MS = 45_000;
const STOP_TIMEOUT_MS = 10_000;
/** npm without its banner, its log file or its update check (which would ask the registry). */
const NPM_START = { file: 'npm', args: ['--silent', '--logs-max=0', '--update-notifier=false', 'start'] };

/** A bot process (ours or the floor) connected to its own fake Discord. */
export interface BotUnderTest {
	readonly kind: BotKind;
	readonly discord: FakeDiscord;
	readonly process: BotProcess;
	/** The node process running the bot: for ours, the child `npm start` runs. */
	readonly pid: number;
	/** npm's own process for ours (not counted in the memory figures); undefined for the floor, which node runs directly. */
	readonly launcherPid: number | undefined;
	/** From spawning (`npm start` for ours, `node dist/bench/floorBot.js` for the floor) to the fake Discord's first IDENTIFY. */
	readonly startupMs: number;
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

/**
 * How each bot is run: ours exactly as an operator runs it, `npm start`, from a temp directory that holds only links
 * to package.json and dist/ (so neither a developer's .env nor their database is read); the floor with node on its
 * built script.
 */
function launch(kind: BotKind, dir: string): Pick<SpawnOptions, 'script' | 'command'> {
	if (kind === 'floor') return { script: 'bench/floorBot.ts' };
	symlinkSync(join(REPO_ROOT, 'package.json'), join(dir, 'package.json'));
	symlinkSync(join(REPO_ROOT, 'dist'), join(dir, 'dist'));
	return { command: NPM_START };
}

/** The pid on the bot's ready line (pino puts it on every line; the floor's lines carry it too). */
function pidOf(bot: BotProcess): number {
	const pid = bot.logs().find((line) => line.msg === 'connected to Discord')?.pid;
	if (typeof pid !== 'number') throw new Error('the ready line names no pid');
	return pid;
}

/** Starts a fake Discord and the bot against it in a temp directory, built, the way `npm start` runs it. */
export async function startBot(kind: BotKind, env: Record<string, string> = {}): Promise<BotUnderTest> {
	const discord = await startFakeDiscord();
	const stopDiscord = track(() => discord.close());
	const dir = mkdtempSync(join(tmpdir(), `bench-${kind}-`));
	let processStop: (() => Promise<void>) | undefined;
	try {
		const spawnedAt = Date.now();
		const bot = spawnScript({ ...launch(kind, dir), dir, env: { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, ...env } });
		const launcherPid = kind === 'ours' ? bot.child.pid : undefined;
		let pid: number | undefined;
		processStop = track(async () => {
			// npm passes the SIGTERM on to the bot (its start script execs node) and waits for it; the group's SIGKILL follows past the bound.
			await bot.stop(STOP_TIMEOUT_MS);
			if (pid !== undefined && alive(pid)) process.kill(pid, 'SIGKILL');
			removeDir(dir);
		});
		await waitForReady(bot, READY_TIMEOUT_MS);
		await discord.waitForReady(10_000);
		pid = pidOf(bot);
		const identified = discord.identifies[0]?.at;
		if (identified === undefined) throw new Error('the fake Discord saw no IDENTIFY');
		const stopProcess = processStop;
		return {
			kind,
			discord,
			process: bot,
			pid,
			launcherPid,
			startupMs: identified - spawnedAt,
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
