import { randomUUID } from 'node:crypto';
import type Keyv from 'keyv';
import type { Config } from '../core/config.js';
import { ProviderError } from '../core/errors.js';
import type { Leases } from '../core/leases.js';
import type { Logger } from '../core/logger.js';
import type { SecretBox } from '../core/secrets.js';
import { obtainPair, type Candidate } from './credentials.js';
import type { CatalogHttp } from './http.js';
import type { TokenPair } from './schemas.js';
import { underSessionLease } from './sessionLease.js';
import { jwtExpiry, REFRESH_MARGIN_MS, REFUSED_RETRY_MS, RENEW_BEFORE_MS, StoredTokens, type StoredPair } from './tokens.js';

export const REFRESH_TOKEN_ADVICE = 'set CATALOG_REFRESH_TOKEN to a fresh refresh token (README: "Catalog credentials") and restart the bot';
export const RECAPTCHA_ADVICE = `the catalog's login needs reCAPTCHA, which a bot cannot send: ${REFRESH_TOKEN_ADVICE}`;

/** What /healthz says about the session: `expiring` is less than RENEW_BEFORE_MS left, `failed` the last renewal failed. */
export type CatalogState = 'ok' | 'expiring' | 'failed' | 'off';
export interface CatalogStatus {
	state: CatalogState;
	/** When the newest refresh token known expires, ms since the epoch. */
	expiresAt?: number;
}

/** Where the session would start from, for the start-up log. Never the token itself. */
export interface CredentialsInfo {
	source: 'stored' | 'CATALOG_REFRESH_TOKEN' | 'CATALOG_EMAIL';
	expiresAt?: number;
}

export interface CatalogSessionOptions {
	config: Config['catalog'];
	http: CatalogHttp;
	/** The store's 'secrets' namespace. */
	secrets: Keyv;
	box: SecretBox;
	leases: Leases;
	logger: Logger;
	now: () => number;
}

/**
 * The bot's own catalog session. Access tokens last an hour and each refresh token works once (newm-server
 * blacklists its `jti` on refresh), so a renewal happens under a lease in the store, starts from the pair the
 * store holds (another process may have rotated it), and stores the new pair sealed before anyone uses it.
 * Sources, in order: the stored refresh token, this process's latest, CATALOG_REFRESH_TOKEN, then a login with
 * CATALOG_EMAIL and CATALOG_PASSWORD. Concurrent callers in one process share one renewal.
 */
export class CatalogSession {
	readonly #options: CatalogSessionOptions;
	readonly #stored: StoredTokens;
	readonly #holder = randomUUID();
	/** Long enough for the slowest renewal: three requests to the catalog and the store writes. */
	readonly #leaseTtlMs: number;
	#access: { token: string; refreshAt: number } | undefined;
	#refreshToken: string | undefined;
	#refreshExpiry: number | undefined;
	/** The last access token this process took from the store rather than from the catalog. */
	#taken: string | undefined;
	#pending: Promise<string | undefined> | undefined;
	#refused: { error: ProviderError; until: number } | undefined;
	/** The operator is told once per outage of the credentials, not on every command. */
	#reported = false;
	#failed = false;
	#needsRecaptcha = false;
	readonly #closing = new AbortController();

	constructor(options: CatalogSessionOptions) {
		this.#options = options;
		this.#stored = new StoredTokens(options);
		this.#leaseTtlMs = 4 * options.config.timeoutMs + 5_000;
	}

