import { Events } from 'discord.js';
import { commands } from '../../commands/index.js';
import type { Context } from '../context.js';
import type { Config } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { connectStore } from '../core/store.js';
import { startSweeper } from '../core/sweeper.js';
import { LinkStore } from '../accounts/linkStore.js';
import { RecentLookups } from '../accounts/recentLookups.js';
import { createCatalogClient } from '../catalog/client.js';
import { SecretBox } from '../core/secrets.js';
import { createDiscogsClient } from '../discogs/client.js';
import { createDiscordUsers } from '../discord/users.js';
import { Deliveries } from '../interactions/deliveries.js';
import { createDispatcher } from '../interactions/dispatcher.js';
import { startHttpListeners, type HttpListeners } from '../http/listeners.js';
import { gatewayConnected } from '../observability/health.js';
import { Metrics } from '../observability/metrics.js';
import { ResourceCache } from '../providers/cache.js';
import { createClient } from './client.js';

export interface RunningBot {
	stop(): Promise<void>;
}

const NOT_FOUND_TTL_MS = 2 * 60_000;

/** Builds the bot's object graph once, connects to Discord, and returns how to stop it cleanly. */
export async function startBot(config: Config, logger: Logger): Promise<RunningBot> {
	// Always built, served only with METRICS_PORT: recording costs next to nothing, and one code path is tested.
	const metrics = new Metrics();
	// Reached first: without it nothing works, and an unreachable (or unwritable) one is a one-line start-up error naming it.
	const store = await connectStore(config.databaseUrl, {
		onFailure: (failure) => {
			metrics.storeFailed(failure);
			logger.warn({ namespace: failure.namespace, operation: failure.operation, err: failure.error }, 'store call failed');
		},
	});
	const client = createClient(config);
	const discordUpstream = metrics.upstream('discord');
	const cache = new ResourceCache(store.namespace('cache'), { staleKeepMs: config.cache.staleKeepMs, notFoundTtlMs: NOT_FOUND_TTL_MS, onLookup: metrics.cacheLookup, changes: store.changes });
	const box = new SecretBox(config.encryptionKey);
	const context: Context = {
		config,
		logger,
		store,
		discordUsers: createDiscordUsers(client.rest, cache, discordUpstream),
		discogs: createDiscogsClient({
			config: config.discogs,
			cache,
			logger,
			metrics: metrics.upstream('discogs'),
			// With Redis, every bot process counts its Discogs requests in one window: together they keep to the limit.
			rateWindow: store.sharedRateWindow('discogs', config.discogs.rateWindowMs),
		}),
		recent: new RecentLookups(store.namespace('recent')),
		links: new LinkStore({ links: store.namespace('links'), settings: store.namespace('settings'), box, codeTtlMs: config.linkCodeTtlMs }),
		catalog: createCatalogClient({ config: config.catalog, cache, secrets: store.namespace('secrets'), box, leases: store.leases, logger, metrics: metrics.upstream('catalog') }),
		now: Date.now,
	};
	const dispatch = createDispatcher(context, commands, { metrics: metrics.interactions, deliveries: new Deliveries({ leases: store.leases, logger }) });

	client.on(Events.InteractionCreate, (interaction) => void dispatch(interaction));
	client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
	client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
	client.rest.on('rateLimited', (info) => {
		logger.warn({ route: info.route, retryAfter: info.retryAfter }, 'Discord rate limit hit');
		discordUpstream.rateLimitWaited(info.retryAfter);
	});
	client.once(Events.ClientReady, (ready) => {
		logger.info({ user: ready.user.tag, application: ready.application.id }, 'connected to Discord');
	});

	let listeners: HttpListeners | undefined;
	// Expired rows leave the store as the bot runs; one process of those sharing it sweeps at a time.
	const sweeper = startSweeper({ store, intervalMs: config.cache.sweepIntervalMs, logger });
	try {
		await client.login(config.discord.token);
		// Keeps the catalog session alive while the bot runs; never holds up start-up (it logs what it finds).
		void context.catalog.start().catch((error: unknown) => logger.error({ err: error }, 'catalog session renewal failed to start'));
		listeners = await startHttpListeners({
			http: config.http,
			metrics: config.metrics,
			registry: metrics,
			health: { gateway: () => gatewayConnected(client), store: () => store.check(), catalog: () => context.catalog.health() },
			logger,
		});
	} catch (error) {
		await sweeper.stop();
		await client.destroy().catch(() => undefined);
		await context.discogs.close().catch(() => undefined);
		await context.catalog.close().catch(() => undefined);
		await store.close().catch(() => undefined);
		throw error;
	}

	return {
		async stop() {
			// First, so no probe reports on a bot that is half torn down; close() is bounded.
			await listeners?.close();
			await client.destroy();
			await sweeper.stop();
			await context.discogs.close();
			await context.catalog.close();
			await store.close();
		},
	};
}
