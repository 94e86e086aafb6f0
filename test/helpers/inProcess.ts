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
import type { FakeCatalog, FakeCatalogOptions } from '../fakes/catalog/index.js';
import type { FakeDiscogs, FakeDiscogsOptions } from '../fakes/discogs/index.js';
import type { FakeDiscord, FakeDiscordOptions } from '../fakes/discord/index.js';
import { removeDir, type LogLine } from './botProcess.js';
import { TEST_PACKAGE } from './config.js';
import { fakesEnv, startFakes } from './stack.js';

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
	const fakes = await startFakes(options);
	const { discord, discogs, catalog } = fakes;
	const dir = mkdtempSync(join(tmpdir(), 'bot-in-process-'));
	const config = loadConfig(
		{
			...fakesEnv(fakes),
			DISCORD_PUBLIC_KEY: discord.publicKey,
			INTERACTIONS: 'http',
			HTTP_PORT: '0',
			DATABASE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
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
		await door.open(Promise.resolve(dispatch));
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
		await fakes.close();
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
			await fakes.close();
			removeDir(dir);
		},
	};
}
