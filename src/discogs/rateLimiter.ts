import { ProviderError } from '../core/errors.js';
import { MemoryWindow, type RateWindow, type SlotId, type WindowView } from '../core/rateWindow.js';

/** Discogs users reported 429s at 60/min until they kept to about 50: stay under the advertised limit. */
export const RATE_LIMIT_MARGIN = 0.9;

export interface RateLimiterOptions {
	/** Requests the server allows per window (Discogs: 60 with a token, 25 without). */
	limit: number;
	windowMs: number;
	/** Fraction of `limit` used, for a safety margin; at least one request per window is always allowed. */
	margin?: number;
	now?: () => number;
	/**
	 * Where the slots are counted: by default in this process only. A shared window (Redis) makes every
	 * process using it keep within one budget together; it must have the same `windowMs`.
	 */
	window?: RateWindow | undefined;
	/** Told when the window cannot be reached; waiting callers then fail as unavailable rather than guess. */
	onWindowError?: (error: unknown) => void;
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

interface Waiter {
	deadline: number;
	resolve: (permit: Permit) => void;
	reject: (error: Error) => void;
	timer: NodeJS.Timeout;
}

function rateLimited(detail: string, retryAfterMs?: number): ProviderError {
	return new ProviderError({ provider: 'Discogs', kind: 'rate_limited', detail, retryAfterMs });
}

function unavailable(detail: string): ProviderError {
	return new ProviderError({ provider: 'Discogs', kind: 'unavailable', detail });
}

/**
 * In how many ms a caller behind `queued` others would get a slot, if the slots held now tell: they free
 * one by one as they leave the window. Undefined when it depends on slots not taken yet.
 */
function freeIn(view: WindowView, capacity: number, queued: number): number | undefined {
	const mustFree = view.frees.length + queued + 1 - capacity;
	if (mustFree <= 0) return view.pausedMs;
	const frees = view.frees[mustFree - 1];
	return frees === undefined ? undefined : Math.max(view.pausedMs, frees + 1);
}

/**
 * A client-side moving window, the shape of Discogs's own: a request holds a slot for `windowMs` after it
 * was answered. Callers queue in order for a slot, each until its own deadline; the window follows what
 * the server reports whenever the server counts more requests than we do (another process on the same IP,
 * a restart), and a server's `Retry-After` pauses everyone (every process, when the window is shared).
 */
export class RateLimiter {
	readonly #window: RateWindow;
	readonly #margin: number;
	readonly #now: () => number;
	readonly #onWindowError: (error: unknown) => void;
	#limit: number;
	#queue: Waiter[] = [];
	/** One caller at a time asks the window, the head of the queue: that keeps the order first come, first served. */
	#pumping = false;
	#wake: NodeJS.Timeout | undefined;
	#closed = false;

	constructor(options: RateLimiterOptions) {
		this.#limit = Math.max(1, options.limit);
		this.#margin = options.margin ?? RATE_LIMIT_MARGIN;
		this.#now = options.now ?? Date.now;
		this.#window = options.window ?? new MemoryWindow({ windowMs: options.windowMs, now: this.#now });
		this.#onWindowError = options.onWindowError ?? (() => undefined);
	}

