import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { CacheHook, CacheResult, InteractionHooks, InteractionOutcome, UpstreamHooks } from './hooks.js';

export type ProviderLabel = 'discord' | 'discogs' | 'catalog';
export type StatusClass = '2xx' | '3xx' | '4xx' | '5xx' | '429' | 'error';

const PREFIX = 'crossfade_';
const PROVIDERS: readonly ProviderLabel[] = ['discord', 'discogs', 'catalog'];

/**
 * From a cached answer (~10 ms) through the 2 s deferral and Discord's 3 s deadline to the 12 s a Discogs call
 * may wait for the rate limit, with a bucket on each of those edges.
 */
export const INTERACTION_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 15];

/**
 * An acquire shorter than this was the limiter granting a free slot, not a wait: even a free slot takes a
 * moment on a busy event loop, and counting those would drown the real waits.
 */
export const RATE_LIMIT_WAIT_MIN_MS = 10;

/** 429 gets its own class: it is the one 4xx that says "slow down" rather than "no". */
export function statusClass(status: number | 'error'): StatusClass {
	if (status === 'error') return 'error';
	if (status === 429) return '429';
	if (status >= 200 && status < 300) return '2xx';
	if (status >= 300 && status < 400) return '3xx';
	if (status >= 400 && status < 500) return '4xx';
	if (status >= 500 && status < 600) return '5xx';
	return 'error';
}

/** The provider a cache key belongs to, from its namespace; anything else is one bounded label, not a new series. */
export function cacheKeyProvider(key: string): ProviderLabel | 'other' {
	const namespace = key.slice(0, key.indexOf(':'));
	return PROVIDERS.find((provider) => provider === namespace) ?? 'other';
}

export interface MetricsOptions {
	/**
	 * prom-client's process metrics (CPU, memory, event-loop lag, GC). They keep an event-loop timer and a GC
	 * observer running, worth it only where /metrics is served (METRICS_PORT). Default: on.
	 */
	processMetrics?: boolean;
}

/**
 * Everything the bot counts, in its own registry (never prom-client's global one, so tests and a second
 * instance in one process do not collide). Built once at start-up whether or not it is served: recording is
 * a few additions, and the code paths stay the same either way.
 */
export class Metrics {
	readonly registry = new Registry();
	readonly #interactions: Counter<'command' | 'outcome'>;
	readonly #latency: Histogram<'command'>;
	readonly #deferrals: Counter<'command'>;
	readonly #upstream: Counter<'provider' | 'status'>;
	readonly #cacheHits: Counter<'provider'>;
	readonly #cacheMisses: Counter<'provider'>;
	readonly #cacheStale: Counter<'provider'>;
	readonly #waits: Counter<'provider'>;
	readonly #waitSeconds: Counter<'provider'>;
	readonly #storeFailures: Counter<'namespace' | 'operation'>;

	constructor(options: MetricsOptions = {}) {
		const registers = [this.registry];
		if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
		this.#interactions = new Counter({
			name: `${PREFIX}interactions_total`,
			help: 'Interactions answered, by command and outcome (ok, user_error, provider_error, store_error, bug, unknown, duplicate).',
			labelNames: ['command', 'outcome'],
			registers,
		});
		this.#latency = new Histogram({
			name: `${PREFIX}interaction_duration_seconds`,
			help: 'Time from dispatching an interaction to sending its answer, by command.',
			labelNames: ['command'],
			buckets: INTERACTION_BUCKETS,
			registers,
		});
		this.#deferrals = new Counter({
			name: `${PREFIX}interaction_deferrals_total`,
			help: 'Interactions deferred because the handler had not answered in time, by command.',
			labelNames: ['command'],
			registers,
		});
		this.#upstream = new Counter({
			name: `${PREFIX}upstream_requests_total`,
			help: 'HTTP requests to providers, each retry counted, by provider and status class (2xx, 3xx, 4xx, 5xx, 429 apart, error: no response).',
			labelNames: ['provider', 'status'],
			registers,
		});
		this.#cacheHits = new Counter({
			name: `${PREFIX}cache_hits_total`,
			help: 'Lookups answered from a fresh cached copy without asking the provider, by provider.',
			labelNames: ['provider'],
			registers,
		});
		this.#cacheMisses = new Counter({
			name: `${PREFIX}cache_misses_total`,
			help: 'Lookups that asked the provider (nothing fresh cached, or a refresh was asked for), by provider.',
			labelNames: ['provider'],
			registers,
		});
		this.#cacheStale = new Counter({
			name: `${PREFIX}cache_stale_answers_total`,
			help: 'Misses whose provider failed, answered with an older cached copy instead, by provider.',
			labelNames: ['provider'],
			registers,
		});
		this.#waits = new Counter({
			name: `${PREFIX}rate_limit_waits_total`,
			help: 'Requests that waited for a rate-limit slot before being sent, by provider.',
			labelNames: ['provider'],
			registers,
		});
		this.#waitSeconds = new Counter({
			name: `${PREFIX}rate_limit_wait_seconds_total`,
			help: 'Total time requests spent waiting for rate-limit slots, by provider.',
			labelNames: ['provider'],
			registers,
		});
		this.#storeFailures = new Counter({
			name: `${PREFIX}store_failures_total`,
			help: 'Store calls that failed (locked, read-only, unreachable), by namespace and operation (read, write).',
			labelNames: ['namespace', 'operation'],
			registers,
		});
		// Zero series from the start, so rate() and hit ratios work before the first lookup of each provider.
		for (const provider of PROVIDERS) {
			for (const counter of [this.#cacheHits, this.#cacheMisses, this.#cacheStale, this.#waits, this.#waitSeconds]) counter.inc({ provider }, 0);
		}
	}

	/** For the dispatcher. */
	readonly interactions: InteractionHooks = {
		answered: (command: string, outcome: InteractionOutcome, seconds: number) => {
			this.#interactions.inc({ command, outcome });
			this.#latency.observe({ command }, seconds);
		},
		deferred: (command: string) => this.#deferrals.inc({ command }),
	};

	/** For the store: every failed call, including those answered as a miss. */
	readonly storeFailed = (failure: { namespace: string; operation: string }): void => {
		this.#storeFailures.inc({ namespace: failure.namespace, operation: failure.operation });
	};

	/** For ResourceCache. */
	readonly cacheLookup: CacheHook = (key: string, result: CacheResult) => {
		const labels = { provider: cacheKeyProvider(key) };
		if (result === 'hit') this.#cacheHits.inc(labels);
		else if (result === 'miss') this.#cacheMisses.inc(labels);
		else this.#cacheStale.inc(labels);
	};

	/** For one provider's HTTP layer. */
	upstream(provider: ProviderLabel): UpstreamHooks {
		return {
			requested: (status) => this.#upstream.inc({ provider, status: statusClass(status) }),
			rateLimitWaited: (ms) => {
				if (ms < RATE_LIMIT_WAIT_MIN_MS) return;
				this.#waits.inc({ provider });
				this.#waitSeconds.inc({ provider }, ms / 1000);
			},
		};
	}

	get contentType(): string {
		return this.registry.contentType;
	}

	/** The Prometheus text exposition of everything above, plus the process metrics (unless they were turned off). */
	render(): Promise<string> {
		return this.registry.metrics();
	}
}
