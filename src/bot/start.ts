import type { Config } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import type { StoreFailure } from '../core/storeGuard.js';
import type { Door } from '../doors/door.js';
import type { HttpListeners } from '../http/listeners.js';
import type { Dispatch } from '../interactions/dispatcher.js';
import type { Graph } from './graph.js';

export interface RunningBot {
	stop(): Promise<void>;
}

/** Only the chosen door's code: the other one (and fastify, for the HTTP door) is never loaded. */
async function chooseDoor(config: Config, logger: Logger): Promise<Door> {
	if (config.interactions === 'http') return (await import('../doors/http.js')).httpDoor(config, logger);
	return (await import('../doors/gateway.js')).gatewayDoor(config, logger);
}

/**
 * The store first: without it nothing works, and an unreachable (or unwritable) one is a one-line start-up error
 * before Discord is ever reached (a shard that cannot start must not spend a gateway session start). Then the door
 * opens, and everything behind it is loaded and built while the session is set up, so the round trips to Discord
 * overlap with loading the bot's modules; an interaction that arrives before the graph is built waits for it.
 * Returns how to stop it all cleanly; on any start-up failure, nothing is left open.
 */
export async function startBot(config: Config, logger: Logger): Promise<RunningBot> {
	const [door, { connectStore }] = await Promise.all([chooseDoor(config, logger), import('../core/store.js')]);
	let graph: Graph | undefined;
	const storeFailed = (failure: StoreFailure) => {
		graph?.storeFailed(failure);
		logger.warn({ namespace: failure.namespace, operation: failure.operation, err: failure.error }, 'store call failed');
	};
	const store = await connectStore(config.databaseUrl, { onFailure: storeFailed }).catch(async (error: unknown) => {
		await door.close().catch(() => undefined);
		throw error;
	});
	let handTo: { resolve(dispatch: Dispatch): void; reject(error: unknown): void } | undefined;
	const dispatcher = new Promise<Dispatch>((resolve, reject) => {
		handTo = { resolve, reject };
	});
	// Held interactions are dropped if start-up fails: the process is exiting with the reason.
	dispatcher.catch(() => undefined);
	const opening = door.open(dispatcher);
	// Observed now, awaited below: a refused login while the graph is still loading is reported once, as the start-up error.
	opening.catch(() => undefined);
	let listeners: HttpListeners | undefined;
	try {
		const { buildGraph } = await import('./graph.js');
		const built = buildGraph(config, logger, door, store);
		graph = built;
		handTo?.resolve(built.dispatch);
		await opening;
		const { context, metrics, dispatch } = built;
		// Keeps the catalog session alive while the bot runs; never holds up start-up (it logs what it finds).
		void context.catalog.start().catch((error: unknown) => logger.error({ err: error }, 'catalog session renewal failed to start'));
		const [{ startHttpListeners }, { publicRoutes }, { VERIFICATION_PATH }] = await Promise.all([
			import('../http/listeners.js'),
			import('../http/publicRoutes.js'),
			import('../web/linkedRolesRoutes.js'),
		]);
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
		return {
			async stop() {
				// First, so no probe reports on a bot that is half torn down, and no interaction arrives at one; close() is bounded.
				await listeners?.close();
				await door.close();
				await built.close();
				await store.close();
			},
		};
	} catch (error) {
		handTo?.reject(error);
		await listeners?.close().catch(() => undefined);
		// The login is settled before the client is destroyed, so nothing opens after it was closed.
		await opening.catch(() => undefined);
		await door.close().catch(() => undefined);
		await graph?.close().catch(() => undefined);
		await store.close().catch(() => undefined);
		throw error;
	}
}
