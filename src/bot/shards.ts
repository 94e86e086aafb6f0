import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { ShardingManager, type Shard } from 'discord.js';
import type { Config } from '../core/config.js';
import { StartupError } from '../core/startupError.js';
import type { Logger } from '../core/logger.js';
import { RestartBackoff } from './restartBackoff.js';

/** How long a shard may take from spawn to ready before start-up fails. */
const READY_TIMEOUT_MS = 30_000;
/** Within the entry's own 10 s shutdown limit: a shard still running after this is killed. */
const SHARD_STOP_MS = 7_000;

/**
 * The shard this process is, when discord.js's ShardingManager spawned it: it sets SHARDING_MANAGER and SHARDS (and
 * SHARD_COUNT, which is why SHARD_COUNT alone cannot tell the manager from its shards). undefined: not a shard.
 */
export function shardOfThisProcess(env: NodeJS.ProcessEnv): number | undefined {
	if (env.SHARDING_MANAGER === undefined) return undefined;
	const shard = Number(env.SHARDS);
	return Number.isInteger(shard) && shard >= 0 ? shard : undefined;
}

/**
 * One shard's configuration: each shard serves /metrics on METRICS_PORT plus its shard id, as they would otherwise
 * all try the same port (0 stays 0: any free port, logged). The public listener (HTTP_PORT) is shard 0's alone:
 * the shards share one host, and a second bind of its port would fail.
 */
export function shardConfig(config: Config, shard: number): Config {
	const metrics = config.metrics && config.metrics.port !== 0 ? { ...config.metrics, port: config.metrics.port + shard } : config.metrics;
	return { ...config, metrics, http: shard === 0 ? config.http : undefined };
}

export interface ShardManager {
	/** Spawns the shards one by one and resolves when all are ready; throws a StartupError after stopping them. */
	spawn(): Promise<void>;
	/** Stops every shard (SIGTERM, then SIGKILL past a bound) without respawning; safe to call during spawn(). */
	stop(): Promise<void>;
}

/** For the log; `shardPid`, as `pid` is the manager's own on every line. */
function exitOf(child: ChildProcess | Worker): { shardPid: number | undefined; code: number | null; signal: NodeJS.Signals | null } {
	return child instanceof ChildProcess ? { shardPid: child.pid, code: child.exitCode, signal: child.signalCode } : { shardPid: undefined, code: null, signal: null };
}

/**
 * The entry each shard runs: the bot's own, which sees discord.js's variables (shardOfThisProcess) and starts one
 * shard. Built (`npm start`), that is dist/src/index.js run by plain node; from source (tsx), index.ts, with tsx
 * loaded into each forked `node` by its resolved URL, as a bare `tsx` would be looked up from the working directory.
 * A built shard runs with the manager's own node options (npm start's heap settings), but never a debugger's:
 * two processes cannot listen on one inspector port.
 */
function shardEntry(): { file: string; execArgv: string[] } {
	if (import.meta.url.endsWith('.ts')) return { file: fileURLToPath(new URL('../index.ts', import.meta.url)), execArgv: ['--import', import.meta.resolve('tsx')] };
	return { file: fileURLToPath(new URL('../index.js', import.meta.url)), execArgv: process.execArgv.filter((flag) => !flag.startsWith('--inspect')) };
}

/** SHARD_COUNT processes of the bot under discord.js's ShardingManager, each with its own slice of the guilds. */
export function createShardManager(config: Config & { shardCount: number }, logger: Logger): ShardManager {
	const entry = shardEntry();
	const manager = new ShardingManager(entry.file, {
		// Never 'auto': discord.js would ask discord.com for the count directly, past DISCORD_API_URL.
		totalShards: config.shardCount,
		shardList: 'auto',
		mode: 'process',
		// discord.js would respawn a dead shard at once, so a shard that crashes on start would fork in a busy loop:
		// the 'death' handler below restarts it after a growing wait instead.
		respawn: false,
		token: config.discord.token,
		execArgv: entry.execArgv,
	});
	let stopping = false;
	const restarts = new Set<NodeJS.Timeout>();

	function restartLater(shard: Shard, delayMs: number): void {
		const timer = setTimeout(() => {
			restarts.delete(timer);
			if (stopping) return;
			logger.info({ shard: shard.id }, 'restarting shard');
			// A shard that dies again before it is ready is handled by 'death' like any other; this only logs.
			shard.spawn(READY_TIMEOUT_MS).catch((error: unknown) => {
				if (!stopping) logger.warn({ shard: shard.id, err: error }, 'restarted shard did not become ready');
			});
		}, delayMs);
		restarts.add(timer);
	}

	manager.on('shardCreate', (shard: Shard) => {
		const id = shard.id;
		// 1 s, doubling to 60 s while the shard keeps dying (src/bot/restartBackoff.ts).
		const backoff = new RestartBackoff();
		shard.on('spawn', (child) => {
			backoff.started(Date.now());
			logger.info({ shard: id, shardPid: exitOf(child).shardPid }, 'shard spawned');
			// The spawn loop may fork the next shard after stop() began; it must not outlive the manager.
			if (stopping && child instanceof ChildProcess) child.kill('SIGTERM');
		});
		shard.on('ready', () => logger.info({ shard: id }, 'shard ready'));
		// A shard that is being stopped says so too, as its client is destroyed: that is no news.
		shard.on('disconnect', () => {
			if (!stopping) logger.warn({ shard: id }, 'shard disconnected from Discord');
		});
		shard.on('reconnecting', () => {
			if (!stopping) logger.info({ shard: id }, 'shard reconnecting to Discord');
		});
		shard.on('death', (child) => {
			const exit = exitOf(child);
			if (stopping) {
				logger.info({ shard: id, ...exit }, 'shard exited');
				return;
			}
			const restartInMs = backoff.exited(Date.now());
			logger.error({ shard: id, ...exit, restartInMs }, 'shard died');
			restartLater(shard, restartInMs);
		});
		// Only discord.js's own respawn (off here) emits it today; a listener keeps any other from throwing in the manager.
		shard.on('error', (error) => {
			if (!stopping) logger.error({ err: error, shard: id }, 'shard error');
		});
	});

	async function stopShard(shard: Shard): Promise<void> {
		const child = shard.process;
		if (!child || child.exitCode !== null || child.signalCode !== null) return;
		const exited = once(child, 'exit');
		child.kill('SIGTERM');
		const timer = setTimeout(() => {
			logger.warn({ shard: shard.id, shardPid: child.pid }, 'shard did not stop in time; killing it');
			child.kill('SIGKILL');
		}, SHARD_STOP_MS);
		await exited;
		clearTimeout(timer);
	}

	async function stop(): Promise<void> {
		stopping = true;
		for (const timer of restarts) clearTimeout(timer);
		restarts.clear();
		await Promise.all(manager.shards.map((shard) => stopShard(shard)));
	}

	return {
		async spawn() {
			logger.info({ shards: config.shardCount }, 'starting shards');
			try {
				// spawn() waits for each shard's ready, then (default 5.5 s) before the next one: Discord accepts one
				// IDENTIFY per 5 s per bucket, and most bots have a single bucket.
				await manager.spawn({ amount: config.shardCount, timeout: READY_TIMEOUT_MS });
			} catch (error) {
				// A signal stopped the shards on purpose; whoever called stop() finishes the shutdown.
				if (stopping) return;
				await stop();
				throw new StartupError(`shards did not start: ${error instanceof Error ? error.message : String(error)}`);
			}
			if (!stopping) logger.info({ shards: config.shardCount }, 'all shards ready');
		},
		stop,
	};
}
