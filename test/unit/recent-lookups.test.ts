import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Keyv from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecentLookups } from '../../src/accounts/recentLookups.js';
import { connectStore, type Store } from '../../src/core/store.js';

const DELAY_MS = 60;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The store's own namespace, with its reads and writes counted (each is one round trip to SQLite). */
function counted(keyv: Keyv<string[]>): { keyv: Keyv<string[]>; calls: { get: number; set: number } } {
	const calls = { get: 0, set: 0 };
	const proxy = new Proxy(keyv, {
		get(target, property) {
			const value: unknown = Reflect.get(target, property, target);
			if ((property === 'get' || property === 'set') && typeof value === 'function') {
				return (...args: unknown[]): unknown => {
					calls[property] += 1;
					return Reflect.apply(value, target, args);
				};
			}
			return value;
		},
	});
	return { keyv: proxy, calls };
}

describe('RecentLookups: autocomplete hints, written to the store in gathered batches', () => {
	let dir: string;
	let store: Store;
	let other: Store;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'recent-'));
		store = await connectStore(`sqlite://${join(dir, 'bot.sqlite')}`);
		other = await connectStore(`sqlite://${join(dir, 'bot.sqlite')}`);
	});
	afterAll(async () => {
		await store?.close();
		await other?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it("lists a member's lookups at once, newest first, and writes them in one read and one write", async () => {
		const { keyv, calls } = counted(store.namespace<string[]>('recent'));
		const recent = new RecentLookups(keyv, { delayMs: DELAY_MS });
		const writes = ['alpha', 'Beta', 'gamma', 'beta'].map((name) => recent.remember('discogs', '1', name));
		expect(await recent.list('discogs', '1')).toEqual(['beta', 'gamma', 'alpha']);
		expect(calls.set).toBe(0);
		await Promise.all(writes);
		expect(calls).toEqual({ get: 2, set: 1 });
		// Another process reads what was written.
		expect(await new RecentLookups(other.namespace<string[]>('recent')).list('discogs', '1')).toEqual(['beta', 'gamma', 'alpha']);
	});

	it('keeps what another process wrote meanwhile, and at most ten names', async () => {
		const here = new RecentLookups(store.namespace<string[]>('recent'), { delayMs: DELAY_MS });
		const elsewhere = new RecentLookups(other.namespace<string[]>('recent'), { delayMs: 0 });
		const mine = Array.from({ length: 9 }, (_, index) => here.remember('discogs', '2', `mine${index}`));
		await elsewhere.remember('discogs', '2', 'theirs');
		await Promise.all(mine);
		expect(await elsewhere.list('discogs', '2')).toEqual(['mine8', 'mine7', 'mine6', 'mine5', 'mine4', 'mine3', 'mine2', 'mine1', 'mine0', 'theirs']);
		await here.remember('discogs', '2', 'newest');
		expect(await elsewhere.list('discogs', '2')).toHaveLength(10);
		expect((await elsewhere.list('discogs', '2'))[0]).toBe('newest');
	});

	it('forgets what was still waiting to be written, and it never comes back', async () => {
		const recent = new RecentLookups(store.namespace<string[]>('recent'), { delayMs: DELAY_MS });
		await recent.remember('catalog', '3', 'kept-before');
		const waiting = recent.remember('catalog', '3', 'waiting');
		await recent.forget('3', ['discogs', 'catalog']);
		expect(await recent.list('catalog', '3')).toEqual([]);
		await waiting;
		await wait(DELAY_MS);
		expect(await recent.list('catalog', '3')).toEqual([]);
		expect(await new RecentLookups(other.namespace<string[]>('recent')).list('catalog', '3')).toEqual([]);
	});
});
