import { describe, expect, it } from 'vitest';
import { STORE_BACKENDS } from '../helpers/services.js';
import { storesPerTest } from '../helpers/storeProcesses.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(STORE_BACKENDS)('leases on $name', ({ start }) => {
	const processes = storesPerTest(start);

	it('gives a lease to exactly one of many simultaneous takers, across connections', async () => {
		const attempts = Array.from({ length: 10 }, (_, index) => processes.stores()[index % 2]?.leases.acquire('sweep', `holder-${index}`, 5_000));
		const results = await Promise.all(attempts);
		expect(results.filter(Boolean)).toHaveLength(1);
	});

	it('lets the holder extend it, refuses others until it expires or is released', async () => {
		const [a, b] = processes.stores();
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
	it('takes many leases in one call, each as acquire would: one winner per name across processes', async () => {
		const [a, b] = processes.stores();
		if (!a || !b) throw new Error('two stores');
		const names = Array.from({ length: 20 }, (_, index) => `interaction:${index}`);
		const [wonByA, wonByB] = await Promise.all([a.leases.acquireMany([...names, 'interaction:0'], 'a', 5_000), b.leases.acquireMany(names, 'b', 5_000)]);
		expect([...wonByA, ...wonByB].sort()).toEqual([...names].sort());
		expect(new Set(wonByA).size).toBe(wonByA.length);
		// The holder extends its own; the other still gets none of them.
		expect([...(await a.leases.acquireMany(wonByA, 'a', 5_000))].sort()).toEqual([...wonByA].sort());
		expect(await b.leases.acquireMany(wonByA, 'b', 5_000)).toEqual([]);
		expect(await a.leases.acquireMany([], 'a', 5_000)).toEqual([]);
	});
});
