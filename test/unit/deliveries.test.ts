import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Leases } from '../../src/core/leases.js';
import type { Logger } from '../../src/core/logger.js';
import { connectStore, type Store } from '../../src/core/store.js';
import { CLAIM_TIMEOUT_MS, Deliveries, type BatchLeases } from '../../src/interactions/deliveries.js';

function capturingLogger(): { lines: Array<Record<string, unknown>>; logger: Logger } {
	const lines: Array<Record<string, unknown>> = [];
	return { lines, logger: pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) }) };
}

/**
 * The store's own leases, plus a batch call made of them as a store would make one statement of it: the
 * semantics are the real ones (SQLite's upsert), only the round trips are counted.
 */
function batching(leases: Leases): Leases & BatchLeases & { calls: string[][] } {
	const calls: string[][] = [];
	return {
		calls,
		acquire: (name, holder, ttlMs) => leases.acquire(name, holder, ttlMs),
		release: (name, holder) => leases.release(name, holder),
		async acquireMany(names, holder, ttlMs) {
			calls.push([...names]);
			const won: string[] = [];
			for (const name of names) if (await leases.acquire(name, holder, ttlMs)) won.push(name);
			return won;
		},
	};
}

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

describe('Deliveries: each interaction is handled once, across processes sharing a store', () => {
	let dir: string;
	let store: Store;
	let other: Store;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'deliveries-'));
		// Two connections to one file: two bot processes (shards) sharing SQLite.
		store = await connectStore(`sqlite://${join(dir, 'bot.sqlite')}`);
		other = await connectStore(`sqlite://${join(dir, 'bot.sqlite')}`);
	});
	afterAll(async () => {
		await store?.close();
		await other?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it("claims one lease per interaction through the store's own batch call: the second delivery loses, here or in another process", async () => {
		const { logger } = capturingLogger();
		const a = new Deliveries({ leases: store.leases, logger });
		const b = new Deliveries({ leases: other.leases, logger });
		const [first, elsewhere] = await Promise.all([a.first('1001'), b.first('1001')]);
		expect([first, elsewhere].sort()).toEqual([false, true]);
		expect(await a.first('1001')).toBe(false);
		expect(await b.first('1002')).toBe(true);
	});

	it('claims the interactions that arrive together in one store call, and those arriving meanwhile in the next', async () => {
		const { logger } = capturingLogger();
		const leases = batching(store.leases);
		const deliveries = new Deliveries({ leases, logger });
		const together = ['2001', '2002', '2003'].map((id) => deliveries.first(id));
		// Queued while the first call is on its way: they go together, after it.
		await Promise.resolve();
		await Promise.resolve();
		const meanwhile = ['2004', '2005'].map((id) => deliveries.first(id));
		expect(await Promise.all([...together, ...meanwhile])).toEqual([true, true, true, true, true]);
		expect(leases.calls).toEqual([
			['interaction:2001', 'interaction:2002', 'interaction:2003'],
			['interaction:2004', 'interaction:2005'],
		]);
		expect(await deliveries.first('2002')).toBe(false);
		expect(leases.calls).toHaveLength(2);
	});

	it('lets exactly one of two processes batching the same interactions handle each', async () => {
		const { logger } = capturingLogger();
		const a = new Deliveries({ leases: batching(store.leases), logger });
		const b = new Deliveries({ leases: batching(other.leases), logger });
		const ids = ['3001', '3002', '3003', '3004'];
		const [fromA, fromB] = await Promise.all([Promise.all(ids.map((id) => a.first(id))), Promise.all(ids.map((id) => b.first(id)))]);
		expect(ids.map((_, index) => Number(fromA[index]) + Number(fromB[index]))).toEqual([1, 1, 1, 1]);
	});

	it('handles an interaction when the store fails, and says so with its id', async () => {
		const { lines, logger } = capturingLogger();
		const failingBatch: BatchLeases = { acquireMany: () => Promise.reject(new Error('SQLITE_IOERR')) };
		expect(await new Deliveries({ leases: failingBatch, logger }).first('4001')).toBe(true);
		expect(await Promise.all(['4002', '4003'].map((id) => new Deliveries({ leases: failingBatch, logger }).first(id)))).toEqual([true, true]);
		const warned = lines.filter((line) => line['msg'] === 'could not record the interaction as handled');
		expect(warned.map((line) => line['interaction'] ?? line['interactions'])).toEqual(['4001', '4002', '4003']);
	});

	it('waits for a hung store at most CLAIM_TIMEOUT_MS from when each claim was asked, waiting in the queue included', async () => {
		const { logger } = capturingLogger();
		const hung: BatchLeases = { acquireMany: never };
		const deliveries = new Deliveries({ leases: hung, logger });
		const started = performance.now();
		const first = deliveries.first('5001');
		await new Promise((resolve) => setTimeout(resolve, CLAIM_TIMEOUT_MS / 2));
		const askedAt = performance.now();
		const queued = deliveries.first('5002').then((won) => ({ won, ms: performance.now() - askedAt }));
		expect(await first).toBe(true);
		expect(performance.now() - started).toBeLessThan(CLAIM_TIMEOUT_MS + 150);
		const late = await queued;
		expect(late.won).toBe(true);
		expect(late.ms).toBeLessThan(CLAIM_TIMEOUT_MS + 150);
	});
});
