import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/core/logger.js';
import { connectStore, type Store } from '../../src/core/store.js';
import { createDiscogsClient } from '../../src/discogs/client.js';
import { ResourceCache } from '../../src/providers/cache.js';
import { startFakeDiscogs } from '../../test/fakes/discogs/index.js';
import { addUsers } from '../../test/helpers/discogsUsers.js';
import { removeDir } from '../../test/helpers/botProcess.js';
import { startPostgres } from '../../test/helpers/services.js';
import { sleep, track } from '../lib/bots.js';
import { mapBounded } from '../lib/load.js';
import { ms, rowsFor, type Row, type ScenarioResult } from '../report.js';

const LOOKUPS = 300;
const LIVE = 20;
const MILLION = 1_000_000;
/** Of the million rows, this share has expired: a sweep deletes them and must not read the others. */
const EXPIRED_SHARE = 0.1;

type RawQuery = (sql: string) => Promise<unknown>;

function rawQuery(store: Store): RawQuery {
	// The cache adapter's own connection: the benchmark fills and counts tables the way no bot code should.
	const adapter: unknown = store.namespace('cache').opts.store;
	if (typeof adapter !== 'object' || adapter === null || !('query' in adapter) || typeof adapter.query !== 'function') throw new Error('the cache adapter runs no SQL');
	const query: (sql: string) => Promise<unknown> = adapter.query.bind(adapter);
	return (sql) => query(sql);
}

function count(rows: unknown): number {
	const [row] = Array.isArray(rows) ? rows : [];
	const value: unknown = typeof row === 'object' && row !== null ? Object.values(row)[0] : undefined;
	return Number(value);
}

/** 300 distinct lookups through the real client whose entries all expire, then one sweep: rows and file size. */
async function expiredLookups(): Promise<{ rowsBefore: number; rowsAfter: number; deleted: number; fileBefore: number; fileAfter: number }> {
	const discogs = await startFakeDiscogs({ limit: 1_000_000 });
	const stopDiscogs = track(() => discogs.close());
	const dir = mkdtempSync(join(tmpdir(), 'bench-sweep-'));
	const path = join(dir, 'bot.sqlite');
	const store = await connectStore(`sqlite://${path}`);
	try {
		const names = addUsers(discogs, 'swept_', LOOKUPS + LIVE);
		const client = (ttlMs: number) =>
			createDiscogsClient({
				config: { apiUrl: discogs.url, webUrl: 'https://www.discogs.com', token: undefined, userAgent: 'BenchAgent/1.0 +http://localhost', rateLimit: 1_000_000, rateWindowMs: 60_000, timeoutMs: 5_000, profileTtlMs: ttlMs, pageTtlMs: ttlMs, oauth: undefined },
				cache: new ResourceCache(store.namespace('cache'), { staleKeepMs: ttlMs, notFoundTtlMs: ttlMs }),
				logger: createLogger('silent'),
			});
		const shortLived = client(200);
		await mapBounded(names.slice(0, LOOKUPS), 20, (name) => shortLived.getProfile(name));
		const longLived = client(3_600_000);
		await mapBounded(names.slice(LOOKUPS), 20, (name) => longLived.getProfile(name));
		await Promise.all([shortLived.close(), longLived.close()]);
		await sleep(600);
		const query = rawQuery(store);
		const rowsBefore = count(await query('SELECT count(*) FROM cache'));
		await query('PRAGMA wal_checkpoint(TRUNCATE)');
		const fileBefore = statSync(path).size;
		const deleted = await store.sweep();
		return { rowsBefore, rowsAfter: count(await query('SELECT count(*) FROM cache')), deleted, fileBefore, fileAfter: statSync(path).size };
	} finally {
		await store.close();
		removeDir(dir);
		await stopDiscogs();
	}
}

/** Fills the cache table with a million rows (10 % expired) and times one sweep. */
async function millionRows(store: Store, fill: (query: RawQuery, now: number) => Promise<unknown>): Promise<{ deleted: number; sweepMs: number }> {
	await fill(rawQuery(store), Date.now());
	const started = performance.now();
	const deleted = await store.sweep();
	return { deleted, sweepMs: performance.now() - started };
}

const VALUE = `'{"value":{"kind":"value","value":{"username":"x"},"fetchedAt":0,"freshUntil":0},"expires":' || `;

async function sqliteMillion(): Promise<{ deleted: number; sweepMs: number }> {
	const dir = mkdtempSync(join(tmpdir(), 'bench-sweep-million-'));
	const store = await connectStore(`sqlite://${join(dir, 'bot.sqlite')}`);
	try {
		return await millionRows(store, async (query, now) => {
			const expired = Math.round(MILLION * EXPIRED_SHARE);
			await query(
				`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${MILLION})
				INSERT INTO cache (key, value) SELECT 'cache:bench:' || i, ${VALUE} (CASE WHEN i <= ${expired} THEN ${now - 1000} ELSE ${now + 3_600_000} END) || '}' FROM n`,
			);
		});
	} finally {
		await store.close();
		removeDir(dir);
	}
}

async function postgresMillion(): Promise<{ deleted: number; sweepMs: number }> {
	const server = await startPostgres();
	const stopServer = track(() => server.stop());
	const store = await connectStore(await server.freshUrl());
	try {
		return await millionRows(store, async (query, now) => {
			const expired = Math.round(MILLION * EXPIRED_SHARE);
			await query(
				`INSERT INTO cache (key, value) SELECT 'cache:bench:' || i, ${VALUE} (CASE WHEN i <= ${expired} THEN ${now - 1000} ELSE ${now + 3_600_000} END) || '}' FROM generate_series(1, ${MILLION}) AS i`,
			);
			await query('ANALYZE cache');
		});
	} finally {
		await store.close();
		await stopServer();
	}
}

/** 8. Expired data leaves the store: rows and file size after expired lookups and one sweep; a sweep over a million rows. */
export async function sweep(): Promise<ScenarioResult> {
	const row = rowsFor('8 store sweep');
	const lookups = await expiredLookups();
	const sqlite = await sqliteMillion();
	const postgres = await postgresMillion().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
	const rows: Row[] = [
		row(`cache rows after ${LOOKUPS} expired + ${LIVE} live lookups, before / after a sweep`, `${lookups.rowsBefore} / ${lookups.rowsAfter}`, `≤ ${LIVE} after`, lookups.rowsAfter <= LIVE),
		row('SQLite file before / after the sweep', `${Math.round(lookups.fileBefore / 1024)} / ${Math.round(lookups.fileAfter / 1024)} kB`, 'smaller', lookups.fileAfter < lookups.fileBefore),
		row(`SQLite: one sweep over ${MILLION.toLocaleString('en')} rows (${sqlite.deleted.toLocaleString('en')} expired)`, ms(sqlite.sweepMs)),
	];
	if (postgres instanceof Error) {
		rows.push(row(`PostgreSQL: one sweep over ${MILLION.toLocaleString('en')} rows`, `not run: ${postgres.message}`));
	} else {
		rows.push(row(`PostgreSQL: one sweep over ${MILLION.toLocaleString('en')} rows (${postgres.deleted.toLocaleString('en')} expired)`, ms(postgres.sweepMs)));
	}
	return {
		rows,
		notes: [
			`8: ${LOOKUPS} profiles looked up through the real client with a 200 ms life and stale window, ${LIVE} with an hour's; swept once 600 ms later. The million rows are written straight into the cache table, ${EXPIRED_SHARE * 100} % of them expired, and one sweep is timed.`,
		],
		data: { lookups, sqlite, postgres: postgres instanceof Error ? { error: postgres.message } : postgres },
	};
}
