import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeDiscord } from './index.js';
import type { FakeDiscord } from './index.js';
import { REDIRECT_URI, basic, call, requestToken, tokensFor, tokensOf } from './oauth2-test-client.js';

/**
 * The token URL (POST /api/oauth2/token), as discord-api-docs developers/topics/oauth2.mdx describes it: form bodies
 * only, the client by HTTP Basic or client_id/client_secret in the body, the "Access Token Response" and the refresh
 * grant. The failures are the bodies Discord sends, as quoted in the issues named in each test.
 */
let fake: FakeDiscord;

beforeEach(async () => {
	fake = await startFakeDiscord({ redirectUris: [REDIRECT_URI] });
});

afterEach(async () => {
	vi.useRealTimers();
	await fake?.close();
});

const codeFor = (scope = 'identify'): string => new URL(fake.authorize({ scope, redirectUri: REDIRECT_URI })).searchParams.get('code') ?? '';
const exchange = (code: string, extra: Record<string, string> = {}, authorization?: string | null) =>
	requestToken(fake, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, ...extra }, authorization);
const refresh = (refreshToken: string) => requestToken(fake, { grant_type: 'refresh_token', refresh_token: refreshToken });
const me = async (accessToken: string): Promise<number> => (await call(fake, 'GET', '/users/@me', `Bearer ${accessToken}`)).status;
const INVALID_CODE = { error: 'invalid_grant', error_description: 'Invalid "code" in request.' };
// developers/discord-social-sdk/development-guides/account-linking-with-discord.mdx, "When Refresh Fails".
const INVALID_REFRESH = { error: 'invalid_grant', error_description: 'Invalid "refresh_token" in request' };

describe('the authorization_code grant', () => {
	it('answers exactly the docs\' "Access Token Response", expires_in 604800', async () => {
		const answer = await exchange(codeFor('identify role_connections.write connections'));
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({
			access_token: expect.stringMatching(/^[A-Za-z0-9]{20,}$/),
			token_type: 'Bearer',
			expires_in: 604800,
			refresh_token: expect.stringMatching(/^[A-Za-z0-9]{20,}$/),
			scope: 'identify role_connections.write connections',
		});
	});

	it('takes the client in the body too; a wrong secret, another id or none is 401 invalid_client (api-docs#651, goth#183)', async () => {
		const inBody = await exchange(codeFor(), { client_id: fake.applicationId, client_secret: fake.clientSecret }, null);
		expect(inBody.status).toBe(200);
		for (const authorization of [basic(fake, 'wrong'), `Basic ${Buffer.from(`1100000000000000999:${fake.clientSecret}`).toString('base64')}`, null]) {
			const answer = await exchange(codeFor(), {}, authorization);
			expect(answer.status).toBe(401);
			expect(answer.body).toEqual({ error: 'invalid_client' });
		}
	});

	it('a code works once: again it is 400 invalid_grant (api-docs#982, #5579)', async () => {
		const code = codeFor();
		expect((await exchange(code)).status).toBe(200);
		const again = await exchange(code);
		expect(again.status).toBe(400);
		expect(again.body).toEqual(INVALID_CODE);
		expect((await exchange('not-a-code')).body).toEqual(INVALID_CODE);
	});

	it('a code expires 10 minutes after consent (RFC 6749 §4.1.2)', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		const start = Date.now();
		const fresh = codeFor();
		const stale = codeFor();
		vi.setSystemTime(start + 10 * 60_000 - 1000);
		expect((await exchange(fresh)).status).toBe(200);
		vi.setSystemTime(start + 10 * 60_000);
		expect((await exchange(stale)).body).toEqual(INVALID_CODE);
	});

	it('the redirect_uri must be the authorization\'s (playtesthub\'s runbook quotes the body); the code survives a mismatch', async () => {
		fake.setRedirectUris([REDIRECT_URI, 'https://other.example/cb']);
		const code = codeFor();
		for (const extra of [{ redirect_uri: 'https://other.example/cb' }, { redirect_uri: '' }]) {
			const answer = await exchange(code, extra);
			expect(answer.status).toBe(400);
			expect(answer.body).toEqual({ error: 'invalid_grant', error_description: 'Invalid "redirect_uri" in request.' });
		}
		expect((await exchange(code)).status).toBe(200);
	});

	it('a missing code is invalid_request', async () => {
		const answer = await requestToken(fake, { grant_type: 'authorization_code', redirect_uri: REDIRECT_URI });
		expect(answer.status).toBe(400);
		expect(answer.body).toMatchObject({ error: 'invalid_request' });
	});
});

