import KeyvPostgres from '@keyv/postgres';
import Keyv from 'keyv';
import { postgresLeases } from '../leases.js';
import { preparePostgresSweep, sweepPostgres } from './postgresSweep.js';
import { postgresWindow } from './postgresWindow.js';
import type { Store } from '../store.js';
import { withTimeout } from '../timeout.js';
import { CLOSE_TIMEOUT_MS, CONNECT_TIMEOUT_MS, NAMESPACES, namespaces, probeWrites, settingsAdapter, type BackendOptions, type Namespace } from './namespaces.js';

export function openPostgres(databaseUrl: string, options: BackendOptions): Store {
	let firstError: unknown;
	const adapters = new Map<Namespace, KeyvPostgres>();
	const keyvs = namespaces((name) => {
		const adapter = new KeyvPostgres({ uri: databaseUrl, table: name, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
		adapters.set(name, adapter);
		const keyv = new Keyv({ store: adapter, namespace: name, throwOnErrors: true });
		// The adapter creates its table in the background and only emits a failure: keep it for ready()'s message.
		keyv.on('error', (error: unknown) => (firstError ??= error));
		return keyv;
	}, options.onFailure);
	const settingsQuery = (sql: string, parameters: unknown[] = []) => settingsAdapter(keyvs, adapters).query(sql, parameters);
	return {
		kind: 'postgres',
		namespace: <T>(name: Namespace) => keyvs.get(name) as Keyv<T>,
		sharedRateWindow: (budget, windowMs) => postgresWindow({ query: settingsQuery, budget, windowMs }),
		// Through the settings table's adapter: @keyv/postgres keeps one pool per process for all tables.
		leases: postgresLeases((sql, parameters) => settingsQuery(sql, [...parameters])),
		async ready() {
			for (const name of NAMESPACES) keyvs.get(name);
			try {
				await Promise.all([...adapters.values()].map((adapter) => adapter.has('ready-probe')));
			} catch (error) {
				throw firstError ?? error;
			}
			await probeWrites(keyvs.get);
			await preparePostgresSweep(settingsQuery);
		},
		check: () => probeWrites(keyvs.get),
		sweep: () => sweepPostgres(settingsQuery, Date.now()),
		async close() {
			const [first] = adapters.values();
			adapters.clear();
			keyvs.forget();
			// @keyv/postgres keeps one pool per process for the URL, shared by every table: ending it once ends it for all.
			if (first) await withTimeout(first.disconnect(), CLOSE_TIMEOUT_MS).catch(() => undefined);
		},
	};
}
