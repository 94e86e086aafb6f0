import { randomUUID } from 'node:crypto';
import type { Leases } from '../core/leases.js';
import type { Logger } from '../core/logger.js';
import { withTimeout } from '../core/timeout.js';

/**
 * Longer than Discord retries a delivery (a gateway resume replays at most what the session missed; an HTTP
 * delivery is retried within seconds), and well within an interaction token's 15 minutes.
 */
export const DELIVERY_MEMORY_MS = 5 * 60_000;
/** The claim is on the way to Discord's 3 s deadline: a store slower than this is answered as a first delivery. */
const CLAIM_TIMEOUT_MS = 300;
/** Ids this process saw recently, checked before the store: a replay on the same connection costs nothing. */
const LOCAL_MEMORY = 5_000;

/**
 * Which interactions were already handled, so a second delivery of one (around a gateway resume, a retried
 * HTTP delivery, or another process) is not handled again: a repeated /link would replace the code the
 * member was shown, a repeated button press would act twice. Claimed in the store, so processes agree.
 */
export class Deliveries {
	readonly #leases: Leases;
	readonly #logger: Logger;
	readonly #seen = new Map<string, number>();

	constructor(options: { leases: Leases; logger: Logger }) {
		this.#leases = options.leases;
		this.#logger = options.logger;
	}

	/** True the first time an interaction id is offered, in this process or any other sharing the store. */
	async first(interactionId: string, now = Date.now()): Promise<boolean> {
		const seenAt = this.#seen.get(interactionId);
		if (seenAt !== undefined && now - seenAt < DELIVERY_MEMORY_MS) return false;
		this.#remember(interactionId, now);
		try {
			// A holder of its own: only the delivery that created the lease gets true; a repeat finds it taken.
			return await withTimeout(this.#leases.acquire(`interaction:${interactionId}`, randomUUID(), DELIVERY_MEMORY_MS), CLAIM_TIMEOUT_MS);
		} catch (error) {
			// Answering twice is better than never: without the store, a duplicate from elsewhere may slip through.
			this.#logger.warn({ interaction: interactionId, err: error }, 'could not record the interaction as handled');
			return true;
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
