import { randomBytes } from 'node:crypto';

/** RFC 6749 §4.1.2 caps a code's life at 10 minutes; Discord's docs only say codes are short-lived and single-use. */
export const CODE_TTL_MS = 10 * 60_000;
/** `expires_in: 604800` in Discord's access token response (developers/topics/oauth2.mdx): 7 days. */
export const ACCESS_TOKEN_TTL_MS = 604_800_000;

/** Opaque and alphanumeric, as Discord's codes and tokens are ("6qrZcUqja7812RVdnEKjpzOL4CvHBFG"). */
function opaque(): string {
	return randomBytes(30).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 30);
}

interface Code {
	readonly userId: string;
	readonly scopes: readonly string[];
	/** Undefined when the authorization URL named none and Discord fell back to the first registered URI. */
	readonly redirectUri: string | undefined;
	readonly expiresAt: number;
}

/** One access/refresh token pair; a refresh replaces the pair, a revocation ends it. */
interface TokenPair {
	readonly userId: string;
	readonly scopes: readonly string[];
	readonly accessToken: string;
	readonly refreshToken: string;
	accessExpiresAt: number;
}

/** What the bearer endpoints know about a valid access token. */
export interface Session {
	readonly userId: string;
	readonly scopes: readonly string[];
}

export interface IssuedTokens {
	readonly accessToken: string;
	readonly refreshToken: string;
	readonly expiresInSeconds: number;
	readonly scopes: readonly string[];
}

export type ExchangeFailure = 'invalid_code' | 'invalid_redirect_uri' | 'invalid_refresh_token';

export interface GrantTimes {
	readonly accessTokenTtlMs: number;
	readonly codeTtlMs: number;
}

/** The application's authorizations: codes waiting to be exchanged and the token pairs they became. */
export class OAuth2Grants {
	readonly #codes = new Map<string, Code>();
	readonly #byAccess = new Map<string, TokenPair>();
	readonly #byRefresh = new Map<string, TokenPair>();

	constructor(private readonly times: GrantTimes) {}

	issueCode(userId: string, scopes: readonly string[], redirectUri: string | undefined): string {
		const code = opaque();
		this.#codes.set(code, { userId, scopes: [...scopes], redirectUri, expiresAt: Date.now() + this.times.codeTtlMs });
		return code;
	}

	/** A code works once, before it expires, and only with the redirect_uri its authorization named. */
	exchangeCode(code: string, redirectUri: string | undefined): IssuedTokens | ExchangeFailure {
		const entry = this.#codes.get(code);
		// Used, unknown and expired codes are one answer: Discord's staff say an invalid code "either expired before it
		// was exchanged or it was already exchanged" (discord/discord-api-docs#982).
		if (!entry || entry.expiresAt <= Date.now()) return 'invalid_code';
		// An authorization URL without redirect_uri still redirects (to the first registered URI), but its code cannot
		// be exchanged (discord/discord-api-docs#4076).
		if (entry.redirectUri === undefined) return 'invalid_code';
		if (entry.redirectUri !== redirectUri) return 'invalid_redirect_uri';
		this.#codes.delete(code);
		return this.#issue(entry.userId, entry.scopes);
	}

	/** The old pair stops working, its access token too (50025 "expired / has been refreshed", api-docs#620). */
	refresh(refreshToken: string): IssuedTokens | ExchangeFailure {
		const pair = this.#byRefresh.get(refreshToken);
		if (!pair) return 'invalid_refresh_token';
		this.#forget(pair);
		return this.#issue(pair.userId, pair.scopes);
	}

	/** The valid access token's user and scopes, or undefined (unknown, expired, refreshed or revoked). */
	session(accessToken: string): Session | undefined {
		const pair = this.#byAccess.get(accessToken);
		if (!pair || pair.accessExpiresAt <= Date.now()) return undefined;
		return { userId: pair.userId, scopes: pair.scopes };
	}

	/** Whether the user's live authorization already covers these scopes (for `prompt=none`). */
	covers(userId: string, scopes: readonly string[]): boolean {
		return [...this.#byRefresh.values()].some((pair) => pair.userId === userId && scopes.every((scope) => pair.scopes.includes(scope)));
	}

	/** Access tokens expire now; their refresh tokens still work. */
	expireAccessTokens(userId: string | undefined): void {
		const now = Date.now();
		for (const pair of this.#byAccess.values()) if (userId === undefined || pair.userId === userId) pair.accessExpiresAt = Math.min(pair.accessExpiresAt, now);
	}

	/** As when the user removes the app in Authorized Apps: every token and pending code of theirs stops working. */
	revokeUser(userId: string): void {
		for (const pair of [...this.#byRefresh.values()]) if (pair.userId === userId) this.#forget(pair);
		for (const [code, entry] of [...this.#codes]) if (entry.userId === userId) this.#codes.delete(code);
	}

	/** The user a live access or refresh token belongs to. */
	ownerOf(token: string): string | undefined {
		return (this.#byAccess.get(token) ?? this.#byRefresh.get(token))?.userId;
	}

	#issue(userId: string, scopes: readonly string[]): IssuedTokens {
		const pair: TokenPair = {
			userId,
			scopes,
			accessToken: opaque(),
			refreshToken: opaque(),
			accessExpiresAt: Date.now() + this.times.accessTokenTtlMs,
		};
		this.#byAccess.set(pair.accessToken, pair);
		this.#byRefresh.set(pair.refreshToken, pair);
		return {
			accessToken: pair.accessToken,
			refreshToken: pair.refreshToken,
			expiresInSeconds: Math.floor(this.times.accessTokenTtlMs / 1000),
			scopes,
		};
	}

	#forget(pair: TokenPair): void {
		this.#byAccess.delete(pair.accessToken);
		this.#byRefresh.delete(pair.refreshToken);
	}
}
