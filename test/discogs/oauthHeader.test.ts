import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ProviderError, UserError } from '../../src/core/errors.js';
import {
	answerKeys,
	errorMessage,
	MAX_NONCE_LENGTH,
	oauthHeader,
	oauthNonce,
	parseTokenAnswer,
	percentEncode,
	plaintextSignature,
	redactSecrets,
} from '../../src/discogs/oauth.js';
import { createHarness, expectKind, type Harness } from './harness.js';

describe('OAuth header', () => {
	it('percent-encodes as RFC 5849 §3.6 says: unreserved kept, everything else %XX upper-case', () => {
		expect(percentEncode('A-Za-z0-9-._~')).toBe('A-Za-z0-9-._~');
		expect(percentEncode("!*'() &=+/%")).toBe('%21%2A%27%28%29%20%26%3D%2B%2F%25');
		expect(percentEncode('é')).toBe('%C3%A9');
	});

	it('signs PLAINTEXT as the encoded consumer secret & the encoded token secret', () => {
		expect(plaintextSignature('cs')).toBe('cs&');
		expect(plaintextSignature('c s', 't&s')).toBe('c%20s&t%26s');
	});

	it('writes every parameter, timestamp in seconds, the signature encoded once more as a header value', () => {
		const header = oauthHeader({
			consumer: { consumerKey: 'key', consumerSecret: 'sec&ret' },
			token: { token: 'tok en', secret: 'ts' },
			extra: { oauth_verifier: 'ABCdefGHIj' },
			now: 1_700_000_000_999,
			nonce: 'abc123',
		});
		expect(header).toBe(
			'OAuth oauth_consumer_key="key", oauth_nonce="abc123", oauth_signature_method="PLAINTEXT", oauth_timestamp="1700000000", ' +
				'oauth_version="1.0", oauth_token="tok%20en", oauth_verifier="ABCdefGHIj", oauth_signature="sec%2526ret%26ts"',
		);
	});

	it('makes a new random nonce each time, of hex and at most 64 characters', () => {
		const nonces = new Set(Array.from({ length: 50 }, () => oauthNonce()));
		expect(nonces.size).toBe(50);
		for (const nonce of nonces) expect(nonce).toMatch(new RegExp(`^[0-9a-f]{1,${MAX_NONCE_LENGTH}}$`));
		const header = oauthHeader({ consumer: { consumerKey: 'k', consumerSecret: 's' }, now: Date.now() });
		expect(header).toMatch(/oauth_nonce="[0-9a-f]{32}"/);
	});
});

describe('OAuth answers', () => {
	it('reads form-encoded token answers, and nothing else', () => {
		expect(parseTokenAnswer('oauth_token=a%20b&oauth_token_secret=c&oauth_callback_confirmed=true\n')).toEqual({ token: 'a b', secret: 'c' });
		expect(parseTokenAnswer('oauth_token=a')).toBeUndefined();
		expect(parseTokenAnswer('<html>Sign in</html>')).toBeUndefined();
		expect(answerKeys('oauth_token=a&x=1')).toBe('oauth_token, x');
		expect(answerKeys('')).toBe('(none)');
	});

	it('reads plain-text and JSON error bodies', () => {
		expect(errorMessage('Invalid consumer.\n')).toBe('Invalid consumer.');
		expect(errorMessage('{"message": "Invalid currency: expected one of USD."}')).toBe('Invalid currency: expected one of USD.');
		expect(errorMessage('{"message": "Bad.", "detail": [{"msg": "name too long", "loc": ["name"]}]}')).toBe('Bad. name too long');
	});

	it('redacts secrets as they are and percent-encoded', () => {
		expect(redactSecrets('token a/b=c and a%2Fb%3Dc, and x', ['a/b=c', undefined, ''])).toBe('token [redacted] and [redacted], and x');
	});
});

describe('odd answers from the token endpoints', () => {
	let server: Server | undefined;
	let harness: Harness | undefined;
	afterEach(async () => {
		await harness?.close();
		await new Promise((resolve) => server?.close(resolve));
		harness = undefined;
		server = undefined;
	});

	/** A server that answers every request with the given status and body. */
	async function answering(status: number, body: (authorization: string) => string): Promise<Harness> {
		server = createServer((req, res) => {
			res.writeHead(status, { 'Content-Type': 'text/plain' });
			res.end(body(req.headers.authorization ?? ''));
		});
		await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
		const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		harness = await createHarness({ config: { apiUrl, oauth: { consumerKey: 'key', consumerSecret: 'consumer-secret-123' } } });
		return harness;
	}

	it('says unavailable for a 200 that is not a token answer, naming its keys but not its values', async () => {
		const h = await answering(200, () => 'oauth_token=leaky-token-value&oauth_callback_confirmed=true');
		const error = await expectKind(h.client.getRequestToken(), 'unavailable');
		expect(error.detail).toBe('HTTP 200: no request token in the answer (keys: oauth_token, oauth_callback_confirmed)');
		expect(h.logs.some((line) => line.level === 40 && line['status'] === 200)).toBe(true);
		expect(h.logs.filter((line) => line.raw.includes('leaky-token-value'))).toEqual([]);
	});

	it('scrubs the request\'s own secrets from an error body that echoes them', async () => {
		// Only the parameters that carry secrets, so the excerpt is not cut before them.
		const h = await answering(401, (authorization) => `Invalid: ${authorization.match(/oauth_(token|verifier|signature)="[^"]*"/g)?.join(' ')}`);
		const request = { token: 'request-token-abc', secret: 'request-secret-def' };
		const error = await h.client.getAccessToken(request, 'VERIFIERXY').catch((reason: unknown) => reason);
		expect(error).toBeInstanceOf(UserError);
		expect(error).not.toBeInstanceOf(ProviderError);
		const line = h.logs.find((entry) => entry.msg.includes('refused'));
		expect(String(line?.['detail'])).toBe('HTTP 401: Invalid: oauth_token="[redacted]" oauth_verifier="[redacted]" oauth_signature="[redacted]%26[redacted]"');
		for (const secret of ['request-token-abc', 'request-secret-def', 'VERIFIERXY', 'consumer-secret-123']) {
			expect(h.logs.filter((entry) => entry.raw.includes(secret))).toEqual([]);
		}
	});
});
