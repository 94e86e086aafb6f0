import type Keyv from 'keyv';
import type { Config } from '../core/config.js';
import { ProviderError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Sealed, SecretBox } from '../core/secrets.js';
import { failureStatus } from '../providers/failures.js';
import type { CatalogHttp } from './http.js';
import { tokenPairSchema, type TokenPair } from './schemas.js';

/** Where the bot's latest refresh token is kept, sealed, in the 'secrets' namespace. */
export const REFRESH_TOKEN_KEY = 'catalog:refresh-token';
/** Binds the sealed value to its purpose, so no other sealed secret can be opened as this one. */
export const REFRESH_TOKEN_CONTEXT = 'catalog-refresh-token';
/** Refresh this long before the access token expires, so a request does not set out with a dying token. */
export const REFRESH_MARGIN_MS = 60_000;
/** After the credentials were refused, fail at once for this long instead of asking the catalog on every command. */
export const REFUSED_RETRY_MS = 60_000;

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

export interface CatalogSessionOptions {
	config: Config['catalog'];
	http: CatalogHttp;
	/** The store's 'secrets' namespace. */
	secrets: Keyv;
	box: SecretBox;
	logger: Logger;
	now: () => number;
}

interface Candidate {
	/** Where the refresh token came from, for the operator's log; never the token itself. */
	source: string;
	token: string;
}

/**
 * The bot's own catalog session. Access tokens last an hour and each refresh token works once, so every
 * renewal stores the new refresh token (sealed) before it is used: a restart carries on where this left off.
 * Sources, in order: the latest refresh token, the stored one, CATALOG_REFRESH_TOKEN, then a login with
 * CATALOG_EMAIL and CATALOG_PASSWORD. Concurrent callers share one renewal.
 */
export class CatalogSession {
	readonly #options: CatalogSessionOptions;
	#access: { token: string; refreshAt: number } | undefined;
	#refreshToken: string | undefined;
	#pending: Promise<string> | undefined;
	#refused: { error: ProviderError; until: number } | undefined;
	/** The operator is told once per outage of the credentials, not on every command. */
	#reported = false;

	constructor(options: CatalogSessionOptions) {
		this.#options = options;
	}

	/** A usable access token, renewed first when it is about to expire. */
	async accessToken(): Promise<string> {
		const access = this.#access;
		if (access && this.#options.now() < access.refreshAt) return access.token;
		return this.#renew();
	}

	/** After the catalog refused `rejected`: the token another caller already renewed, or a renewal. */
	async renewAfter(rejected: string): Promise<string> {
		if (this.#pending) return this.#pending;
		if (this.#access && this.#access.token !== rejected) return this.accessToken();
		this.#access = undefined;
		return this.#renew();
	}

	/** The catalog refused a token it had just issued: only the operator can sort that out. */
	rejected(detail: string | undefined): ProviderError {
		this.#access = undefined;
		return this.#misconfigured(`a freshly renewed access token was refused (${detail ?? 'no detail'})`);
	}

	#renew(): Promise<string> {
		this.#pending ??= this.#obtain().finally(() => {
			this.#pending = undefined;
		});
		return this.#pending;
	}

