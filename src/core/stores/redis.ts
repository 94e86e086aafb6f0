import KeyvRedis, { createClient, type RedisClientType } from '@keyv/redis';
import Keyv from 'keyv';
import { redisLeases } from '../leases.js';
import { redisChanges } from './changesRedis.js';
import { redisWindow } from '../rateWindow.js';
import { withFallback } from './namespaces.js';
import type { Store } from '../store.js';
import { withTimeout } from '../timeout.js';
import { CLOSE_TIMEOUT_MS, CONNECT_TIMEOUT_MS, namespaces, probeWrites, type BackendOptions, type Namespace } from './namespaces.js';

/** KeyvRedis connects a closed client again on use: a closed store must stay closed, or a late write keeps the process alive. */
class ClosableKeyvRedis extends KeyvRedis<unknown> {
	readonly #isClosed: () => boolean;

	constructor(client: RedisClientType, isClosed: () => boolean) {
		super(client, { throwOnErrors: true });
		this.#isClosed = isClosed;
	}

	override async getClient(): ReturnType<KeyvRedis<unknown>['getClient']> {
		if (this.#isClosed()) throw new Error('the Redis store is closed');
		return super.getClient();
	}
}

export function openRedis(databaseUrl: string, options: BackendOptions): Store {
	let wasReady = false;
	let closed = false;
	const client = createClient({
		url: databaseUrl,
		// While reconnecting, commands fail at once: a lookup is answered "unavailable" instead of hanging.
		disableOfflineQueue: true,
		socket: {
			connectTimeout: CONNECT_TIMEOUT_MS,
			// A server that is not there at start-up is a configuration problem, reported at once; later, keep trying.
			reconnectStrategy: (retries, cause) => (wasReady ? Math.min(100 * 2 ** retries, 2_000) : cause),
		},
	});
	// node-redis throws an 'error' nobody listens to; connection failures surface through ready() and commands.
	client.on('error', () => undefined);
	client.on('ready', () => (wasReady = true));
	const connecting = client.connect();
	connecting.catch(() => undefined);
	// One connection for all namespaces; each namespace is a key prefix (`links::user:1`), not keyv's own prefix on top.
	const keyvs = namespaces(
		(name) => new Keyv({ store: new ClosableKeyvRedis(client, () => closed), namespace: name, useKeyPrefix: false, throwOnErrors: true }),
		options.onFailure,
	);
	const changes = redisChanges(client);
	return {
		kind: 'redis',
		namespace: <T>(name: Namespace) => keyvs.get(name) as Keyv<T>,
		sharedRateWindow: (budget, windowMs) => withFallback(redisWindow({ redis: client, budget, windowMs }), windowMs, options),
		leases: redisLeases(client),
		changes,
		async ready() {
			await connecting;
			await client.ping();
			await probeWrites(keyvs.get);
		},
		check: () => probeWrites(keyvs.get),
		sweep: () => Promise.resolve(0),
		async close() {
			closed = true;
			keyvs.forget();
			await changes.close();
			if (!client.isOpen) return;
			await withTimeout(client.close(), CLOSE_TIMEOUT_MS).catch(() => client.destroy());
		},
	};
}
