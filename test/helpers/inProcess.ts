import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands } from '../../commands/index.js';
import { createContext, type Context } from '../../src/context.js';
import { loadConfig, type Config } from '../../src/core/config.js';
import { createLogger } from '../../src/core/logger.js';
import { connectStore } from '../../src/core/store.js';
import { httpDoor } from '../../src/doors/http.js';
import { startPublicServer } from '../../src/http/listeners.js';
import { publicRoutes } from '../../src/http/publicRoutes.js';
import { HealthProbe } from '../../src/http/routes/healthz.js';
import type { HttpServer } from '../../src/http/server.js';
import { createDispatcher } from '../../src/interactions/dispatcher.js';
import type { CommandSet } from '../../src/interactions/types.js';
import { BOT_USER_ID, startFakeCatalog, type FakeCatalog, type FakeCatalogOptions } from '../fakes/catalog/index.js';
import { FAKE_CONSUMER_KEY, FAKE_CONSUMER_SECRET, startFakeDiscogs, type FakeDiscogs, type FakeDiscogsOptions } from '../fakes/discogs/index.js';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../fakes/discord/index.js';
import { removeDir, type LogLine } from './botProcess.js';
import { TEST_PACKAGE } from './config.js';
import { BOB, NELLY, TEST_ENCRYPTION_KEY } from './stack.js';

/** The bot's handlers in this process: createContext against the real fakes, reached through the HTTP door. */
export interface InProcessBot {
	discord: FakeDiscord;
	discogs: FakeDiscogs;
	catalog: FakeCatalog;
	config: Config;
	context: Context;
	/** Where the public server listens: PUBLIC_URL's links are served here. */
	readonly url: string;
	logs(): LogLine[];
	stop(): Promise<void>;
}

export interface InProcessOptions {
	discogs?: FakeDiscogsOptions;
	catalog?: FakeCatalogOptions;
	env?: Record<string, string>;
	discord?: FakeDiscordOptions;
	/** More environment, from the fakes once they listen. */
	envFor?: (fakes: { discord: FakeDiscord }) => Record<string, string>;
	/** Default: the bot's own commands. */
	commands?: CommandSet;
}

/**
 * The same graph startBot builds (createContext, the dispatcher, the HTTP door on a public server), without a
 * process: the fake Discord signs and POSTs each interaction, and tests read the answers it recorded.
 */
export async function startInProcess(options: InProcessOptions = {}): Promise<InProcessBot> {
	const discord = await startFakeDiscord(options.discord);
	const discogs = await startFakeDiscogs(options.discogs ?? {});
	const catalog = await startFakeCatalog(options.catalog ?? {});
	discord.addUser(NELLY);
	discord.addUser(BOB);
	const dir = mkdtempSync(join(tmpdir(), 'bot-in-process-'));
	const config = loadConfig(
		{
			DISCORD_TOKEN: discord.token,
			DISCORD_API_URL: discord.apiUrl,
			DISCORD_PUBLIC_KEY: discord.publicKey,
			INTERACTIONS: 'http',
			HTTP_PORT: '0',
			DATABASE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
			DISCOGS_API_URL: discogs.url,
			DISCOGS_WEB_URL: 'https://www.discogs.com',
			DISCOGS_TIMEOUT_MS: '3000',
			DISCOGS_CONSUMER_KEY: FAKE_CONSUMER_KEY,
			DISCOGS_CONSUMER_SECRET: FAKE_CONSUMER_SECRET,
			ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
			CATALOG_API_URL: catalog.url,
			CATALOG_REFRESH_TOKEN: catalog.issueTokens(BOT_USER_ID).refreshToken,
			CATALOG_TIMEOUT_MS: '3000',
			CACHE_SWEEP_INTERVAL_MS: '0',
			...options.env,
			...options.envFor?.({ discord }),
		},
		TEST_PACKAGE,
	);
	const lines: LogLine[] = [];
	const logger = createLogger('debug', { write: (line) => void lines.push(JSON.parse(line) as LogLine) });
	const store = await connectStore(config.databaseUrl);
	const door = httpDoor(config, logger);
	const context = createContext(config, { store, rest: door.rest, logger });
	const dispatch = createDispatcher(context, options.commands ?? commands);
	let server: HttpServer | undefined;
	try {
		await door.open(dispatch);
		await context.catalog.start();
		server = await startPublicServer({
			host: '127.0.0.1',
			port: 0,
			probe: new HealthProbe({ ...door.health, store: () => store.check() }, logger),
			routes: publicRoutes(context, door, dispatch),
			logger,
		});
		await discord.setInteractionsEndpoint(`http://127.0.0.1:${server.address.port}/interactions`);
		context.linkedRoles?.start();
	} catch (error) {
		await server?.close();
		await context.close();
		await store.close();
		await Promise.all([discord.close(), discogs.close(), catalog.close()]);
		removeDir(dir);
		throw error;
	}
	return {
		discord,
		discogs,
		catalog,
		config,
		context,
		url: `http://127.0.0.1:${server.address.port}`,
		logs: () => lines,
		async stop() {
			await server?.close();
			await door.close();
			await context.close();
			await store.close();
			await Promise.all([discord.close(), discogs.close(), catalog.close()]);
			removeDir(dir);
		},
	};
}
