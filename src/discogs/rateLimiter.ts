import { ProviderError } from '../core/errors.js';

/** Discogs users reported 429s at 60/min until they kept to about 50: stay under the advertised limit. */
export const RATE_LIMIT_MARGIN = 0.9;

export interface RateLimiterOptions {
	/** Requests the server allows per window (Discogs: 60 with a token, 25 without). */
	limit: number;
	windowMs: number;
	/** Fraction of `limit` used, for a safety margin; at least one request per window is always allowed. */
	margin?: number;
	now?: () => number;
}

/** What the server said about its window, from the `X-Discogs-Ratelimit*` headers. */
export interface RateLimitState {
	limit?: number | undefined;
	used?: number | undefined;
	remaining?: number | undefined;
}

/** A granted slot. Settle it when the answer arrives: the server counted the request somewhere in between. */
export interface Permit {
	settle(): void;
}

interface Slot {
	at: number;
}

interface Waiter {
	deadline: number;
	resolve: (permit: Permit) => void;
	reject: (error: Error) => void;
	timer: NodeJS.Timeout;
}

function rateLimited(detail: string, retryAfterMs?: number): ProviderError {
	return new ProviderError({ provider: 'Discogs', kind: 'rate_limited', detail, retryAfterMs });
}

/**
 * A client-side moving window, the shape of Discogs's own: a request holds a slot for `windowMs` after it
 * was answered. Callers queue in order for a slot, each until its own deadline; the window follows what
 * the server reports whenever the server counts more requests than we do (another process on the same IP,
 * a restart), and a server's `Retry-After` pauses everyone.
 */
export class RateLimiter {
	readonly #windowMs: number;
	readonly #margin: number;
	readonly #now: () => number;
	#limit: number;
	#slots = new Set<Slot>();
	#queue: Waiter[] = [];
	#pausedUntil = 0;
	#wake: NodeJS.Timeout | undefined;
	#closed = false;

	constructor(options: RateLimiterOptions) {
		this.#limit = Math.max(1, options.limit);
		this.#windowMs = options.windowMs;
		this.#margin = options.margin ?? RATE_LIMIT_MARGIN;
		this.#now = options.now ?? Date.now;
	}

	/** Requests we allow ourselves per window. */
	get capacity(): number {
		return Math.max(1, Math.floor(this.#limit * this.#margin));
	}

	/** Slots held in the current window (ours and those the server told us about). */
	get used(): number {
		this.#prune(this.#now());
		return this.#slots.size;
	}

	get waiting(): number {
		return this.#queue.length;
	}

	/** Waits, first come first served, for a slot; fails with rate_limited if none is free by `deadline`. */
	acquire(deadline: number): Promise<Permit> {
		if (this.#closed) return Promise.reject(new ProviderError({ provider: 'Discogs', kind: 'unavailable', detail: 'client closed' }));
		const now = this.#now();
		this.#prune(now);
		if (this.#queue.length === 0 && this.#ready(now)) return Promise.resolve(this.#take(now));
		// Known now that no slot frees before the deadline: say so at once rather than hold the user for nothing.
		const expected = this.#estimateFreeAt(this.#queue.length);
		if (deadline <= now || (expected !== undefined && expected > deadline)) {
			const retryAfterMs = Math.max(expected ?? this.#pausedUntil, now + 1) - now;
			return Promise.reject(rateLimited(`no request slot before the wait limit (next in ${retryAfterMs} ms)`, retryAfterMs));
		}
		return new Promise<Permit>((resolve, reject) => {
			const waiter: Waiter = {
				deadline,
				resolve,
				reject,
				timer: setTimeout(() => {
					this.#queue = this.#queue.filter((other) => other !== waiter);
					reject(rateLimited(`waited ${deadline - now} ms for a request slot`, this.#nextFreeAt() - this.#now()));
				}, deadline - now),
			};
			this.#queue.push(waiter);
			this.#schedule();
		});
	}

	/** Believes the server whenever it counts more requests in the window, or a lower limit, than we do. */
	sync(state: RateLimitState): void {
		if (state.limit !== undefined && state.limit >= 1 && state.limit < this.#limit) this.#limit = state.limit;
		const serverLimit = state.limit ?? this.#limit;
		const candidates = [state.used, state.remaining === undefined ? undefined : serverLimit - state.remaining];
		const used = Math.max(0, ...candidates.filter((value): value is number => value !== undefined && Number.isFinite(value)));
		const now = this.#now();
		this.#prune(now);
		// Requests we did not make: when they leave the server's window is unknown, so hold them a full window.
		for (let count = this.#slots.size; count < Math.min(used, serverLimit); count++) this.#slots.add({ at: now });
		this.#schedule();
	}

	/** Holds every caller until `until` (a server's Retry-After applies to the whole IP). */
	pauseUntil(until: number): void {
		if (until <= this.#pausedUntil) return;
		this.#pausedUntil = until;
		this.#schedule();
	}

	/** Fails every waiting caller; later acquires fail at once. */
	close(): void {
		this.#closed = true;
		clearTimeout(this.#wake);
		for (const waiter of this.#queue.splice(0)) {
			clearTimeout(waiter.timer);
			waiter.reject(new ProviderError({ provider: 'Discogs', kind: 'unavailable', detail: 'client closed' }));
		}
	}

	#ready(now: number): boolean {
		return now >= this.#pausedUntil && this.#slots.size < this.capacity;
	}

	#take(now: number): Permit {
		const slot: Slot = { at: now };
		this.#slots.add(slot);
		return {
			settle: () => {
				slot.at = this.#now();
				this.#slots.add(slot);
			},
		};
	}

	#prune(now: number): void {
		for (const slot of this.#slots) if (slot.at <= now - this.#windowMs) this.#slots.delete(slot);
	}

	/** When the next slot frees up (or the pause ends), whichever is later. */
	#nextFreeAt(): number {
		const now = this.#now();
		let at = Math.max(now, this.#pausedUntil);
		const excess = this.#slots.size - this.capacity;
		if (excess >= 0) {
			const times = [...this.#slots].map((slot) => slot.at).sort((a, b) => a - b);
			at = Math.max(at, (times[excess] ?? now) + this.#windowMs + 1);
		}
		return at;
	}

	/**
	 * When a caller behind `queued` others would get a slot, if the slots held now tell: they free one by one
	 * a window after they were taken. Undefined when it depends on slots not taken yet.
	 */
	#estimateFreeAt(queued: number): number | undefined {
		const now = this.#now();
		const earliest = Math.max(now, this.#pausedUntil);
		const mustFree = this.#slots.size + queued + 1 - this.capacity;
		if (mustFree <= 0) return earliest;
		const times = [...this.#slots].map((slot) => slot.at).sort((a, b) => a - b);
		const freedAt = times[mustFree - 1];
		return freedAt === undefined ? undefined : Math.max(earliest, freedAt + this.#windowMs + 1);
	}

	#schedule(): void {
		clearTimeout(this.#wake);
		this.#wake = undefined;
		if (this.#queue.length === 0 || this.#closed) return;
		const delay = Math.max(1, this.#nextFreeAt() - this.#now());
		this.#wake = setTimeout(() => this.#drain(), delay);
	}

	#drain(): void {
		this.#wake = undefined;
		const now = this.#now();
		this.#prune(now);
		while (this.#ready(now)) {
			const waiter = this.#queue.shift();
			if (!waiter) break;
			clearTimeout(waiter.timer);
			waiter.resolve(this.#take(now));
		}
		this.#schedule();
	}
}
