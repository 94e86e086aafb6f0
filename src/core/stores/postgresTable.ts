import { EventEmitter } from 'node:events';
import type pg from 'pg';
import type { Namespace } from './namespaces.js';
import { createdMeanwhile } from './pgErrors.js';

function valueOf(row: unknown): unknown {
	return typeof row === 'object' && row !== null && 'value' in row ? row.value : undefined;
}

/**
 * A keyv adapter for one namespace's table on a pool the store owns (the same `(key, value)` layout as
 * @keyv/postgres, so existing tables carry on). Owning the pool is the point: @keyv/postgres keeps a pool of its
 * own with no error listener, so a PostgreSQL restart surfaced as an uncaught error from an idle connection.
 */
export class PostgresTable extends EventEmitter {
	readonly opts: { table: Namespace; dialect: 'postgres' };
	namespace: string | undefined;
	readonly #pool: pg.Pool;
	readonly #table: string;
	readonly #created: Promise<unknown>;

	constructor(pool: pg.Pool, table: Namespace) {
		super();
		this.#pool = pool;
		this.#table = table;
		this.opts = { table, dialect: 'postgres' };
		this.#created = pool.query(`CREATE TABLE IF NOT EXISTS ${table} (key VARCHAR(255) PRIMARY KEY, value TEXT)`).catch((error: unknown) => {
			if (!createdMeanwhile(error)) throw error;
		});
		this.#created.catch(() => undefined);
	}

	/** Runs SQL once the table exists; the rows. */
	async query(sql: string, parameters: unknown[] = []): Promise<unknown[]> {
		await this.#created;
		return (await this.#pool.query(sql, parameters)).rows;
	}

	async get(key: string): Promise<unknown> {
		return valueOf((await this.query(`SELECT value FROM ${this.#table} WHERE key = $1`, [key]))[0]);
	}

	async getMany(keys: string[]): Promise<unknown[]> {
		const rows = await this.query(`SELECT key, value FROM ${this.#table} WHERE key = ANY($1)`, [keys]);
		const found = new Map(rows.map((row) => [typeof row === 'object' && row !== null && 'key' in row ? row.key : undefined, valueOf(row)]));
		return keys.map((key) => found.get(key));
	}

	async set(key: string, value: unknown): Promise<void> {
		await this.query(`INSERT INTO ${this.#table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [key, value]);
	}

	async has(key: string): Promise<boolean> {
		return (await this.query(`SELECT 1 FROM ${this.#table} WHERE key = $1`, [key])).length > 0;
	}

	async delete(key: string): Promise<boolean> {
		return (await this.query(`DELETE FROM ${this.#table} WHERE key = $1 RETURNING 1`, [key])).length > 0;
	}

	async deleteMany(keys: string[]): Promise<boolean> {
		return (await this.query(`DELETE FROM ${this.#table} WHERE key = ANY($1) RETURNING 1`, [keys])).length > 0;
	}

	async clear(): Promise<void> {
		await this.query(`DELETE FROM ${this.#table} WHERE key LIKE $1`, [this.namespace ? `${this.namespace}:%` : '%']);
	}
}
