import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectStore, type Store } from '../../src/core/store.js';
import { STORE_BACKENDS, type StoreServer } from '../helpers/services.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(STORE_BACKENDS)('leases on $name', ({ start }) => {
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
		// Two processes' views of one store: each opens its own connections.
		stores = [await connectStore(url), await connectStore(url)];
	});
	afterEach(async () => {
		await Promise.all(stores.map((store) => store.close()));
	});

	it('gives a lease to exactly one of many simultaneous takers, across connections', async () => {
		const attempts = Array.from({ length: 10 }, (_, index) => stores[index % 2]?.leases.acquire('sweep', `holder-${index}`, 5_000));
		const results = await Promise.all(attempts);
		expect(results.filter(Boolean)).toHaveLength(1);
	});

	it('lets the holder extend it, refuses others until it expires or is released', async () => {
		const [a, b] = stores;
		if (!a || !b) throw new Error('two stores');
		expect(await a.leases.acquire('renew', 'a', 300)).toBe(true);
		expect(await a.leases.acquire('renew', 'a', 300)).toBe(true);
		expect(await b.leases.acquire('renew', 'b', 300)).toBe(false);
		// A lease of another name is another lease.
		expect(await b.leases.acquire('other', 'b', 300)).toBe(true);
		await sleep(450);
		expect(await b.leases.acquire('renew', 'b', 10_000)).toBe(true);
		// Releasing someone else's lease does nothing; releasing your own frees it at once.
		await a.leases.release('renew', 'a');
		expect(await a.leases.acquire('renew', 'a', 10_000)).toBe(false);
		await b.leases.release('renew', 'b');
		expect(await a.leases.acquire('renew', 'a', 10_000)).toBe(true);
	});
});
