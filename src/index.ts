import { existsSync, readFileSync } from 'node:fs';
import { DiscordAPIError } from 'discord.js';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './core/config.js';
import { StartupError } from './core/startupError.js';
import { createLogger } from './core/logger.js';
import { createShardManager, shardConfig, shardOfThisProcess } from './bot/shards.js';

interface PackageInfo {
	name: string;
	version: string;
	homepage: string;
}

/** The repo's package.json, the nearest above this file: it runs as src/index.ts (tsx) or dist/src/index.js (npm start). */
function readPackage(): PackageInfo {
	for (let dir = new URL('.', import.meta.url); ; dir = new URL('..', dir)) {
		const file = new URL('package.json', dir);
		if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as PackageInfo;
		if (dir.pathname === '/') throw new Error(`no package.json above ${import.meta.url}`);
	}
}

const pkg = readPackage();
const SHUTDOWN_LIMIT_MS = 10_000;

function fail(line: string): never {
	process.stderr.write(`${line}\n`);
	process.exit(1);
}

loadDotEnv();
let config: Config;
try {
	config = loadConfig(process.env, pkg);
} catch (error) {
	if (error instanceof ConfigError) fail(`Configuration error: ${error.message}`);
	throw error;
}

// Three roles, one entry: the bot (no SHARD_COUNT), the manager of SHARD_COUNT shards, or one of those shards.
const shard = shardOfThisProcess(process.env);
if (shard !== undefined) config = shardConfig(config, shard);
const logger = shard === undefined ? createLogger(config.logLevel) : createLogger(config.logLevel).child({ shard });

// The dispatcher answers every handler failure; these only catch what escapes discord.js itself (an odd
// gateway payload, say). Logging and carrying on keeps one bad event from taking the bot down for everyone.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
process.on('uncaughtException', (error) => logger.error({ err: error }, 'uncaught exception'));

/** What a signal stops: the shard manager, or the bot (a signal during start-up stops it once it has started). */
let running: Promise<{ stop(): Promise<void> } | undefined> | undefined;
let stopping = false;
async function shutdown(signal: string): Promise<void> {
	if (stopping) return;
	stopping = true;
	logger.info({ signal }, 'shutting down');
	const limit = setTimeout(() => fail('Shutdown took too long; exiting anyway.'), SHUTDOWN_LIMIT_MS);
	limit.unref();
	const bot = await running?.catch(() => undefined);
	await bot?.stop();
	logger.info('stopped');
	logger.flush();
	process.exit(0);
}
function stopOnSignals(): void {
	process.on('SIGINT', () => void shutdown('SIGINT'));
	process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

if (shard === undefined && config.shardCount !== undefined) {
	const manager = createShardManager({ ...config, shardCount: config.shardCount }, logger);
	running = Promise.resolve(manager);
	// Before spawning: shards come up one by one over seconds, and a signal meanwhile must still stop each one.
	stopOnSignals();
	try {
		await manager.spawn();
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		logger.fatal(reason);
		fail(`Start-up failed: ${reason}`);
	}
} else {
	// Loaded here, not at the top: a manager of shards runs no bot itself and need not load (nor hold in memory) all of it.
	const { startBot } = await import('./bot/start.js');
	// Before starting: the door opens early (start.ts), so a shard is "ready" to its manager while it still builds,
	// and a signal meanwhile must stop it cleanly once it is up.
	stopOnSignals();
	const starting = startBot(config, logger);
	running = starting;
	try {
		await starting;
	} catch (error) {
		const reason =
			error instanceof StartupError
				? error.message
				: error instanceof DiscordAPIError && error.status === 401
					? 'Discord rejected DISCORD_TOKEN'
					: error instanceof Error && /token/i.test(error.message)
						? `Discord rejected DISCORD_TOKEN (${error.message})`
						: `could not connect to Discord at ${config.discord.apiUrl}: ${error instanceof Error ? error.message : String(error)}`;
		logger.fatal(reason);
		fail(`Start-up failed: ${reason}`);
	}
	if (shard !== undefined) {
		// The manager's IPC channel closes when it dies, even by SIGKILL: a shard must not go on without it.
		process.on('disconnect', () => void shutdown('manager gone'));
		if (!process.connected) void shutdown('manager gone');
	}
}
