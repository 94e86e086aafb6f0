import type { APIUser } from 'discord-api-types/v10';
import { startFakeDiscogs, type FakeDiscogs, type FakeDiscogsOptions } from '../fakes/discogs/index.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';
import { removeDir, spawnScript, type BotProcess } from './botProcess.js';

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

export interface Stack {
	discord: FakeDiscord;
	discogs: FakeDiscogs;
	bot: BotProcess;
	/** Stops the bot (bounded), then the fakes, and removes the temp directory. */
	stop(): Promise<void>;
	/** Restarts the bot process on the same database. */
	restart(): Promise<void>;
}

export interface StackOptions {
	discogs?: FakeDiscogsOptions;
	env?: Record<string, string>;
}

/** The real bot process against fake Discord and fake Discogs, all on 127.0.0.1. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
	const discord = await startFakeDiscord();
	const discogs = await startFakeDiscogs(options.discogs ?? {});
	discord.addUser(NELLY);
	discord.addUser(BOB);
	const env = {
		DISCORD_TOKEN: discord.token,
		DISCORD_API_URL: discord.apiUrl,
		DISCOGS_API_URL: discogs.url,
		DISCOGS_WEB_URL: 'https://www.discogs.com',
		DISCOGS_TIMEOUT_MS: '3000',
		LOG_LEVEL: 'info',
		...options.env,
	};
	const launch = async (dir?: string) => {
		const bot = spawnScript({ env, ...(dir !== undefined && { dir }) });
		await bot.waitForLog((line) => line.msg === 'connected to Discord', 20_000);
		return bot;
	};
	let bot = await launch();
	const stack: Stack = {
		discord,
		discogs,
		get bot() {
			return bot;
		},
		async restart() {
			await bot.stop();
			bot = await launch(bot.dir);
		},
		async stop() {
			await bot.stop();
			await Promise.all([discord.close(), discogs.close()]);
			removeDir(bot.dir);
		},
	};
	return stack;
}
