import { NAMESPACES } from './namespaces.js';
import { createdMeanwhile } from './pgErrors.js';

type Query = (sql: string, parameters?: unknown[]) => Promise<unknown[]>;

/** keyv keeps each row's expiry inside its JSON value; an index on that expression finds expired rows unread. */
const EXPIRES = "((value::jsonb ->> 'expires')::bigint)";

function exists(error: unknown): void {
	if (!createdMeanwhile(error)) throw error;
}

export async function preparePostgresSweep(query: Query): Promise<void> {
	for (const table of NAMESPACES) await query(`CREATE INDEX IF NOT EXISTS ${table}_expires ON ${table} (${EXPIRES})`).catch(exists);
}

/** Deletes the rows of every namespace whose expiry has passed; autovacuum gives their space back. */
export async function sweepPostgres(query: Query, now: number): Promise<number> {
	let deleted = 0;
	for (const table of NAMESPACES) deleted += (await query(`DELETE FROM ${table} WHERE ${EXPIRES} <= $1 RETURNING 1`, [now])).length;
	return deleted;
}
