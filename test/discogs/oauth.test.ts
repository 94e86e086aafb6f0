import { afterEach, describe, expect, it } from 'vitest';
import { ProviderError, UserError } from '../../src/core/errors.js';
import { CODE_REJECTED } from '../../src/discogs/client.js';
import { translator } from '../../src/i18n/translator.js';
import { FAKE_CONSUMER_KEY, FAKE_CONSUMER_SECRET } from '../fakes/discogs/index.js';
import { parseOAuthHeader } from '../fakes/discogs/signature.js';
import { createHarness, expectKind, type Harness, type HarnessOptions, TEST_USER_AGENT } from './harness.js';

/** The member's text for the key, in English as the log and these assertions read it. */
const codeRejected = translator('en-US').t(CODE_REJECTED);

const CONSUMER = { consumerKey: FAKE_CONSUMER_KEY, consumerSecret: FAKE_CONSUMER_SECRET };

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

async function setup(options: HarnessOptions = {}): Promise<Harness> {
	harness = await createHarness({ ...options, config: { oauth: CONSUMER, ...options.config } });
	return harness;
}

/** The UserError a promise rejected with, which must not be a ProviderError. */
async function userError(promise: Promise<unknown>): Promise<UserError> {
	const error: unknown = await promise.then(
		() => new Error('expected a UserError, but the call succeeded'),
		(reason: unknown) => reason,
	);
	if (error instanceof UserError && !(error instanceof ProviderError)) return error;
	throw error;
}

function oauthParams(h: Harness, index: number): Map<string, string> {
	const params = parseOAuthHeader(h.fake.requests[index]?.authorization);
	if (!params) throw new Error(`request ${index} carried no OAuth header`);
	return params;
}

