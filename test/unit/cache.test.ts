import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/core/errors.js';
import { connectStore, type Store } from '../../src/core/store.js';
import { ResourceCache } from '../../src/providers/cache.js';
import { STORE_BACKENDS, type StoreServer } from '../helpers/services.js';

const outage = () => new ProviderError({ provider: 'Discogs', kind: 'unavailable', detail: '500' });

describe.each(STORE_BACKENDS)('on $name', ({ start }) => {
	let server: StoreServer | undefined;
	let url: string;
	let store: Store;
	let clock: number;
	let cache: ResourceCache;
	const cacheOn = (opened: Store) => new ResourceCache(opened.namespace('cache'), { staleKeepMs: 60_000, notFoundTtlMs: 5_000, now: () => clock });

	beforeAll(async () => {
		server = await start();
	});
	afterAll(async () => {
		await server?.stop();
	});
	beforeEach(async () => {
		if (!server) throw new Error('the server did not start');
		url = await server.freshUrl();
		store = await connectStore(url);
		clock = 1_000_000;
		cache = cacheOn(store);
	});
	afterEach(async () => {
		await store?.close();
	});

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

		it('remembers "not found" as its message key and values, so each asker reads it in their own language', async () => {
			const missing = () => Promise.reject(new ProviderError({ provider: 'Discogs', kind: 'not_found', subject: 'ghost' }));
			await expect(cache.lookup('ghost', { ttlMs: 1000, load: missing })).rejects.toBeInstanceOf(ProviderError);
			const remembered = await cache.lookup('ghost', { ttlMs: 1000, load: () => Promise.reject(new Error('must not load')) }).catch((error: unknown) => error);
			expect(remembered).toMatchObject({ kind: 'not_found', key: 'errors:provider.not_found_named.Discogs', params: { subject: 'ghost' } });
		});

		it('asks the provider again for a "not found" an older version remembered as English text', async () => {
			const old = { kind: 'missing', provider: 'Discogs', errorKind: 'not_found', message: 'No Discogs user named **ghost** exists.', freshUntil: clock + 5000 };
			await store.namespace('cache').set('ghost', old, 5000);
			let loads = 0;
			const value = await cache.lookup('ghost', { ttlMs: 1000, load: async () => `loaded ${++loads}` });
			expect(value).toMatchObject({ value: 'loaded 1', stale: false });
		});

		it('bypass asks the provider even with a fresh copy', async () => {
			let loads = 0;
			const load = async () => ++loads;
			await cache.lookup('k', { ttlMs: 1000, load });
			expect((await cache.lookup('k', { ttlMs: 1000, load, bypass: true })).value).toBe(2);
		});

		it('serves a hot hit from memory for up to a minute, without reading the store, and forget() clears both', async () => {
			let loads = 0;
			const load = async () => ++loads;
			await cache.lookup('hot', { ttlMs: 10 * 60_000, load });
			await store.namespace('cache').delete('hot'); // what only the memory layer can answer
			expect((await cache.lookup('hot', { ttlMs: 10 * 60_000, load })).value).toBe(1);
			clock += 61_000; // past the memory bound, still fresh: the store is asked, and it is empty now
			expect((await cache.lookup('hot', { ttlMs: 10 * 60_000, load })).value).toBe(2);
			await cache.forget('hot');
			expect((await cache.lookup('hot', { ttlMs: 10 * 60_000, load })).value).toBe(3);
		});

		it('keeps values across a reopen of the same database', async () => {
			await cache.lookup('k', { ttlMs: 1000, load: async () => ({ a: 1 }) });
			await store.close();
			store = await connectStore(url);
			expect((await cacheOn(store).lookup('k', { ttlMs: 1000, load: () => Promise.reject(outage()) })).value).toEqual({ a: 1 });
		});
	});

	describe('Store', () => {
		it('keeps namespaces apart: one key in two namespaces, and clearing one leaves the other', async () => {
			await store.namespace('links').set('user:1', 'link');
			await store.namespace('settings').set('user:1', 'setting');
			expect(await store.namespace('cache').get('user:1')).toBeUndefined();
			await store.namespace('links').clear();
			expect(await store.namespace('links').get('user:1')).toBeUndefined();
			expect(await store.namespace('settings').get('user:1')).toBe('setting');
		});

		it('expires a value written with a TTL', async () => {
			await store.namespace('recent').set('k', 'v', 50);
			await new Promise((resolve) => setTimeout(resolve, 80));
			expect(await store.namespace('recent').get('k')).toBeUndefined();
		});
	});
});

describe('connectStore', () => {
	it.each([
		['Redis', 'redis://:hunter2secret@127.0.0.1:1/0'],
		['PostgreSQL', 'postgres://bot:hunter2secret@127.0.0.1:1/bot'],
	])('fails with one line naming the %s store it could not reach, without the password', async (label, url) => {
		const started = Date.now();
		const error = await connectStore(url).then(
			() => new Error('connected to nothing'),
			(reason: unknown) => reason,
		);
		expect(error).toMatchObject({ name: 'StoreUnavailableError' });
		const message = (error as Error).message;
		expect(message).toMatch(new RegExp(`^could not reach the ${label} store at \\w+://(bot@)?127\\.0\\.0\\.1:1/\\w+: .*ECONNREFUSED`));
		expect(message).not.toContain('hunter2secret');
		expect(message).not.toContain('\n');
		expect(Date.now() - started).toBeLessThan(10_000);
	});
});
