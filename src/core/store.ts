import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import KeyvPostgres from '@keyv/postgres';
import KeyvRedis, { createClient, type RedisClientType } from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { StartupError } from './errors.js';
import { postgresLeases, redisLeases, sqliteLeases, type Leases } from './leases.js';
import { RedisWindow, type RateWindow } from './rateWindow.js';
import { withTimeout } from './timeout.js';

/** The namespaces the bot keeps data in; each is its own table (or key prefix), so one never sees another's keys. */
export type Namespace = 'cache' | 'links' | 'settings' | 'recent' | 'secrets';
const NAMESPACES: readonly Namespace[] = ['cache', 'links', 'settings', 'recent', 'secrets'];

/**
 * Namespaces whose loss is only a miss: a server's failure reads as "not there". In the others a failure
 * throws, so that an outage of a networked store is never answered as "not linked" or "saved".
 */
const DISPOSABLE: ReadonlySet<Namespace> = new Set(['cache', 'recent']);

export type StoreKind = 'sqlite' | 'redis' | 'postgres';
const LABELS: Record<StoreKind, string> = { sqlite: 'SQLite', redis: 'Redis', postgres: 'PostgreSQL' };

/** A network store answers within this at start-up, or the bot does not start. */
const CONNECT_TIMEOUT_MS = 5_000;
/** Closing waits this long for the last commands, then drops the connections. */
const CLOSE_TIMEOUT_MS = 5_000;

export interface Store {
	readonly kind: StoreKind;
	namespace<T = unknown>(name: Namespace): Keyv<T>;
	/**
	 * A rate-limit window that every process using this store shares (Redis only): so that several bot
	 * processes keep within one budget together. Undefined: each process keeps its own.
	 */
	sharedRateWindow(budget: string, windowMs: number): RateWindow | undefined;
	/** Leases shared by every process on this store, for work that one process at a time should do. */
	readonly leases: Leases;
	/** Resolves once the server has answered (at once for SQLite). A network store must be ready before use. */
	ready(): Promise<void>;
	/** Closes every connection, within a bound. */
	close(): Promise<void>;
}

/** The store named by DATABASE_URL could not be reached; the message is one line, without the URL's password. */
export class StoreUnavailableError extends StartupError {
	override name = 'StoreUnavailableError';
}

function storeKind(databaseUrl: string): StoreKind {
	if (/^rediss?:\/\//i.test(databaseUrl)) return 'redis';
	if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return 'postgres';
	return 'sqlite';
}

/** The URL as it may be logged: no password, in the authority or in the query. */
function redactStoreUrl(databaseUrl: string): string {
	try {
		const url = new URL(databaseUrl);
		url.password = '';
		for (const name of [...url.searchParams.keys()]) if (/pass|secret|token/i.test(name)) url.searchParams.delete(name);
		return url.toString();
	} catch {
		return databaseUrl.replace(/\/\/[^@/]*@/, '//');
	}
}

function describeError(error: unknown, databaseUrl: string): string {
	// Node's happy-eyeballs connect fails with an AggregateError whose own message is empty.
	const parts = error instanceof AggregateError && error.message === '' ? error.errors : [error];
	const text = parts
		.map((part: unknown) => (part instanceof Error ? part.message || ('code' in part ? String(part.code) : part.name) : String(part)))
		.join('; ')
		.replace(/\s+/g, ' ');
	let passwords: string[] = [];
	try {
		const { password } = new URL(databaseUrl);
		passwords = [password, decodeURIComponent(password)];
	} catch {
		// Not a URL the drivers could have used either: nothing of it can be in their messages.
	}
	return passwords.filter((password) => password !== '').reduce((scrubbed, password) => scrubbed.replaceAll(password, '***'), text);
}

/** Keyv instances made on first use, one per namespace, closed together. */
function namespaces(open: (name: Namespace) => Keyv): { get(name: Namespace): Keyv; opened(): Keyv[]; forget(): void } {
	const opened = new Map<Namespace, Keyv>();
	return {
		get(name) {
			let keyv = opened.get(name);
			if (!keyv) {
				keyv = open(name);
				opened.set(name, keyv);
			}
			return keyv;
		},
		opened: () => [...opened.values()],
		forget: () => opened.clear(),
	};
}

/** The settings namespace's adapter, opened if need be: raw SQL (leases) goes through its connection. */
function settingsAdapter<A>(keyvs: { get(name: Namespace): Keyv }, adapters: ReadonlyMap<Namespace, A>): A {
	keyvs.get('settings');
	const adapter = adapters.get('settings');
	if (adapter === undefined) throw new Error('the store is closed');
	return adapter;
}

function openSqlite(databaseUrl: string): Store {
	const path = databaseUrl.replace(/^sqlite:\/\//, '');
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const adapters = new Map<Namespace, KeyvSqlite>();
	// Each namespace gets its own adapter and table: a keyv adapter keeps one namespace for clear() and iteration.
	const keyvs = namespaces((name) => {
		const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, table: name, busyTimeout: 5000 });
		adapters.set(name, adapter);
		// WAL lets the namespaces' connections read while one writes, and NORMAL syncs at checkpoints instead of on
		// every write: a crash of the bot loses nothing, a power cut at most the last moments. A benchmark showed
		// lookups waiting on per-write disk flushes without it. (An in-memory database stays in memory mode.)
		void adapter
			.query('PRAGMA journal_mode = WAL')
			.then(() => adapter.query('PRAGMA synchronous = NORMAL'))
			.catch(() => undefined);
		return new Keyv({ store: adapter, namespace: name });
	});
	return {
		kind: 'sqlite',
		namespace: <T>(name: Namespace) => keyvs.get(name) as Keyv<T>,
		sharedRateWindow: () => undefined,
		// A table of their own, with the expiry as a column, through the settings table's connection.
		leases: sqliteLeases((sql, parameters) => settingsAdapter(keyvs, adapters).query(sql, ...parameters)),
		ready: () => Promise.resolve(),
		async close() {
			const opened = keyvs.opened();
			keyvs.forget();
			adapters.clear();
			await withTimeout(Promise.all(opened.map((keyv) => keyv.disconnect())), CLOSE_TIMEOUT_MS).catch(() => undefined);
		},
	};
}

