import { randomBytes, randomInt } from 'node:crypto';
import { parseOAuthHeader, signatureMatches } from './signature.js';
import { mustAuthenticate, type Reply } from './replies.js';

export const FAKE_CONSUMER_KEY = 'fake-consumer-key';
export const FAKE_CONSUMER_SECRET = 'fake-consumer-secret';
export const FAKE_CONSUMER_NAME = 'Fake Discogs Application';
/** Discogs: a request token and its verifier expire 15 minutes after the token was issued. */
export const OAUTH_TTL_MS = 15 * 60_000;
/** How far oauth_timestamp, in seconds, may be from the fake's clock. */
export const MAX_CLOCK_SKEW_S = 300;
export const MAX_NONCE_LENGTH = 64;
/** RFC 5849 §2.1: the callback of a client that cannot receive one; the verifier is shown to the user instead. */
const OUT_OF_BAND = 'oob';

/** Plain-text answers of the token endpoints. Discogs's own seen in issues: `Invalid consumer.`, `Parameter not found: …`. */
export const OAUTH_ERRORS = {
	invalidConsumer: 'Invalid consumer.',
	invalidSignature: 'Invalid signature.',
	unsupportedMethod: 'Unsupported signature method.',
	invalidTimestamp: 'Invalid timestamp: expected seconds since the epoch, within 5 minutes of the server time.',
	invalidNonce: `Invalid nonce: at most ${MAX_NONCE_LENGTH} characters.`,
	nonceUsed: 'Nonce already used.',
	invalidRequestToken: 'Invalid request token.',
	expiredRequestToken: 'Request token expired.',
	notAuthorized: 'Request token not authorized.',
	invalidVerifier: 'Invalid verifier.',
	// The fake's own words: no capture of Discogs refusing a callback was found (RFC 5849 §2.1 sets the rule only).
	invalidCallback: 'Invalid callback URL.',
	missing: (name: string) => `Parameter not found: ${name}`,
} as const;

export interface OAuthTokens {
	token: string;
	secret: string;
}

/** What the fake needs to know about one request to check its OAuth header. */
export interface OAuthCall {
	method: string;
	baseUrl: string;
	query: URLSearchParams;
	/** The body's parameters when it is form-encoded (they are signed with HMAC-SHA1). */
	form: URLSearchParams | undefined;
	authorization: string | undefined;
}

interface RequestToken {
	secret: string;
	issuedAt: number;
	/** Where the browser goes once the user decides; undefined for `oob`, where the verifier is shown instead. */
	callback: URL | undefined;
	authorizedBy?: string;
	verifier?: string;
}

interface AccessToken {
	secret: string;
	username: string;
	revoked: boolean;
}

export interface FakeOAuthOptions {
	consumerKey: string;
	consumerSecret: string;
	ttlMs: number;
	/** Whether a Discogs user by that name exists (only they can authorise). */
	userExists: (username: string) => boolean;
}

type Checked = { ok: true; oauth: Map<string, string> } | { ok: false; reply: Reply };

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function text(status: number, body: string, contentType = 'text/plain; charset=utf-8'): Reply {
	return { status, raw: body, headers: { 'Content-Type': contentType } };
}

const fail = (status: number, message: string): Checked => ({ ok: false, reply: text(status, message) });
const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** Discogs's OAuth 1.0a provider: request tokens, the authorise step, access tokens, and signed requests. */
export class FakeOAuth {
	readonly #options: FakeOAuthOptions;
	readonly #requestTokens = new Map<string, RequestToken>();
	readonly #accessTokens = new Map<string, AccessToken>();
	readonly #nonces = new Set<string>();

	constructor(options: FakeOAuthOptions) {
		this.#options = options;
	}

	/** Whether the header names the fake's consumer: such requests get the authenticated rate limit. */
	knowsConsumer(authorization: string | undefined): boolean {
		return parseOAuthHeader(authorization)?.get('oauth_consumer_key') === this.#options.consumerKey;
	}

	/** GET or POST /oauth/request_token. */
	requestToken(call: OAuthCall): Reply {
		const checked = this.#check(call, '');
		if (!checked.ok) return checked.reply;
		const callback = checked.oauth.get('oauth_callback');
		if (callback === undefined) return text(400, OAUTH_ERRORS.missing('oauth_callback'));
		// RFC 5849 §2.1: an absolute URI, or `oob` when the client cannot receive callbacks.
		const target = callback === OUT_OF_BAND ? undefined : absoluteHttpUrl(callback);
		if (target === null) return text(400, OAUTH_ERRORS.invalidCallback);
		const token = hex(16);
		const secret = hex(20);
		this.#requestTokens.set(token, { secret, issuedAt: Date.now(), callback: target });
		return this.#form({ oauth_token: token, oauth_token_secret: secret, oauth_callback_confirmed: 'true' });
	}

