/**
 * Whether a CREATE … IF NOT EXISTS failed only because another process created the same thing at the same
 * moment: IF NOT EXISTS is not atomic in PostgreSQL, and the loser gets a unique violation on the catalog
 * (23505), "relation exists" (42P07) or "type exists" (42710, a table's row type).
 */
export function createdMeanwhile(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'code' in error && (error.code === '23505' || error.code === '42P07' || error.code === '42710');
}
