import { describe, expect, it } from 'vitest';
import { ResourceCache } from '../../src/providers/cache.js';
import { changeDigest } from '../../src/core/changes.js';
import { STORE_BACKENDS } from '../helpers/services.js';
import { storesPerTest } from '../helpers/storeProcesses.js';

describe.each(STORE_BACKENDS)('changes announced between processes on $name', ({ start }) => {
	const processes = storesPerTest(start);

	it("reach the other process within a second, and not the announcer's own listeners", async () => {
		const [a, b] = processes.stores();
		if (!a || !b) throw new Error('two stores');
		const heardByA: string[] = [];
		const heardByB: string[] = [];
		a.changes.subscribe((key) => heardByA.push(key));
		b.changes.subscribe((key) => heardByB.push(key));
		// Subscribing takes a moment (a connection, a first poll); announcements from then on are heard.
		await new Promise((resolve) => setTimeout(resolve, 400));
		const sent = Date.now();
		await a.changes.publish('discogs:profile:rodneyfool');
		await a.changes.publish('catalog:user:7bd2862f');
		while (heardByB.length < 2 && Date.now() - sent < 1_000) await new Promise((resolve) => setTimeout(resolve, 20));
		expect(heardByB).toEqual([changeDigest('discogs:profile:rodneyfool'), changeDigest('catalog:user:7bd2862f')]);
		expect(Date.now() - sent).toBeLessThan(1_000);
		expect(heardByA).toEqual([]);
	});
});

describe.each(STORE_BACKENDS)('cached copies across processes on $name', ({ start }) => {
	const processes = storesPerTest(start);

	it('an edit in one process is what the other answers within a second, though it held the old copy in memory', async () => {
		const [a, b] = processes.stores().map((store) => new ResourceCache(store.namespace('cache'), { staleKeepMs: 60_000, notFoundTtlMs: 60_000, changes: store.changes }));
		if (!a || !b) throw new Error('two caches');
		const load = (value: string) => ({ ttlMs: 60_000, load: () => Promise.resolve(value) });
		await a.lookup('discogs:profile:rodneyfool', load('before'));
		// B reads it from the store and keeps it in memory, fresh for a minute.
		expect((await b.lookup('discogs:profile:rodneyfool', load('unused'))).value).toBe('before');
		await new Promise((resolve) => setTimeout(resolve, 400));
		const edited = Date.now();
		await a.put('discogs:profile:rodneyfool', 'after', 60_000);
		let seen = '';
		while (seen !== 'after' && Date.now() - edited < 1_000) {
			seen = String((await b.lookup('discogs:profile:rodneyfool', load('unused'))).value);
			if (seen !== 'after') await new Promise((resolve) => setTimeout(resolve, 20));
		}
		expect(seen).toBe('after');
		// And a deletion (unlink all forgets the copies): B asks the provider again.
		await a.forget('discogs:profile:rodneyfool');
		const forgotten = Date.now();
		let reloaded = '';
		while (reloaded !== 'reloaded' && Date.now() - forgotten < 1_000) {
			reloaded = String((await b.lookup('discogs:profile:rodneyfool', load('reloaded'))).value);
			if (reloaded !== 'reloaded') await new Promise((resolve) => setTimeout(resolve, 20));
		}
		expect(reloaded).toBe('reloaded');
	});
});
