import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandDefinitions } from '../../commands/index.js';
import { BOT_USER_ID, startFakeCatalog } from '../fakes/catalog/index.js';
import { FAKE_CONSUMER_KEY, FAKE_CONSUMER_SECRET, startFakeDiscogs } from '../fakes/discogs/index.js';
import { DEFAULT_GUILDS } from '../fakes/discord/fixtures.js';
import { startFakeDiscord } from '../fakes/discord/index.js';
import type { FakeDiscord } from '../fakes/discord/index.js';
import { TEST_ENCRYPTION_KEY } from '../helpers/stack.js';
import { spawnBot } from './bot.js';
import { startCdn } from './cdn.js';
import { Channel } from './channel.js';
import { DEMO_LANGUAGES, SERVER_LANGUAGE, SERVER_LOCALE } from './languages.js';
import { DEMO_USERS, linkDemoAccounts, seedCatalog, seedDiscogs } from './seed.js';
import { startServer } from './server.js';
import { demoSites, hints, type DemoSites } from './welcome.js';

const READY_LIMIT_MS = 30_000;
const DISCOGS_TOKEN = 'playground-discogs-token';
/** Provider settings taken from the environment with --real-providers: base URLs, tokens, credentials. */
const PROVIDER_VARIABLE = /^(DISCOGS|CATALOG)_/;

export interface PlaygroundOptions {
	/** Use DISCOGS_* and CATALOG_* from `env` instead of the demo fakes. */
	readonly realProviders: boolean;
	/** 0 picks a free port. */
	readonly port: number;
	readonly env: NodeJS.ProcessEnv;
	/** Copy the bot's log lines here (they are kept out of the terminal otherwise). */
	readonly botLog?: NodeJS.WritableStream | undefined;
	/** Told when the bot process ends while the playground is still running, with its last output. */
	readonly onBotExit?: ((code: number | null, tail: string) => void) | undefined;
	/** Told of a non-fatal start-up problem (the demo links could not be made). */
	readonly onWarning?: ((message: string) => void) | undefined;
}

export interface Playground {
	readonly url: string;
	/** Stops the bot (bounded), the server and the fakes, and removes the temporary directory. Safe to call twice. */
	stop(): Promise<void>;
}

type Cleanup = () => Promise<void> | void;

async function runAll(cleanups: Cleanup[]): Promise<void> {
	for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve().then(cleanup).catch(() => undefined);
}

/** Registers the bot's commands the way deploy-commands does: one PUT of the global scope. */
async function registerCommands(discord: FakeDiscord): Promise<void> {
	const response = await fetch(`${discord.apiUrl}/v10/applications/${discord.applicationId}/commands`, {
		method: 'PUT',
		headers: { authorization: `Bot ${discord.token}`, 'content-type': 'application/json' },
		body: JSON.stringify(commandDefinitions()),
	});
	if (!response.ok) throw new Error(`The fake Discord refused the command definitions: ${response.status} ${await response.text()}`);
}

function providerEnv(env: NodeJS.ProcessEnv): Record<string, string> {
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => PROVIDER_VARIABLE.test(entry[0]) && entry[1] !== undefined));
}

/** The fake Discord, the demo providers (or the real ones), the real bot process and the page, all on 127.0.0.1. */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
	const cleanups: Cleanup[] = [];
	try {
		const dir = mkdtempSync(join(tmpdir(), 'crossfade-playground-'));
		cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
		// The server's language said outright, so the page can name the language its public answers keep.
		const discord = await startFakeDiscord({ guilds: DEFAULT_GUILDS.map((guild) => ({ ...guild, locale: SERVER_LOCALE })) });
		cleanups.push(() => discord.close());
		for (const user of DEMO_USERS) discord.addUser(user);
		await registerCommands(discord);
		// The bot builds avatar and banner links on DISCORD_CDN_URL; this one draws the demo users' pictures.
		const cdn = await startCdn(DEMO_USERS);
		cleanups.push(() => cdn.close());

		let providers: Record<string, string>;
		let linkDemo: (() => Promise<void>) | undefined;
		let sites: DemoSites | undefined;
		if (options.realProviders) providers = providerEnv(options.env);
		else {
			const discogs = await startFakeDiscogs({ token: DISCOGS_TOKEN });
			cleanups.push(() => discogs.close());
			const catalog = await startFakeCatalog();
			cleanups.push(() => catalog.close());
			seedDiscogs(discogs);
			seedCatalog(catalog);
			linkDemo = () => linkDemoAccounts(discord, discogs, catalog);
			sites = demoSites(discogs.url, catalog.url);
			providers = {
				DISCOGS_API_URL: discogs.url,
				// The Authorize link of /link discogs opens the fake's page, where any demo user can approve.
				DISCOGS_WEB_URL: discogs.url,
				DISCOGS_TOKEN,
				DISCOGS_CONSUMER_KEY: FAKE_CONSUMER_KEY,
				DISCOGS_CONSUMER_SECRET: FAKE_CONSUMER_SECRET,
				CATALOG_API_URL: catalog.url,
				CATALOG_REFRESH_TOKEN: catalog.issueTokens(BOT_USER_ID).refreshToken,
			};
		}

		let stopping = false;
		const bot = spawnBot({
			dir,
			echo: options.botLog,
			env: {
				DISCORD_TOKEN: discord.token,
				DISCORD_API_URL: discord.apiUrl,
				DISCORD_APPLICATION_ID: discord.applicationId,
				DISCORD_CDN_URL: cdn.url,
				DATABASE_URL: `sqlite://${join(dir, 'playground.sqlite')}`,
				ENCRYPTION_KEY: options.env['ENCRYPTION_KEY'] ?? TEST_ENCRYPTION_KEY,
				LOG_LEVEL: options.env['LOG_LEVEL'] ?? 'info',
				...providers,
			},
		});
		cleanups.push(() => bot.stop());
		const exitedEarly = bot.exited.then((code) => {
			throw new Error(`The bot exited (code ${code}) before connecting. Its last output:\n${bot.tail()}`);
		});
		const ready = discord.waitForReady(READY_LIMIT_MS).catch((error: unknown) => {
			throw new Error(`${error instanceof Error ? error.message : String(error)}. The bot's last output:\n${bot.tail()}`);
		});
		await Promise.race([ready, exitedEarly]);
		exitedEarly.catch(() => undefined);
		void bot.exited.then((code) => {
			if (!stopping) options.onBotExit?.(code, bot.tail());
		});

		await linkDemo?.().catch((error: unknown) => options.onWarning?.(`The demo accounts could not be linked: ${error instanceof Error ? error.message : String(error)}`));

		// Only now, so the demo linking above does not show in the channel.
		const channel = new Channel(discord);
		cleanups.push(() => channel.close());
		const users = new Map(DEMO_USERS.map((user) => [user.id, user]));
		const server = await startServer(
			{
				discord,
				channel,
				users,
				state: () => ({
					users: DEMO_USERS,
					languages: DEMO_LANGUAGES,
					serverLanguage: SERVER_LANGUAGE,
					commands: discord.globalCommands(),
					hints: hints(options.realProviders),
					realProviders: options.realProviders,
					cdnUrl: cdn.url,
					sites,
				}),
			},
			options.port,
		);
		cleanups.push(() => server.close());

		let stopped: Promise<void> | undefined;
		return {
			url: server.url,
			stop() {
				stopping = true;
				stopped ??= runAll(cleanups);
				return stopped;
			},
		};
	} catch (error) {
		await runAll(cleanups);
		throw error;
	}
}
