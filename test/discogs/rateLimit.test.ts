import { afterEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/core/errors.js';
import { parseRetryAfter } from '../../src/providers/http.js';
import { createHarness, expectKind, type Harness, profileFor } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

async function setup(options: Parameters<typeof createHarness>[0]): Promise<Harness> {
	harness = await createHarness(options);
	for (let i = 0; i < 12; i++) harness.fake.addUser(profileFor(`user${i}`, 1000 + i));
	return harness;
}

const users = (count: number): string[] => Array.from({ length: count }, (_, i) => `user${i}`);
const count429 = (h: Harness): number => h.fake.requests.filter((request) => request.status === 429).length;

describe('client-side rate limiting against the fake Discogs', () => {
	it('spreads a burst of distinct lookups over the window: no 429 at all, and every lookup succeeds', async () => {
		const h = await setup({ fake: { limit: 5, windowMs: 500 }, config: { rateLimit: 5, rateWindowMs: 500 } });
		const started = Date.now();
		const results = await Promise.all(users(10).map((name) => h.client.getProfile(name)));
		expect(results.map((result) => result.value.username)).toEqual(users(10));
		expect(count429(h)).toBe(0);
		expect(h.fake.requestCount()).toBe(10);
		// 90% of 5 is 4 a window: 10 lookups need three windows.
		expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 500);
	});

	it('rides out a 429 storm from a server stricter than configured: success or rate_limited, never unavailable', async () => {
		const h = await setup({ fake: { limit: 2, windowMs: 300 }, config: { rateLimit: 20, rateWindowMs: 300 }, maxWaitMs: 6_000 });
		// Another process on the same IP has just spent the window: the storm starts with the client's first
		// requests, whatever order the answers come back in (else it may learn the limit before it meets a 429).
		for (let i = 0; i < 2; i++) await fetch(`${h.fake.url}/`, { headers: { 'user-agent': 'OtherProcess/1.0' } });
		const settled = await Promise.allSettled(users(8).map((name) => h.client.getProfile(name)));
		const failures = settled.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
		for (const failure of failures) {
			expect(failure).toBeInstanceOf(ProviderError);
			expect((failure as ProviderError).kind).toBe('rate_limited');
		}
		expect(count429(h)).toBeGreaterThan(0);
		expect(settled.filter((result) => result.status === 'fulfilled').length).toBeGreaterThanOrEqual(2);
		// Having learnt the real limit from the headers, the client stops provoking 429s.
		const first429 = h.fake.requests.findIndex((request) => request.status === 429);
		const afterLearning = h.fake.requests.slice(first429 + 8);
		expect(afterLearning.filter((request) => request.status === 429)).toEqual([]);
	});

	it('a single 429 with Retry-After: 1 pauses for that second, not for the whole window', async () => {
		const h = await setup({ config: { rateLimit: 60, rateWindowMs: 60_000 }, maxWaitMs: 500 });
		h.fake.throttleNext(1);
		// Its wait limit is shorter than the pause: this lookup is refused, as rate-limiting.
		await expectKind(h.client.getProfile('user0'), 'rate_limited');
		await new Promise((resolve) => setTimeout(resolve, 2_000));
		// Two seconds on, the next lookup goes upstream and succeeds (the window had 59 of 60 slots free all along).
		const next = await h.client.getProfile('user1');
		expect(next.value.username).toBe('user1');
		expect(h.fake.requestCount('/users/user1')).toBe(1);
	});

	it('gives up with rate_limited after a bounded number of retries', async () => {
		// The fake's window never clears within the test; the client believes in a short one.
		const h = await setup({ fake: { limit: 1, windowMs: 60_000 }, config: { rateLimit: 10, rateWindowMs: 100 }, maxWaitMs: 5_000 });
		await h.client.getProfile('user0');
		const error = await expectKind(h.client.getProfile('user1'), 'rate_limited');
		expect(error.detail).toContain('HTTP 429');
		// The first attempt and three retries.
		expect(h.fake.requestCount('/users/user1')).toBe(4);
	});

	it('honours Retry-After before retrying', async () => {
		const h = await setup({
			fake: { limit: 1, windowMs: 200, retryAfterSeconds: 1 },
			config: { rateLimit: 10, rateWindowMs: 200 },
			maxWaitMs: 5_000,
		});
		await fetch(`${h.fake.url}/`, { headers: { 'user-agent': 'OtherProcess/1.0' } });
		expect((await h.client.getProfile('user1')).value.username).toBe('user1');
		const refused = h.fake.requests.find((request) => request.status === 429);
		if (!refused) throw new Error('expected a 429 from the fake');
		const retried = h.fake.requests.find((request) => request.path === refused.path && request.at > refused.at);
		expect(retried?.status).toBe(200);
		expect((retried?.at ?? 0) - refused.at).toBeGreaterThanOrEqual(950);
	});

	it('fails at once with rate_limited, keeping Retry-After, when the server asks for a longer wait than allowed', async () => {
		const h = await setup({
			fake: { limit: 1, windowMs: 60_000, retryAfterSeconds: 30 },
			config: { rateLimit: 10, rateWindowMs: 60_000 },
			maxWaitMs: 2_000,
		});
		// Another process on the same IP used the window up, so the client's first request is refused.
		await fetch(`${h.fake.url}/`, { headers: { 'user-agent': 'OtherProcess/1.0' } });
		const started = Date.now();
		const error = await expectKind(h.client.getProfile('user1'), 'rate_limited');
		expect(Date.now() - started).toBeLessThan(1_000);
		expect(error.retryAfterMs).toBe(30_000);
		expect(h.fake.requestCount('/users/user1')).toBe(1);
		// Everyone is paused now, not just the caller that saw the 429.
		await expectKind(h.client.getProfile('user2'), 'rate_limited');
		expect(h.fake.requestCount('/users/user2')).toBe(0);
	});

	it('fails at once when no slot can free within the wait bound, and sends nothing for it', async () => {
		const h = await setup({ config: { rateLimit: 1, rateWindowMs: 60_000 }, maxWaitMs: 300 });
		await h.client.getProfile('user0');
		const started = Date.now();
		const error = await expectKind(h.client.getProfile('user1'), 'rate_limited');
		// The only slot frees a minute from now: waiting out the 300 ms bound would change nothing.
		expect(Date.now() - started).toBeLessThan(250);
		expect(error.retryAfterMs).toBeGreaterThan(50_000);
		expect(h.fake.requestCount('/users/user1')).toBe(0);
	});

	it('believes the server when it counts more requests than the client made', async () => {
		const h = await setup({ fake: { limit: 5, windowMs: 60_000 }, config: { rateLimit: 5, rateWindowMs: 60_000 }, maxWaitMs: 300 });
		// Another process on the same IP used three requests of the window.
		for (let i = 0; i < 3; i++) await fetch(`${h.fake.url}/`, { headers: { 'user-agent': 'OtherProcess/1.0' } });
		await h.client.getProfile('user0');
		await expectKind(h.client.getProfile('user1'), 'rate_limited');
		expect(count429(h)).toBe(0);
	});
});

describe('parseRetryAfter', () => {
	it('reads delta-seconds and HTTP dates, and ignores garbage', () => {
		expect(parseRetryAfter('2', 0)).toBe(2_000);
		expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
		expect(parseRetryAfter('soon', 0)).toBeUndefined();
		expect(parseRetryAfter(undefined, 0)).toBeUndefined();
	});
});
