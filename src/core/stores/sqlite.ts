import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Keyv from 'keyv';
import { NO_CHANGES } from '../changes.js';
import { sqliteLeases } from '../leases.js';
import { sqliteChanges } from './changesSqlite.js';
import type { Store } from '../store.js';
import { withTimeout } from '../timeout.js';
import { prepareSqliteSweep, sweepSqlite } from './sqliteSweep.js';
import { GatedKeyvSqlite, WriteGate } from './sqliteWrites.js';
import { CLOSE_TIMEOUT_MS, namespaces, probeWrites, settingsAdapter, type BackendOptions, type Namespace } from './namespaces.js';

/** Which file a path names now: a file replaced or removed under the bot is another (or no) file. */
function fileIdentity(path: string): string | undefined {
	try {
		const stats = statSync(path);
		return `${stats.dev}:${stats.ino}`;
	} catch {
		return undefined;
	}
}

/**
 * The file the bot writes is still the one it opened, and writable. Neither shows in a write: SQLite goes on
 * writing to a removed file, and in WAL mode into the -wal file beside a read-only one, until the next start
 * finds the data gone or the file unopenable.
 */
function checkFile(path: string, opened: string | undefined): void {
	const now = fileIdentity(path);
	if (now !== opened) throw new Error(`the database file ${path} was ${now === undefined ? 'removed' : 'replaced'} while the bot ran: restart it`);
	try {
		accessSync(path, constants.W_OK);
	} catch (error) {
		const code = error instanceof Error && 'code' in error ? String(error.code) : 'no write access';
		throw new Error(`the database file ${path} is read-only (${code}): make it writable`);
	}
}

export function openSqlite(databaseUrl: string, options: BackendOptions): Store {
	const path = databaseUrl.replace(/^sqlite:\/\//, '');
	const inMemory = path === ':memory:';
	if (!inMemory) mkdirSync(dirname(path), { recursive: true });
	const adapters = new Map<Namespace, GatedKeyvSqlite>();
	const gate = new WriteGate();
	// Each namespace gets its own adapter and table: a keyv adapter keeps one namespace for clear() and iteration.
	const keyvs = namespaces((name) => {
		const adapter = new GatedKeyvSqlite({ uri: `sqlite://${path}`, table: name, gate });
		adapters.set(name, adapter);
		// WAL lets the namespaces' connections read while one writes, and NORMAL syncs at checkpoints instead of on
		// every write: a crash of the bot loses nothing, a power cut at most the last moments. A benchmark showed
		// lookups waiting on per-write disk flushes without it. (An in-memory database stays in memory mode.)
		void adapter
			.query('PRAGMA journal_mode = WAL')
			.then(() => adapter.query('PRAGMA synchronous = NORMAL'))
			.catch(() => undefined);
		return new Keyv({ store: adapter, namespace: name, throwOnErrors: true });
	}, options.onFailure);
	/** Raw SQL (leases, sweeps, pragmas) on the settings table's connection: they all reach the same file. */
	const settingsQuery = (sql: string, ...parameters: unknown[]) => settingsAdapter(keyvs, adapters).query(sql, ...parameters);
	// An in-memory database belongs to this process alone: nobody else to tell.
	const changes = inMemory ? NO_CHANGES : sqliteChanges({ query: settingsQuery, write: (sql, ...parameters) => gate.run(() => settingsQuery(sql, ...parameters)) });
	/** The file the bot opened; SQLite keeps writing to it even after it was deleted or replaced at that path. */
	let opened: string | undefined;
	return {
		kind: 'sqlite',
		namespace: <T>(name: Namespace) => keyvs.get(name) as Keyv<T>,
		sharedRateWindow: () => undefined,
		// A table of their own, with the expiry as a column, through the settings table's connection; every statement writes.
		leases: sqliteLeases((sql, parameters) => gate.run(() => settingsQuery(sql, ...parameters))),
		changes,
		async ready() {
			await probeWrites(keyvs.get);
			await prepareSqliteSweep((table) => {
				keyvs.get(table);
				const adapter = adapters.get(table);
				if (!adapter) throw new Error('the store is closed');
				return (sql, ...parameters) => adapter.query(sql, ...parameters);
			});
			opened = inMemory ? undefined : fileIdentity(path);
		},
		sweep: () => gate.run(() => sweepSqlite(settingsQuery, Date.now())),
		async check() {
			if (!inMemory) checkFile(path, opened);
			await probeWrites(keyvs.get);
		},
		async close() {
			await changes.close();
			const raw = keyvs.opened();
			keyvs.forget();
			adapters.clear();
			await withTimeout(Promise.all(raw.map((keyv) => keyv.disconnect())), CLOSE_TIMEOUT_MS).catch(() => undefined);
		},
	};
}
