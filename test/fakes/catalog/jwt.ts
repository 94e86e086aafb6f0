import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/** The claims newm-server puts in its tokens (auth/jwt/repo/JwtRepositoryImpl.kt; application.conf `jwt`). */
export const ISSUER = 'https://newm.io';
export const AUDIENCE = 'newm-server-users';
/** application.conf: jwt.access.timeToLive = 3600 (seconds). */
export const DEFAULT_ACCESS_TTL_MS = 3_600_000;
/** application.conf: jwt.refresh.timeToLive = 604800 (seconds). */
export const REFRESH_TTL_MS = 7 * 24 * 3_600_000;

export type TokenType = 'Access' | 'Refresh';

export interface Claims {
	jti: string;
	iss: string;
	aud: string;
	sub: string;
	/** Seconds since the epoch, as in every JWT. */
	exp: number;
	type: TokenType;
	admin: boolean;
}

export interface TokenPair {
	accessToken: string;
	refreshToken: string;
}

const HEADER = Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'HS256' })).toString('base64url');

function isClaims(value: unknown): value is Claims {
	if (typeof value !== 'object' || value === null) return false;
	const claims = value as Record<string, unknown>;
	return (
		typeof claims['jti'] === 'string' &&
		typeof claims['sub'] === 'string' &&
		typeof claims['exp'] === 'number' &&
		(claims['type'] === 'Access' || claims['type'] === 'Refresh')
	);
}

/**
 * Issues and checks real HS256 JWTs under a per-fake secret. Like the server, it keeps a blacklist of `jti`s:
 * used refresh tokens go there (they work once), and so do access tokens a test expires early.
 */
export class TokenIssuer {
	readonly #secret = randomBytes(32);
	readonly #accessTtlMs: number;
	readonly #blacklist = new Set<string>();
	readonly #accessIds = new Set<string>();

	constructor(accessTtlMs: number) {
		this.#accessTtlMs = accessTtlMs;
	}

	/** `refreshTtlMs` stands in for a token issued days ago: one with less of its 7 days left. */
	issuePair(sub: string, refreshTtlMs = REFRESH_TTL_MS): TokenPair {
		const access = this.#claims(sub, 'Access', this.#accessTtlMs);
		this.#accessIds.add(access.jti);
		return { accessToken: this.#sign(access), refreshToken: this.#sign(this.#claims(sub, 'Refresh', refreshTtlMs)) };
	}

	/** The claims of a valid, unexpired, not blacklisted token of the given type; undefined otherwise. */
	verify(token: string, type: TokenType): Claims | undefined {
		const [header, payload, signature, ...extra] = token.split('.');
		if (header === undefined || payload === undefined || signature === undefined || extra.length > 0) return undefined;
		const expected = createHmac('sha256', this.#secret).update(`${header}.${payload}`).digest();
		const given = Buffer.from(signature, 'base64url');
		if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
		let claims: unknown;
		try {
			claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
		} catch {
			return undefined;
		}
		if (!isClaims(claims) || claims.iss !== ISSUER || claims.aud !== AUDIENCE || claims.type !== type) return undefined;
		// java-jwt: expired once now is after exp (no leeway configured).
		if (Date.now() > claims.exp * 1000 || this.#blacklist.has(claims.jti)) return undefined;
		return claims;
	}

	blacklist(jti: string): void {
		this.#blacklist.add(jti);
	}

	expireAccessTokens(): void {
		for (const jti of this.#accessIds) this.#blacklist.add(jti);
	}

	#claims(sub: string, type: TokenType, ttlMs: number): Claims {
		const exp = Math.floor((Date.now() + ttlMs) / 1000);
		return { jti: randomUUID(), iss: ISSUER, aud: AUDIENCE, sub, exp, type, admin: false };
	}

	#sign(claims: Claims): string {
		const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
		const signature = createHmac('sha256', this.#secret).update(`${HEADER}.${payload}`).digest('base64url');
		return `${HEADER}.${payload}.${signature}`;
	}
}
