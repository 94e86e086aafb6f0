import type { APIUser } from 'discord-api-types/v10';
import { BOT_USER_ID, startFakeCatalog, type FakeCatalog, type FakeCatalogOptions } from '../fakes/catalog/index.js';
import { FAKE_CONSUMER_KEY, FAKE_CONSUMER_SECRET, startFakeDiscogs, type FakeDiscogs, type FakeDiscogsOptions } from '../fakes/discogs/index.js';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../fakes/discord/index.js';
import { removeDir, spawnScript, type BotProcess, type LogLine } from './botProcess.js';

/** The Users resource's example user (HypeSquad Bravery, flags 64), with a current-style id. */
export const NELLY: APIUser = {
	id: '80351110224678912',
	username: 'Nelly',
	discriminator: '1337',
	global_name: null,
	avatar: '8342729096ea3675442027381ff50dfe',
	banner: '06c16474723fe537c283b8efa61a30c8',
	accent_color: 16711680,
	public_flags: 64,
	flags: 64,
	avatar_decoration_data: { sku_id: '1144058844004233369', asset: 'a_fed43ab12698df65902ba06727e20c0e' },
};

export const BOB: APIUser = {
	id: '1300000000000000002',
	username: 'bob',
	discriminator: '0',
	global_name: 'Bob',
	avatar: 'a_1234567890abcdef1234567890abcdef',
};

/** A fixed key, so tests can restart the bot on the same database and still open its secrets. */
export const TEST_ENCRYPTION_KEY = '5f0e7c2a9b1d4e8f6a3c5b7d9e1f2a4c6b8d0e2f4a6c8e0b2d4f6a8c0e2b4d6f';

export interface Stack {
	discord: FakeDiscord;
	discogs: FakeDiscogs;
	catalog: FakeCatalog;
	bot: BotProcess;
	/** Stops the bot (bounded), then the fakes, and removes the temp directory. */
	stop(): Promise<void>;
	/** Restarts the bot process on the same database, with `env` added to its environment. */
	restart(env?: Record<string, string>): Promise<void>;
}

export interface StackOptions {
	discogs?: FakeDiscogsOptions;
	catalog?: FakeCatalogOptions;
	/** The fake Discord's options: several guilds, say, to spread over shards. */
	discord?: FakeDiscordOptions;
	env?: Record<string, string>;
	/** More environment, from the fakes once they listen (their ports, the fake Discord's OAuth2 settings). */
	envFor?: (fakes: Fakes) => Record<string, string>;
	/** The log line that says the bot is up: default 'connected to Discord'; a sharded bot's manager says 'all shards ready'. */
	readyLog?: (line: LogLine) => boolean;
	/** How long start-up may take; default 20 s. */
	readyTimeoutMs?: number;
}

export interface Fakes {
	discord: FakeDiscord;
	discogs: FakeDiscogs;
	catalog: FakeCatalog;
	/** Closes all three. */
	close(): Promise<void>;
}

/** Fake Discord (knowing NELLY and BOB), fake Discogs and the fake catalog, each on its own loopback port. */
export async function startFakes(options: Pick<StackOptions, 'discord' | 'discogs' | 'catalog'> = {}): Promise<Fakes> {
	const discord = await startFakeDiscord(options.discord);
	const discogs = await startFakeDiscogs(options.discogs ?? {});
	const catalog = await startFakeCatalog(options.catalog ?? {});
	discord.addUser(NELLY);
	discord.addUser(BOB);
	return {
		discord,
		discogs,
		catalog,
		async close() {
			await Promise.all([discord.close(), discogs.close(), catalog.close()]);
		},
	};
}

/** The environment that points a bot process at the fakes: every URL and credential, nothing else. */
export function fakesEnv({ discord, discogs, catalog }: Pick<Fakes, 'discord' | 'discogs' | 'catalog'>): Record<string, string> {
	return {
		DISCORD_TOKEN: discord.token,
		DISCORD_API_URL: discord.apiUrl,
		DISCOGS_API_URL: discogs.url,
		DISCOGS_WEB_URL: 'https://www.discogs.com',
		DISCOGS_TIMEOUT_MS: '3000',
		DISCOGS_CONSUMER_KEY: FAKE_CONSUMER_KEY,
		DISCOGS_CONSUMER_SECRET: FAKE_CONSUMER_SECRET,
		ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
		CATALOG_API_URL: catalog.url,
		// The documented set-up: the catalog's login needs reCAPTCHA, which a bot cannot send (README).
		CATALOG_REFRESH_TOKEN: catalog.issueTokens(BOT_USER_ID).refreshToken,
		CATALOG_TIMEOUT_MS: '3000',
		LOG_LEVEL: 'info',
	};
}

/** The real bot process against fake Discord and fake Discogs, all on 127.0.0.1. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
	const fakes = await startFakes(options);
	const { discord, discogs, catalog } = fakes;
	const env = { ...fakesEnv(fakes), ...options.env, ...options.envFor?.(fakes) };
	const launch = async (dir?: string, extra: Record<string, string> = {}) => {
		const bot = spawnScript({ env: { ...env, ...extra }, ...(dir !== undefined && { dir }) });
		try {
			await bot.waitForLog(options.readyLog ?? ((line) => line.msg === 'connected to Discord'), options.readyTimeoutMs ?? 20_000);
		} catch (error) {
			// A bot that never came up must not outlive the test (a sharded one has child processes too).
			await bot.stop();
			throw error;
		}
		return bot;
	};
	let bot: BotProcess;
	try {
		bot = await launch();
	} catch (error) {
		await fakes.close();
		throw error;
	}
	const stack: Stack = {
		discord,
		discogs,
		catalog,
		get bot() {
			return bot;
		},
		async restart(extra) {
			await bot.stop();
			bot = await launch(bot.dir, extra);
		},
		async stop() {
			await bot.stop();
			await fakes.close();
			removeDir(bot.dir);
		},
	};
	return stack;
}