	/** GET /oauth/authorize?oauth_token=…: the page a user would see (the tests click through `authorize`). */
	authorizePage(query: URLSearchParams): Reply {
		const request = this.#liveRequest(query.get('oauth_token') ?? '');
		if (!request) return text(400, '<!doctype html><title>Discogs</title><p>This authorization request is invalid or has expired.</p>', 'text/html; charset=utf-8');
		const token = escapeHtml(query.get('oauth_token') ?? '');
		// A stand-in for Discogs' sign-in: whoever types a username here is that user (the playground uses this).
		const page = `<!doctype html><title>Authorize application</title><h1>Authorize ${FAKE_CONSUMER_NAME}?</h1><form method="post"><input type="hidden" name="oauth_token" value="${token}"><label>Signed in as <input name="username" value="rodneyfool"></label> <button name="decision" value="authorize">Authorize</button> <button name="decision" value="cancel">Cancel</button></form>`;
		return text(200, page, 'text/html; charset=utf-8');
	}

	/**
	 * POST /oauth/authorize from that page. Authorize: as the username typed, then the browser goes to the callback
	 * with the verifier, or (oob) the page shows the verifier to paste. Cancel: the request is dropped and the
	 * browser goes to the callback with `denied`.
	 */
	authorizeSubmit(call: OAuthCall): Reply {
		const html = (status: number, body: string) => text(status, `<!doctype html><title>Discogs</title>${body}`, 'text/html; charset=utf-8');
		const redirect = (location: string): Reply => ({ status: 302, raw: '', headers: { Location: location, 'Content-Type': 'text/html; charset=utf-8' } });
		const token = call.form?.get('oauth_token') ?? '';
		const username = call.form?.get('username')?.trim() ?? '';
		const request = this.#liveRequest(token);
		if (!request) return html(400, '<p>This authorization request is invalid or has expired.</p>');
		if (call.form?.get('decision') === 'cancel') {
			const location = this.deny(token);
			return location === undefined ? html(200, '<h1>Not authorized</h1><p>You did not authorize the application.</p>') : redirect(location);
		}
		if (!this.#options.userExists(username)) return html(404, `<p>No Discogs user named ${escapeHtml(username)}.</p>`);
		if (request.callback) return redirect(this.approve(token, username));
		const verifier = this.authorize(token, username);
		return html(200, `<h1>Authorized</h1><p>Paste this code where the application asks for it:</p><p><code>${verifier}</code></p>`);
	}

	/** As if `username` clicked Authorize: the verifier (10 letters) Discogs shows them, or sends to the callback. */
	authorize(requestToken: string, username: string): string {
		const request = this.#liveRequest(requestToken);
		if (!request) throw new Error(`authorize: no live request token ${requestToken}`);
		if (!this.#options.userExists(username)) throw new Error(`authorize: no Discogs user ${username}`);
		request.authorizedBy = username;
		request.verifier = Array.from({ length: 10 }, () => LETTERS[randomInt(LETTERS.length)]).join('');
		return request.verifier;
	}

	/**
	 * As if `username` clicked Authorize on a request made with a callback: where Discogs sends their browser, the
	 * callback with `oauth_token` and `oauth_verifier` added to its query (RFC 5849 §2.2).
	 */
	approve(requestToken: string, username: string): string {
		const callback = this.#liveRequest(requestToken)?.callback;
		if (!callback) throw new Error(`approve: request token ${requestToken} is not live or has no callback (oob)`);
		const verifier = this.authorize(requestToken, username);
		return withParams(callback, { oauth_token: requestToken, oauth_verifier: verifier });
	}

	/**
	 * As if the user clicked Cancel: the request token is dropped, and the browser goes to the callback with
	 * `denied=<request token>` (undefined for oob, where Discogs sends nobody anywhere).
	 */
	deny(requestToken: string): string | undefined {
		const request = this.#liveRequest(requestToken);
		if (!request) throw new Error(`deny: no live request token ${requestToken}`);
		this.#requestTokens.delete(requestToken);
		return request.callback && withParams(request.callback, { denied: requestToken });
	}

	/** POST (or GET, as disconnect does) /oauth/access_token. */
	accessToken(call: OAuthCall): Reply {
		const oauth = parseOAuthHeader(call.authorization);
		if (!oauth) return text(401, OAUTH_ERRORS.missing('oauth_consumer_key'));
		const token = oauth.get('oauth_token');
		if (token === undefined) return text(400, OAUTH_ERRORS.missing('oauth_token'));
		const request = this.#requestTokens.get(token);
		if (!request) return text(401, OAUTH_ERRORS.invalidRequestToken);
		const checked = this.#check(call, request.secret);
		if (!checked.ok) return checked.reply;
		if (this.#expired(request)) return text(400, OAUTH_ERRORS.expiredRequestToken);
		if (!request.authorizedBy || !request.verifier) return text(400, OAUTH_ERRORS.notAuthorized);
		const verifier = checked.oauth.get('oauth_verifier') ?? call.query.get('oauth_verifier') ?? call.form?.get('oauth_verifier');
		if (!verifier) return text(400, OAUTH_ERRORS.missing('oauth_verifier'));
		if (verifier !== request.verifier) return text(400, OAUTH_ERRORS.invalidVerifier);
		this.#requestTokens.delete(token);
		const access = this.grant(request.authorizedBy);
		return this.#form({ oauth_token: access.token, oauth_token_secret: access.secret });
	}

	/** An access token for `username`, as if they had gone through the whole flow. */
	grant(username: string): OAuthTokens {
		const access = { token: hex(16), secret: hex(20) };
		this.#accessTokens.set(access.token, { secret: access.secret, username, revoked: false });
		return access;
	}

	/** The user revoked the application: the token is refused from now on. */
	revoke(accessToken: string): void {
		const access = this.#accessTokens.get(accessToken);
		if (!access) throw new Error('revoke: unknown access token');
		access.revoked = true;
	}

	/**
	 * Who signed a request to a protected resource with an access token; any failure is Discogs's JSON 401.
	 * `reason` says why, for the request log.
	 */
	authenticate(call: OAuthCall): { username: string } | { reply: Reply; reason: string } {
		const token = parseOAuthHeader(call.authorization)?.get('oauth_token');
		const access = token === undefined ? undefined : this.#accessTokens.get(token);
		const refuse = (reason: string) => ({ reason, reply: mustAuthenticate() });
		if (!access) return refuse(token === undefined ? 'no oauth_token' : 'unknown access token');
		if (access.revoked) return refuse('revoked access token');
		const checked = this.#check(call, access.secret);
		if (!checked.ok) return refuse(checked.reply.raw ?? 'invalid');
		return { username: access.username };
	}

	/** Consumer, signature method, timestamp (seconds), nonce (at most 64 characters, used once) and signature. */
	#check(call: OAuthCall, tokenSecret: string): Checked {
		const oauth = parseOAuthHeader(call.authorization);
		const key = oauth?.get('oauth_consumer_key');
		if (!oauth || key === undefined) return fail(401, OAUTH_ERRORS.missing('oauth_consumer_key'));
		if (key !== this.#options.consumerKey) return fail(401, OAUTH_ERRORS.invalidConsumer);
		for (const name of ['oauth_signature_method', 'oauth_signature', 'oauth_timestamp', 'oauth_nonce']) {
			if (!oauth.has(name)) return fail(400, OAUTH_ERRORS.missing(name));
		}
		const method = oauth.get('oauth_signature_method');
		if (method !== 'PLAINTEXT' && method !== 'HMAC-SHA1') return fail(400, OAUTH_ERRORS.unsupportedMethod);
		const version = oauth.get('oauth_version');
		if (version !== undefined && version !== '1.0') return fail(400, 'Unsupported OAuth version.');
		const timestamp = oauth.get('oauth_timestamp') ?? '';
		if (!/^\d{1,12}$/.test(timestamp) || Math.abs(Number(timestamp) - Date.now() / 1000) > MAX_CLOCK_SKEW_S) {
			return fail(400, OAUTH_ERRORS.invalidTimestamp);
		}
		const nonce = oauth.get('oauth_nonce') ?? '';
		if (nonce === '' || nonce.length > MAX_NONCE_LENGTH) return fail(400, OAUTH_ERRORS.invalidNonce);
		const params = [...call.query, ...(call.form ?? [])];
		if (!signatureMatches({ method: call.method, baseUrl: call.baseUrl, params, oauth }, this.#options.consumerSecret, tokenSecret)) {
			return fail(400, OAUTH_ERRORS.invalidSignature);
		}
		// Only a correctly signed request uses up its nonce, as a replay would have to be correctly signed too.
		const seen = `${key}:${timestamp}:${nonce}`;
		if (this.#nonces.has(seen)) return fail(400, OAUTH_ERRORS.nonceUsed);
		this.#nonces.add(seen);
		return { ok: true, oauth };
	}

	#liveRequest(token: string): RequestToken | undefined {
		const request = this.#requestTokens.get(token);
		return request && !this.#expired(request) ? request : undefined;
	}

	#expired(request: RequestToken): boolean {
		return Date.now() - request.issuedAt > this.#options.ttlMs;
	}

	#form(values: Record<string, string>): Reply {
		return text(200, new URLSearchParams(values).toString(), 'application/x-www-form-urlencoded');
	}
}

/** `value` as an absolute http(s) URL; null when it is not one. */
function absoluteHttpUrl(value: string): URL | null {
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
	} catch {
		return null;
	}
}

/** The callback with parameters added to whatever query it already has. */
function withParams(callback: URL, params: Record<string, string>): string {
	const url = new URL(callback);
	for (const [name, value] of Object.entries(params)) url.searchParams.append(name, value);
	return url.toString();
}

function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