/** KeyvRedis connects a closed client again on use: a closed store must stay closed, or a late write keeps the process alive. */
class ClosableKeyvRedis extends KeyvRedis<unknown> {
	readonly #isClosed: () => boolean;

	constructor(client: RedisClientType, options: { throwOnErrors: boolean; isClosed: () => boolean }) {
		super(client, { throwOnErrors: options.throwOnErrors });
		this.#isClosed = options.isClosed;
	}

	override async getClient(): ReturnType<KeyvRedis<unknown>['getClient']> {
		if (this.#isClosed()) throw new Error('the Redis store is closed');
		return super.getClient();
	}
}

function openRedis(databaseUrl: string): Store {
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
	const keyvs = namespaces((name) => {
		const throwOnErrors = !DISPOSABLE.has(name);
		const adapter = new ClosableKeyvRedis(client, { throwOnErrors, isClosed: () => closed });
		return new Keyv({ store: adapter, namespace: name, useKeyPrefix: false, throwOnErrors });
	});
	return {
		kind: 'redis',
		namespace: <T>(name: Namespace) => keyvs.get(name) as Keyv<T>,
		sharedRateWindow: (budget, windowMs) => new RedisWindow({ redis: client, budget, windowMs }),
		leases: redisLeases(client),
		async ready() {
			await connecting;
			await client.ping();
		},
		async close() {
			closed = true;
			keyvs.forget();
			if (!client.isOpen) return;
			await withTimeout(client.close(), CLOSE_TIMEOUT_MS).catch(() => client.destroy());
		},
	};
}

function openPostgres(databaseUrl: string): Store {
	let firstError: unknown;
	const adapters = new Map<Namespace, KeyvPostgres>();
	const keyvs = namespaces((name) => {
		const adapter = new KeyvPostgres({ uri: databaseUrl, table: name, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
		adapters.set(name, adapter);
		const throwOnErrors = !DISPOSABLE.has(name);
		const keyv = new Keyv({ store: adapter, namespace: name, throwOnErrors });
		// The adapter creates its table in the background and only emits a failure: keep it for ready()'s message.
		keyv.on('error', (error: unknown) => (firstError ??= error));
		return keyv;
	});
	return {
		kind: 'postgres',
		namespace: <T>(name: Namespace) => keyvs.get(name) as Keyv<T>,
		sharedRateWindow: () => undefined,
		// Through the settings table's adapter: @keyv/postgres keeps one pool per process for all tables.
		leases: postgresLeases((sql, parameters) => settingsAdapter(keyvs, adapters).query(sql, [...parameters])),
		async ready() {
			for (const name of NAMESPACES) keyvs.get(name);
			try {
				await Promise.all([...adapters.values()].map((adapter) => adapter.has('ready-probe')));
			} catch (error) {
				throw firstError ?? error;
			}
		},
		async close() {
			const [first] = adapters.values();
			adapters.clear();
			keyvs.forget();
			// @keyv/postgres keeps one pool per process for the URL, shared by every table: ending it once ends it for all.
			if (first) await withTimeout(first.disconnect(), CLOSE_TIMEOUT_MS).catch(() => undefined);
		},
	};
}

/**
 * Opens the keyv store behind DATABASE_URL: sqlite:// (a file), redis:// or rediss://, postgres:// or
 * postgresql://. A network store connects in the background: await ready() (or use connectStore) before use.
 */
export function openStore(databaseUrl: string): Store {
	const kind = storeKind(databaseUrl);
	if (kind === 'redis') return openRedis(databaseUrl);
	if (kind === 'postgres') return openPostgres(databaseUrl);
	return openSqlite(databaseUrl);
}

/** Opens the store and waits until it answers; fails with a StoreUnavailableError naming it when it does not. */
export async function connectStore(databaseUrl: string): Promise<Store> {
	const kind = storeKind(databaseUrl);
	let store: Store | undefined;
	try {
		store = openStore(databaseUrl);
		await withTimeout(store.ready(), 2 * CONNECT_TIMEOUT_MS);
		return store;
	} catch (error) {
		await store?.close().catch(() => undefined);
		const where = `the ${LABELS[kind]} store at ${kind === 'sqlite' ? databaseUrl : redactStoreUrl(databaseUrl)}`;
		throw new StoreUnavailableError(`could not ${kind === 'sqlite' ? 'open' : 'reach'} ${where}: ${describeError(error, databaseUrl)}`);
	}
}
