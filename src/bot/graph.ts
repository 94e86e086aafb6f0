import { commands } from '../../commands/index.js';
import { createContext, type Context } from '../context.js';
import type { Config } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import type { Store } from '../core/store.js';
import type { StoreFailure } from '../core/storeGuard.js';
import { startSweeper } from '../core/sweeper.js';
import type { Door } from '../doors/door.js';
import { createDispatcher, type Dispatch } from '../interactions/dispatcher.js';
import { Metrics } from '../observability/metrics.js';

/** Everything behind the door and the store: loaded and built while the door connects to Discord (see start.ts). */
export interface Graph {
	metrics: Metrics;
	context: Context;
	dispatch: Dispatch;
	/** Counts a failed store call (the store is opened before the graph, and told of failures through this). */
	storeFailed(failure: StoreFailure): void;
	/** Stops what the graph runs; the store is the caller's to close. */
	close(): Promise<void>;
}

/** Builds the bot's object graph once, on the door's REST and the connected store. */
export function buildGraph(config: Config, logger: Logger, door: Door, store: Store): Graph {
	// Always built, served only with METRICS_PORT: recording costs next to nothing, and one code path is tested.
	// Process metrics (an event-loop timer, a GC observer) only where /metrics is served.
	const metrics = new Metrics({ processMetrics: config.metrics !== undefined });
	const context = createContext(config, { store, rest: door.rest, logger, metrics });
	const dispatch = createDispatcher(context, commands);
	const discordUpstream = metrics.upstream('discord');
	door.rest.on('rateLimited', (info) => {
		logger.warn({ route: info.route, retryAfter: info.retryAfter }, 'Discord rate limit hit');
		discordUpstream.rateLimitWaited(info.retryAfter);
	});
	// Expired rows leave the store as the bot runs; one process of those sharing it sweeps at a time.
	const sweeper = startSweeper({ store, intervalMs: config.cache.sweepIntervalMs, logger });
	return {
		metrics,
		context,
		dispatch,
		storeFailed: (failure) => metrics.storeFailed(failure),
		async close() {
			await sweeper.stop();
			await context.close();
		},
	};
}