	/** Requests we allow ourselves per window. */
	get capacity(): number {
		return Math.max(1, Math.floor(this.#limit * this.#margin));
	}

	/** Slots held in the current window (ours, other processes', and those the server told us about), as last seen. */
	get used(): number {
		return this.#window.peek().frees.length;
	}

	get waiting(): number {
		return this.#queue.length;
	}

	/** Waits, first come first served, for a slot; fails with rate_limited if none is free by `deadline`. */
	acquire(deadline: number): Promise<Permit> {
		if (this.#closed) return Promise.reject(unavailable('client closed'));
		const now = this.#now();
		const seen = this.#window.peek();
		// Known now that no slot frees before the deadline: say so at once rather than hold the user for nothing.
		const expected = freeIn(seen, this.capacity, this.#queue.length);
		if (expected === undefined ? deadline <= now : expected > 0 && now + expected > deadline) {
			const retryAfterMs = Math.max(expected ?? seen.pausedMs, 1);
			return Promise.reject(rateLimited(`no request slot before the wait limit (next in ${retryAfterMs} ms)`, retryAfterMs));
		}
		return new Promise<Permit>((resolve, reject) => {
			const waiter: Waiter = {
				deadline,
				resolve,
				reject,
				timer: setTimeout(() => {
					this.#queue = this.#queue.filter((other) => other !== waiter);
					reject(rateLimited(`waited ${deadline - now} ms for a request slot`, this.#nextFreeIn(this.#window.peek())));
				}, deadline - now),
			};
			this.#queue.push(waiter);
			void this.#pump();
		});
	}

	/**
	 * Believes the server whenever it counts more requests in the window, or a lower limit, than we do.
	 * Resolves once the window holds them (at once for the in-process window); never rejects.
	 */
	sync(state: RateLimitState): Promise<void> {
		if (state.limit !== undefined && state.limit >= 1 && state.limit < this.#limit) this.#limit = state.limit;
		const serverLimit = state.limit ?? this.#limit;
		const candidates = [state.used, state.remaining === undefined ? undefined : serverLimit - state.remaining];
		const used = Math.max(0, ...candidates.filter((value): value is number => value !== undefined && Number.isFinite(value)));
		// Requests we did not make: when they leave the server's window is unknown, so they are held a full window.
		return this.#quietly(this.#window.fill(Math.min(used, serverLimit)));
	}

	/** Holds every caller until `until` (a server's Retry-After applies to the whole IP). Never rejects. */
	pauseUntil(until: number): Promise<void> {
		const ms = until - this.#now();
		return ms > 0 ? this.#quietly(this.#window.pause(ms)) : Promise.resolve();
	}

	/** Fails every waiting caller; later acquires fail at once. */
	close(): void {
		this.#closed = true;
		clearTimeout(this.#wake);
		for (const waiter of this.#queue.splice(0)) {
			clearTimeout(waiter.timer);
			waiter.reject(unavailable('client closed'));
		}
	}

	/** Serves the queue from its head while the window grants slots; then sleeps until one should free. */
	async #pump(): Promise<void> {
		if (this.#pumping) return;
		this.#pumping = true;
		clearTimeout(this.#wake);
		this.#wake = undefined;
		try {
			while (this.#queue.length > 0 && !this.#closed) {
				const { slot, view } = await this.#window.take(this.capacity);
				if (slot === undefined) {
					this.#failHopeless(view);
					this.#sleep(view);
					return;
				}
				// The caller it was taken for may have given up meanwhile: the next one gets it, or nobody.
				const waiter = this.#closed ? undefined : this.#queue.shift();
				if (!waiter) {
					void this.#quietly(this.#window.release(slot));
					continue;
				}
				clearTimeout(waiter.timer);
				waiter.resolve(this.#permit(slot));
			}
		} catch (error) {
			// Without the window, any request could be one too many for the shared budget: fail rather than guess.
			this.#onWindowError(error);
			const detail = `rate-limit window unreachable: ${error instanceof Error ? error.message : String(error)}`;
			for (const waiter of this.#queue.splice(0)) {
				clearTimeout(waiter.timer);
				waiter.reject(unavailable(detail));
			}
		} finally {
			this.#pumping = false;
		}
	}

	#permit(slot: SlotId): Permit {
		return { settle: () => void this.#quietly(this.#window.settle(slot)) };
	}

	/** Fails at once the callers that the slots held now cannot serve before their deadlines. */
	#failHopeless(view: WindowView): void {
		const now = this.#now();
		let position = 0;
		this.#queue = this.#queue.filter((waiter) => {
			const expected = freeIn(view, this.capacity, position);
			if (expected === undefined || now + expected <= waiter.deadline) {
				position++;
				return true;
			}
			clearTimeout(waiter.timer);
			waiter.reject(rateLimited(`no request slot before the wait limit (next in ${expected} ms)`, expected));
			return false;
		});
	}

	#sleep(view: WindowView): void {
		if (this.#queue.length === 0 || this.#closed) return;
		this.#wake = setTimeout(() => void this.#pump(), Math.max(1, this.#nextFreeIn(view)));
	}

	/** In how many ms the next slot frees up (or the pause ends), whichever is later. */
	#nextFreeIn(view: WindowView): number {
		return Math.max(1, freeIn(view, this.capacity, 0) ?? view.pausedMs);
	}

	#quietly(change: Promise<void>): Promise<void> {
		return change.catch((error: unknown) => this.#onWindowError(error));
	}
}
