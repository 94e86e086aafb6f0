import type Keyv from 'keyv';
import { isOutage, ProviderError, type ProviderErrorKind, type ProviderName } from '../core/errors.js';
import { changeDigest, type ChangeFeed } from '../core/changes.js';
import type { Message } from '../i18n/messages.js';
import type { CacheHook } from '../observability/hooks.js';

/** What a cached lookup returns: the value and how fresh it is. */
export interface Cached<T> {
	value: T;
	/** When the value was fetched from the provider (ms since epoch). */
	fetchedAt: number;
	/** True when the provider failed and this is an older copy standing in. */
	stale: boolean;
}

type Entry<T> =
	| { kind: 'value'; value: T; fetchedAt: number; freshUntil: number }
	/** The member's text as a key and its values, so it is told in each asker's language. */
	| { kind: 'missing'; provider: ProviderName; errorKind: ProviderErrorKind; message: Message; freshUntil: number };

export interface LookupOptions<T> {
	/** How long a fetched value is served without asking the provider again. */
	ttlMs: number;
	load: () => Promise<T>;
	/** Skip a fresh copy and ask the provider (the copy still stands in if the provider fails). */
	bypass?: boolean;
}

export interface ResourceCacheOptions {
	/** How long a value is kept after it stops being fresh, to stand in when the provider fails. */
	staleKeepMs: number;
	/** How long "no such user" is remembered. */
	notFoundTtlMs: number;
	now?: () => number;
	/**
	 * Told whether a lookup was a hit, a miss, or (besides the miss) a stale answer, for metrics. Lookups that
	 * join one already in flight are that one lookup: they cost the store and the provider nothing more.
	 */
	onLookup?: CacheHook;
	/**
	 * Announces edits and deletions to the other processes on the store, and drops this process's copy of what
	 * they announce: without it, a process would serve its in-memory copy for up to MEMORY_MS after another
	 * process changed the entry.
	 */
	changes?: ChangeFeed;
}

/**
 * Whether this version can answer from an entry. An older version remembered a "not found" with its English text
 * rather than a message key: such an entry counts as none, and the provider is asked again.
 */
function readable(entry: Entry<unknown>): boolean {
	if (entry.kind !== 'missing') return true;
	const message: unknown = entry.message;
	return typeof message === 'object' && message !== null && 'key' in message && typeof message.key === 'string';
}

/** Fresh entries also kept in process, so a hot hit skips the store: at most this many, each at most this long
 * (without a change feed, processes sharing one store may disagree for that long after a `put`). */
const MEMORY_ENTRIES = 1000;
const MEMORY_MS = 60_000;

/**
 * A read-through cache over a keyv namespace. A fresh hit touches no network and is never rewritten, so
 * hits do not extend its life; concurrent lookups of one key share one load; a provider outage is answered
 * with the last good copy when there is one; "not found" is remembered briefly.
 */
export class ResourceCache {
	readonly #keyv: Keyv<Entry<unknown>>;
	readonly #options: ResourceCacheOptions;
	readonly #now: () => number;
	readonly #onLookup: CacheHook;
	readonly #inflight = new Map<string, Promise<Cached<unknown>>>();
	/** Insertion order is recency: the first key is the one to drop. */
	readonly #memory = new Map<string, { entry: Entry<unknown>; until: number }>();

	constructor(keyv: Keyv, options: ResourceCacheOptions) {
		this.#keyv = keyv as Keyv<Entry<unknown>>;
		this.#options = options;
		this.#now = options.now ?? Date.now;
		this.#onLookup = options.onLookup ?? (() => undefined);
		// A thousand digests at most, on an edit elsewhere: rare, and cheaper than an index kept on every hit.
		options.changes?.subscribe((digest) => {
			for (const key of this.#memory.keys()) if (changeDigest(key) === digest) this.#memory.delete(key);
		});
	}

	lookup<T>(key: string, options: LookupOptions<T>): Promise<Cached<T>> {
		const flightKey = options.bypass ? `${key}#bypass` : key;
		let flight = this.#inflight.get(flightKey);
		if (!flight) {
			flight = this.#lookup(key, options).finally(() => this.#inflight.delete(flightKey));
			this.#inflight.set(flightKey, flight);
		}
		return flight as Promise<Cached<T>>;
	}

	/** Replaces the cached value, e.g. after an edit returned the new profile. */
	async put<T>(key: string, value: T, ttlMs: number): Promise<void> {
		const now = this.#now();
		await this.#write(key, { kind: 'value', value, fetchedAt: now, freshUntil: now + ttlMs });
		await this.#options.changes?.publish(key);
	}

	async forget(key: string): Promise<void> {
		this.#memory.delete(key);
		await this.#keyv.delete(key);
		await this.#options.changes?.publish(key);
	}

	async #lookup<T>(key: string, options: LookupOptions<T>): Promise<Cached<T>> {
		const remembered = options.bypass ? undefined : this.#fromMemory(key);
		const stored = (remembered ?? (await this.#keyv.get(key))) as Entry<T> | undefined;
		const entry = stored && readable(stored) ? stored : undefined;
		const now = this.#now();
		if (entry && !remembered && entry.freshUntil > now) this.#keep(key, entry);
		if (entry && entry.freshUntil > now && !options.bypass) {
			// A remembered "not found" is a hit too: it is answered without asking the provider.
			this.#onLookup(key, 'hit');
			if (entry.kind === 'value') return { value: entry.value, fetchedAt: entry.fetchedAt, stale: false };
			throw new ProviderError({ provider: entry.provider, kind: entry.errorKind, message: entry.message, detail: 'remembered' });
		}
		this.#onLookup(key, 'miss');
		try {
			const value = await options.load();
			const fetchedAt = this.#now();
			await this.#write(key, { kind: 'value', value, fetchedAt, freshUntil: fetchedAt + options.ttlMs });
			return { value, fetchedAt, stale: false };
		} catch (error) {
			if (entry?.kind === 'value' && isOutage(error)) {
				this.#onLookup(key, 'stale');
				return { value: entry.value, fetchedAt: entry.fetchedAt, stale: true };
			}
			if (error instanceof ProviderError && error.kind === 'not_found') {
				await this.#write(key, {
					kind: 'missing',
					provider: error.provider,
					errorKind: error.kind,
					message: { key: error.key, params: error.params },
					freshUntil: this.#now() + this.#options.notFoundTtlMs,
				});
			}
			throw error;
		}
	}

	#fromMemory(key: string): Entry<unknown> | undefined {
		const kept = this.#memory.get(key);
		if (!kept) return undefined;
		const now = this.#now();
		if (kept.until > now && kept.entry.freshUntil > now) return kept.entry;
		this.#memory.delete(key);
		return undefined;
	}

	#keep(key: string, entry: Entry<unknown>): void {
		this.#memory.delete(key);
		this.#memory.set(key, { entry, until: Math.min(entry.freshUntil, this.#now() + MEMORY_MS) });
		if (this.#memory.size > MEMORY_ENTRIES) {
			const oldest = this.#memory.keys().next().value;
			if (oldest !== undefined) this.#memory.delete(oldest);
		}
	}

	async #write(key: string, entry: Entry<unknown>): Promise<void> {
		this.#keep(key, entry);
		const keepMs = entry.freshUntil - this.#now() + (entry.kind === 'value' ? this.#options.staleKeepMs : 0);
		await this.#keyv.set(key, entry, Math.max(keepMs, 1));
	}
}
