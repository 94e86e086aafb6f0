import { afterEach, describe, expect, it } from 'vitest';
import {
	AUDIENCE,
	BOT_EMAIL,
	BOT_PASSWORD,
	BOT_USER_ID,
	ISSUER,
	PRIVATE_FIELDS,
	SEED_USER_ID,
	startFakeCatalog,
	type FakeCatalog,
} from '../fakes/catalog/index.js';
import { call } from './fakeCall.js';

let fake: FakeCatalog | undefined;
afterEach(async () => {
	await fake?.close();
	fake = undefined;
});

async function start(options: Parameters<typeof startFakeCatalog>[0] = {}): Promise<FakeCatalog> {
	// Login tests run on a deployment that whitelists the caller, unless they ask for reCAPTCHA.
	fake = await startFakeCatalog({ loginRecaptcha: 'whitelisted', ...options });
	return fake;
}

function claimsOf(token: string): Record<string, unknown> {
	return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('fake catalog', () => {
	it('logs in with email and password (email case-insensitive) and issues HS256 JWTs with the server claims', async () => {
		const server = await start();
		const answer = await call(server, '/v1/auth/login', { method: 'POST', body: { email: BOT_EMAIL.toUpperCase(), password: BOT_PASSWORD } });
		expect(answer.status).toBe(200);
		const { accessToken, refreshToken } = answer.json() as { accessToken: string; refreshToken: string };
		const header = JSON.parse(Buffer.from(accessToken.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
		expect(header['alg']).toBe('HS256');
		expect(claimsOf(accessToken)).toMatchObject({ iss: ISSUER, aud: AUDIENCE, sub: BOT_USER_ID, type: 'Access' });
		expect(claimsOf(refreshToken)).toMatchObject({ sub: BOT_USER_ID, type: 'Refresh' });
		const lifetime = Number(claimsOf(accessToken)['exp']) * 1000 - Date.now();
		expect(lifetime).toBeGreaterThan(3_590_000);
		expect(lifetime).toBeLessThanOrEqual(3_600_000);
	});

	it('answers login failures with the server bodies', async () => {
		const server = await start();
		const unknown = await call(server, '/v1/auth/login', { method: 'POST', body: { email: 'nobody@example.test', password: 'x' } });
		expect(unknown.status).toBe(404);
		expect(unknown.json()).toEqual({ code: 404, description: 'Not Found', cause: "Doesn't exist: nobody@example.test" });
		const wrong = await call(server, '/v1/auth/login', { method: 'POST', body: { email: BOT_EMAIL, password: 'wrong' } });
		expect(wrong.status).toBe(401);
		expect(wrong.json()).toEqual({ code: 401, description: 'Unauthorized', cause: 'Invalid password' });
	});

	it('shows private fields only when the path id is the token subject, and omits nulls', async () => {
		const server = await start();
		server.addUser({ id: 'b0000000-0000-4000-8000-000000000001', email: 'n@example.test', nickname: 'Nully', location: null });
		const { accessToken } = server.issueTokens(SEED_USER_ID);
		const me = (await call(server, '/v1/users/me', { token: accessToken })).json() as Record<string, unknown>;
		const self = (await call(server, `/v1/users/${SEED_USER_ID.toUpperCase()}`, { token: accessToken })).json() as Record<string, unknown>;
		for (const field of PRIVATE_FIELDS) {
			expect(me).toHaveProperty(field);
			expect(self).toHaveProperty(field);
		}
		expect(me).not.toHaveProperty('password');
		const other = (await call(server, `/v1/users/${BOT_USER_ID}`, { token: accessToken })).json() as Record<string, unknown>;
		expect(other).toMatchObject({ id: BOT_USER_ID, nickname: 'Crossfade Bot', dspPlanSubscribed: false });
		for (const field of [...PRIVATE_FIELDS, 'password']) expect(other).not.toHaveProperty(field);
		const nully = (await call(server, '/v1/users/b0000000-0000-4000-8000-000000000001', { token: accessToken })).json();
		expect(nully).not.toHaveProperty('location');
	});

	it('answers 422 for a malformed id, 404 for an unknown one, 404 with no body for an unknown route', async () => {
		const server = await start();
		const { accessToken } = server.issueTokens(SEED_USER_ID);
		const malformed = await call(server, '/v1/users/123456789', { token: accessToken });
		expect(malformed.status).toBe(422);
		expect(malformed.json()).toEqual({ code: 422, description: 'Unprocessable Entity', cause: 'Invalid UUID string: 123456789' });
		const missing = await call(server, '/v1/users/00000000-0000-0000-0000-000000000000', { token: accessToken });
		expect(missing.status).toBe(404);
		expect(missing.json()).toEqual({
			code: 404,
			description: 'Not Found',
			cause: 'Entity UserEntity, id=00000000-0000-0000-0000-000000000000 not found in the database',
		});
		const route = await call(server, '/v1/nothing', { token: accessToken });
		expect([route.status, route.text]).toEqual([404, '']);
	});

	it('refuses bad tokens with 401, an empty body and the Bearer challenge; a refresh token is no access token', async () => {
		const server = await start();
		const { accessToken, refreshToken } = server.issueTokens(SEED_USER_ID);
		for (const token of [undefined, 'INVALIDACCESSTOKEN', refreshToken, `${accessToken.slice(0, -2)}xx`]) {
			const answer = await call(server, '/v1/users/me', token === undefined ? {} : { token });
			expect([answer.status, answer.text, answer.headers['www-authenticate']]).toEqual([401, '', 'Bearer realm="NEWM Server"']);
		}
		expect((await call(server, '/v1/auth/refresh', { token: accessToken })).status).toBe(401);
	});

	it('rotates refresh tokens: each works once', async () => {
		const server = await start();
		const { refreshToken } = server.issueTokens(BOT_USER_ID);
		const first = await call(server, '/v1/auth/refresh', { token: refreshToken });
		expect(first.status).toBe(200);
		const again = await call(server, '/v1/auth/refresh', { token: refreshToken });
		expect([again.status, again.text]).toEqual([401, '']);
		const next = (first.json() as { refreshToken: string }).refreshToken;
		expect((await call(server, '/v1/auth/refresh', { token: next })).status).toBe(200);
	});

	it('expires access tokens on demand, and refuses every refresh with failRefresh', async () => {
		const server = await start({ failRefresh: true });
		const { accessToken, refreshToken } = server.issueTokens(SEED_USER_ID);
		expect((await call(server, '/v1/users/me', { token: accessToken })).status).toBe(200);
		server.expireAccessTokens();
		expect((await call(server, '/v1/users/me', { token: accessToken })).status).toBe(401);
		expect((await call(server, '/v1/auth/refresh', { token: refreshToken })).status).toBe(401);
		expect((await call(server, '/v1/users/me', { token: server.issueTokens(SEED_USER_ID).accessToken })).status).toBe(200);
	});

	it('lists songs as a plain array filtered by owner, archived excluded, limit 25 by default; counts them', async () => {
		const server = await start();
		const { accessToken } = server.issueTokens(BOT_USER_ID);
		server.addSongs(BOT_USER_ID, Array.from({ length: 30 }, (_, index) => ({ title: `Song ${index}`, createdAt: `2024-01-01T00:00:${String(index).padStart(2, '0')}` })));
		const seed = (await call(server, `/v1/songs?ownerIds=${SEED_USER_ID}`, { token: accessToken })).json() as Array<Record<string, unknown>>;
		expect(seed.map((song) => song['title'])).toEqual(['Midnight Drive', 'Golden Hour', 'Paper Hearts']);
		expect((await call(server, `/v1/songs/count?ownerIds=${SEED_USER_ID}`, { token: accessToken })).json()).toEqual({ count: 3 });
		const mine = (await call(server, '/v1/songs?ownerIds=me', { token: accessToken })).json() as unknown[];
		expect(mine).toHaveLength(25);
		const page = (await call(server, '/v1/songs?ownerIds=me&offset=28&limit=5', { token: accessToken })).json() as Array<Record<string, unknown>>;
		expect(page.map((song) => song['title'])).toEqual(['Song 28', 'Song 29']);
		const bad = await call(server, '/v1/songs?ownerIds=me&limit=abc', { token: accessToken });
		expect([bad.status, (bad.json() as { cause: string }).cause]).toEqual([422, 'For input string: "abc"']);
		expect((await call(server, '/v1/songs', {})).status).toBe(401);
	});

	it('fails on demand: 500 with the error body, malformed JSON, a hang that close() ends', async () => {
		const server = await start();
		server.mode = 'error500';
		const failed = await call(server, '/v1/users/me');
		expect(failed.status).toBe(500);
		expect(failed.json()).toMatchObject({ code: 500, description: 'Internal Server Error' });
		server.mode = 'malformed';
		const malformed = (await call(server, '/v1/users/me')).text;
		expect(() => JSON.parse(malformed)).toThrow();
		server.mode = 'hang';
		const hung = call(server, '/v1/users/me').catch((error: unknown) => error);
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(server.requests.at(-1)?.status).toBe(0);
		const started = Date.now();
		await server.close();
		fake = undefined;
		expect(await hung).toBeInstanceOf(Error);
		expect(Date.now() - started).toBeLessThan(2_500);
		expect(server.requestCount('/v1/users')).toBe(3);
	});
});
