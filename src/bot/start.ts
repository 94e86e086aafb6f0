import { commands } from '../../commands/index.js';
import { createContext } from '../context.js';
import type { Config } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { connectStore } from '../core/store.js';
import { startSweeper } from '../core/sweeper.js';
import type { Door } from '../doors/door.js';
import { gatewayDoor } from '../doors/gateway.js';
import { httpDoor } from '../doors/http.js';
import { startHttpListeners, type HttpListeners } from '../http/listeners.js';
import { createDispatcher } from '../interactions/dispatcher.js';
import { Metrics } from '../observability/metrics.js';
import { VERIFICATION_PATH } from '../web/linkedRolesRoutes.js';
import { publicRoutes } from '../http/publicRoutes.js';

export interface RunningBot {
	stop(): Promise<void>;
}

/** Builds the bot's object graph once, opens its door to Discord, and returns how to stop it cleanly. */
export async function startBot(config: Config, logger: Logger): Promise<RunningBot> {
	// Always built, served only with METRICS_PORT: recording costs next to nothing, and one code path is tested.
	// Process metrics (an event-loop timer, a GC observer) only where /metrics is served.
	const metrics = new Metrics({ processMetrics: config.metrics !== undefined });
	// Reached first: without it nothing works, and an unreachable (or unwritable) one is a one-line start-up error naming it.
	const store = await connectStore(config.databaseUrl, {
		onFailure: (failure) => {
			metrics.storeFailed(failure);
			logger.warn({ namespace: failure.namespace, operation: failure.operation, err: failure.error }, 'store call failed');
		},
	});
	const door: Door = config.interactions === 'http' ? httpDoor(config, logger) : gatewayDoor(config, logger);
	const context = createContext(config, { store, rest: door.rest, logger, metrics });
	const dispatch = createDispatcher(context, commands);
	const discordUpstream = metrics.upstream('discord');
	door.rest.on('rateLimited', (info) => {
		logger.warn({ route: info.route, retryAfter: info.retryAfter }, 'Discord rate limit hit');
		discordUpstream.rateLimitWaited(info.retryAfter);
	});

	let listeners: HttpListeners | undefined;
	// Expired rows leave the store as the bot runs; one process of those sharing it sweeps at a time.
	const sweeper = startSweeper({ store, intervalMs: config.cache.sweepIntervalMs, logger });
	try {
		await door.open(dispatch);
		// Keeps the catalog session alive while the bot runs; never holds up start-up (it logs what it finds).
		void context.catalog.start().catch((error: unknown) => logger.error({ err: error }, 'catalog session renewal failed to start'));
		listeners = await startHttpListeners({
			http: config.http,
			metrics: config.metrics,
			registry: metrics,
			health: { ...door.health, discogsToken: config.discogs.token !== undefined, store: () => store.check(), catalog: () => context.catalog.health() },
			routes: publicRoutes(context, door, dispatch),
			logger,
		});
		if (config.linkedRoles.enabled) {
			context.linkedRoles?.start();
			logger.info({ verificationUrl: `${config.publicUrl}${VERIFICATION_PATH}`, redirectUri: config.linkedRoles.redirectUri }, 'linked roles on');
		} else {
			logger.info({ missing: config.linkedRoles.missing }, `linked roles off: set ${config.linkedRoles.missing.join(', ')} to turn them on`);
		}
		if (config.publicUrl !== undefined && config.http === undefined && config.shardCount === undefined) {
			logger.warn('PUBLIC_URL is set without HTTP_PORT: the web sign-in links would lead nowhere; set HTTP_PORT');
		}
	} catch (error) {
		await sweeper.stop();
		await door.close().catch(() => undefined);
		await context.close().catch(() => undefined);
		await store.close().catch(() => undefined);
		throw error;
	}

	return {
		async stop() {
			// First, so no probe reports on a bot that is half torn down, and no interaction arrives at one; close() is bounded.
			await listeners?.close();
			await door.close();
			await sweeper.stop();
			await context.close();
			await store.close();
		},
	};
}
