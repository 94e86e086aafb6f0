import { request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeDiscogs, type FakeDiscogsOptions, makeRelease, MESSAGES, startFakeDiscogs } from '../fakes/discogs/index.js';

const UA = 'FakeSelfCheck/1.0 +https://example.test';

let fake: FakeDiscogs;
beforeEach(async () => {
	fake = await startFakeDiscogs();
	fake.addUser({ id: 7, username: 'Crate_Digger', resource_url: 'x', uri: 'y' }, { contributions: Array.from({ length: 120 }, (_, i) => makeRelease(i)) });
});
afterEach(async () => {
	await fake.close();
});

async function restart(options: FakeDiscogsOptions): Promise<void> {
	await fake.close();
	fake = await startFakeDiscogs(options);
}

async function get(path: string, headers: Record<string, string> = { 'user-agent': UA }) {
	const response = await request(`${fake.url}${path}`, { headers });
	const text = await response.body.text();
	const header = (name: string): string | undefined => {
		const value = response.headers[name];
		return Array.isArray(value) ? value[0] : value;
	};
	return { status: response.statusCode, text, header, json: (): Record<string, unknown> => JSON.parse(text) as Record<string, unknown> };
}

function rels(link: string | undefined): string[] {
	return [...(link ?? '').matchAll(/rel="(\w+)"/g)].map((match) => match[1] ?? '').sort();
}

interface PageBody {
	pagination: { page: number; pages: number; items: number; per_page: number; urls: Record<string, string> };
	contributions: Array<{ year: number; title: string }>;
}

