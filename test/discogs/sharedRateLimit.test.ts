import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TTLS } from '../../src/core/constants.js';
import { ProviderError } from '../../src/core/errors.js';
import { connectStore, type Store } from '../../src/core/store.js';
import { createDiscogsClient, type DiscogsClient } from '../../src/discogs/client.js';
import { RateLimiter } from '../../src/discogs/rateLimiter.js';
import { ResourceCache } from '../../src/providers/cache.js';
import { startFakeDiscogs, type FakeDiscogs } from '../fakes/discogs/index.js';
import { STORE_BACKENDS, type StoreServer } from '../helpers/services.js';
import { profileFor, TEST_USER_AGENT } from './harness.js';

const LIMIT = 5;
const WINDOW_MS = 1000;

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.each(STORE_BACKENDS.filter((backend) => backend.name !== 'SQLite'))('a Discogs budget shared through $name', ({ start }) => {
let server: StoreServer | undefined;
beforeAll(async () => {
	server = await start();
});
afterAll(async () => {
	await server?.stop();
});

/** Two connections to one fresh database: what two bot processes would have. */
async function twoProcesses(): Promise<[Store, Store]> {
	if (!server) throw new Error('the store server did not start');
	const url = await server.freshUrl();
	const stores: [Store, Store] = [await connectStore(url), await connectStore(url)];
	for (const store of stores) cleanups.push(() => store.close());
	return stores;
}

function clientOn(store: Store, fake: FakeDiscogs, shareWindow: boolean): DiscogsClient {
	const client = createDiscogsClient({
		config: {
			apiUrl: fake.url,
			webUrl: 'https://www.discogs.com',
			token: undefined,
			userAgent: TEST_USER_AGENT,
			rateLimit: LIMIT,
			rateWindowMs: WINDOW_MS,
			timeoutMs: 2_000,
			profileTtlMs: DEFAULT_TTLS.discogsProfileMs,
			pageTtlMs: DEFAULT_TTLS.discogsPageMs,
			oauth: undefined,
		},
		cache: new ResourceCache(store.namespace('cache'), { staleKeepMs: 60_000, notFoundTtlMs: 60_000 }),
		logger: pino({ level: 'silent' }),
		rateWindow: shareWindow ? store.sharedRateWindow('discogs', WINDOW_MS) : undefined,
	});
	cleanups.push(() => client.close());
	return client;
}

/** Both processes look up five users each, all at once, against a Discogs that allows five a second. */
async function burst(shareWindow: boolean): Promise<{ fake: FakeDiscogs; settled: PromiseSettledResult<unknown>[] }> {
	const fake = await startFakeDiscogs({ limit: LIMIT, windowMs: WINDOW_MS });
	cleanups.push(() => fake.close());
	for (let i = 0; i < 10; i++) fake.addUser(profileFor(`user${i}`, 1000 + i));
	const [first, second] = (await twoProcesses()).map((store) => clientOn(store, fake, shareWindow));
	if (!first || !second) throw new Error('expected two clients');
	const lookups = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? first : second).getProfile(`user${i}`));
	return { fake, settled: await Promise.allSettled(lookups) };
}

const refused = (fake: FakeDiscogs): number => fake.requests.filter((request) => request.status === 429).length;

describe('two processes sharing one budget', () => {
	it('never exceed the limit together in a burst: no 429 at all, and every lookup succeeds', async () => {
		const started = Date.now();
		const { fake, settled } = await burst(true);
		expect(settled.map((result) => result.status)).toEqual(Array.from({ length: 10 }, () => 'fulfilled'));
		expect(refused(fake)).toBe(0);
		expect(fake.requestCount()).toBe(10);
		// 90% of 5 is 4 a window, for both together: 10 lookups need three windows.
		expect(Date.now() - started).toBeGreaterThanOrEqual(2 * WINDOW_MS);
	});

	it('each with its own in-process window, exceed it together in the same burst (so the test above can fail)', async () => {
		const { fake } = await burst(false);
		expect(refused(fake)).toBeGreaterThan(0);
	});
});

describe('RateLimiter over a shared window', () => {
	const far = (): number => Date.now() + 10_000;

	async function twoLimiters(options: { limit: number; windowMs: number; margin?: number }): Promise<[RateLimiter, RateLimiter]> {
		const stores = await twoProcesses();
		const limiters = stores.map((store) => new RateLimiter({ ...options, window: store.sharedRateWindow('discogs', options.windowMs) }));
		for (const limiter of limiters) cleanups.push(async () => limiter.close());
		return limiters as [RateLimiter, RateLimiter];
	}

	it('serves each process first come, first served, within one budget for both', async () => {
		const [first, second] = await twoLimiters({ limit: 2, windowMs: 200, margin: 1 });
		const order: string[] = [];
		const started = Date.now();
		const take = async (limiter: RateLimiter, name: string) => {
			const permit = await limiter.acquire(far());
			order.push(name);
			permit.settle();
		};
		await Promise.all([take(first, 'a0'), take(second, 'b0'), take(first, 'a1'), take(second, 'b1'), take(first, 'a2')]);
		expect(order.filter((name) => name.startsWith('a'))).toEqual(['a0', 'a1', 'a2']);
		expect(order.filter((name) => name.startsWith('b'))).toEqual(['b0', 'b1']);
		// Two a window for both together: five take three windows.
		expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 200);
	});

	it('pauses the other process too when one is told to Retry-After', async () => {
		const [first, second] = await twoLimiters({ limit: 10, windowMs: 60_000 });
		await first.pauseUntil(Date.now() + 300);
		const started = Date.now();
		(await second.acquire(far())).settle();
		expect(Date.now() - started).toBeGreaterThanOrEqual(250);
		await first.pauseUntil(Date.now() + 5_000);
		await expect(second.acquire(Date.now() + 200)).rejects.toMatchObject({ kind: 'rate_limited' });
	});

	it('writes what the server reported into the shared window, so the other process holds back too', async () => {
		const [first, second] = await twoLimiters({ limit: 10, windowMs: 60_000, margin: 1 });
		await first.sync({ limit: 10, used: 10, remaining: 0 });
		const started = Date.now();
		const error = await second.acquire(Date.now() + 300).catch((reason: unknown) => reason);
		expect(error).toMatchObject({ kind: 'rate_limited' });
		// The slots free a minute from now: waiting out the 300 ms bound would change nothing.
		expect(Date.now() - started).toBeLessThan(250);
		expect((error as ProviderError).retryAfterMs).toBeGreaterThan(50_000);
		expect(second.used).toBe(10);
	});

	it('counts alone, within its own window, while the shared window cannot be reached', async () => {
		const stores = await twoProcesses();
		const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, margin: 1, window: stores[0].sharedRateWindow('discogs', 60_000) });
		cleanups.push(async () => limiter.close());
		await stores[0].close();
		// Lookups go on with the store down (the process's own budget), instead of all failing with it.
		(await limiter.acquire(far())).settle();
		(await limiter.acquire(far())).settle();
		await expect(limiter.acquire(Date.now() + 200)).rejects.toMatchObject({ kind: 'rate_limited' });
	});
});
});
