import { randomBytes } from 'node:crypto';
import type { OAuthTokens } from '../accounts/linkStore.js';
import { errorBodySchema } from './schemas.js';

export type { OAuthTokens };

/** The bot's OAuth 1.0a consumer credentials (DISCOGS_CONSUMER_KEY, DISCOGS_CONSUMER_SECRET). */
export interface OAuthConsumer {
	consumerKey: string;
	consumerSecret: string;
}

/** Discogs rejects nonces longer than this (lionralfs/discogs-client#199). */
export const MAX_NONCE_LENGTH = 64;
/** For the PIN flow: Discogs shows the verifier to the user instead of redirecting. */
export const OUT_OF_BAND = 'oob';

/** RFC 5849 §3.6: unreserved characters as they are, every other UTF-8 byte as %XX in upper-case hex. */
export function percentEncode(value: string): string {
	return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** RFC 5849 §3.4.4: the two secrets, encoded and joined; the token secret is empty before there is a token. */
export function plaintextSignature(consumerSecret: string, tokenSecret = ''): string {
	return `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
}

/** 32 random hex characters: unguessable, and well within Discogs's 64. */
export function oauthNonce(): string {
	return randomBytes(16).toString('hex');
}

export interface OAuthHeaderOptions {
	consumer: OAuthConsumer;
	/** The request or access token; absent when asking for a request token. */
	token?: OAuthTokens | undefined;
	/** More protocol parameters, e.g. oauth_callback or oauth_verifier. */
	extra?: Record<string, string>;
	/** The clock, in ms since epoch; OAuth wants seconds. */
	now: number;
	nonce?: string;
}

/**
 * The `Authorization: OAuth …` header value for one request, signed with PLAINTEXT (what Discogs
 * recommends over HTTPS). Each call has a new nonce: build a new header for every attempt.
 */
export function oauthHeader(options: OAuthHeaderOptions): string {
	const { consumer, token } = options;
	const params: Record<string, string> = {
		oauth_consumer_key: consumer.consumerKey,
		oauth_nonce: options.nonce ?? oauthNonce(),
		oauth_signature_method: 'PLAINTEXT',
		oauth_timestamp: String(Math.floor(options.now / 1000)),
		oauth_version: '1.0',
		...(token ? { oauth_token: token.token } : {}),
		...options.extra,
		oauth_signature: plaintextSignature(consumer.consumerSecret, token?.secret),
	};
	const pairs = Object.entries(params).map(([name, value]) => `${percentEncode(name)}="${percentEncode(value)}"`);
	return `OAuth ${pairs.join(', ')}`;
}

/** A form-encoded token answer (`oauth_token=…&oauth_token_secret=…`); undefined when a part is missing. */
export function parseTokenAnswer(text: string): OAuthTokens | undefined {
	const params = new URLSearchParams(text.trim());
	const token = params.get('oauth_token');
	const secret = params.get('oauth_token_secret');
	return token && secret ? { token, secret } : undefined;
}

/** The names in a form-encoded answer, never its values: enough to log why it was not a token answer. */
export function answerKeys(text: string): string {
	const names = [...new URLSearchParams(text.trim()).keys()];
	return names.length === 0 ? '(none)' : names.slice(0, 10).join(', ');
}

/** What an error body says: OAuth endpoints answer in plain text (`Invalid consumer.`), others in `{"message": …}`. */
export function errorMessage(text: string): string {
	try {
		const parsed = errorBodySchema.safeParse(JSON.parse(text));
		if (parsed.success) return [parsed.data.message, ...(parsed.data.detail ?? []).map((entry) => entry.msg)].join(' ').trim();
	} catch {
		// Not JSON: the plain-text form.
	}
	return text.trim();
}

/** Replaces every secret (as it is and percent-encoded) with `[redacted]`: for text bound for a log line. */
export function redactSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
	const forms = new Set<string>();
	for (const secret of secrets) {
		if (!secret) continue;
		forms.add(secret);
		forms.add(percentEncode(secret));
		forms.add(encodeURIComponent(secret));
	}
	let redacted = text;
	// Longest first, so an encoded form is not half-replaced through a shorter one it contains.
	for (const form of [...forms].sort((a, b) => b.length - a.length)) redacted = redacted.split(form).join('[redacted]');
	return redacted;
}