describe('fake Discogs', () => {
	it('says hello at the root and serves the seeded profile, matching usernames case-insensitively', async () => {
		expect((await get('/')).json()).toMatchObject({ hello: 'Welcome to the Discogs API.', api_version: 'v2' });
		const profile = await get('/users/RodneyFool');
		expect(profile.status).toBe(200);
		expect(profile.json()).toMatchObject({ username: 'rodneyfool', id: 1578108, curr_abbr: 'USD' });
		expect(profile.header('content-type')).toBe('application/json');
	});

	it('answers an unknown user with Discogs\'s exact 404 body', async () => {
		const response = await get('/users/nobody');
		expect(response.status).toBe(404);
		expect(response.text).toBe('{"message": "User does not exist or may have been deleted."}');
	});

	it('answers an empty body when the User-Agent is missing', async () => {
		const response = await get('/users/rodneyfool', {});
		expect(response.text).toBe('');
		expect(fake.requests[0]?.userAgent).toBeUndefined();
	});

	it('pages with only the applicable urls and a matching Link header', async () => {
		const expected: Record<number, string[]> = { 1: ['last', 'next'], 2: ['first', 'last', 'next', 'prev'], 3: ['first', 'prev'] };
		for (const [page, keys] of Object.entries(expected)) {
			const response = await get(`/users/crate_digger/contributions?page=${page}&per_page=50`);
			const body = response.json() as unknown as PageBody;
			expect(Object.keys(body.pagination.urls).sort()).toEqual(keys);
			expect(rels(response.header('link'))).toEqual(keys);
			expect(body.pagination).toMatchObject({ page: Number(page), pages: 3, items: 120, per_page: 50 });
			expect(body.contributions).toHaveLength(page === '3' ? 20 : 50);
		}
		const next = new URL((((await get('/users/crate_digger/contributions?sort=year')).json() as unknown as PageBody).pagination.urls['next']) ?? '');
		expect(Object.fromEntries(next.searchParams)).toEqual({ sort: 'year', page: '2', per_page: '50' });
	});

	it('has no urls and no Link header for a single page, an empty page past the end, and per_page at most 100', async () => {
		const single = await get('/users/shooezgirl/contributions');
		expect((single.json() as unknown as PageBody).pagination).toMatchObject({ urls: {}, per_page: 50, pages: 1 });
		expect(single.header('link')).toBeUndefined();
		const past = (await get('/users/crate_digger/contributions?page=9')).json() as unknown as PageBody;
		expect(past.contributions).toEqual([]);
		const big = (await get('/users/crate_digger/contributions?per_page=500')).json() as unknown as PageBody;
		expect(big.pagination.per_page).toBe(100);
		expect(big.contributions).toHaveLength(100);
	});

	it('sorts contributions by the documented keys, and refuses others with 422', async () => {
		const asc = (await get('/users/crate_digger/contributions?sort=year&sort_order=asc&per_page=100')).json() as unknown as PageBody;
		const years = asc.contributions.map((release) => release.year);
		expect(years).toEqual([...years].sort((a, b) => a - b));
		expect(years).not.toEqual((await get('/users/crate_digger/contributions?per_page=100')).json()['contributions']);
		const bad = await get('/users/crate_digger/contributions?sort=price');
		expect(bad.status).toBe(422);
		expect(bad.json()['message']).toContain('Invalid sort');
	});

	it('answers [] for a user with no submissions', async () => {
		fake.addUser({ id: 8, username: 'lurker', resource_url: 'x', uri: 'y' });
		expect((await get('/users/lurker/submissions')).json()['submissions']).toEqual([]);
		expect((await get('/users/shooezgirl/submissions')).json()['pagination']).toMatchObject({ items: 2, urls: {} });
	});

	// joalla/discogs_client discogs_client/tests/res/users/example.json and andy-miles/discogs-java-client
	// src/test/resources/useridentity/GetUserSubmissionsResponse.json, as test/fakes/discogs/captured.ts copies them.
	it('serves the variation other libraries captured: a profile without uri, submitted labels without name', async () => {
		const profile = (await get('/users/example')).json();
		expect(profile).toMatchObject({ username: 'example', id: 1 });
		expect(profile).not.toHaveProperty('uri');
		const submissions = (await get('/users/example/submissions')).json()['submissions'] as { labels: object[]; releases: Array<{ community: object }> };
		expect(submissions.labels).toHaveLength(2);
		for (const label of submissions.labels) expect(label).not.toHaveProperty('name');
		expect(submissions.releases[0]?.community).toMatchObject({ submitter: { username: 'UserName1' } });
		expect(submissions.releases[0]?.community).not.toHaveProperty('submitter.uri');
	});

	it('sends rate-limit headers and refuses past the limit in the moving window, with Retry-After only when asked', async () => {
		await restart({ limit: 2, windowMs: 200 });
		const first = await get('/');
		expect([first.header('x-discogs-ratelimit'), first.header('x-discogs-ratelimit-used'), first.header('x-discogs-ratelimit-remaining')]).toEqual([
			'2',
			'1',
			'1',
		]);
		await get('/');
		const refused = await get('/');
		expect(refused.status).toBe(429);
		expect(refused.text).toBe(`{"message": "${MESSAGES.tooQuickly}"}`);
		expect(refused.header('retry-after')).toBeUndefined();
		await new Promise((resolve) => setTimeout(resolve, 250));
		expect((await get('/')).status).toBe(200);
		await restart({ limit: 1, retryAfterSeconds: 3 });
		await get('/');
		expect((await get('/')).header('retry-after')).toBe('3');
		fake.reset();
		expect(fake.requests).toHaveLength(0);
		expect((await get('/')).status).toBe(200);
	});

	it('checks the token: wrong → 401 Invalid consumer token, right → the authenticated limit', async () => {
		await restart({ token: 'tok' });
		const wrong = await get('/users/rodneyfool', { 'user-agent': UA, authorization: 'Discogs token=nope' });
		expect(wrong.status).toBe(401);
		expect(wrong.text).toBe('{"message": "Invalid consumer token."}');
		const right = await get('/users/rodneyfool', { 'user-agent': UA, authorization: 'Discogs token=tok' });
		expect(right.header('x-discogs-ratelimit')).toBe('60');
		expect((await get('/')).header('x-discogs-ratelimit')).toBe('25');
		expect((await get('/oauth/identity', { 'user-agent': UA, authorization: 'Discogs token=tok' })).json()).toMatchObject({ username: 'rodneyfool' });
		expect((await get('/oauth/identity')).status).toBe(401);
	});

	it('switches to failure modes, and close() ends a hanging request', async () => {
		fake.mode = 'error500';
		const failed = await get('/users/rodneyfool');
		expect(failed.status).toBe(500);
		expect(failed.json()['message']).toBeTypeOf('string');
		fake.mode = 'malformed';
		const malformed = (await get('/users/rodneyfool')).text;
		expect(() => JSON.parse(malformed)).toThrow();
		fake.mode = 'hang';
		const hanging = get('/users/rodneyfool').catch((error: unknown) => error);
		await new Promise((resolve) => setTimeout(resolve, 50));
		const started = Date.now();
		await fake.close();
		expect(await hanging).toBeInstanceOf(Error);
		expect(Date.now() - started).toBeLessThan(2_500);
		expect(fake.requests.at(-1)?.status).toBe(0);
		fake = await startFakeDiscogs();
	});
});
