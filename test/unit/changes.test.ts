import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectStore, type Store } from '../../src/core/store.js';
import { STORE_BACKENDS, type StoreServer } from '../helpers/services.js';

describe.each(STORE_BACKENDS)('changes announced between processes on $name', ({ start }) => {
	let server: StoreServer | undefined;
	let stores: Store[] = [];
	beforeAll(async () => {
		server = await start();
	});
	afterAll(async () => {
		await server?.stop();
	});
	beforeEach(async () => {
		if (!server) throw new Error('the server did not start');
		const url = await server.freshUrl();
		stores = [await connectStore(url), await connectStore(url)];
	});
	afterEach(async () => {
		await Promise.all(stores.map((store) => store.close()));
	});

	it("reach the other process within a second, and not the announcer's own listeners", async () => {
		const [a, b] = stores;
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
		expect(heardByB).toEqual(['discogs:profile:rodneyfool', 'catalog:user:7bd2862f']);
		expect(Date.now() - sent).toBeLessThan(1_000);
		expect(heardByA).toEqual([]);
	});
});