describe('OAuth linking flow', () => {
	it('lets a person authorize on the page, as a browser would, and shows the code to paste', async () => {
		const h = await setup();
		const request = await h.client.getRequestToken();
		const pageUrl = new URL(h.client.authorizeUrl(request.token));
		const local = `${h.fake.url}${pageUrl.pathname}${pageUrl.search}`;
		const page = await (await fetch(local, { headers: { 'user-agent': 'Browser/1.0' } })).text();
		expect(page).toContain('<form method="post">');
		const form = new URLSearchParams({ oauth_token: request.token, username: 'shooezgirl' });
		const answer = await fetch(`${h.fake.url}/oauth/authorize`, {
			method: 'POST',
			headers: { 'user-agent': 'Browser/1.0', 'content-type': 'application/x-www-form-urlencoded' },
			body: form.toString(),
		});
		const verifier = /<code>([A-Za-z]{10})<\/code>/.exec(await answer.text())?.[1];
		expect(answer.status).toBe(200);
		const access = await h.client.getAccessToken(request, verifier ?? 'missing');
		expect((await h.client.getIdentityAs(access)).username).toBe('shooezgirl');
	});

	it('goes request token → authorize → access token → identity, signing every step as RFC 5849 PLAINTEXT', async () => {
		const h = await setup();
		expect(h.client.oauthEnabled).toBe(true);
		const request = await h.client.getRequestToken();
		expect(h.client.authorizeUrl(request.token)).toBe(`https://www.discogs.com/oauth/authorize?oauth_token=${request.token}`);
		const verifier = h.fake.authorize(request.token, 'shooezgirl');
		expect(verifier).toMatch(/^[A-Za-z]{10}$/);
		const access = await h.client.getAccessToken(request, `  ${verifier} `);
		expect(access.token).not.toBe(request.token);
		const identity = await h.client.getIdentityAs(access);
		expect(identity).toMatchObject({ id: 1234567, username: 'shooezgirl', consumer_name: 'Fake Discogs Application' });

		expect(h.fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
			'GET /oauth/request_token 200',
			'POST /oauth/access_token 200',
			'GET /oauth/identity 200',
		]);
		for (const [index, r] of h.fake.requests.entries()) {
			expect(r.userAgent).toBe(TEST_USER_AGENT);
			expect([...r.query.keys()]).toEqual([]);
			const params = oauthParams(h, index);
			expect(params.get('oauth_consumer_key')).toBe(FAKE_CONSUMER_KEY);
			expect(params.get('oauth_signature_method')).toBe('PLAINTEXT');
			expect(params.get('oauth_version')).toBe('1.0');
			expect(Math.abs(Number(params.get('oauth_timestamp')) - Date.now() / 1000)).toBeLessThan(30);
			expect(params.get('oauth_nonce')).toMatch(/^[0-9a-f]{1,64}$/);
		}
		expect(h.fake.requests[0]?.authorization).toContain('oauth_callback="oob"');
		expect(h.fake.requests[0]?.authorization).toContain(`oauth_signature="${FAKE_CONSUMER_SECRET}%26"`);
		expect(oauthParams(h, 0).has('oauth_token')).toBe(false);
		expect(oauthParams(h, 1).get('oauth_token')).toBe(request.token);
		expect(oauthParams(h, 1).get('oauth_verifier')).toBe(verifier);
		expect(oauthParams(h, 1).get('oauth_signature')).toBe(`${FAKE_CONSUMER_SECRET}&${request.secret}`);
		expect(oauthParams(h, 2).get('oauth_token')).toBe(access.token);
		expect(oauthParams(h, 2).get('oauth_signature')).toBe(`${FAKE_CONSUMER_SECRET}&${access.secret}`);
		expect(new Set(h.fake.requests.map((r, index) => oauthParams(h, index).get('oauth_nonce'))).size).toBe(3);
	});

	it('percent-encodes the authorize URL token', async () => {
		const h = await setup({ config: { webUrl: 'http://127.0.0.1:9/web' } });
		expect(h.client.authorizeUrl('a b&c')).toBe('http://127.0.0.1:9/web/oauth/authorize?oauth_token=a+b%26c');
	});

	it('answers a wrong code with the UserError, and the request can still be completed with the right one', async () => {
		const h = await setup();
		const request = await h.client.getRequestToken();
		const verifier = h.fake.authorize(request.token, 'rodneyfool');
		const wrong = await userError(h.client.getAccessToken(request, 'WRONGWRONG'));
		expect(wrong.message).toBe(codeRejected);
		expect(h.fake.requests.at(-1)).toMatchObject({ path: '/oauth/access_token', status: 400 });
		expect(h.logs.some((line) => line.msg.includes('refused') && String(line['detail']).includes('Invalid verifier.'))).toBe(true);
		expect((await h.client.getIdentityAs(await h.client.getAccessToken(request, verifier))).username).toBe('rodneyfool');
	});

	it('answers an expired code with the same UserError', async () => {
		const h = await setup({ fake: { oauthTtlMs: 150 } });
		const request = await h.client.getRequestToken();
		const verifier = h.fake.authorize(request.token, 'rodneyfool');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect((await userError(h.client.getAccessToken(request, verifier))).message).toBe(codeRejected);
		expect(h.fake.requests.at(-1)?.status).toBe(400);
	});

	it('answers a code that cannot be one without asking Discogs', async () => {
		const h = await setup();
		const request = { token: 'request-token', secret: 'request-secret' };
		for (const bad of ['', '   ', 'two words', 'x'.repeat(65), 'bell\u0007']) {
			expect((await userError(h.client.getAccessToken(request, bad))).message).toBe(codeRejected);
		}
		expect(h.fake.requestCount()).toBe(0);
	});

	it('says misconfigured, and logs an operator error, when Discogs refuses the consumer key or secret', async () => {
		const badKey = await setup({ config: { oauth: { ...CONSUMER, consumerKey: 'not-ours' } } });
		const refused = await expectKind(badKey.client.getRequestToken(), 'misconfigured');
		expect(refused.detail).toBe('HTTP 401: Invalid consumer.');
		await badKey.close();
		const badSecret = await setup({ config: { oauth: { ...CONSUMER, consumerSecret: 'not-ours' } } });
		expect((await expectKind(badSecret.client.getRequestToken(), 'misconfigured')).detail).toBe('HTTP 400: Invalid signature.');
		const errors = badSecret.logs.filter((line) => line.level === 50);
		expect(errors).toHaveLength(1);
		expect(errors[0]?.msg).toContain('DISCOGS_CONSUMER_KEY');
	});

	it('without consumer credentials: oauthEnabled is false and every OAuth call is misconfigured, asking nothing', async () => {
		const h = await setup({ config: { oauth: undefined } });
		const tokens = { token: 't', secret: 's' };
		expect(h.client.oauthEnabled).toBe(false);
		await expectKind(h.client.getRequestToken(), 'misconfigured');
		await expectKind(h.client.getAccessToken(tokens, 'ABCDEFGHIJ'), 'misconfigured');
		await expectKind(h.client.getIdentityAs(tokens), 'misconfigured');
		await expectKind(h.client.editProfile('rodneyfool', { location: 'x' }, tokens), 'misconfigured');
		expect(h.fake.requestCount()).toBe(0);
	});

	it('maps a revoked access token to unauthorized, logged as the user\'s, not the operator\'s', async () => {
		const h = await setup();
		const access = h.fake.grantAccess('rodneyfool');
		expect((await h.client.getIdentityAs(access)).username).toBe('rodneyfool');
		h.fake.revoke(access.token);
		const error = await expectKind(h.client.getIdentityAs(access), 'unauthorized');
		expect(error.message).toContain('Link your account again');
		expect(h.fake.requests.at(-1)?.oauthRejection).toBe('revoked access token');
		expect(h.logs.filter((line) => line.level >= 50)).toEqual([]);
	});

	it('signs a request again, with a new nonce, when it is retried after a 429', async () => {
		const h = await setup({ fake: { limit: 1, windowMs: 300, retryAfterSeconds: 1 }, config: { rateLimit: 20, rateWindowMs: 300 }, maxWaitMs: 5_000 });
		const access = h.fake.grantAccess('rodneyfool');
		// Another process on the same IP uses the window up, so the client's first attempt is refused.
		await fetch(`${h.fake.url}/`, { headers: { 'user-agent': 'OtherProcess/1.0' } });
		expect((await h.client.getIdentityAs(access)).username).toBe('rodneyfool');
		expect(h.fake.requests.map((r) => r.status)).toEqual([200, 429, 200]);
		expect(oauthParams(h, 1).get('oauth_nonce')).not.toBe(oauthParams(h, 2).get('oauth_nonce'));
	});
});
