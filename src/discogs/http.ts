import type { IncomingHttpHeaders } from 'node:http';
import type { z } from 'zod';
import type { Config } from '../core/config.js';
import { ProviderError, UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { UpstreamHooks } from '../observability/hooks.js';
import { excerpt, failure, failureStatus } from '../providers/failures.js';
import { header, parseRetryAfter, ProviderHttp, type HttpResponse } from '../providers/http.js';
import { redactSecrets } from './oauth.js';
import type { RateLimiter, RateLimitState } from './rateLimiter.js';
import { describeIssues } from '../providers/issues.js';

/** Exactly one vendor media type: Discogs ignores the format when anything else is in the header. */
export const DISCOGS_ACCEPT = 'application/vnd.discogs.v2.discogs+json';
/** Retries after a 429 before giving up with rate_limited. */
export const MAX_RATE_LIMIT_RETRIES = 3;

const MISCONFIGURED: Record<Credentials, string> = {
	token: 'Discogs rejected DISCOGS_TOKEN (or, without it, DISCOGS_CONSUMER_KEY and DISCOGS_CONSUMER_SECRET): the operator must fix them',
	consumer: 'Discogs rejected DISCOGS_CONSUMER_KEY or DISCOGS_CONSUMER_SECRET: the operator must fix them',
	user: "Discogs rejected the bot's credentials",
};

export interface DiscogsHttpOptions {
	config: Config['discogs'];
	logger: Logger;
	limiter: RateLimiter;
	/** The longest a call waits for rate-limit slots and backoff, in total. */
	maxWaitMs: number;
	now: () => number;
	/** In [0, 1), for backoff jitter. */
	random: () => number;
	/** Told of every attempt's status and every wait for the limiter, for metrics. */
	metrics?: UpstreamHooks | undefined;
}

/**
 * Who vouches for a request, which decides what a 401 means:
 * - `token`: the personal DISCOGS_TOKEN when one is set (a 401 is the operator's to fix), else nobody;
 * - `consumer`: the bot's OAuth consumer key and secret (a 401 is the operator's to fix);
 * - `user`: a user's OAuth access token (a 401 means that user's authorization was revoked).
 */
export type Credentials = 'token' | 'consumer' | 'user';

export interface RequestOptions {
	method?: 'GET' | 'POST';
	/** Path with every segment already encoded. */
	path: string;
	query?: Record<string, string | number | undefined>;
	/** Sent as a JSON body. A POST without one sends an empty form body, as OAuth token requests do. */
	json?: unknown;
	credentials?: Credentials;
	/**
	 * The Authorization header, computed again for every attempt: an OAuth nonce is good once, so a request
	 * retried after a 429 must be signed anew. Replaces the personal token.
	 */
	authorize?: () => string;
	/** Values that must never reach a log line (tokens, secrets, verifiers), scrubbed from every excerpt, as DISCOGS_TOKEN is. */
	secrets?: ReadonlyArray<string | undefined>;
	/** Who a 404 is about, e.g. the username. */
	subject?: string;
	/**
	 * Gives a status this endpoint's own meaning, before the generic mapping: the error to throw, or
	 * undefined to carry on. A UserError that is not a ProviderError is logged at debug, as the user's mistake.
	 */
	refuse?: (response: DiscogsResponse) => Error | undefined;
}

export interface GetJsonOptions<T> extends RequestOptions {
	schema: z.ZodType<T>;
}

type RawResponse = HttpResponse;

/** A response as `refuse` sees it: `excerpt` is short, one line, and scrubbed of the request's secrets. */
export interface DiscogsResponse extends RawResponse {
	excerpt: string;
}

function numberHeader(headers: IncomingHttpHeaders, name: string): number | undefined {
	const raw = header(headers, name);
	const value = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
	return Number.isFinite(value) ? value : undefined;
}

export function readRateLimit(headers: IncomingHttpHeaders): RateLimitState {
	return {
		limit: numberHeader(headers, 'x-discogs-ratelimit'),
		used: numberHeader(headers, 'x-discogs-ratelimit-used'),
		remaining: numberHeader(headers, 'x-discogs-ratelimit-remaining'),
	};
}

/**
 * Talks to Discogs through one keep-alive agent and the client's rate limiter, retries 429s, validates the
 * body, and turns every failure into a ProviderError (or a UserError) that is logged once.
 */
export class DiscogsHttp {
	readonly #options: DiscogsHttpOptions;
	readonly #http: ProviderHttp;
	readonly #headers: Record<string, string>;

	constructor(options: DiscogsHttpOptions) {
		this.#options = options;
		const { timeoutMs, userAgent, token, oauth } = options.config;
		this.#http = new ProviderHttp({ provider: 'Discogs', timeoutMs, metrics: options.metrics });
		this.#headers = { 'user-agent': userAgent, accept: DISCOGS_ACCEPT };
		// A personal token, else the application's key and secret: either makes the bot an authenticated client
		// (60 requests a minute, image URLs). User-signed OAuth requests replace this header.
		if (token) this.#headers['authorization'] = `Discogs token=${token}`;
		else if (oauth) this.#headers['authorization'] = `Discogs key=${oauth.consumerKey}, secret=${oauth.consumerSecret}`;
	}

	/** Sends the request and validates its JSON answer against the schema. */
	getJson<T>(options: GetJsonOptions<T>): Promise<T> {
		return this.send(options, (response) => this.#parseJson(response, options));
	}

	/**
	 * Sends the request and reads a 2xx answer with `read` (OAuth token answers are form-encoded, not JSON).
	 * A UserError thrown by `read` or `refuse` is logged like the others.
	 */
	async send<T>(options: RequestOptions, read: (response: DiscogsResponse) => T): Promise<T> {
		const url = new URL(`${this.#options.config.apiUrl}${options.path}`);
		for (const [name, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
		const where = `${url.pathname}${url.search}`;
		let response: DiscogsResponse | undefined;
		try {
			const raw = await this.#sendWithRetries(url, where, options);
			response = { ...raw, excerpt: this.#excerpt(raw.text, options) };
			const refused = options.refuse?.(response);
			if (refused) throw refused;
			this.#check(response, options);
			return read(response);
		} catch (error) {
			if (error instanceof UserError) this.#log(error, { path: where, response, credentials: options.credentials ?? 'token' });
			throw error;
		}
	}

	close(): Promise<void> {
		return this.#http.close();
	}

	/** Sends within the rate limit, retrying 429s; answers the first non-429 response. */
	async #sendWithRetries(url: URL, where: string, options: RequestOptions): Promise<RawResponse> {
		const { limiter, now, maxWaitMs, config, logger } = this.#options;
		const deadline = now() + maxWaitMs;
		for (let attempt = 0; ; attempt++) {
			// Timed here rather than inside the limiter, so any window plugged into it is measured the same way.
			const asked = performance.now();
			const permit = await limiter.acquire(deadline).finally(() => this.#options.metrics?.rateLimitWaited(performance.now() - asked));
			let response: RawResponse;
			try {
				response = await this.#request(url, options);
			} finally {
				permit.settle();
			}
			const state = readRateLimit(response.headers);
			if (response.status !== 429) {
				limiter.sync(state);
				return response;
			}
			const retryAfterMs = parseRetryAfter(header(response.headers, 'retry-after'), now());
			// With Retry-After the server said exactly how long to wait: a pause that long, and nothing more (its
			// "0 remaining" would otherwise hold the window shut for a whole minute). Without it, a 429 means the
			// window is full, whatever the headers say (or if they are missing).
			if (retryAfterMs === undefined) limiter.sync({ ...state, remaining: 0 });
			else limiter.pauseUntil(now() + retryAfterMs);
			const detail = `HTTP 429 after ${attempt + 1} attempt(s): ${this.#excerpt(response.text, options)}`;
			if (attempt >= MAX_RATE_LIMIT_RETRIES) throw this.#rateLimited(detail, retryAfterMs);
			// Full jitter, scaled to the window: about 1 s, 2 s, 4 s for Discogs's 60 s window.
			const delay = retryAfterMs ?? this.#options.random() * Math.min(config.rateWindowMs, (config.rateWindowMs / 60) * 2 ** attempt);
			if (now() + delay > deadline) throw this.#rateLimited(detail, retryAfterMs ?? delay);
			logger.debug({ path: where, attempt: attempt + 1, delayMs: Math.round(delay), retryAfterMs }, 'Discogs answered 429; retrying');
			// After a Retry-After, acquire() waits out the pause; after a bare 429, this caller backs off alone.
			if (retryAfterMs === undefined) await new Promise((resolve) => setTimeout(resolve, delay));
		}
	}

	#rateLimited(detail: string, retryAfterMs: number | undefined): ProviderError {
		return failure({ provider: 'Discogs', kind: 'rate_limited', detail, retryAfterMs }, 429);
	}

	#request(url: URL, options: RequestOptions): Promise<RawResponse> {
		const method = options.method ?? 'GET';
		const headers = { ...this.#headers };
		if (options.authorize) headers['authorization'] = options.authorize();
		let body: string | null = null;
		if (options.json !== undefined) {
			headers['content-type'] = 'application/json';
			body = JSON.stringify(options.json);
		} else if (method === 'POST') {
			headers['content-type'] = 'application/x-www-form-urlencoded';
			body = '';
		}
		return this.#http.send(url, { method, headers, body });
	}

	/** The generic meaning of a status, once `refuse` has had its say. */
	#check(response: DiscogsResponse, options: RequestOptions): void {
		const { status, excerpt: text } = response;
		const detail = `HTTP ${status}: ${text || '(empty body)'}`;
		const fail = (kind: ProviderError['kind'], subject?: string): ProviderError =>
			failure({ provider: 'Discogs', kind, detail, subject }, status);
		if (status === 404) throw fail('not_found', options.subject);
		if (status === 401) throw fail(this.#unauthorizedKind(options.credentials ?? 'token'));
		if (status === 403) throw fail('forbidden');
		if (status < 200 || status > 299) throw fail('unavailable');
	}

	#unauthorizedKind(credentials: Credentials): ProviderError['kind'] {
		if (credentials === 'user') return 'unauthorized';
		if (credentials === 'consumer') return 'misconfigured';
		return this.#options.config.token || this.#options.config.oauth ? 'misconfigured' : 'forbidden';
	}

	#parseJson<T>(response: DiscogsResponse, options: GetJsonOptions<T>): T {
		const { status, excerpt: text } = response;
		let body: unknown;
		try {
			body = JSON.parse(response.text);
		} catch {
			throw failure({ provider: 'Discogs', kind: 'unavailable', detail: `HTTP ${status}: invalid JSON: ${text || '(empty body)'}` }, status);
		}
		const parsed = options.schema.safeParse(body);
		if (parsed.success) return parsed.data;
		// Unions flattened to the branch that matched best, so the detail names the field, not "Invalid input".
		const issues = describeIssues(parsed.error.issues).slice(0, 3);
		const mismatch = `HTTP ${status}: schema mismatch (${issues.join('; ')}): ${text}`;
		throw failure({ provider: 'Discogs', kind: 'unavailable', detail: mismatch }, status);
	}

	#excerpt(text: string, options: RequestOptions): string {
		return excerpt(redactSecrets(text, [this.#options.config.token, this.#options.config.oauth?.consumerSecret, ...(options.secrets ?? [])]));
	}

	#log(error: UserError, request: { path: string; response: DiscogsResponse | undefined; credentials: Credentials }): void {
		const { logger } = this.#options;
		const { path, response } = request;
		const status = response?.status;
		if (!(error instanceof ProviderError)) {
			const fields = { provider: 'Discogs', status, path, detail: response && `HTTP ${response.status}: ${response.excerpt || '(empty body)'}` };
			logger.info(fields, 'Discogs refused the request as the user made it');
			return;
		}
		const fields = { provider: 'Discogs', kind: error.kind, status: failureStatus(error) ?? status, path, detail: error.detail };
		if (error.kind === 'not_found') logger.debug(fields, 'Discogs has no such resource');
		else if (error.kind === 'misconfigured') logger.error(fields, MISCONFIGURED[request.credentials]);
		else if (error.kind === 'unauthorized') logger.info(fields, "Discogs rejected a user's OAuth token: they must link again");
		else logger.warn(fields, 'Discogs request failed');
	}
}
