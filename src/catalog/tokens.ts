import type Keyv from 'keyv';
import type { Logger } from '../core/logger.js';
import type { Sealed, SecretBox } from '../core/secrets.js';

/** Where the bot's latest refresh token is kept, sealed, in the 'secrets' namespace. */
export const REFRESH_TOKEN_KEY = 'catalog:refresh-token';
/** Binds the sealed value to its purpose, so no other sealed secret can be opened as this one. */
export const REFRESH_TOKEN_CONTEXT = 'catalog-refresh-token';
/**
 * The access token that goes with it. Shared, so that the processes of one bot (shards, replicas) renew once an
 * hour between them rather than once each: every renewal spends the refresh token they all depend on.
 */
export const ACCESS_TOKEN_KEY = 'catalog:access-token';
export const ACCESS_TOKEN_CONTEXT = 'catalog-access-token';
/** Refresh this long before the access token expires, so a request does not set out with a dying token. */
export const REFRESH_MARGIN_MS = 60_000;
/** After the credentials were refused, fail at once for this long instead of asking the catalog on every command. */
export const REFUSED_RETRY_MS = 60_000;
/**
 * Renew in the background once the refresh token has less than this left. newm-server's refresh tokens last
 * 7 days (application.conf, jwt.refresh.timeToLive = 604800): two days leave an operator time to act when
 * renewing fails.
 */
export const RENEW_BEFORE_MS = 2 * 24 * 3_600_000;

/** Three base64url parts. Anything else cannot be a catalog token, and may not even be a valid header value. */
export function looksLikeJwt(token: string): boolean {
	return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);
}

/** The `exp` claim of a JWT in ms since the epoch; undefined when the token is not a readable JWT. */
export function jwtExpiry(token: string): number | undefined {
	const payload = token.split('.')[1];
	if (payload === undefined) return undefined;
	try {
		const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
		const exp = typeof claims === 'object' && claims !== null && 'exp' in claims ? claims.exp : undefined;
		return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
	} catch {
		return undefined;
	}
}

function isSealed(value: unknown): value is Sealed {
	if (typeof value !== 'object' || value === null) return false;
	const sealed = value as Record<string, unknown>;
	return sealed['v'] === 1 && typeof sealed['iv'] === 'string' && typeof sealed['tag'] === 'string' && typeof sealed['data'] === 'string';
}

export interface StoredPair {
	refreshToken?: string;
	accessToken?: string;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The session as the store holds it, sealed, for every process of the bot. A store that fails reads as empty
 * and a failed write is only logged: the session goes on in memory, and only a restart would start over.
 */
export class StoredTokens {
	readonly #secrets: Keyv;
	readonly #box: SecretBox;
	readonly #logger: Logger;

	constructor(options: { secrets: Keyv; box: SecretBox; logger: Logger }) {
		this.#secrets = options.secrets;
		this.#box = options.box;
		this.#logger = options.logger;
	}

	async load(): Promise<StoredPair> {
		const [refreshToken, accessToken] = await Promise.all([
			this.#open(REFRESH_TOKEN_KEY, REFRESH_TOKEN_CONTEXT, 'refresh'),
			this.#open(ACCESS_TOKEN_KEY, ACCESS_TOKEN_CONTEXT, 'access'),
		]);
		return { ...(refreshToken !== undefined && { refreshToken }), ...(accessToken !== undefined && { accessToken }) };
	}

	/** Keeps each token until it expires (`now` is the session's clock, so that tests can move it). */
	async save(pair: { refreshToken: string; accessToken: string }, now: number): Promise<void> {
		const ttl = (token: string) => {
			const expiry = jwtExpiry(token);
			return expiry === undefined ? undefined : Math.max(expiry - now, 1);
		};
		try {
			// The refresh token first: a process that reads between the two writes finds a spent access token at
			// worst, which costs it one renewal, never the session.
			await this.#secrets.set(REFRESH_TOKEN_KEY, this.#box.seal(pair.refreshToken, REFRESH_TOKEN_CONTEXT), ttl(pair.refreshToken));
			await this.#secrets.set(ACCESS_TOKEN_KEY, this.#box.seal(pair.accessToken, ACCESS_TOKEN_CONTEXT), ttl(pair.accessToken));
		} catch (error) {
			this.#logger.warn({ provider: 'catalog', error: errorText(error) }, 'could not store the catalog session');
		}
	}

	async forget(): Promise<void> {
		try {
			await Promise.all([this.#secrets.delete(REFRESH_TOKEN_KEY), this.#secrets.delete(ACCESS_TOKEN_KEY)]);
		} catch {
			// A spent token left behind is only tried (and refused) once more.
		}
	}

	async #open(key: string, context: string, kind: string): Promise<string | undefined> {
		try {
			const sealed: unknown = await this.#secrets.get(key);
			if (sealed === undefined) return undefined;
			const opened = isSealed(sealed) ? this.#box.open(sealed, context) : undefined;
			if (opened === undefined) this.#logger.warn({ provider: 'catalog' }, `the stored catalog ${kind} token cannot be opened (was ENCRYPTION_KEY changed?)`);
			return opened;
		} catch (error) {
			this.#logger.warn({ provider: 'catalog', error: errorText(error) }, `could not read the stored catalog ${kind} token`);
			return undefined;
		}
	}
}
