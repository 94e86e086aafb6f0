import { createPublicKey, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { ConfigError } from '../../core/config.js';

/**
 * How far X-Signature-Timestamp may be from our clock, either way, in seconds. Discord's docs set no window
 * (interactions/overview.mdx, "Validating Security Request Headers"); this one bounds how long a captured request
 * can be replayed, and tolerates a clock a little off Discord's.
 */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

/** The request headers Discord signs with, as node:http names them. */
export const SIGNATURE_HEADER = 'x-signature-ed25519';
export const TIMESTAMP_HEADER = 'x-signature-timestamp';

export const PUBLIC_KEY_PATTERN = /^[0-9a-f]{64}$/i;
/** An Ed25519 signature: 64 bytes in hex. */
const SIGNATURE_PATTERN = /^[0-9a-f]{128}$/i;
/** Unix seconds. Up to 16 digits, so a millisecond timestamp reads as "in the future", not as gibberish. */
const TIMESTAMP_PATTERN = /^\d{1,16}$/;

export type SignatureFailure =
	| 'missing_signature'
	| 'missing_timestamp'
	/** Not 128 hex characters. */
	| 'malformed_signature'
	/** Not whole Unix seconds. */
	| 'malformed_timestamp'
	/** Well formed, but not made by the key's owner over this timestamp and body. */
	| 'wrong_signature'
	| 'stale_timestamp'
	| 'future_timestamp';

export type SignatureCheck = { readonly ok: true; readonly timestamp: number } | { readonly ok: false; readonly reason: SignatureFailure };

/** What Discord signs, as it arrived: header values as the HTTP server gives them, the body as raw bytes. */
export interface SignedRequest {
	readonly signature: string | readonly string[] | undefined;
	readonly timestamp: string | readonly string[] | undefined;
	/** The raw body: bytes, or the string they decode to. Never a re-serialized parse. */
	readonly body: Uint8Array | string;
}

export interface SignatureVerifier {
	/** Checks a request's signature and freshness; never throws. `nowMs` defaults to Date.now(). */
	check(request: SignedRequest, nowMs?: number): SignatureCheck;
}

const FIELD_MASK = (1n << 255n) - 1n;
const P = 2n ** 255n - 19n;
const ORDER_8_Y = 0x5fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826n;
/**
 * The y coordinates of the eight points of order dividing 8. OpenSSL accepts such a key, and with it a forged
 * signature verifies (the all-zero key takes the all-zero signature for any message), so it is refused.
 */
const SMALL_ORDER_Y = new Set([0n, 1n, P - 1n, ORDER_8_Y, P - ORDER_8_Y]);

function hasSmallOrder(key: Buffer): boolean {
	const y = BigInt(`0x${Buffer.from(key).reverse().toString('hex')}`) & FIELD_MASK;
	return SMALL_ORDER_Y.has(y % P);
}

const badKey = (why: string): ConfigError =>
	new ConfigError(`DISCORD_PUBLIC_KEY ${why} (copy the Public Key from the developer portal's General Information page)`);

function importKey(publicKeyHex: string): KeyObject {
	const hex = publicKeyHex.trim();
	if (!PUBLIC_KEY_PATTERN.test(hex)) throw badKey('must be 64 hex characters');
	const raw = Buffer.from(hex, 'hex');
	if (hasSmallOrder(raw)) throw badKey('is not a usable Ed25519 key');
	try {
		return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
	} catch {
		throw badKey('is not an Ed25519 key');
	}
}

/** One header value; a repeated header is not something Discord sends, so it counts as malformed. */
function single(value: string | readonly string[] | undefined): string | undefined | null {
	if (value === undefined || typeof value === 'string') return value;
	return value.length === 1 ? value[0] : null;
}

/**
 * Discord's request signature: Ed25519 over the UTF-8 bytes of `X-Signature-Timestamp + rawBody`, checked against
 * the application's public key before anything in the body is read. The key is imported once, here, so a bad
 * DISCORD_PUBLIC_KEY stops start-up with one line instead of failing every request.
 */
export function createVerifier(publicKeyHex: string, windowSeconds = SIGNATURE_WINDOW_SECONDS): SignatureVerifier {
	const key = importKey(publicKeyHex);
	return {
		check(request, nowMs = Date.now()): SignatureCheck {
			const signature = single(request.signature);
			const timestamp = single(request.timestamp);
			if (signature === undefined || signature === '') return { ok: false, reason: 'missing_signature' };
			if (timestamp === undefined || timestamp === '') return { ok: false, reason: 'missing_timestamp' };
			if (signature === null || !SIGNATURE_PATTERN.test(signature)) return { ok: false, reason: 'malformed_signature' };
			if (timestamp === null || !TIMESTAMP_PATTERN.test(timestamp)) return { ok: false, reason: 'malformed_timestamp' };
			let valid: boolean;
			try {
				const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
				valid = verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
			} catch {
				valid = false;
			}
			// The signature first: an unsigned request's timestamp is not worth a reason of its own.
			if (!valid) return { ok: false, reason: 'wrong_signature' };
			const seconds = Number(timestamp);
			const nowSeconds = Math.floor(nowMs / 1000);
			if (seconds < nowSeconds - windowSeconds) return { ok: false, reason: 'stale_timestamp' };
			if (seconds > nowSeconds + windowSeconds) return { ok: false, reason: 'future_timestamp' };
			return { ok: true, timestamp: seconds };
		},
	};
}
