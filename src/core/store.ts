import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';

/** The namespaces the bot keeps data in; each is its own table, so one never sees another's keys. */
export type Namespace = 'cache' | 'links' | 'settings' | 'recent' | 'secrets';

export interface Store {
	namespace<T = unknown>(name: Namespace): Keyv<T>;
	close(): Promise<void>;
}

function sqlitePath(databaseUrl: string): string {
	return databaseUrl.replace(/^sqlite:\/\//, '');
}

/**
 * Opens the keyv store behind DATABASE_URL. Each namespace gets its own adapter and table, because a keyv
 * adapter keeps one namespace for clear() and iteration and would mix them up if shared.
 */
export function openStore(databaseUrl: string): Store {
	const path = sqlitePath(databaseUrl);
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const opened = new Map<Namespace, Keyv>();
	return {
		namespace<T>(name: Namespace): Keyv<T> {
			let keyv = opened.get(name);
			if (!keyv) {
				const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, table: name, busyTimeout: 5000 });
				keyv = new Keyv({ store: adapter, namespace: name });
				opened.set(name, keyv);
			}
			return keyv as Keyv<T>;
		},
		async close() {
			await Promise.all([...opened.values()].map((keyv) => keyv.disconnect()));
			opened.clear();
		},
	};
}
