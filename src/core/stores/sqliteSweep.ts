import { NAMESPACES } from './namespaces.js';

/** Runs one SQL statement with positional parameters and returns its rows (an adapter's `query`). */
type Query = (sql: string, ...parameters: unknown[]) => Promise<unknown>;

/**
 * keyv keeps each row's expiry inside its JSON value (`{"value":…,"expires":1767225600000}`): an index on that
 * expression lets a sweep find the expired rows without reading the others.
 */
const EXPIRES = "json_extract(value, '$.expires')";

function firstNumber(rows: unknown): number | undefined {
	const [row] = Array.isArray(rows) ? rows : [];
	const value: unknown = typeof row === 'object' && row !== null ? Object.values(row)[0] : undefined;
	return typeof value === 'number' ? value : undefined;
}

/**
 * Once per file: freed pages go back to the file system (incremental auto-vacuum, which an existing file only
 * takes with one VACUUM), and every namespace's table gets its expiry index.
 */
export async function prepareSqliteSweep(queryOn: (table: (typeof NAMESPACES)[number]) => Query): Promise<void> {
	// Through each table's own connection, which creates its table before anything else runs on it.
	for (const table of NAMESPACES) await queryOn(table)(`CREATE INDEX IF NOT EXISTS ${table}_expires ON ${table} (${EXPIRES})`);
	const query = queryOn('settings');
	if (firstNumber(await query('PRAGMA auto_vacuum')) !== 2) {
		await query('PRAGMA auto_vacuum = INCREMENTAL');
		await query('VACUUM');
	}
}

/** Deletes the rows of every namespace whose expiry has passed, then gives their pages back; the number deleted. */
export async function sweepSqlite(query: Query, now: number): Promise<number> {
	let deleted = 0;
	for (const table of NAMESPACES) {
		const rows = await query(`DELETE FROM ${table} WHERE ${EXPIRES} <= ? RETURNING 1`, now);
		deleted += Array.isArray(rows) ? rows.length : 0;
	}
	await query('PRAGMA incremental_vacuum');
	// The WAL holds the freed pages until a checkpoint writes them back; TRUNCATE also empties the WAL file.
	await query('PRAGMA wal_checkpoint(TRUNCATE)');
	return deleted;
}
