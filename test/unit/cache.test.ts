import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/core/errors.js';
import { openStore, type Store } from '../../src/core/store.js';
import { ResourceCache } from '../../src/providers/cache.js';

let dir: string;
let store: Store;
let clock: number;
let cache: ResourceCache;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'cache-test-'));
	store = openStore(`sqlite://${join(dir, 'nested', 'bot.sqlite')}`);
	clock = 1_000_000;
	cache = new ResourceCache(store.namespace('cache'), { staleKeepMs: 60_000, notFoundTtlMs: 5_000, now: () => clock });
});

afterEach(async () => {
	await store.close();
	rmSync(dir, { recursive: true, force: true });
});

const outage = () => new ProviderError({ provider: 'Discogs', kind: 'unavailable', detail: '500' });

describe('ResourceCache', () => {
	it('serves a fresh hit without loading, and the hit does not extend its life', async () => {
		let loads = 0;
		const load = async () => ++loads;
		expect((await cache.lookup('k', { ttlMs: 1000, load })).value).toBe(1);
		clock += 900;
		expect((await cache.lookup('k', { ttlMs: 1000, load })).value).toBe(1);
		clock += 200; // 1100 ms after the fetch: expired, although it was read at 900 ms
		expect((await cache.lookup('k', { ttlMs: 1000, load })).value).toBe(2);
		expect(loads).toBe(2);
	});

	it('shares one load between concurrent lookups of a key', async () => {
		let loads = 0;
		const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 20));
		const results = await Promise.all(Array.from({ length: 50 }, () => cache.lookup('same', { ttlMs: 1000, load })));
		expect(loads).toBe(1);
		expect(new Set(results.map((result) => result.value))).toEqual(new Set([1]));
	});

	it('answers an outage with the stale copy and says when it was fetched', async () => {
		await cache.lookup('k', { ttlMs: 1000, load: async () => 'old' });
		const fetchedAt = clock;
		clock += 5000;
		const result = await cache.lookup('k', { ttlMs: 1000, load: () => Promise.reject(outage()) });
		expect(result).toEqual({ value: 'old', fetchedAt, stale: true });
	});

	it('passes an outage through when there is no copy, and never turns it into "not found"', async () => {
		await expect(cache.lookup('k', { ttlMs: 1000, load: () => Promise.reject(outage()) })).rejects.toMatchObject({ kind: 'unavailable' });
	});

	it('remembers "not found" briefly', async () => {
		let loads = 0;
		const missing = () => {
			loads++;
			return Promise.reject(new ProviderError({ provider: 'Discogs', kind: 'not_found', subject: 'ghost' }));
		};
		await expect(cache.lookup('ghost', { ttlMs: 1000, load: missing })).rejects.toThrow('No Discogs user named **ghost** exists.');
		await expect(cache.lookup('ghost', { ttlMs: 1000, load: missing })).rejects.toThrow('No Discogs user named **ghost** exists.');
		expect(loads).toBe(1);
		clock += 6000;
		await expect(cache.lookup('ghost', { ttlMs: 1000, load: missing })).rejects.toMatchObject({ kind: 'not_found' });
		expect(loads).toBe(2);
	});

	it('bypass asks the provider even with a fresh copy', async () => {
		let loads = 0;
		const load = async () => ++loads;
		await cache.lookup('k', { ttlMs: 1000, load });
		expect((await cache.lookup('k', { ttlMs: 1000, load, bypass: true })).value).toBe(2);
	});

	it('keeps values across a reopen of the same database file', async () => {
		await cache.lookup('k', { ttlMs: 1000, load: async () => ({ a: 1 }) });
		await store.close();
		store = openStore(`sqlite://${join(dir, 'nested', 'bot.sqlite')}`);
		const reopened = new ResourceCache(store.namespace('cache'), { staleKeepMs: 60_000, notFoundTtlMs: 5_000, now: () => clock });
		expect((await reopened.lookup('k', { ttlMs: 1000, load: () => Promise.reject(outage()) })).value).toEqual({ a: 1 });
	});
});
