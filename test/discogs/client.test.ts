import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { DISCOGS_ACCEPT } from '../../src/discogs/http.js';
import { DEFAULT_TTLS } from '../../src/core/constants.js';
import { FAKE_CONSUMER_KEY, FAKE_CONSUMER_SECRET, startFakeDiscogs } from '../fakes/discogs/index.js';
import { createHarness, expectKind, type Harness, NOT_FOUND_TTL_MS, TEST_USER_AGENT } from './harness.js';

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

async function setup(options: Parameters<typeof createHarness>[0] = {}): Promise<Harness> {
	harness = await createHarness(options);
	return harness;
}

describe('getProfile', () => {
	it('fetches and validates a profile, sending the User-Agent and the exact Accept type, no token when none is set', async () => {
		const { client, fake } = await setup();
		const result = await client.getProfile('rodneyfool');
		expect(result.stale).toBe(false);
		expect(result.value).toMatchObject({ id: 1578108, username: 'rodneyfool', rank: 149, curr_abbr: 'USD' });
		expect(result.value['wantlist_url']).toBe('https://api.discogs.com/users/rodneyfool/wants');
		expect(fake.requests).toHaveLength(1);
		expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/users/rodneyfool', userAgent: TEST_USER_AGENT, accept: DISCOGS_ACCEPT });
		expect(fake.requests[0]?.authorization).toBeUndefined();
	});

	it("without a token, authenticates public requests with the application's key and secret", async () => {
		const oauth = { consumerKey: FAKE_CONSUMER_KEY, consumerSecret: FAKE_CONSUMER_SECRET };
		const { client, fake, logs } = await setup({ config: { oauth, rateLimit: 60 } });
		await client.getProfile('rodneyfool');
		expect(fake.requests[0]?.authorization).toBe(`Discogs key=${FAKE_CONSUMER_KEY}, secret=${FAKE_CONSUMER_SECRET}`);
		const refused = await createHarness({ config: { oauth: { ...oauth, consumerSecret: 'not-the-secret' }, rateLimit: 60 } });
		try {
			const error = await expectKind(refused.client.getProfile('rodneyfool'), 'misconfigured');
			expect(error.message).not.toContain('not-the-secret');
			expect([...logs, ...refused.logs].filter((line) => line.raw.includes(FAKE_CONSUMER_SECRET) || line.raw.includes('not-the-secret'))).toEqual([]);
		} finally {
			await refused.close();
		}
	});

	it("keeps the token owner's email out of the shared cache", async () => {
		const token = 'owner-token-1234567890';
		const { client, fake } = await setup({ fake: { token }, config: { token, rateLimit: 60 } });
		expect(fake.profileOf('rodneyfool')?.['email']).toBeTruthy();
		const first = await client.getProfile('rodneyfool');
		expect(first.value.email).toBeUndefined();
		const cached = await client.getProfile('rodneyfool');
		expect(cached.value.email).toBeUndefined();
		expect(fake.requestCount('/users/rodneyfool')).toBe(1);
	});

	it('sends the token in the Authorization header, never in the query, and never logs it', async () => {
		const token = 'sekrit-token-1234567890';
		const { client, fake, logs } = await setup({ fake: { token }, config: { token, rateLimit: 60 } });
		await client.getProfile('rodneyfool');
		expect(fake.requests[0]?.authorization).toBe(`Discogs token=${token}`);
		expect([...(fake.requests[0]?.query.keys() ?? [])]).toEqual([]);
		fake.mode = 'error500';
		await expectKind(client.getProfile('shooezgirl'), 'unavailable');
		expect(logs.some((line) => line.level === 40)).toBe(true);
		expect(logs.filter((line) => line.raw.includes(token))).toEqual([]);
	});

	it('maps 404 to not_found naming the user, and remembers it without asking again', async () => {
		const { client, fake } = await setup();
		const error = await expectKind(client.getProfile('nobody_here'), 'not_found');
		expect(error.message).toBe('No Discogs user named **nobody\\_here** exists.');
		expect(error.detail).toContain('User does not exist or may have been deleted.');
		await expectKind(client.getProfile('nobody_here'), 'not_found');
		expect(fake.requestCount('/users/nobody_here')).toBe(1);
		harness?.advanceCacheClock(NOT_FOUND_TTL_MS + 1);
		await expectKind(client.getProfile('nobody_here'), 'not_found');
		expect(fake.requestCount('/users/nobody_here')).toBe(2);
	});

	it('serves a stale copy, marked stale, when Discogs fails after the TTL', async () => {
		const { client, fake, logs } = await setup();
		const first = await client.getProfile('rodneyfool');
		harness?.advanceCacheClock(DEFAULT_TTLS.discogsProfileMs + 1);
		fake.mode = 'error500';
		const second = await client.getProfile('rodneyfool');
		expect(second).toEqual({ ...first, stale: true });
		expect(fake.requestCount('/users/rodneyfool')).toBe(2);
		const warn = logs.find((line) => line.level === 40);
		expect(warn).toMatchObject({ status: 500, path: '/users/rodneyfool' });
		expect(String(warn?.['detail'])).toContain('HTTP 500');
	});

	it('maps a 500 without a cached copy to unavailable, with status and a short excerpt in the detail only', async () => {
		const { client, fake, logs } = await setup();
		fake.mode = 'error500';
		const error = await expectKind(client.getProfile('rodneyfool'), 'unavailable');
		expect(error.detail).toMatch(/^HTTP 500: \{"message": "An internal server error/);
		expect(error.message).not.toContain('HTTP');
		expect(logs.filter((line) => line.level === 40)).toHaveLength(1);
	});

	it('gives up on a server that never answers after timeoutMs, as unavailable', async () => {
		const { client, fake } = await setup({ config: { timeoutMs: 300 } });
		fake.mode = 'hang';
		const started = Date.now();
		const error = await expectKind(client.getProfile('rodneyfool'), 'unavailable');
		const elapsed = Date.now() - started;
		expect(error.detail).toContain('timed out after 300 ms');
		expect(elapsed).toBeGreaterThanOrEqual(280);
		expect(elapsed).toBeLessThan(2_000);
	});

	it('maps malformed JSON and JSON of the wrong types to unavailable', async () => {
		const { client, fake } = await setup();
		fake.mode = 'malformed';
		expect((await expectKind(client.getProfile('rodneyfool'), 'unavailable')).detail).toContain('invalid JSON');
		fake.mode = 'wrongTypes';
		expect((await expectKind(client.getProfile('shooezgirl'), 'unavailable')).detail).toContain('schema mismatch');
		expect((await expectKind(client.getContributions('shooezgirl'), 'unavailable')).detail).toContain('schema mismatch');
	});

	it('maps a refused connection to unavailable', async () => {
		const closed = await startFakeDiscogs();
		await closed.close();
		const { client } = await setup({ config: { apiUrl: closed.url } });
		expect((await expectKind(client.getProfile('rodneyfool'), 'unavailable')).detail).toContain('ECONNREFUSED');
	});

	it('makes exactly one request for 50 concurrent lookups of one user, and none within the TTL', async () => {
		const { client, fake } = await setup();
		const results = await Promise.all(Array.from({ length: 50 }, () => client.getProfile('rodneyfool')));
		expect(new Set(results.map((result) => result.value.id))).toEqual(new Set([1578108]));
		expect(fake.requestCount()).toBe(1);
		await client.getProfile('RodneyFool');
		expect(fake.requestCount()).toBe(1);
	});

	it('asks again with fresh: true even when the cached copy is fresh', async () => {
		const { client, fake } = await setup();
		await client.getProfile('rodneyfool');
		fake.addUser({ ...(await client.getProfile('rodneyfool')).value, profile: 'code: XYZ-123' });
		const fresh = await client.getProfile('rodneyfool', { fresh: true });
		expect(fresh.value.profile).toBe('code: XYZ-123');
		expect(fake.requestCount()).toBe(2);
		expect((await client.getProfile('rodneyfool')).value.profile).toBe('code: XYZ-123');
		expect(fake.requestCount()).toBe(2);
	});

	it('refuses usernames that could change the request, before any request', async () => {
		const { client, fake } = await setup();
		for (const bad of ['x y', 'a/b', '', '   ', 'a?b', '#x', '..', 'a%2Fb', 'x'.repeat(65)]) {
			await expect(client.getProfile(bad)).rejects.toBeInstanceOf(UserError);
		}
		await expect(client.getProfile('x y')).rejects.toThrow('`x y` is not a valid Discogs username.');
		await expect(client.getProfile(' ')).rejects.toThrow('Give a Discogs username.');
		await expect(client.getContributions('a/b')).rejects.toBeInstanceOf(UserError);
		expect(fake.requestCount()).toBe(0);
		await expectKind(client.getProfile('björn'), 'not_found');
		expect(fake.requests[0]?.path).toBe('/users/bj%C3%B6rn');
	});

	it('says misconfigured, and logs an operator error, when Discogs rejects the configured token', async () => {
		const { client, logs } = await setup({ fake: { token: 'right' }, config: { token: 'wrong' } });
		const error = await expectKind(client.getProfile('rodneyfool'), 'misconfigured');
		expect(error.detail).toContain('Invalid consumer token.');
		expect(logs.filter((line) => line.level === 50)).toHaveLength(1);
		expect(logs.some((line) => line.raw.includes('wrong'))).toBe(false);
	});
});

describe('getIdentity', () => {
	it('returns who the token belongs to, uncached', async () => {
		const { client, fake } = await setup({ fake: { token: 'tok' }, config: { token: 'tok' } });
		expect(await client.getIdentity()).toMatchObject({ id: 1578108, username: 'rodneyfool' });
		await client.getIdentity();
		expect(fake.requestCount('/oauth/identity')).toBe(2);
	});

	it('is misconfigured without DISCOGS_TOKEN, and asks nothing', async () => {
		const { client, fake } = await setup();
		await expectKind(client.getIdentity(), 'misconfigured');
		expect(fake.requestCount()).toBe(0);
	});
});
