import { createHmac } from 'node:crypto';

/**
 * OAuth 1.0a signatures as a server checks them (RFC 5849 §3.4), written apart from the bot's client so the
 * fake catches the client's mistakes instead of sharing them.
 */

/** RFC 5849 §3.6. */
export function rfc3986(value: string): string {
	return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The parameters of an `Authorization: OAuth …` header, decoded; undefined when it is not one or is malformed. */
export function parseOAuthHeader(authorization: string | undefined): Map<string, string> | undefined {
	const match = /^\s*OAuth\s+(.*)$/is.exec(authorization ?? '');
	if (!match) return undefined;
	const params = new Map<string, string>();
	for (const part of (match[1] ?? '').split(',')) {
		if (part.trim() === '') continue;
		const pair = /^\s*([^=\s]+)\s*=\s*"([^"]*)"\s*$/.exec(part);
		if (!pair) return undefined;
		try {
			const name = decodeURIComponent(pair[1] ?? '');
			// A repeated protocol parameter is a malformed request (RFC 5849 §3.5.1).
			if (params.has(name)) return undefined;
			params.set(name, decodeURIComponent(pair[2] ?? ''));
		} catch {
			return undefined;
		}
	}
	return params;
}

export interface SignedRequest {
	method: string;
	/** Scheme, host and path, as the client addressed the request (RFC 5849 §3.4.1.2). */
	baseUrl: string;
	/** Query parameters, plus those of a form-encoded body. */
	params: ReadonlyArray<readonly [string, string]>;
	/** The header's oauth_* parameters; oauth_signature and realm are left out of the base string. */
	oauth: ReadonlyMap<string, string>;
}

/** RFC 5849 §3.4.1: METHOD&url&normalised-parameters, each part percent-encoded. */
export function signatureBaseString(request: SignedRequest): string {
	const pairs = [...request.params, ...[...request.oauth].filter(([name]) => name !== 'oauth_signature' && name !== 'realm')]
		.map(([name, value]) => [rfc3986(name), rfc3986(value)] as const)
		.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
	const normalised = pairs.map(([name, value]) => `${name}=${value}`).join('&');
	return [rfc3986(request.method.toUpperCase()), rfc3986(request.baseUrl), rfc3986(normalised)].join('&');
}

/** The signing key: both secrets, encoded, joined by `&` (and the whole PLAINTEXT signature). */
export function signingKey(consumerSecret: string, tokenSecret: string): string {
	return `${rfc3986(consumerSecret)}&${rfc3986(tokenSecret)}`;
}

export function hmacSha1Signature(baseString: string, consumerSecret: string, tokenSecret: string): string {
	return createHmac('sha1', signingKey(consumerSecret, tokenSecret)).update(baseString).digest('base64');
}

/** Whether the request carries the right signature for its method (PLAINTEXT or HMAC-SHA1). */
export function signatureMatches(request: SignedRequest, consumerSecret: string, tokenSecret: string): boolean {
	const given = request.oauth.get('oauth_signature');
	switch (request.oauth.get('oauth_signature_method')) {
		case 'PLAINTEXT':
			return given === signingKey(consumerSecret, tokenSecret);
		case 'HMAC-SHA1':
			return given === hmacSha1Signature(signatureBaseString(request), consumerSecret, tokenSecret);
		default:
			return false;
	}
}
