import { createHmac, randomBytes } from 'node:crypto';
import { request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	FAKE_CONSUMER_KEY,
	FAKE_CONSUMER_SECRET,
	FAKE_CURRENCIES,
	type FakeDiscogs,
	type FakeDiscogsOptions,
	hmacSha1Signature,
	OAUTH_ERRORS,
	type OAuthTokens,
	rodneyfoolProfile,
	signatureBaseString,
	startFakeDiscogs,
} from '../fakes/discogs/index.js';

const UA = 'FakeSelfCheck/1.0 +https://example.test';
/** RFC 5849 §3.6, written out again here so these tests do not lean on the code they check. */
const enc = (value: string): string => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

let fake: FakeDiscogs;
beforeEach(async () => {
	fake = await startFakeDiscogs();
});
afterEach(async () => {
	await fake.close();
});

async function restart(options: FakeDiscogsOptions): Promise<void> {
	await fake.close();
	fake = await startFakeDiscogs(options);
}

async function send(method: 'GET' | 'POST', path: string, headers: Record<string, string> = {}, body?: string) {
	const response = await request(`${fake.url}${path}`, { method, headers: { 'user-agent': UA, ...headers }, body: body ?? null });
	const text = await response.body.text();
	const header = (name: string): string | undefined => {
		const value = response.headers[name];
		return Array.isArray(value) ? value[0] : value;
	};
	return { status: response.statusCode, text, header, form: () => Object.fromEntries(new URLSearchParams(text)) };
}

/** A PLAINTEXT-signed header; `params` add to or replace the defaults. */
function signed(params: Record<string, string> = {}, tokenSecret = ''): Record<string, string> {
	const all: Record<string, string> = {
		oauth_consumer_key: FAKE_CONSUMER_KEY,
		oauth_nonce: randomBytes(8).toString('hex'),
		oauth_signature_method: 'PLAINTEXT',
		oauth_timestamp: String(Math.floor(Date.now() / 1000)),
		oauth_version: '1.0',
		oauth_signature: `${enc(FAKE_CONSUMER_SECRET)}&${enc(tokenSecret)}`,
		...params,
	};
	return { authorization: `OAuth ${Object.entries(all).map(([name, value]) => `${name}="${enc(value)}"`).join(', ')}` };
}

async function requestToken(): Promise<OAuthTokens> {
	const answer = (await send('GET', '/oauth/request_token', signed({ oauth_callback: 'oob' }))).form();
	return { token: answer['oauth_token'] ?? '', secret: answer['oauth_token_secret'] ?? '' };
}

async function accessToken(username: string): Promise<OAuthTokens> {
	const req = await requestToken();
	const verifier = fake.authorize(req.token, username);
	const answer = (await send('POST', '/oauth/access_token', signed({ oauth_token: req.token, oauth_verifier: verifier }, req.secret))).form();
	return { token: answer['oauth_token'] ?? '', secret: answer['oauth_token_secret'] ?? '' };
}

const as = (tokens: OAuthTokens) => signed({ oauth_token: tokens.token }, tokens.secret);
const json = { 'content-type': 'application/json' };

