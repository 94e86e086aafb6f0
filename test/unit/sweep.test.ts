import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import sqlite3 from 'sqlite3';
import { connectStore } from '../../src/core/store.js';
import { startSweeper } from '../../src/core/sweeper.js';
import { STORE_BACKENDS, type StoreServer } from '../helpers/services.js';
import { storesPerTest } from '../helpers/storeProcesses.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const silent = pino({ level: 'silent' });

describe.each(STORE_BACKENDS)('sweeping expired rows on $name', ({ name, start }) => {
	const processes = storesPerTest(start);

	it('deletes what expired in every namespace and keeps the rest: live cache entries, links, settings, secrets', async () => {
		const [store] = processes.stores();
		if (!store) throw new Error('no store');
		const cache = store.namespace('cache');
		const links = store.namespace('links');
		await Promise.all(Array.from({ length: 30 }, (_, index) => cache.set(`discogs:profile:gone${index}`, { index }, 50)));
		await Promise.all(Array.from({ length: 10 }, (_, index) => cache.set(`discogs:profile:kept${index}`, { index }, 60_000)));
		await links.set('pending:1:discogs', { code: 'XF-AAAAAA' }, 50);
		await links.set('user:1', { discogs: { username: 'rodneyfool' } });
		await store.namespace('settings').set('privacy:1', 'nobody');
		await store.namespace('secrets').set('catalog:refresh-token', { sealed: true });
		await sleep(120);
		const deleted = await store.sweep();
		if (name === 'Redis') {
			// Redis expired them itself: nothing is left for a sweep.
			expect(deleted).toBe(0);
		} else {
			expect(deleted).toBe(31);
			expect(await store.sweep()).toBe(0);
		}
		for (let index = 0; index < 10; index++) expect(await cache.get(`discogs:profile:kept${index}`)).toEqual({ index });
		expect(await cache.get('discogs:profile:gone0')).toBeUndefined();
		expect(await links.get('user:1')).toEqual({ discogs: { username: 'rodneyfool' } });
		expect(await store.namespace('settings').get('privacy:1')).toBe('nobody');
		expect(await store.namespace('secrets').get('catalog:refresh-token')).toEqual({ sealed: true });
	});

	it('sweeps in one process at a time when several share the store', async () => {
		const sweepers = processes.stores().map((store) => startSweeper({ store, intervalMs: 60_000, logger: silent }));
		try {
			const results = await Promise.all(sweepers.map((sweeper) => sweeper.sweepOnce()));
			expect(results.filter((result) => result !== undefined)).toHaveLength(1);
			// The holder keeps the lease for the next round; the other still skips.
			const again = await Promise.all(sweepers.map((sweeper) => sweeper.sweepOnce()));
			expect(again.findIndex((result) => result !== undefined)).toBe(results.findIndex((result) => result !== undefined));
		} finally {
			await Promise.all(sweepers.map((sweeper) => sweeper.stop()));
		}
	});
});

describe('sweeping SQLite', () => {
	let server: StoreServer | undefined;
	const sqlite = STORE_BACKENDS.find((backend) => backend.name === 'SQLite');
	beforeAll(async () => {
		server = await sqlite?.start();
	});
	afterAll(async () => {
		await server?.stop();
	});

	it('finds expired rows through the expiry index, not by reading every row', async () => {
		if (!server) throw new Error('no server');
		const url = await server.freshUrl();
		const store = await connectStore(url);
		await store.close();
		const db = new sqlite3.Database(url.replace(/^sqlite:\/\//, ''), sqlite3.OPEN_READONLY);
		try {
			const plan = await new Promise<Array<{ detail: string }>>((resolve, reject) =>
				db.all<{ detail: string }>("EXPLAIN QUERY PLAN DELETE FROM cache WHERE json_extract(value, '$.expires') <= 1", (error, rows) => (error ? reject(error) : resolve(rows))),
			);
			expect(plan.map((row) => row.detail).join(' ')).toContain('USING INDEX cache_expires');
		} finally {
			await new Promise<void>((resolve) => db.close(() => resolve()));
		}
	});

	it('gives the freed pages back: the file shrinks', async () => {
		if (!server) throw new Error('no server');
		const url = await server.freshUrl();
		const path = url.replace(/^sqlite:\/\//, '');
		const store = await connectStore(url);
		try {
			const cache = store.namespace('cache');
			const big = 'x'.repeat(2_000);
			for (let batch = 0; batch < 10; batch++) {
				await Promise.all(Array.from({ length: 200 }, (_, index) => cache.set(`discogs:page:${batch}:${index}`, big, 1_500)));
			}
			// Nothing has expired yet; the sweep's checkpoint writes everything into the file.
			expect(await store.sweep()).toBe(0);
			const before = statSync(path).size;
			await sleep(1_600);
			expect(await store.sweep()).toBe(2_000);
			const after = statSync(path).size;
			expect(after).toBeLessThan(before / 4);
		} finally {
			await store.close();
		}
	});
});
