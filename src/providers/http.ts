import type { IncomingHttpHeaders } from 'node:http';
import { Agent, request } from 'undici';
import { ProviderError, type ProviderName } from '../core/errors.js';
import type { UpstreamHooks } from '../observability/hooks.js';
import { errorCode, failure } from './failures.js';

/**
 * The most a provider's answer may be. A profile or a page of ten entries is a few kB; reading a 20 MB one
 * froze every other member's interaction for 25 s and grew the process to 4 GB.
 */
export const MAX_BODY_BYTES = 1_000_000;
/**
 * Requests in flight to one provider at once. Each provider has its own pool, so a slow one cannot starve the
 * others; within a provider, hanging requests hold at most this many connections and the rest still get one.
 */
export const MAX_IN_FLIGHT = 16;

export interface HttpResponse {
	status: number;
	headers: IncomingHttpHeaders;
	text: string;
}

export interface HttpRequest {
	method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
	headers: Record<string, string>;
	body: string | null;
}

export interface ProviderHttpOptions {
	provider: ProviderName;
	/** The whole request, from waiting for a connection to the last byte of the body. */
	timeoutMs: number;
	/** Told of every attempt's status, for metrics. */
	metrics?: UpstreamHooks | undefined;
	maxInFlight?: number;
	maxBodyBytes?: number;
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value[0] : value;
}

/** `Retry-After` in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.round(Number(value) * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waiters for a request slot, first come first served. */
class Slots {
	#free: number;
	readonly #waiting: Array<() => void> = [];

	constructor(size: number) {
		this.#free = size;
	}

	/** Resolves with a release function once a slot is free; rejects when `signal` aborts first. */
	take(signal: AbortSignal): Promise<() => void> {
		const release = () => {
			const next = this.#waiting.shift();
			if (next) next();
			else this.#free++;
		};
		if (this.#free > 0) {
			this.#free--;
			return Promise.resolve(release);
		}
		return new Promise((resolve, reject) => {
			const grant = () => {
				signal.removeEventListener('abort', abandon);
				resolve(release);
			};
			const abandon = () => {
				const at = this.#waiting.indexOf(grant);
				if (at !== -1) this.#waiting.splice(at, 1);
				reject(new Error('no request slot'));
			};
			this.#waiting.push(grant);
			signal.addEventListener('abort', abandon, { once: true });
		});
	}
}

/**
 * The one HTTP layer under every provider client: a keep-alive pool of its own, a bound on requests in flight,
 * one timeout over the whole request, and a cap on the body, read no further than the cap. Every failure to
 * get an answer is a ProviderError `unavailable` whose detail holds no request details (headers carry tokens);
 * what a status means is the provider client's to say.
 */
export class ProviderHttp {
	readonly #options: ProviderHttpOptions;
	readonly #agent: Agent;
	readonly #slots: Slots;
	readonly #maxInFlight: number;
	readonly #maxBodyBytes: number;

	constructor(options: ProviderHttpOptions) {
		this.#options = options;
		const maxInFlight = options.maxInFlight ?? MAX_IN_FLIGHT;
		this.#maxInFlight = maxInFlight;
		this.#maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
		this.#slots = new Slots(maxInFlight);
		this.#agent = new Agent({ connections: maxInFlight, keepAliveTimeout: 30_000, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
	}

	async send(url: URL, init: HttpRequest): Promise<HttpResponse> {
		const { provider, timeoutMs, metrics } = this.#options;
		const signal = AbortSignal.timeout(timeoutMs);
		let release: (() => void) | undefined;
		let sent = false;
		try {
			release = await this.#slots.take(signal);
			// A slot freed at the very moment this request's time ran out: it was never sent.
			if (signal.aborted) throw new Error('no request slot');
			sent = true;
			const response = await request(url, { ...init, dispatcher: this.#agent, signal });
			metrics?.requested(response.statusCode);
			return { status: response.statusCode, headers: response.headers, text: await this.#read(response) };
		} catch (error) {
			if (error instanceof ProviderError) throw error;
			if (sent) metrics?.requested('error');
			const code = errorCode(error);
			// undici's own headersTimeout/bodyTimeout are a backstop to the abort signal.
			const timedOut = signal.aborted || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
			const reason = !sent ? `${this.#maxInFlight} requests already in flight for ${timeoutMs} ms` : timedOut ? `timed out after ${timeoutMs} ms` : (code ?? (error instanceof Error ? error.name : 'error'));
			throw failure({ provider, kind: 'unavailable', detail: `request failed: ${reason}` });
		} finally {
			release?.();
		}
	}

	close(): Promise<void> {
		return this.#agent.close();
	}

	/** The body as text, or a failure as soon as it passes the cap: the rest is never read. */
	async #read(response: Awaited<ReturnType<typeof request>>): Promise<string> {
		const { provider } = this.#options;
		const max = this.#maxBodyBytes;
		const tooLarge = () => {
			// undici's body emits an abort error when destroyed unread; nobody reads it any more, so it is expected.
			response.body.on('error', () => undefined);
			response.body.destroy();
			return failure(
				{
					provider,
					kind: 'unavailable',
					detail: `HTTP ${response.statusCode}: the answer was over ${max} bytes; stopped reading it`,
					message: { key: `errors:provider.too_large.${provider}`, params: { megabytes: Math.round(max / 1_000_000) } },
				},
				response.statusCode,
			);
		};
		const declared = Number(header(response.headers, 'content-length'));
		if (Number.isFinite(declared) && declared > max) throw tooLarge();
		const chunks: Buffer[] = [];
		let size = 0;
		for await (const chunk of response.body) {
			const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
			size += bytes.length;
			if (size > max) throw tooLarge();
			chunks.push(bytes);
		}
		return Buffer.concat(chunks).toString('utf8');
	}
}
