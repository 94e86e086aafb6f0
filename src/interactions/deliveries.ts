import { randomUUID } from 'node:crypto';
import type { BatchLeases } from '../core/leases.js';
import type { Logger } from '../core/logger.js';
import { withTimeout } from '../core/timeout.js';

/**
 * Longer than Discord retries a delivery (a gateway resume replays at most what the session missed; an HTTP
 * delivery is retried within seconds), and well within an interaction token's 15 minutes.
 */
export const DELIVERY_MEMORY_MS = 5 * 60_000;
/** The claim is on the way to Discord's 3 s deadline: a store slower than this is answered as a first delivery. */
export const CLAIM_TIMEOUT_MS = 300;
/** Ids this process saw recently, checked before the store: a replay on the same connection costs nothing. */
const LOCAL_MEMORY = 5_000;
/** Claims in one store call at most (three SQL parameters each, far below SQLite's limit). */
const BATCH_LIMIT = 100;

export type { BatchLeases } from '../core/leases.js';

interface Claim {
	name: string;
	/** When the claim was asked for: CLAIM_TIMEOUT_MS counts from here, waiting in the queue included. */
	askedAt: number;
	resolve: (first: boolean) => void;
}

/**
 * Which interactions were already handled, so a second delivery of one (around a gateway resume, a retried
 * HTTP delivery, or another process) is not handled again: a repeated /link would replace the code the
 * member was shown, a repeated button press would act twice. Claimed in the store, so processes agree.
 */
export class Deliveries {
	readonly #leases: BatchLeases;
	readonly #logger: Logger;
	readonly #seen = new Map<string, number>();
	readonly #queue: Claim[] = [];
	#sending = false;
	#scheduled = false;

	constructor(options: { leases: BatchLeases; logger: Logger }) {
		this.#leases = options.leases;
		this.#logger = options.logger;
	}

	/** True the first time an interaction id is offered, in this process or any other sharing the store. */
	async first(interactionId: string, now = Date.now()): Promise<boolean> {
		const seenAt = this.#seen.get(interactionId);
		if (seenAt !== undefined && now - seenAt < DELIVERY_MEMORY_MS) return false;
		this.#remember(interactionId, now);
		const name = `interaction:${interactionId}`;
		const leases = this.#leases;
		return new Promise<boolean>((resolve) => {
			this.#queue.push({ name, askedAt: performance.now(), resolve });
			// After this turn of the event loop: interactions that arrived together are claimed together.
			if (!this.#scheduled) {
				this.#scheduled = true;
				queueMicrotask(() => {
					this.#scheduled = false;
					this.#send(leases);
				});
			}
		});
	}

	/** One call at a time; what queues meanwhile is the next call. */
	#send(leases: BatchLeases): void {
		if (this.#sending || this.#queue.length === 0) return;
		const batch = this.#queue.splice(0, BATCH_LIMIT);
		this.#sending = true;
		const oldest = Math.min(...batch.map((claim) => claim.askedAt));
		const remainingMs = Math.max(0, CLAIM_TIMEOUT_MS - (performance.now() - oldest));
		const names = batch.map((claim) => claim.name);
		// One fresh holder per call: a lease another call (here or elsewhere) took is not ours, so it is not returned.
		void this.#settle(names, withTimeout(leases.acquireMany(names, randomUUID(), DELIVERY_MEMORY_MS), remainingMs))
			.then((won) => {
				for (const claim of batch) claim.resolve(won.has(claim.name));
			})
			.finally(() => {
				// A store past the timeout goes on with the call; the next batch need not wait for it.
				this.#sending = false;
				this.#send(leases);
			});
	}

	/** The names won; all of them when the store failed or was too slow. */
	async #settle(names: readonly string[], claim: Promise<readonly string[]>): Promise<Set<string>> {
		try {
			return new Set(await claim);
		} catch (error) {
			// Answering twice is better than never: without the store, a duplicate from elsewhere may slip through.
			const ids = names.map((name) => name.slice('interaction:'.length));
			this.#logger.warn({ ...(ids.length === 1 ? { interaction: ids[0] } : { interactions: ids }), err: error }, 'could not record the interaction as handled');
			return new Set(names);
		}
	}

	#remember(interactionId: string, now: number): void {
		this.#seen.set(interactionId, now);
		if (this.#seen.size <= LOCAL_MEMORY) return;
		// Maps iterate in insertion order: the oldest go first.
		for (const id of this.#seen.keys()) {
			if (this.#seen.size <= LOCAL_MEMORY / 2) break;
			this.#seen.delete(id);
		}
	}
}
