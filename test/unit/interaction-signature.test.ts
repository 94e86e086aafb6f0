import { generateKeyPairSync, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/config.js';
import { createVerifier, SIGNATURE_WINDOW_SECONDS } from '../../src/interactions/http/signature.js';
import type { SignedRequest } from '../../src/interactions/http/signature.js';

/**
 * Discord's request signature (discord-api-docs developers/interactions/overview.mdx, "Validating Security Request
 * Headers"): Ed25519 over `X-Signature-Timestamp + rawBody`, signature and key in hex, 401 on failure. The docs give
 * no unit and no freshness window: the timestamp is Unix seconds as Discord's own library signs it in its tests
 * (discord/discord-interactions-js src/__tests__/utils/SharedTestUtils.ts, `Math.round(Date.now() / 1000)`), and the
 * 5-minute window is this bot's replay guard (issue 14).
 */
const NOW_MS = 1_790_000_000_000;
const NOW_S = String(NOW_MS / 1000);
const BODY = '{"type":2,"id":"1","token":"t","version":1,"data":{"name":"profile"}}';

function keyPair(): { privateKey: KeyObject; publicHex: string } {
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	const x = publicKey.export({ format: 'jwk' }).x;
	if (x === undefined) throw new Error('an Ed25519 JWK has x');
	return { privateKey, publicHex: Buffer.from(x, 'base64url').toString('hex') };
}

const discord = keyPair();

function signed(body: string | Buffer = BODY, timestamp = NOW_S, privateKey = discord.privateKey): SignedRequest {
	const bytes = Buffer.concat([Buffer.from(timestamp), typeof body === 'string' ? Buffer.from(body) : body]);
	return { signature: sign(null, bytes, privateKey).toString('hex'), timestamp, body };
}

const verifier = createVerifier(discord.publicHex);
const reason = (request: SignedRequest, nowMs = NOW_MS): string => {
	const result = verifier.check(request, nowMs);
	return result.ok ? 'ok' : result.reason;
};

describe('createVerifier(publicKeyHex).check', () => {
	it("accepts Discord's signature over the raw body, as a string or as bytes", () => {
		expect(verifier.check(signed(), NOW_MS)).toEqual({ ok: true, timestamp: NOW_MS / 1000 });
		expect(reason({ ...signed(), body: Buffer.from(BODY) })).toBe('ok');
		// A key pasted in capitals works too.
		expect(createVerifier(discord.publicHex.toUpperCase()).check(signed(), NOW_MS).ok).toBe(true);
	});

	it('signs the UTF-8 bytes, so a body with non-ASCII text verifies', () => {
		expect(reason(signed('{"content":"Björk – Homogenic ✓"}'))).toBe('ok');
	});

	it('refuses a signature made with another key', () => {
		expect(reason(signed(BODY, NOW_S, keyPair().privateKey))).toBe('wrong_signature');
	});

	it('refuses an altered body, even one that parses to the same JSON', () => {
		const request = signed();
		expect(reason({ ...request, body: BODY.replace('profile', 'profilf') })).toBe('wrong_signature');
		expect(reason({ ...request, body: `${BODY} ` })).toBe('wrong_signature');
		expect(reason({ ...request, body: JSON.stringify(JSON.parse(BODY), null, 1) })).toBe('wrong_signature');
	});

	it('refuses an altered timestamp (it is part of what is signed)', () => {
		expect(reason({ ...signed(), timestamp: String(NOW_MS / 1000 - 1) })).toBe('wrong_signature');
	});

	it('refuses a timestamp more than 5 minutes old, and takes one just inside', () => {
		const at = (secondsAgo: number): string => String(NOW_MS / 1000 - secondsAgo);
		expect(reason(signed(BODY, at(SIGNATURE_WINDOW_SECONDS + 1)))).toBe('stale_timestamp');
		expect(reason(signed(BODY, at(24 * 3600)))).toBe('stale_timestamp');
		expect(reason(signed(BODY, at(SIGNATURE_WINDOW_SECONDS)))).toBe('ok');
	});

	it('refuses a timestamp more than 5 minutes in the future, or in milliseconds, and takes a little clock skew', () => {
		const ahead = (seconds: number): string => String(NOW_MS / 1000 + seconds);
		expect(reason(signed(BODY, ahead(SIGNATURE_WINDOW_SECONDS + 1)))).toBe('future_timestamp');
		expect(reason(signed(BODY, String(NOW_MS)))).toBe('future_timestamp');
		expect(reason(signed(BODY, ahead(2)))).toBe('ok');
	});

	it('names a missing header', () => {
		const { signature, timestamp, body } = signed();
		expect(reason({ signature: undefined, timestamp, body })).toBe('missing_signature');
		expect(reason({ signature: '', timestamp, body })).toBe('missing_signature');
		expect(reason({ signature, timestamp: undefined, body })).toBe('missing_timestamp');
		expect(reason({ signature: undefined, timestamp: undefined, body })).toBe('missing_signature');
	});

	it('refuses malformed hex and wrong lengths without throwing', () => {
		const request = signed();
		const signature = String(request.signature);
		// Buffer.from(hex) would stop at the first bad character and verify a shorter signature.
		expect(reason({ ...request, signature: `${signature.slice(0, 126)}zz` })).toBe('malformed_signature');
		expect(reason({ ...request, signature: signature.slice(0, 126) })).toBe('malformed_signature');
		expect(reason({ ...request, signature: `${signature}00` })).toBe('malformed_signature');
		expect(reason({ ...request, signature: Buffer.from(signature, 'hex').toString('base64') })).toBe('malformed_signature');
		expect(reason({ ...request, signature: [signature, signature] })).toBe('malformed_signature');
		expect(reason({ ...request, timestamp: `${NOW_S}.5` })).toBe('malformed_timestamp');
		expect(reason({ ...request, timestamp: '-1' })).toBe('malformed_timestamp');
		expect(reason({ ...request, timestamp: new Date(NOW_MS).toISOString() })).toBe('malformed_timestamp');
		expect(reason({ ...request, timestamp: '9'.repeat(400) })).toBe('malformed_timestamp');
	});

	it('takes one header value given as a one-element array, as some servers hand them over', () => {
		const request = signed();
		expect(reason({ ...request, signature: [String(request.signature)], timestamp: [NOW_S] })).toBe('ok');
	});

	it('checks a 1 MB body, and refuses it with one byte changed', () => {
		const big = Buffer.alloc(1024 * 1024, 'a');
		const request = signed(big);
		expect(reason(request)).toBe('ok');
		const altered = Buffer.from(big);
		altered[altered.length - 1] = 0x62;
		expect(reason({ ...request, body: altered })).toBe('wrong_signature');
	});

	it('defaults to the current time', () => {
		const now = String(Math.floor(Date.now() / 1000));
		expect(verifier.check(signed(BODY, now)).ok).toBe(true);
		expect(verifier.check(signed(BODY, String(Number(now) - SIGNATURE_WINDOW_SECONDS - 60)))).toEqual({ ok: false, reason: 'stale_timestamp' });
	});
});

describe('createVerifier(publicKeyHex) with a bad key', () => {
	const message = (hex: string): string => {
		try {
			createVerifier(hex);
		} catch (error) {
			if (error instanceof ConfigError) return error.message;
			throw error;
		}
		throw new Error('expected a ConfigError');
	};

	it('throws a ConfigError naming DISCORD_PUBLIC_KEY for the wrong length or non-hex', () => {
		expect(message('')).toMatch(/^DISCORD_PUBLIC_KEY must be 64 hex characters/);
		expect(message(discord.publicHex.slice(2))).toMatch(/^DISCORD_PUBLIC_KEY must be 64 hex characters/);
		expect(message(`${discord.publicHex}00`)).toMatch(/^DISCORD_PUBLIC_KEY must be 64 hex characters/);
		expect(message(`${discord.publicHex.slice(0, 62)}zz`)).toMatch(/^DISCORD_PUBLIC_KEY must be 64 hex characters/);
		expect(message(Buffer.from(discord.publicHex, 'hex').toString('base64'))).toMatch(/^DISCORD_PUBLIC_KEY must be 64 hex characters/);
	});

	it('refuses a key of small order, with which forged signatures verify', () => {
		// With the all-zero key, OpenSSL takes the all-zero signature for any message.
		for (const hex of [
			'00'.repeat(32),
			`01${'00'.repeat(31)}`,
			`ec${'ff'.repeat(30)}7f`,
			'26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
			'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
			'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
		]) {
			expect(message(hex), hex).toMatch(/^DISCORD_PUBLIC_KEY is not a usable Ed25519 key/);
		}
	});
});