describe('what the token URL reads', () => {
	it('only form bodies: JSON or no grant_type is unsupported_grant_type "Grant type None" (api-docs#5249, aiohttp-oauth2#15)', async () => {
		const json = await fetch(fake.tokenUrl, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: basic(fake) },
			body: JSON.stringify({ grant_type: 'authorization_code', code: codeFor(), redirect_uri: REDIRECT_URI }),
		});
		expect(json.status).toBe(400);
		expect(await json.json()).toEqual({ error: 'unsupported_grant_type', error_description: 'Grant type None is not supported' });
		const other = await requestToken(fake, { grant_type: 'password' }, null);
		expect(other.body).toEqual({ error: 'unsupported_grant_type', error_description: 'Grant type password is not supported' });
	});

	it('answers under /api/v10 too, and only to POST', async () => {
		const versioned = await fetch(`${fake.apiUrl}/v10/oauth2/token`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(fake) },
			body: new URLSearchParams({ grant_type: 'authorization_code', code: codeFor(), redirect_uri: REDIRECT_URI }),
		});
		expect(versioned.status).toBe(200);
		expect((await fetch(fake.tokenUrl)).status).toBe(405);
		expect(fake.requests.filter((request) => request.path === '/oauth2/token')).toHaveLength(2);
	});
});

describe('refresh, expiry and revocation', () => {
	it('refresh_token issues a new pair; the old refresh token is invalid_grant and the old access token 401', async () => {
		const first = await tokensFor(fake, 'identify');
		const answer = await refresh(first.refresh_token);
		expect(answer.status).toBe(200);
		expect(answer.body).toMatchObject({ token_type: 'Bearer', expires_in: 604800, scope: 'identify' });
		const second = tokensOf(answer);
		expect(second.access_token).not.toBe(first.access_token);
		expect(second.refresh_token).not.toBe(first.refresh_token);
		expect(await me(second.access_token)).toBe(200);
		expect(await me(first.access_token)).toBe(401);
		const reused = await refresh(first.refresh_token);
		expect(reused.status).toBe(400);
		expect(reused.body).toEqual(INVALID_REFRESH);
	});

	it("expireAccessTokens (the user's, or everyone's): the access token is 401 until a refresh, which works", async () => {
		fake.addUser({ id: '1300000000000000002', username: 'bob', global_name: null, discriminator: '0', avatar: null });
		const alice = await tokensFor(fake, 'identify');
		const bob = await tokensFor(fake, 'identify', '1300000000000000002');
		fake.expireAccessTokens('1300000000000000001');
		expect(await me(alice.access_token)).toBe(401);
		expect(await me(bob.access_token)).toBe(200);
		fake.expireAccessTokens();
		expect(await me(bob.access_token)).toBe(401);
		expect(await me(tokensOf(await refresh(alice.refresh_token)).access_token)).toBe(200);
	});

	it('an access token lives accessTokenTtlMs, and expires_in says so', async () => {
		await fake.close();
		fake = await startFakeDiscord({ redirectUris: [REDIRECT_URI], accessTokenTtlMs: 60_000 });
		vi.useFakeTimers({ toFake: ['Date'] });
		const start = Date.now();
		const answer = await exchange(codeFor());
		expect(answer.body).toMatchObject({ expires_in: 60 });
		vi.setSystemTime(start + 59_000);
		expect(await me(tokensOf(answer).access_token)).toBe(200);
		vi.setSystemTime(start + 60_000);
		expect(await me(tokensOf(answer).access_token)).toBe(401);
	});

	it('revokeGrant: bearer calls get 401, the refresh token invalid_grant, other users are untouched', async () => {
		fake.addUser({ id: '1300000000000000002', username: 'bob', global_name: null, discriminator: '0', avatar: null });
		const alice = await tokensFor(fake, 'identify');
		const bob = await tokensFor(fake, 'identify', '1300000000000000002');
		fake.revokeGrant('1300000000000000001');
		expect(await me(alice.access_token)).toBe(401);
		expect((await refresh(alice.refresh_token)).body).toEqual(INVALID_REFRESH);
		expect(await me(bob.access_token)).toBe(200);
	});

	it('POST /oauth2/token/revoke with either token revokes the whole authorization ("Token Revocation Example")', async () => {
		const tokens = await tokensFor(fake, 'identify');
		const revoke = await fetch(`${fake.tokenUrl}/revoke`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(fake) },
			body: new URLSearchParams({ token: tokens.refresh_token, token_type_hint: 'refresh_token' }),
		});
		expect(revoke.status).toBe(200);
		expect(await me(tokens.access_token)).toBe(401);
		expect((await refresh(tokens.refresh_token)).body).toEqual(INVALID_REFRESH);
	});
});