describe('fake Discogs OAuth: request tokens', () => {
	it('issues a request token by GET or POST, form-encoded, with the callback confirmed', async () => {
		for (const method of ['GET', 'POST'] as const) {
			const answer = await send(method, '/oauth/request_token', signed({ oauth_callback: 'oob' }));
			expect(answer.status).toBe(200);
			expect(answer.header('content-type')).toBe('application/x-www-form-urlencoded');
			expect(Object.keys(answer.form())).toEqual(['oauth_token', 'oauth_token_secret', 'oauth_callback_confirmed']);
			expect(answer.form()['oauth_callback_confirmed']).toBe('true');
		}
		expect(fake.requests[0]?.authorization).toContain('oauth_callback="oob"');
	});

	it('refuses bad requests in plain text, as Discogs does', async () => {
		const nonce = 'n'.repeat(64);
		const cases: Array<[Record<string, string>, number, string]> = [
			[{}, 401, OAUTH_ERRORS.missing('oauth_consumer_key')],
			[signed({ oauth_callback: 'oob', oauth_consumer_key: 'someone-else' }), 401, OAUTH_ERRORS.invalidConsumer],
			[signed({ oauth_callback: 'oob', oauth_signature: 'wrong&' }), 400, OAUTH_ERRORS.invalidSignature],
			// Milliseconds, the mistake lionralfs/discogs-client#199 fixed.
			[signed({ oauth_callback: 'oob', oauth_timestamp: String(Date.now()) }), 400, OAUTH_ERRORS.invalidTimestamp],
			[signed({ oauth_callback: 'oob', oauth_timestamp: String(Math.floor(Date.now() / 1000) - 360) }), 400, OAUTH_ERRORS.invalidTimestamp],
			[signed({ oauth_callback: 'oob', oauth_nonce: 'x'.repeat(65) }), 400, OAUTH_ERRORS.invalidNonce],
			[signed({ oauth_callback: 'oob', oauth_signature_method: 'RSA-SHA1' }), 400, OAUTH_ERRORS.unsupportedMethod],
			[signed(), 400, OAUTH_ERRORS.missing('oauth_callback')],
			[signed({ oauth_callback: 'oob', oauth_nonce: nonce }), 200, ''],
		];
		for (const [headers, status, message] of cases) {
			const answer = await send('GET', '/oauth/request_token', headers);
			expect([answer.status, status === 200 ? '' : answer.text]).toEqual([status, message]);
			if (status !== 200) expect(answer.header('content-type')).toBe('text/plain; charset=utf-8');
		}
		const replay = signed({ oauth_callback: 'oob', oauth_nonce: 'same-nonce' });
		expect((await send('GET', '/oauth/request_token', replay)).status).toBe(200);
		expect((await send('GET', '/oauth/request_token', replay)).text).toBe(OAUTH_ERRORS.nonceUsed);
	});

	it('accepts HMAC-SHA1 too, and computes the RFC 5849 §3.4.1 example exactly', async () => {
		const query = new URLSearchParams('b5=%3D%253D&a3=a&c%40=&a2=r%20b');
		const oauth = new Map(Object.entries({
			oauth_consumer_key: '9djdj82h48djs9d2',
			oauth_token: 'kkk9d7dh3k39sjv7',
			oauth_signature_method: 'HMAC-SHA1',
			oauth_timestamp: '137131201',
			oauth_nonce: '7d8f3e4a',
		}));
		const base = signatureBaseString({ method: 'POST', baseUrl: 'http://example.com/request', params: [...query, ['c2', ''], ['a3', '2 q']], oauth });
		expect(base).toBe(
			'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7',
		);
		// The RFC's errata 2550 answer for consumer secret j49sk3j29djd, token secret dh893hdasih9.
		expect(hmacSha1Signature(base, 'j49sk3j29djd', 'dh893hdasih9')).toBe('r6/TJjbCOr97/+UU0NsvSne7s5g=');

		const params: Record<string, string> = {
			oauth_callback: 'oob',
			oauth_consumer_key: FAKE_CONSUMER_KEY,
			oauth_nonce: 'hmac-nonce',
			oauth_signature_method: 'HMAC-SHA1',
			oauth_timestamp: String(Math.floor(Date.now() / 1000)),
			oauth_version: '1.0',
		};
		const normalised = Object.keys(params).sort().map((name) => `${name}=${enc(params[name] ?? '')}`).join('&');
		const text = ['GET', enc(`${fake.url}/oauth/request_token`), enc(normalised)].join('&');
		const signature = createHmac('sha1', `${FAKE_CONSUMER_SECRET}&`).update(text).digest('base64');
		expect((await send('GET', '/oauth/request_token', signed({ ...params, oauth_signature: 'AAAA' }))).text).toBe(OAUTH_ERRORS.invalidSignature);
		expect((await send('GET', '/oauth/request_token', signed({ ...params, oauth_signature: signature }))).status).toBe(200);
	});
});

