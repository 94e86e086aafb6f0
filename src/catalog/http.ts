import type { z } from 'zod';
import type { Config } from '../core/config.js';
import { ProviderError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Message } from '../i18n/messages.js';
import type { UpstreamHooks } from '../observability/hooks.js';
import { excerpt, failure, failureStatus } from '../providers/failures.js';
import { header, parseRetryAfter, ProviderHttp, type HttpResponse } from '../providers/http.js';
import { describeIssues } from '../providers/issues.js';

/** A 401: the token was refused (expired, used, revoked). Callers decide what that means for them. */
export function isUnauthorized(error: unknown): error is ProviderError {
	return error instanceof ProviderError && error.kind === 'unauthorized';
}

export interface CatalogRequest<T> {
	method?: 'GET' | 'POST';
	/** Path with every segment already encoded. */
	path: string;
	query?: Record<string, string | number | undefined>;
	/** Sent as JSON (login credentials): never logged. */
	body?: unknown;
	/** The bearer token, the bot's or a user's: never logged. */
	token?: string;
	schema: z.ZodType<T>;
	/** The member's text for a 404. */
	notFoundMessage?: Message;
	/** The success body carries tokens or private fields: keep it out of log details. */
	sensitive?: boolean;
}

/** How long a 429 without Retry-After keeps the bot away: long enough to matter to a throttle, short for a member. */
const DEFAULT_PAUSE_MS = 5_000;

function rateLimited(detail: string, retryAfterMs: number, status?: number): ProviderError {
	return failure({ provider: 'catalog', kind: 'rate_limited', detail, retryAfterMs }, status);
}

/**
 * Talks JSON to the catalog through the shared provider HTTP layer and turns every failure into a ProviderError
 * that is logged once: 401 → unauthorized (the caller refreshes or tells the user), 404 → not_found, 429 →
 * rate_limited (and a pause as long as it asks), anything else that is not a valid 2xx answer → unavailable.
 */
export class CatalogHttp {
	readonly #config: Config['catalog'];
	readonly #logger: Logger;
	readonly #http: ProviderHttp;
	readonly #now: () => number;
	/** Until when a 429 asked us to stay away: requests fail at once meanwhile, without asking. */
	#pausedUntil = 0;

	constructor(options: { config: Config['catalog']; logger: Logger; metrics?: UpstreamHooks | undefined; now?: () => number }) {
		this.#config = options.config;
		this.#logger = options.logger;
		this.#now = options.now ?? Date.now;
		this.#http = new ProviderHttp({ provider: 'catalog', timeoutMs: options.config.timeoutMs, metrics: options.metrics });
	}

	async request<T>(options: CatalogRequest<T>): Promise<T> {
		const url = new URL(`${this.#config.apiUrl}${options.path}`);
		for (const [name, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
		const where = `${url.pathname}${url.search}`;
		try {
			const pausedMs = this.#pausedUntil - this.#now();
			if (pausedMs > 0) throw rateLimited(`paused by an earlier 429 for ${pausedMs} more ms`, pausedMs);
			return this.#interpret(await this.#send(url, options), options);
		} catch (error) {
			if (error instanceof ProviderError) this.#log(error, options.method ?? 'GET', where);
			throw error;
		}
	}

	close(): Promise<void> {
		return this.#http.close();
	}

	#send(url: URL, options: CatalogRequest<unknown>): Promise<HttpResponse> {
		const headers: Record<string, string> = { accept: 'application/json' };
		if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
		if (options.body !== undefined) headers['content-type'] = 'application/json';
		const body = options.body === undefined ? null : JSON.stringify(options.body);
		return this.#http.send(url, { method: options.method ?? 'GET', headers, body });
	}

	#interpret<T>(response: HttpResponse, options: CatalogRequest<T>): T {
		const { status, text } = response;
		// Error bodies are `{code, description, cause}` or empty: no tokens, safe to log.
		const detail = `HTTP ${status}: ${excerpt(text) || '(empty body)'}`;
		const fail = (kind: ProviderError['kind'], message?: Message): ProviderError =>
			failure({ provider: 'catalog', kind, detail, message }, status);
		if (status === 429) {
			// newm-server has no rate limiter (catalog-api.md), but a proxy or CDN in front of it may: do as it asks.
			const retryAfterMs = parseRetryAfter(header(response.headers, 'retry-after'), this.#now()) ?? DEFAULT_PAUSE_MS;
			this.#pausedUntil = Math.max(this.#pausedUntil, this.#now() + retryAfterMs);
			throw rateLimited(detail, retryAfterMs, status);
		}
		if (status === 401) throw fail('unauthorized');
		if (status === 404) throw fail('not_found', options.notFoundMessage);
		if (status === 403) throw fail('forbidden');
		if (status < 200 || status > 299) throw fail('unavailable');
		const shown = options.sensitive ? '(body withheld: it holds secrets)' : excerpt(text) || '(empty body)';
		let body: unknown;
		try {
			body = JSON.parse(text);
		} catch {
			throw failure({ provider: 'catalog', kind: 'unavailable', detail: `HTTP ${status}: invalid JSON: ${shown}` }, status);
		}
		const parsed = options.schema.safeParse(body);
		if (parsed.success) return parsed.data;
		const issues = describeIssues(parsed.error.issues).slice(0, 3);
		throw failure({ provider: 'catalog', kind: 'unavailable', detail: `HTTP ${status}: schema mismatch (${issues.join('; ')}): ${shown}` }, status);
	}

	#log(error: ProviderError, method: string, path: string): void {
		const fields = { provider: 'catalog', kind: error.kind, status: failureStatus(error), method, path, detail: error.detail };
		// A 404 is an answer, and a 401 is routine (tokens expire hourly); whoever handles them decides if they matter.
		if (error.kind === 'not_found' || error.kind === 'unauthorized') this.#logger.debug(fields, 'catalog refused the request');
		else this.#logger.warn(fields, 'catalog request failed');
	}
}
