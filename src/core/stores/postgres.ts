import Keyv from 'keyv';
import pg from 'pg';
import { postgresLeases } from '../leases.js';
import type { Store } from '../store.js';
import { withTimeout } from '../timeout.js';
import { postgresChanges } from './changesPostgres.js';
import { CLOSE_TIMEOUT_MS, CONNECT_TIMEOUT_MS, NAMESPACES, namespaces, probeWrites, settingsAdapter, withFallback, type BackendOptions, type Namespace } from './namespaces.js';
import { preparePostgresSweep, sweepPostgres } from './postgresSweep.js';
import { PostgresTable } from './postgresTable.js';
import { postgresWindow } from './postgresWindow.js';

export function openPostgres(databaseUrl: string, options: BackendOptions): Store {
	const pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
	// An idle connection the server dropped (a restart) is an 'error' on the pool: without a listener it would be an
	// uncaught exception. The pool replaces the connection on its own; the next query finds the server when it is back.
	pool.on('error', (error) => options.onFailure({ namespace: 'connection', operation: 'read', error }));
	const adapters = new Map<Namespace, PostgresTable>();
	const keyvs = namespaces((name) => {
		const adapter = new PostgresTable(pool, name);
		adapters.set(name, adapter);
		return new Keyv({ store: adapter, namespace: name, throwOnErrors: true });
	}, options.onFailure);
	const settingsQuery = (sql: string, parameters: unknown[] = []) => settingsAdapter(keyvs, adapters).query(sql, parameters);
	const changes = postgresChanges({ databaseUrl, pool, connectTimeoutMs: CONNECT_TIMEOUT_MS });
	let closing: Promise<void> | undefined;
	return {
		kind: 'postgres',
		namespace: <T>(name: Namespace) => keyvs.get(name) as Keyv<T>,
		sharedRateWindow: (budget, windowMs) => withFallback(postgresWindow({ query: settingsQuery, budget, windowMs }), windowMs, options),
		leases: postgresLeases((sql, parameters) => settingsQuery(sql, [...parameters])),
		changes,
		async ready() {
			// Every table made (and the server reached) before anything else: the first failure says why.
			await Promise.all(NAMESPACES.map((name) => (keyvs.get(name), adapters.get(name)?.query('SELECT 1'))));
			await probeWrites(keyvs.get);
			await preparePostgresSweep(settingsQuery);
		},
		check: () => probeWrites(keyvs.get),
		sweep: () => sweepPostgres(settingsQuery, Date.now()),
		close() {
			closing ??= (async () => {
				adapters.clear();
				keyvs.forget();
				await changes.close();
				await withTimeout(pool.end(), CLOSE_TIMEOUT_MS).catch(() => undefined);
			})();
			return closing;
		},
	};
}