describe('fake Discogs OAuth: authorize and access tokens', () => {
	it('shows an authorize page, and authorize() answers a 10-letter verifier for a known user only', async () => {
		const req = await requestToken();
		const page = await send('GET', `/oauth/authorize?oauth_token=${req.token}`);
		expect([page.status, page.header('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
		expect(page.text).toContain('Authorize Fake Discogs Application');
		expect((await send('GET', '/oauth/authorize?oauth_token=nope')).status).toBe(400);
		expect(() => fake.authorize('nope', 'rodneyfool')).toThrow();
		expect(() => fake.authorize(req.token, 'nobody')).toThrow();
		expect(fake.authorize(req.token, 'rodneyfool')).toMatch(/^[A-Za-z]{10}$/);
	});

	it('trades an authorised request token, signed with its secret, and the right verifier, once', async () => {
		const req = await requestToken();
		const exchange = (params: Record<string, string>, secret = req.secret) =>
			send('POST', '/oauth/access_token', signed({ oauth_token: req.token, ...params }, secret));
		expect((await exchange({ oauth_verifier: 'ABCDEFGHIJ' })).text).toBe(OAUTH_ERRORS.notAuthorized);
		const verifier = fake.authorize(req.token, 'shooezgirl');
		expect((await exchange({ oauth_verifier: verifier }, '')).text).toBe(OAUTH_ERRORS.invalidSignature);
		const wrong = await exchange({ oauth_verifier: 'ABCDEFGHIJ' });
		expect([wrong.status, wrong.text]).toEqual([400, OAUTH_ERRORS.invalidVerifier]);
		const right = await exchange({ oauth_verifier: verifier });
		expect(right.status).toBe(200);
		expect(Object.keys(right.form())).toEqual(['oauth_token', 'oauth_token_secret']);
		const again = await exchange({ oauth_verifier: verifier });
		expect([again.status, again.text]).toEqual([401, OAUTH_ERRORS.invalidRequestToken]);
	});

	it('expires request tokens and verifiers after oauthTtlMs, and takes the verifier from the query too', async () => {
		await restart({ oauthTtlMs: 100 });
		const late = await requestToken();
		const lateVerifier = fake.authorize(late.token, 'rodneyfool');
		const early = await requestToken();
		const earlyVerifier = fake.authorize(early.token, 'rodneyfool');
		const viaQuery = await send('GET', `/oauth/access_token?oauth_verifier=${earlyVerifier}`, signed({ oauth_token: early.token }, early.secret));
		expect(viaQuery.status).toBe(200);
		await new Promise((resolve) => setTimeout(resolve, 150));
		const expired = await send('POST', '/oauth/access_token', signed({ oauth_token: late.token, oauth_verifier: lateVerifier }, late.secret));
		expect([expired.status, expired.text]).toEqual([400, OAUTH_ERRORS.expiredRequestToken]);
	});
});

describe('fake Discogs OAuth: signed resources', () => {
	it('tells who an access token belongs to, until it is revoked; and rates OAuth requests as authenticated', async () => {
		const tokens = await accessToken('shooezgirl');
		const identity = await send('GET', '/oauth/identity', as(tokens));
		expect(JSON.parse(identity.text)).toEqual({
			id: 1234567,
			username: 'shooezgirl',
			resource_url: 'https://api.discogs.com/users/shooezgirl',
			consumer_name: 'Fake Discogs Application',
		});
		expect(identity.header('x-discogs-ratelimit')).toBe('60');
		fake.revoke(tokens.token);
		const revoked = await send('GET', '/oauth/identity', as(tokens));
		expect([revoked.status, revoked.text]).toEqual([401, '{"message": "You must authenticate to access this resource."}']);
		expect(revoked.header('www-authenticate')).toBe('OAuth realm="https://api.discogs.com"');
		const unknown = await send('GET', '/oauth/identity', as({ token: 'made-up', secret: 'x' }));
		expect(unknown.status).toBe(401);
		expect(fake.requests.at(-1)?.oauthRejection).toBe('unknown access token');
	});

	it('shows the email only to the profile\'s owner', async () => {
		const own = await accessToken('rodneyfool');
		const other = fake.grantAccess('shooezgirl');
		expect(JSON.parse((await send('GET', '/users/rodneyfool')).text)).not.toHaveProperty('email');
		expect(JSON.parse((await send('GET', '/users/rodneyfool', as(other))).text)).not.toHaveProperty('email');
		expect(JSON.parse((await send('GET', '/users/rodneyfool', as(own))).text)).toMatchObject({ email: 'rodneyfool@example.com' });
	});

	it('edits a profile only as its owner, checking each field, and answers the whole profile with the email', async () => {
		const own = fake.grantAccess('rodneyfool');
		const edit = (body: string, tokens: OAuthTokens | null = own) => send('POST', '/users/rodneyfool', { ...json, ...(tokens ? as(tokens) : {}) }, body);
		expect((await edit('{"location": "x"}', null)).status).toBe(401);
		const forbidden = await edit('{"location": "x"}', fake.grantAccess('shooezgirl'));
		expect([forbidden.status, forbidden.text]).toEqual([403, '{"message": "You don\'t have permission to access this resource."}']);
		const refusals: Array<[string, string]> = [
			['{"curr_abbr": "XYZ"}', `Invalid currency: expected one of ${FAKE_CURRENCIES.join(', ')}.`],
			[JSON.stringify({ location: 'x'.repeat(256) }), 'Invalid location: must be at most 255 characters.'],
			['{"name": 7}', 'Invalid name: expected a string.'],
			['{"name": ', 'Invalid JSON body.'],
		];
		for (const [body, message] of refusals) {
			const answer = await edit(body);
			expect([answer.status, JSON.parse(answer.text)]).toEqual([422, { message }]);
		}
		const done = await edit('{"name": "Rod", "curr_abbr": "GBP", "username": "ignored"}');
		expect(done.status).toBe(200);
		expect(JSON.parse(done.text)).toMatchObject({ username: 'rodneyfool', name: 'Rod', curr_abbr: 'GBP', email: 'rodneyfool@example.com', rank: 149 });
		expect(fake.profileOf('rodneyfool')).toMatchObject({ name: 'Rod', curr_abbr: 'GBP', location: "I live in the good ol' Pacific NW" });
		expect(JSON.parse((await send('GET', '/users/rodneyfool')).text)).toMatchObject({ name: 'Rod' });
		expect(rodneyfoolProfile['name']).toBe('Rodney');
		expect(fake.requests.at(-2)?.body).toContain('"Rod"');
	});
});