	async #obtain(): Promise<string> {
		const { config, http, now } = this.#options;
		if (this.#refused && now() < this.#refused.until) throw this.#refused.error;
		const reasons: string[] = [];
		const candidates = await this.#candidates();
		for (const candidate of candidates) {
			if (!looksLikeJwt(candidate.token)) {
				reasons.push(`${candidate.source} refresh token is not a JWT`);
				continue;
			}
			const expiry = jwtExpiry(candidate.token);
			if (expiry !== undefined && expiry <= now()) {
				reasons.push(`${candidate.source} refresh token has expired`);
				continue;
			}
			const pair = await this.#attempt(`${candidate.source} refresh token`, reasons, () =>
				http.request({ path: '/v1/auth/refresh', token: candidate.token, schema: tokenPairSchema, sensitive: true }),
			);
			if (pair) return this.#adopt(pair, `refresh (${candidate.source})`);
		}
		if (candidates.length > 0) {
			// Every refresh token is spent: forget them, so the next renewal does not offer them again.
			this.#refreshToken = undefined;
			await this.#forgetStored();
		}
		const { email, password } = config.credentials ?? {};
		if (email !== undefined && password !== undefined) {
			const pair = await this.#attempt('login with CATALOG_EMAIL', reasons, () =>
				http.request({ method: 'POST', path: '/v1/auth/login', body: { email, password }, schema: tokenPairSchema, sensitive: true }),
			);
			if (pair) return this.#adopt(pair, 'login');
		} else {
			reasons.push('no CATALOG_EMAIL and CATALOG_PASSWORD to log in with');
		}
		const error = this.#misconfigured(reasons.join('; '));
		this.#refused = { error, until: now() + REFUSED_RETRY_MS };
		throw error;
	}

	/** The pair, or undefined when the catalog refused the credential (a 4xx); an outage propagates as it is. */
	async #attempt(label: string, reasons: string[], call: () => Promise<TokenPair>): Promise<TokenPair | undefined> {
		try {
			return await call();
		} catch (error) {
			const status = failureStatus(error);
			if (!(error instanceof ProviderError) || status === undefined || status < 400 || status > 499) throw error;
			reasons.push(`${label} refused (${error.detail ?? `HTTP ${status}`})`);
			return undefined;
		}
	}

	async #candidates(): Promise<Candidate[]> {
		if (this.#refreshToken !== undefined) return [{ source: 'latest', token: this.#refreshToken }];
		const candidates: Candidate[] = [];
		const stored = await this.#loadStored();
		if (stored !== undefined) candidates.push({ source: 'stored', token: stored });
		// Tried after the stored one, which descends from it: an operator who pastes a new token still gets it used.
		const configured = this.#options.config.credentials?.refreshToken;
		if (configured !== undefined && configured !== stored) candidates.push({ source: 'CATALOG_REFRESH_TOKEN', token: configured });
		return candidates;
	}

	async #adopt(pair: TokenPair, via: string): Promise<string> {
		const { secrets, box, logger, now } = this.#options;
		this.#refreshToken = pair.refreshToken;
		const refreshExpiry = jwtExpiry(pair.refreshToken);
		try {
			const ttl = refreshExpiry === undefined ? undefined : Math.max(refreshExpiry - now(), 1);
			await secrets.set(REFRESH_TOKEN_KEY, box.seal(pair.refreshToken, REFRESH_TOKEN_CONTEXT), ttl);
		} catch (error) {
			// The session still works in memory; only a restart would need to log in again.
			logger.warn({ provider: 'catalog', error: error instanceof Error ? error.message : String(error) }, 'could not store the catalog refresh token');
		}
		const expiry = jwtExpiry(pair.accessToken);
		// Half the remaining life when that is shorter than the margin, so a short-lived token is not renewed on every call.
		const margin = expiry === undefined ? 0 : Math.max(0, Math.min(REFRESH_MARGIN_MS, (expiry - now()) / 2));
		this.#access = { token: pair.accessToken, refreshAt: expiry === undefined ? Number.POSITIVE_INFINITY : expiry - margin };
		this.#refused = undefined;
		this.#reported = false;
		logger.debug({ provider: 'catalog', via, expiresAt: expiry === undefined ? undefined : new Date(expiry).toISOString() }, 'catalog session renewed');
		return pair.accessToken;
	}

	async #loadStored(): Promise<string | undefined> {
		const { secrets, box, logger } = this.#options;
		try {
			const sealed: unknown = await secrets.get(REFRESH_TOKEN_KEY);
			if (sealed === undefined) return undefined;
			const opened = isSealed(sealed) ? box.open(sealed, REFRESH_TOKEN_CONTEXT) : undefined;
			if (opened === undefined) logger.warn({ provider: 'catalog' }, 'the stored catalog refresh token cannot be opened (was ENCRYPTION_KEY changed?)');
			return opened;
		} catch (error) {
			logger.warn({ provider: 'catalog', error: error instanceof Error ? error.message : String(error) }, 'could not read the stored catalog refresh token');
			return undefined;
		}
	}

	async #forgetStored(): Promise<void> {
		try {
			await this.#options.secrets.delete(REFRESH_TOKEN_KEY);
		} catch {
			// A spent token left behind is only tried (and refused) once more.
		}
	}

	#misconfigured(detail: string): ProviderError {
		const error = new ProviderError({ provider: 'catalog', kind: 'misconfigured', detail });
		if (!this.#reported) {
			this.#reported = true;
			this.#options.logger.error(
				{ provider: 'catalog', kind: error.kind, detail },
				'the catalog refused the bot credentials: set a fresh CATALOG_REFRESH_TOKEN, or CATALOG_EMAIL and CATALOG_PASSWORD',
			);
		}
		return error;
	}
}
