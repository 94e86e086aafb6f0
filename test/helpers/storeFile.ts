import { readFileSync } from 'node:fs';
import sqlite3 from 'sqlite3';

/**
 * Every key in every table of the bot's SQLite file (keyv writes `namespace:key`; a lease row is keyed by its
 * name; the change log's rows by their message), so a test can prove nothing about a member is left anywhere.
 */
export function allKeys(databaseUrl: string): Promise<string[]> {
	const path = databaseUrl.replace(/^sqlite:\/\//, '');
	return new Promise((resolve, reject) => {
		const db = new sqlite3.Database(path, sqlite3.OPEN_READONLY, (openError) => {
			if (openError) return reject(openError);
			db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'", (error, tables) => {
				if (error) return reject(error);
				const keys: string[] = [];
				let pending = tables.length;
				if (pending === 0) return db.close(() => resolve(keys));
				for (const { name } of tables) {
					if (name === 'sqlite_sequence') {
						if (--pending === 0) db.close(() => resolve(keys));
						continue;
					}
					const column = name === 'leases' ? 'name' : name === 'changes' ? 'message' : 'key';
					db.all<{ key: string }>(`SELECT ${column} AS key FROM "${name}"`, (selectError, rows) => {
						if (selectError) return reject(selectError);
						keys.push(...rows.map((row) => row.key));
						if (--pending === 0) db.close(() => resolve(keys));
					});
				}
			});
		});
	});
}

/** The raw bytes of the database file (and its WAL, if any), as text: to prove a secret is not in it. */
export function rawDatabase(databaseUrl: string): string {
	const path = databaseUrl.replace(/^sqlite:\/\//, '');
	const parts = [path, `${path}-wal`, `${path}-journal`].flatMap((file) => {
		try {
			return [readFileSync(file).toString('latin1')];
		} catch {
			return [];
		}
	});
	return parts.join('\n');
}