	/** A usable access token, renewed first when it is about to expire. */
	async accessToken(): Promise<string> {
		const access = this.#access;
		if (access && this.#options.now() < access.refreshAt) return access.token;
		return this.#renewAccess(undefined);
	}

	/** After the catalog refused `rejected`: the token another caller already renewed, or a renewal. */
	async renewAfter(rejected: string): Promise<string> {
		if (this.#access?.token === rejected) this.#access = undefined;
		return this.#renewAccess(rejected);
	}

	/** Whether `token` came from the store (another process renewed it), not from the catalog to this process. */
	takenFromStore(token: string): boolean {
		return token === this.#taken;
	}

	/** The catalog refused a token it had just issued: only the operator can sort that out. */
	rejected(detail: string | undefined): ProviderError {
		this.#access = undefined;
		return this.#misconfigured(`a freshly renewed access token was refused (${detail ?? 'no detail'})`);
	}

	/**
	 * Renews when the newest refresh token has less than RENEW_BEFORE_MS left (or none is known yet): the
	 * background check, so that a quiet week does not end the session. `fresh` when there was nothing to do.
	 */
	async renewIfExpiring(): Promise<'fresh' | 'renewed'> {
		const { expiresAt } = (await this.credentials()) ?? {};
		if (expiresAt !== undefined && expiresAt - this.#options.now() >= RENEW_BEFORE_MS) return 'fresh';
		return (await this.#exclusive(() => this.#obtainFresh())) === undefined ? 'fresh' : 'renewed';
	}

	/**
	 * The credentials a renewal would start from, and how long they last (reads the store): the newest refresh
	 * token that has not expired, else the newest one, else the login.
	 */
	async credentials(): Promise<CredentialsInfo | undefined> {
		const { credentials } = this.#options.config;
		const stored = (await this.#stored.load()).refreshToken;
		const tokens: Array<[CredentialsInfo['source'], string | undefined]> = [
			['stored', stored ?? this.#refreshToken],
			['CATALOG_REFRESH_TOKEN', credentials?.refreshToken],
		];
		const known = tokens.flatMap(([source, token]) => (token === undefined ? [] : [{ source, expiresAt: jwtExpiry(token) }]));
		const info = known.find(({ expiresAt }) => expiresAt !== undefined && expiresAt > this.#options.now()) ?? known[0];
		if (info?.expiresAt !== undefined) this.#refreshExpiry = info.expiresAt;
		if (info) return info.expiresAt === undefined ? { source: info.source } : { source: info.source, expiresAt: info.expiresAt };
		return credentials?.email === undefined ? undefined : { source: 'CATALOG_EMAIL' };
	}

	/** Called when a background renewal failed for any reason, outages included: the operator should know. */
	markFailed(): void {
		this.#failed = true;
	}

	/** What the operator should do when renewing fails. */
	advice(): string {
		return this.#needsRecaptcha ? RECAPTCHA_ADVICE : REFRESH_TOKEN_ADVICE;
	}

	/** Stops waiting for the lease: the bot is shutting down. */
	close(): void {
		this.#closing.abort();
	}

	status(): CatalogStatus {
		if (this.#options.config.credentials === undefined) return { state: 'off' };
		const expiresAt = this.#refreshExpiry;
		const known = expiresAt === undefined ? {} : { expiresAt };
		if (this.#failed) return { state: 'failed', ...known };
		if (expiresAt !== undefined && expiresAt - this.#options.now() < RENEW_BEFORE_MS) return { state: 'expiring', ...known };
		return { state: 'ok', ...known };
	}

	async #renewAccess(rejected: string | undefined): Promise<string> {
		// A renewal already under way (this process's) may be the one this caller needs.
		for (let pending = this.#pending; pending; pending = this.#pending) {
			const token = await pending;
			if (token !== undefined && token !== rejected) return token;
		}
		const access = this.#access;
		if (access && access.token !== rejected && this.#options.now() < access.refreshAt) return access.token;
		return this.#exclusive(() => this.#obtainAccess(rejected));
	}

	/** One renewal at a time in this process, and (through the lease) across the processes sharing the store. */
	async #exclusive<T extends string | undefined>(work: () => Promise<T>): Promise<T> {
		while (this.#pending) await this.#pending.catch(() => undefined);
		const lease = { ...this.#options, holder: this.#holder, ttlMs: this.#leaseTtlMs, signal: this.#closing.signal };
		const settled = underSessionLease(lease, work).finally(() => {
			if (this.#pending === settled) this.#pending = undefined;
		});
		this.#pending = settled;
		return settled;
	}

	async #obtainAccess(rejected: string | undefined): Promise<string> {
		const stored = await this.#stored.load();
		const shared = stored.accessToken;
		// Another process renewed while this one waited: use its access token rather than spend the refresh token again.
		if (shared !== undefined && shared !== rejected && this.#lasts(shared)) return this.#take(stored, shared);
		this.#throwIfRefused();
		return this.#refresh(stored);
	}

	async #obtainFresh(): Promise<string | undefined> {
		const stored = await this.#stored.load();
		const expiry = stored.refreshToken === undefined ? undefined : jwtExpiry(stored.refreshToken);
		if (stored.refreshToken !== undefined && expiry !== undefined && expiry - this.#options.now() >= RENEW_BEFORE_MS) {
			// Another process renewed it while this one waited for the lease.
			this.#refreshToken = stored.refreshToken;
			this.#refreshExpiry = expiry;
			this.#failed = false;
			if (stored.accessToken !== undefined && this.#lasts(stored.accessToken)) this.#take(stored, stored.accessToken);
			return undefined;
		}
		this.#throwIfRefused();
		return this.#refresh(stored);
	}

	#throwIfRefused(): void {
		if (this.#refused && this.#options.now() < this.#refused.until) throw this.#refused.error;
	}

	#lasts(accessToken: string): boolean {
		const expiry = jwtExpiry(accessToken);
		return expiry !== undefined && expiry - REFRESH_MARGIN_MS > this.#options.now();
	}

	async #refresh(stored: StoredPair): Promise<string> {
		const { config, http, now } = this.#options;
		const obtained = await obtainPair({ config, http, now, candidates: this.#candidates(stored.refreshToken) });
		if ('pair' in obtained) return this.#adopt(obtained.pair, obtained.via);
		if (obtained.spent) {
			// Every refresh token is spent: forget them, so the next renewal does not offer them again.
			this.#refreshToken = undefined;
			await this.#stored.forget();
		}
		this.#needsRecaptcha = obtained.needsRecaptcha;
		const error = this.#misconfigured(obtained.reasons.join('; '));
		this.#refused = { error, until: now() + REFUSED_RETRY_MS };
		throw error;
	}

	#candidates(stored: string | undefined): Candidate[] {
		const candidates: Candidate[] = [];
		const add = (source: string, token: string | undefined) => {
			if (token !== undefined && !candidates.some((candidate) => candidate.token === token)) candidates.push({ source, token });
		};
		// The stored one is the newest when another process renewed; this process's own only when storing it failed.
		add('stored', stored);
		add('latest', this.#refreshToken);
		// Last: the stored ones descend from it, but an operator who pastes a new token still gets it used.
		add('CATALOG_REFRESH_TOKEN', this.#options.config.credentials?.refreshToken);
		return candidates;
	}

	async #adopt(pair: TokenPair, via: string): Promise<string> {
		const { logger, now } = this.#options;
		this.#refreshToken = pair.refreshToken;
		await this.#stored.save(pair, now());
		this.#useAccess(pair.accessToken);
		this.#refreshExpiry = jwtExpiry(pair.refreshToken);
		this.#refused = undefined;
		this.#reported = false;
		this.#failed = false;
		this.#needsRecaptcha = false;
		const expiry = jwtExpiry(pair.accessToken);
		logger.debug({ provider: 'catalog', via, expiresAt: expiry === undefined ? undefined : new Date(expiry).toISOString() }, 'catalog session renewed');
		return pair.accessToken;
	}

	/** Uses the pair another process stored, without a request. */
	#take(stored: StoredPair, accessToken: string): string {
		this.#useAccess(accessToken);
		this.#taken = accessToken;
		if (stored.refreshToken !== undefined) {
			this.#refreshToken = stored.refreshToken;
			this.#refreshExpiry = jwtExpiry(stored.refreshToken);
		}
		this.#refused = undefined;
		this.#failed = false;
		return accessToken;
	}

	#useAccess(token: string): void {
		const { now } = this.#options;
		const expiry = jwtExpiry(token);
		// Half the remaining life when that is shorter than the margin, so a short-lived token is not renewed on every call.
		const margin = expiry === undefined ? 0 : Math.max(0, Math.min(REFRESH_MARGIN_MS, (expiry - now()) / 2));
		this.#access = { token, refreshAt: expiry === undefined ? Number.POSITIVE_INFINITY : expiry - margin };
	}

	#misconfigured(detail: string): ProviderError {
		const error = new ProviderError({ provider: 'catalog', kind: 'misconfigured', detail });
		this.#failed = true;
		if (!this.#reported) {
			this.#reported = true;
			this.#options.logger.error({ provider: 'catalog', kind: error.kind, detail }, `the catalog refused the bot credentials: ${this.advice()}`);
		}
		return error;
	}
}
