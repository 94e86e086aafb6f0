import type { IncomingHttpHeaders } from 'node:http';
import { Agent, request } from 'undici';
import type { z } from 'zod';
import type { Config } from '../core/config.js';
import { ProviderError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { RateLimiter, RateLimitState } from './rateLimiter.js';

/** Exactly one vendor media type: Discogs ignores the format when anything else is in the header. */
export const DISCOGS_ACCEPT = 'application/vnd.discogs.v2.discogs+json';
/** Retries after a 429 before giving up with rate_limited. */
export const MAX_RATE_LIMIT_RETRIES = 3;
const EXCERPT_CHARS = 200;

/** The HTTP status behind a failure, for the log line. */
const statusOf = new WeakMap<ProviderError, number>();

function failure(options: ConstructorParameters<typeof ProviderError>[0], status?: number): ProviderError {
	const error = new ProviderError(options);
	if (status !== undefined) statusOf.set(error, status);
	return error;
}

function errorCode(error: unknown): string | undefined {
	const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
	return typeof code === 'string' ? code : undefined;
}

export interface DiscogsHttpOptions {
	config: Config['discogs'];
	logger: Logger;
	limiter: RateLimiter;
	/** The longest a call waits for rate-limit slots and backoff, in total. */
	maxWaitMs: number;
	now: () => number;
	/** In [0, 1), for backoff jitter. */
	random: () => number;
}

export interface GetJsonOptions<T> {
	/** Path with every segment already encoded. */
	path: string;
	query?: Record<string, string | number | undefined>;
	schema: z.ZodType<T>;
	/** Who a 404 is about, e.g. the username. */
	subject?: string;
}

interface RawResponse {
	status: number;
	headers: IncomingHttpHeaders;
	text: string;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value[0] : value;
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

/** `Retry-After` in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.round(Number(value) * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function excerpt(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}

/**
 * GETs JSON from Discogs through one keep-alive agent and the client's rate limiter, retries 429s, validates
 * the body, and turns every failure into a ProviderError that is logged once.
 */
export class DiscogsHttp {
	readonly #options: DiscogsHttpOptions;
	readonly #agent: Agent;
	readonly #headers: Record<string, string>;

	constructor(options: DiscogsHttpOptions) {
		this.#options = options;
		const { timeoutMs, userAgent, token } = options.config;
		this.#agent = new Agent({ connections: 8, keepAliveTimeout: 30_000, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
		this.#headers = { 'user-agent': userAgent, accept: DISCOGS_ACCEPT };
		if (token) this.#headers['authorization'] = `Discogs token=${token}`;
	}

	async getJson<T>(options: GetJsonOptions<T>): Promise<T> {
		const url = new URL(`${this.#options.config.apiUrl}${options.path}`);
		for (const [name, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
		const where = `${url.pathname}${url.search}`;
		try {
			return this.#interpret(await this.#send(url, where), options);
		} catch (error) {
			if (error instanceof ProviderError) this.#log(error, where);
			throw error;
		}
	}

	async close(): Promise<void> {
		await this.#agent.close();
	}

	/** Sends within the rate limit, retrying 429s; answers the first non-429 response. */
	async #send(url: URL, where: string): Promise<RawResponse> {
		const { limiter, now, maxWaitMs, config, logger } = this.#options;
		const deadline = now() + maxWaitMs;
		for (let attempt = 0; ; attempt++) {
			const permit = await limiter.acquire(deadline);
			let response: RawResponse;
			try {
				response = await this.#request(url);
			} finally {
				permit.settle();
			}
			const state = readRateLimit(response.headers);
			if (response.status !== 429) {
				limiter.sync(state);
				return response;
			}
			// A 429 means the window is full, whatever the headers say (or if they are missing).
			limiter.sync({ ...state, remaining: 0 });
			const retryAfterMs = parseRetryAfter(header(response.headers, 'retry-after'), now());
			const detail = `HTTP 429 after ${attempt + 1} attempt(s): ${excerpt(response.text)}`;
			if (attempt >= MAX_RATE_LIMIT_RETRIES) throw this.#rateLimited(detail, retryAfterMs);
			// Full jitter, scaled to the window: about 1 s, 2 s, 4 s for Discogs's 60 s window.
			const delay = retryAfterMs ?? this.#options.random() * Math.min(config.rateWindowMs, (config.rateWindowMs / 60) * 2 ** attempt);
			if (now() + delay > deadline) throw this.#rateLimited(detail, retryAfterMs ?? delay);
			logger.debug({ path: where, attempt: attempt + 1, delayMs: Math.round(delay), retryAfterMs }, 'Discogs answered 429; retrying');
			if (retryAfterMs !== undefined) limiter.pauseUntil(now() + retryAfterMs);
			else await new Promise((resolve) => setTimeout(resolve, delay));
		}
	}

	#rateLimited(detail: string, retryAfterMs: number | undefined): ProviderError {
		return failure({ provider: 'Discogs', kind: 'rate_limited', detail, retryAfterMs }, 429);
	}

	async #request(url: URL): Promise<RawResponse> {
		const { timeoutMs } = this.#options.config;
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), timeoutMs);
		try {
			const response = await request(url, { method: 'GET', headers: this.#headers, dispatcher: this.#agent, signal: controller.signal });
			const text = await response.body.text();
			return { status: response.statusCode, headers: response.headers, text };
		} catch (error) {
			const code = errorCode(error);
			// undici's own headersTimeout/bodyTimeout are a backstop to the abort timer.
			const timedOut = controller.signal.aborted || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
			const message = error instanceof Error ? error.message : String(error);
			const reason = timedOut ? `timed out after ${timeoutMs} ms` : `${code ?? 'error'}: ${message}`;
			throw failure({ provider: 'Discogs', kind: 'unavailable', detail: `request failed: ${reason}` });
		} finally {
			clearTimeout(timer);
		}
	}

	#interpret<T>(response: RawResponse, options: GetJsonOptions<T>): T {
		const { status, text } = response;
		const detail = `HTTP ${status}: ${excerpt(text) || '(empty body)'}`;
		const fail = (kind: ProviderError['kind'], subject?: string): ProviderError =>
			failure({ provider: 'Discogs', kind, detail, subject }, status);
		if (status === 404) throw fail('not_found', options.subject);
		if (status === 401) throw fail(this.#options.config.token ? 'misconfigured' : 'forbidden');
		if (status === 403) throw fail('forbidden');
		if (status < 200 || status > 299) throw fail('unavailable');
		let body: unknown;
		try {
			body = JSON.parse(text);
		} catch {
			throw failure({ provider: 'Discogs', kind: 'unavailable', detail: `HTTP ${status}: invalid JSON: ${excerpt(text) || '(empty body)'}` }, status);
		}
		const parsed = options.schema.safeParse(body);
		if (parsed.success) return parsed.data;
		const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
		const mismatch = `HTTP ${status}: schema mismatch (${issues.join('; ')}): ${excerpt(text)}`;
		throw failure({ provider: 'Discogs', kind: 'unavailable', detail: mismatch }, status);
	}

	#log(error: ProviderError, path: string): void {
		const { logger } = this.#options;
		const fields = { provider: 'Discogs', kind: error.kind, status: statusOf.get(error), path, detail: error.detail };
		if (error.kind === 'not_found') logger.debug(fields, 'Discogs has no such resource');
		else if (error.kind === 'misconfigured') logger.error(fields, 'Discogs rejected DISCOGS_TOKEN: the operator must set a valid token');
		else logger.warn(fields, 'Discogs request failed');
	}
}
