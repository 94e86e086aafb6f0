import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/core/errors.js';
import { RateLimiter } from '../../src/discogs/rateLimiter.js';

const far = (): number => Date.now() + 10_000;

describe('RateLimiter', () => {
	it('keeps a margin under the limit, but always allows one request', () => {
		expect(new RateLimiter({ limit: 60, windowMs: 60_000 }).capacity).toBe(54);
		expect(new RateLimiter({ limit: 5, windowMs: 1_000 }).capacity).toBe(4);
		expect(new RateLimiter({ limit: 1, windowMs: 1_000 }).capacity).toBe(1);
	});

	it('serves waiting callers first come, first served, as slots free up', async () => {
		const limiter = new RateLimiter({ limit: 2, windowMs: 100, margin: 1 });
		const order: number[] = [];
		const started = Date.now();
		await Promise.all(
			[0, 1, 2, 3, 4].map(async (i) => {
				const permit = await limiter.acquire(far());
				order.push(i);
				permit.settle();
			}),
		);
		expect(order).toEqual([0, 1, 2, 3, 4]);
		expect(Date.now() - started).toBeGreaterThanOrEqual(200);
		limiter.close();
	});

	it('takes fewer remaining requests from the server as truth, and a lower limit', async () => {
		const limiter = new RateLimiter({ limit: 10, windowMs: 60_000, margin: 1 });
		limiter.sync({ limit: 10, used: 9, remaining: 1 });
		expect(limiter.used).toBe(9);
		(await limiter.acquire(far())).settle();
		await expect(limiter.acquire(Date.now() + 50)).rejects.toMatchObject({ kind: 'rate_limited' });
		// The server counting fewer than we do changes nothing: we keep our own, more careful count.
		limiter.sync({ used: 1 });
		expect(limiter.used).toBe(10);
		const lower = new RateLimiter({ limit: 60, windowMs: 60_000 });
		lower.sync({ limit: 25, used: 1, remaining: 24 });
		expect(lower.capacity).toBe(22);
		lower.sync({ limit: 60 });
		expect(lower.capacity).toBe(22);
		limiter.close();
	});

	it('pauses everyone until a Retry-After has passed', async () => {
		const limiter = new RateLimiter({ limit: 10, windowMs: 60_000 });
		limiter.pauseUntil(Date.now() + 150);
		const started = Date.now();
		(await limiter.acquire(far())).settle();
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
		limiter.pauseUntil(Date.now() + 5_000);
		await expect(limiter.acquire(Date.now() + 100)).rejects.toMatchObject({ kind: 'rate_limited' });
		limiter.close();
	});

	it('fails waiting callers when closed', async () => {
		const limiter = new RateLimiter({ limit: 1, windowMs: 60_000 });
		(await limiter.acquire(far())).settle();
		const waiting = limiter.acquire(far());
		limiter.close();
		const error = await waiting.catch((reason: unknown) => reason);
		expect(error).toBeInstanceOf(ProviderError);
		expect(limiter.waiting).toBe(0);
	});
});
