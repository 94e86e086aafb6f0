import { Agent, request } from 'undici';
import type { z } from 'zod';
import type { Config } from '../core/config.js';
import { ProviderError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { UpstreamHooks } from '../observability/hooks.js';
import { errorCode, excerpt, failure, failureStatus } from '../providers/failures.js';

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
	/** The user-facing message for a 404. */
	notFoundMessage?: string;
	/** The success body carries tokens or private fields: keep it out of log details. */
	sensitive?: boolean;
}

interface RawResponse {
	status: number;
	text: string;
}

/**
 * Talks JSON to the catalog through one keep-alive agent and turns every failure into a ProviderError that
 * is logged once: 401 → unauthorized (the caller refreshes or tells the user), 404 → not_found, anything
 * else that is not a valid 2xx answer → unavailable.
 */
export class CatalogHttp {
	readonly #config: Config['catalog'];
	readonly #logger: Logger;
	readonly #agent: Agent;
	readonly #metrics: UpstreamHooks | undefined;

	constructor(options: { config: Config['catalog']; logger: Logger; metrics?: UpstreamHooks | undefined }) {
		this.#config = options.config;
		this.#logger = options.logger;
		this.#metrics = options.metrics;
		const { timeoutMs } = options.config;
		this.#agent = new Agent({ connections: 8, keepAliveTimeout: 30_000, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
	}

	async request<T>(options: CatalogRequest<T>): Promise<T> {
		const url = new URL(`${this.#config.apiUrl}${options.path}`);
		for (const [name, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
		const where = `${url.pathname}${url.search}`;
		try {
			return this.#interpret(await this.#send(url, options), options);
		} catch (error) {
			if (error instanceof ProviderError) this.#log(error, options.method ?? 'GET', where);
			throw error;
		}
	}

	async close(): Promise<void> {
		await this.#agent.close();
	}

	async #send(url: URL, options: CatalogRequest<unknown>): Promise<RawResponse> {
		const { timeoutMs } = this.#config;
		const headers: Record<string, string> = { accept: 'application/json' };
		if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
		if (options.body !== undefined) headers['content-type'] = 'application/json';
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), timeoutMs);
		try {
			const response = await request(url, {
				method: options.method ?? 'GET',
				headers,
				body: options.body === undefined ? null : JSON.stringify(options.body),
				dispatcher: this.#agent,
				signal: controller.signal,
			});
			const text = await response.body.text();
			this.#metrics?.requested(response.statusCode);
			return { status: response.statusCode, text };
		} catch (error) {
			this.#metrics?.requested('error');
			const code = errorCode(error);
			// undici's own headersTimeout/bodyTimeout are a backstop to the abort timer.
			const timedOut = controller.signal.aborted || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
			// Only the code, not the message: undici's messages can quote request details, and a header holds a token.
			const reason = timedOut ? `timed out after ${timeoutMs} ms` : `${code ?? (error instanceof Error ? error.name : 'error')}`;
			throw failure({ provider: 'catalog', kind: 'unavailable', detail: `request failed: ${reason}` });
		} finally {
			clearTimeout(timer);
		}
	}

	#interpret<T>(response: RawResponse, options: CatalogRequest<T>): T {
		const { status, text } = response;
		// Error bodies are `{code, description, cause}` or empty: no tokens, safe to log.
		const detail = `HTTP ${status}: ${excerpt(text) || '(empty body)'}`;
		const fail = (kind: ProviderError['kind'], message?: string): ProviderError =>
			failure({ provider: 'catalog', kind, detail, message }, status);
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
		const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
		throw failure({ provider: 'catalog', kind: 'unavailable', detail: `HTTP ${status}: schema mismatch (${issues.join('; ')}): ${shown}` }, status);
	}

	#log(error: ProviderError, method: string, path: string): void {
		const fields = { provider: 'catalog', kind: error.kind, status: failureStatus(error), method, path, detail: error.detail };
		// A 404 is an answer, and a 401 is routine (tokens expire hourly); whoever handles them decides if they matter.
		if (error.kind === 'not_found' || error.kind === 'unauthorized') this.#logger.debug(fields, 'catalog refused the request');
		else this.#logger.warn(fields, 'catalog request failed');
	}
}
