import { createdMeanwhile } from './stores/pgErrors.js';

/**
 * Leases: which process does a piece of periodic work (renewing the catalog session, sweeping, pushing role
 * connections) when several share one store. Each store takes a lease in one atomic step of its own, so two
 * processes can never both hold it; a holder that dies loses it when its time runs out.
 */
export interface Leases {
	/** Takes the lease, or extends it when `holder` has it already; true when `holder` holds it now. */
	acquire(name: string, holder: string, ttlMs: number): Promise<boolean>;
	/** Gives the lease up early, if `holder` still has it. */
	release(name: string, holder: string): Promise<void>;
}

/**
 * Many leases in one round trip: of `names`, the ones `holder` holds now (each taken as `Leases.acquire` would).
 * The stores offer it, so claims that arrive together (one per interaction) cost one statement, not one each.
 */
export interface BatchLeases {
	acquireMany(names: readonly string[], holder: string, ttlMs: number): Promise<readonly string[]>;
}

function namesOf(rows: unknown[]): string[] {
	return rows.flatMap((row) => (typeof row === 'object' && row !== null && 'name' in row && typeof row.name === 'string' ? [row.name] : []));
}

/** Runs one SQL statement with positional parameters and returns its rows. */
type Query = (sql: string, parameters: readonly unknown[]) => Promise<unknown[]>;

/** Expired leases (one per handled interaction, among others) are deleted at most this often, by whoever takes one. */
const PURGE_EVERY_MS = 60_000;

/** Runs `purge` in the background when the last one is older than PURGE_EVERY_MS; its failure is only a later retry. */
function purger(purge: () => Promise<unknown>): () => void {
	let last = Date.now();
	return () => {
		if (Date.now() - last < PURGE_EVERY_MS) return;
		last = Date.now();
		purge().catch(() => undefined);
	};
}

function holderOf(rows: unknown[]): unknown {
	const [row] = rows;
	return typeof row === 'object' && row !== null && 'holder' in row ? row.holder : undefined;
}

/**
 * SQLite: one file on one machine, so the local clock is every holder's clock. The upsert takes the row only
 * when it is free, expired or already ours; RETURNING yields nothing when it was not taken.
 */
export function sqliteLeases(query: Query): Leases & BatchLeases {
	let created: Promise<unknown> | undefined;
	// Made on first use, not at open: a store that never takes a lease never touches the file for it.
	const table = () =>
		(created ??= query('CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires INTEGER NOT NULL)', [])
			.then(() => query('CREATE INDEX IF NOT EXISTS leases_expires ON leases (expires)', []))
			.catch((error: unknown) => {
				created = undefined;
				throw error;
			}));
	const purge = purger(() => query('DELETE FROM leases WHERE expires <= ?', [Date.now()]));
	return {
		async acquire(name, holder, ttlMs) {
			await table();
			purge();
			const now = Date.now();
			const rows = await query(
				`INSERT INTO leases (name, holder, expires) VALUES (?, ?, ?)
				ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, expires = excluded.expires
				WHERE leases.holder = excluded.holder OR leases.expires <= ?
				RETURNING holder`,
				[name, holder, now + ttlMs, now],
			);
			return holderOf(rows) === holder;
		},
		async release(name, holder) {
			await table();
			await query('DELETE FROM leases WHERE name = ? AND holder = ?', [name, holder]);
		},
		async acquireMany(names, holder, ttlMs) {
			if (names.length === 0) return [];
			await table();
			purge();
			const now = Date.now();
			const unique = [...new Set(names)];
			const rows = await query(
				`INSERT INTO leases (name, holder, expires) VALUES ${unique.map(() => '(?, ?, ?)').join(', ')}
				ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, expires = excluded.expires
				WHERE leases.holder = excluded.holder OR leases.expires <= ?
				RETURNING name`,
				[...unique.flatMap((name) => [name, holder, now + ttlMs]), now],
			);
			return namesOf(rows);
		},
	};
}

/** PostgreSQL: the holders may be on several machines, so expiry is reckoned by the server's clock. */
export function postgresLeases(query: Query): Leases & BatchLeases {
	let created: Promise<unknown> | undefined;
	// Made on first use, not at open: the pool may not be reachable yet, and ready() reports that on its own.
	const exists = (error: unknown) => {
		if (!createdMeanwhile(error)) throw error;
	};
	const table = () =>
		(created ??= query('CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires TIMESTAMPTZ NOT NULL)', [])
			.catch(exists)
			.then(() => query('CREATE INDEX IF NOT EXISTS leases_expires ON leases (expires)', []).catch(exists))
			.catch((error: unknown) => {
				created = undefined;
				throw error;
			}));
	const purge = purger(() => query('DELETE FROM leases WHERE expires <= clock_timestamp()', []));
	return {
		async acquire(name, holder, ttlMs) {
			await table();
			purge();
			const rows = await query(
				`INSERT INTO leases (name, holder, expires) VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
				ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires = excluded.expires
				WHERE leases.holder = excluded.holder OR leases.expires <= clock_timestamp()
				RETURNING holder`,
				[name, holder, ttlMs],
			);
			return holderOf(rows) === holder;
		},
		async release(name, holder) {
			await table();
			await query('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder]);
		},
		async acquireMany(names, holder, ttlMs) {
			if (names.length === 0) return [];
			await table();
			purge();
			// In name order: two processes upserting overlapping names lock rows in the same order, never in a deadlock.
			const rows = await query(
				`INSERT INTO leases (name, holder, expires)
				SELECT name, $2, clock_timestamp() + $3 * interval '1 millisecond' FROM (SELECT DISTINCT unnest($1::text[]) AS name ORDER BY 1) AS names
				ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires = excluded.expires
				WHERE leases.holder = excluded.holder OR leases.expires <= clock_timestamp()
				RETURNING name`,
				[[...names], holder, ttlMs],
			);
			return namesOf(rows);
		},
	};
}

/** What the Redis leases need of a client: node-redis's `eval`. */
interface RedisEval {
	eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

// Taken when free or ours, in one script: Redis expires the key itself, by its own clock.
const ACQUIRE_SCRIPT = `
local current = redis.call('GET', KEYS[1])
if current == false or current == ARGV[1] then
	redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
	return 1
end
return 0`;
const ACQUIRE_MANY_SCRIPT = `
local won = {}
for i, key in ipairs(KEYS) do
	local current = redis.call('GET', key)
	if current == false or current == ARGV[1] then
		redis.call('SET', key, ARGV[1], 'PX', ARGV[2])
		won[#won + 1] = i
	end
end
return won`;
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0`;

export function redisLeases(redis: RedisEval): Leases & BatchLeases {
	const key = (name: string) => `leases::${name}`;
	return {
		async acquire(name, holder, ttlMs) {
			const reply = await redis.eval(ACQUIRE_SCRIPT, { keys: [key(name)], arguments: [holder, String(Math.max(1, Math.ceil(ttlMs)))] });
			return reply === 1;
		},
		async release(name, holder) {
			await redis.eval(RELEASE_SCRIPT, { keys: [key(name)], arguments: [holder] });
		},
		async acquireMany(names, holder, ttlMs) {
			if (names.length === 0) return [];
			const unique = [...new Set(names)];
			const reply = await redis.eval(ACQUIRE_MANY_SCRIPT, { keys: unique.map(key), arguments: [holder, String(Math.max(1, Math.ceil(ttlMs)))] });
			const won = Array.isArray(reply) ? reply : [];
			return won.flatMap((index: unknown) => (typeof index === 'number' && unique[index - 1] !== undefined ? [unique[index - 1] ?? ''] : []));
		},
	};
}
