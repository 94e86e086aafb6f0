import type Keyv from 'keyv';
import { StartupError } from './startupError.js';
import { StoreError } from './storeError.js';
import type { ChangeFeed } from './changes.js';
import type { BatchLeases, Leases } from './leases.js';
import type { RateWindow } from './rateWindow.js';
import { CONNECT_TIMEOUT_MS, type BackendOptions, type Namespace } from './stores/namespaces.js';
import { openSqlite } from './stores/sqlite.js';
import { withTimeout } from './timeout.js';

export type { Namespace } from './stores/namespaces.js';

export type StoreKind = 'sqlite' | 'redis' | 'postgres';
const LABELS: Record<StoreKind, string> = { sqlite: 'SQLite', redis: 'Redis', postgres: 'PostgreSQL' };

export interface Store {
	readonly kind: StoreKind;
	namespace<T = unknown>(name: Namespace): Keyv<T>;
	/**
	 * A rate-limit window that every process using this store shares (Redis, PostgreSQL): so that several bot
	 * processes keep within one budget together. Undefined (SQLite): each process keeps its own.
	 */
	sharedRateWindow(budget: string, windowMs: number): RateWindow | undefined;
	/** Leases shared by every process on this store, for work that one process at a time should do. */
	readonly leases: Leases & BatchLeases;
	/** Announcements of changed keys between the processes on this store. */
	readonly changes: ChangeFeed;
	/** Resolves once the server has answered and taken a write in every namespace that must not lose one. */
	ready(): Promise<void>;
	/** Resolves when the store can be written now; throws naming what failed (for /healthz). */
	check(): Promise<void>;
	/**
	 * Deletes the expired rows of every namespace and gives their space back; the number deleted. keyv deletes an
	 * expired row only when it is read again, so without this the store grows with all-time traffic. Redis
	 * expires keys itself (0).
	 */
	sweep(): Promise<number>;
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
	// A StoreError's own message is the member's; the operator needs the namespace and the driver's words.
	if (error instanceof StoreError) return `${error.namespace}: ${describeError(error.cause, databaseUrl)}`;
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

function backendOptions(options: Partial<BackendOptions>): BackendOptions {
	return { onFailure: options.onFailure ?? (() => undefined) };
}

/**
 * The network stores, loaded only when DATABASE_URL names one: loading their drivers (node-redis, pg) would cost a bot
 * on SQLite, the default, about 100 ms of CPU at start-up and 12 MB of memory for code it never runs.
 */
const NETWORK_BACKENDS: Record<Exclude<StoreKind, 'sqlite'>, () => Promise<(databaseUrl: string, options: BackendOptions) => Store>> = {
	redis: async () => (await import('./stores/redis.js')).openRedis,
	postgres: async () => (await import('./stores/postgres.js')).openPostgres,
};

/**
 * Opens a SQLite store at once, without waiting for it (await ready(), or use connectStore). A Redis or PostgreSQL
 * store is opened with connectStore, which loads its driver first.
 */
export function openStore(databaseUrl: `sqlite://${string}`, options: Partial<BackendOptions> = {}): Store {
	return openSqlite(databaseUrl, backendOptions(options));
}

/**
 * Opens the keyv store behind DATABASE_URL and waits until it answers: sqlite:// (a file), redis:// or rediss://,
 * postgres:// or postgresql://. Fails with a StoreUnavailableError naming the store when it does not answer.
 */
export async function connectStore(databaseUrl: string, options: Partial<BackendOptions> = {}): Promise<Store> {
	const kind = storeKind(databaseUrl);
	let store: Store | undefined;
	try {
		store = kind === 'sqlite' ? openSqlite(databaseUrl, backendOptions(options)) : (await NETWORK_BACKENDS[kind]())(databaseUrl, backendOptions(options));
		await withTimeout(store.ready(), 2 * CONNECT_TIMEOUT_MS);
		return store;
	} catch (error) {
		await store?.close().catch(() => undefined);
		const where = `the ${LABELS[kind]} store at ${kind === 'sqlite' ? databaseUrl : redactStoreUrl(databaseUrl)}`;
		throw new StoreUnavailableError(`could not ${kind === 'sqlite' ? 'open' : 'reach'} ${where}: ${describeError(error, databaseUrl)}`);
	}
}
