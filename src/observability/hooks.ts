/**
 * The narrow callbacks the dispatcher, the cache and the provider clients report through. They live apart from
 * the Prometheus code so those modules depend on a few types, not on prom-client, and tests can pass plain
 * functions.
 */

/** How an interaction ended, in the dispatcher's terms: its error boundary tells these apart already. */
export type InteractionOutcome = 'ok' | 'user_error' | 'provider_error' | 'store_error' | 'bug' | 'unknown' | 'duplicate';

export interface InteractionHooks {
	/** The answer was sent (or its sending failed), `seconds` after the interaction was dispatched. */
	answered(command: string, outcome: InteractionOutcome, seconds: number): void;
	/** The handler was too slow for an immediate answer, so the interaction was deferred. */
	deferred(command: string): void;
}

export interface UpstreamHooks {
	/** One HTTP attempt (a retry is another): its status, or 'error' when no response came (timeout, refused). */
	requested(status: number | 'error'): void;
	/** Time one request spent waiting for a rate-limit slot before it could be sent. */
	rateLimitWaited(ms: number): void;
}

/** A lookup served from the cache, one that asked the provider, and a failed one answered with an older copy. */
export type CacheResult = 'hit' | 'miss' | 'stale';

/** Told of each lookup; cache keys start with their provider's namespace (`discogs:profile:…`). */
export type CacheHook = (key: string, result: CacheResult) => void;
