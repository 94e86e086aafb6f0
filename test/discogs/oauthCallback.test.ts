import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { CODE_REJECTED } from '../../src/discogs/client.js';
import { translator } from '../../src/i18n/translator.js';
import { FAKE_CONSUMER_KEY, FAKE_CONSUMER_SECRET } from '../fakes/discogs/index.js';
import { parseOAuthHeader } from '../fakes/discogs/signature.js';
import { createHarness, expectKind, type Harness } from './harness.js';

/** The member's text for the key, in English as the log and these assertions read it. */
const codeRejected = translator('en-US').t(CODE_REJECTED);

/**
 * The redirect flow of OAuth 1.0a on Discogs. Sources: Discogs' Authentication page, "OAuth Flow" steps 2–3
 * (https://www.discogs.com/developers#page:authentication,header:authentication-oauth-flow: `oauth_callback` with
 * the request token; the user is then redirected to the callback and "you can capture their verifier"); RFC 5849
 * §2.1 (`oob` or an absolute URI) and §2.2 (`oauth_token` and `oauth_verifier` added to the callback's query);
 * and webservco/discogs-api docs/OAuthFlow.md, which records what Discogs sends back: `oauth_token` and
 * `oauth_verifier` when authorized, `denied` (the request token) when not.
 */
const CALLBACK = 'https://bot.example.test/oauth/discogs/callback';
const BROWSER = { 'user-agent': 'Browser/1.0' };

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

async function setup(): Promise<Harness> {
	harness = await createHarness({ config: { oauth: { consumerKey: FAKE_CONSUMER_KEY, consumerSecret: FAKE_CONSUMER_SECRET } } });
	return harness;
}

/** The member's decision on the fake's authorize page, posted as the browser posts the form. */
async function decide(h: Harness, token: string, decision: 'authorize' | 'cancel', username = 'shooezgirl') {
	const form = new URLSearchParams({ oauth_token: token, username, decision });
	const answer = await request(`${h.fake.url}/oauth/authorize`, {
		method: 'POST',
		headers: { ...BROWSER, 'content-type': 'application/x-www-form-urlencoded' },
		body: form.toString(),
	});
	const body = await answer.body.text();
	const location = answer.headers['location'];
	return { status: answer.statusCode, body, location: typeof location === 'string' ? new URL(location) : undefined };
}

describe('Discogs OAuth with a callback', () => {
	it('asks for the request token with the callback, and the authorize page sends the browser there with the verifier', async () => {
		const h = await setup();
		const requestToken = await h.client.getRequestToken(`${CALLBACK}?from=bot`);
		expect(parseOAuthHeader(h.fake.requests[0]?.authorization)?.get('oauth_callback')).toBe(`${CALLBACK}?from=bot`);

		const page = await (await fetch(`${h.fake.url}/oauth/authorize?oauth_token=${requestToken.token}`, { headers: BROWSER })).text();
		expect(page).toContain('value="cancel"');
		const approved = await decide(h, requestToken.token, 'authorize');
		expect(approved.status).toBe(302);
		expect(approved.body).not.toContain('<code>');
		expect(`${approved.location?.origin}${approved.location?.pathname}`).toBe(CALLBACK);
		// Added to the callback's own query, which stays.
		expect([...(approved.location?.searchParams.keys() ?? [])]).toEqual(['from', 'oauth_token', 'oauth_verifier']);
		expect(approved.location?.searchParams.get('oauth_token')).toBe(requestToken.token);

		const access = await h.client.getAccessToken(requestToken, approved.location?.searchParams.get('oauth_verifier') ?? 'missing');
		expect((await h.client.getIdentityAs(access)).username).toBe('shooezgirl');
	});

	it('sends the browser to the callback with denied=<request token> on Cancel, and the token is dead after it', async () => {
		const h = await setup();
		const requestToken = await h.client.getRequestToken(CALLBACK);
		const cancelled = await decide(h, requestToken.token, 'cancel');
		expect(cancelled.status).toBe(302);
		expect(cancelled.location?.toString()).toBe(`${CALLBACK}?denied=${requestToken.token}`);
		await expect(h.client.getAccessToken(requestToken, 'ABCDEFGHIJ')).rejects.toThrow(codeRejected);
		const last = h.fake.requests.at(-1);
		expect([last?.path, last?.status]).toEqual(['/oauth/access_token', 401]);
		expect((await decide(h, requestToken.token, 'authorize')).status).toBe(400);
	});

	it('offers the same redirects to tests as approve() and deny(); oob stays a code to paste', async () => {
		const h = await setup();
		const approved = new URL(h.fake.approve((await h.client.getRequestToken(CALLBACK)).token, 'rodneyfool'));
		expect(approved.searchParams.get('oauth_verifier')).toMatch(/^[A-Za-z]{10}$/);
		const denied = await h.client.getRequestToken(CALLBACK);
		expect(h.fake.deny(denied.token)).toBe(`${CALLBACK}?denied=${denied.token}`);

		const oob = await h.client.getRequestToken();
		expect(parseOAuthHeader(h.fake.requests.at(-1)?.authorization)?.get('oauth_callback')).toBe('oob');
		expect(() => h.fake.approve(oob.token, 'rodneyfool')).toThrow(/no callback/);
		const shown = await decide(h, oob.token, 'authorize');
		expect([shown.status, shown.location]).toEqual([200, undefined]);
		expect(shown.body).toMatch(/<code>[A-Za-z]{10}<\/code>/);
	});

	it('refuses a callback that is neither oob nor an absolute http(s) URI (RFC 5849 §2.1)', async () => {
		const h = await setup();
		for (const callback of ['/oauth/discogs/callback', 'javascript:alert(1)']) {
			await expectKind(h.client.getRequestToken(callback), 'misconfigured');
			const last = h.fake.requests.at(-1);
			expect([last?.status, last?.path]).toEqual([400, '/oauth/request_token']);
		}
	});
});
