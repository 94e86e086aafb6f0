import { randomUUID } from 'node:crypto';
import { StoreError, UserError } from '../core/errors.js';
import type { Leases } from '../core/leases.js';
import type { Message } from '../i18n/messages.js';

/** Far longer than a claim takes (a few reads and writes): a claimer that dies holds up its account this long at most. */
export const CLAIM_LEASE_MS = 10_000;
/** How long a claim waits for another claim of the same account before the member is asked to try again. */
export const CLAIM_WAIT_MS = 3_000;
const FIRST_BACKOFF_MS = 10;
const MAX_BACKOFF_MS = 200;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ClaimLeaseOptions {
	leases: Leases;
	/** One lease per remote account, so claims of different accounts never wait for each other. */
	name: string;
	/** The member's answer when the lease stays taken past the wait. */
	busy: Message;
	waitMs?: number;
	ttlMs?: number;
}

/**
 * Runs `work` holding the store's lease `name`, which every process on the store honours: two claims of one
 * account, in any processes, never overlap. The holder is new for each call, so a second claim in the same
 * process waits like one in another. `work` calls `confirm()` before it reads what its writes depend on: it
 * extends the lease, or throws the busy answer when the lease is held by another claim. A claim slow enough to
 * outlive its lease thus reads only once it holds the lease again, and sees whatever another claim wrote.
 */
export async function underClaimLease<T>(options: ClaimLeaseOptions, work: (confirm: () => Promise<void>) => Promise<T>): Promise<T> {
	const { leases, name, busy } = options;
	const ttlMs = options.ttlMs ?? CLAIM_LEASE_MS;
	const holder = randomUUID();
	const take = async () => {
		try {
			return await leases.acquire(name, holder, ttlMs);
		} catch (error) {
			throw new StoreError({ namespace: 'leases', operation: 'write', cause: error });
		}
	};
	const deadline = Date.now() + (options.waitMs ?? CLAIM_WAIT_MS);
	let backoff = FIRST_BACKOFF_MS;
	while (!(await take())) {
		if (Date.now() + backoff > deadline) throw new UserError(busy.key, busy.params);
		// Jittered, so claimers that met at once do not all knock again at once.
		await sleep(backoff / 2 + Math.random() * (backoff / 2));
		backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
	}
	const confirm = async () => {
		if (!(await take())) throw new UserError(busy.key, busy.params);
	};
	try {
		return await work(confirm);
	} finally {
		// A lease that could not be given back runs out by itself; the claim's own outcome stands.
		await leases.release(name, holder).catch(() => undefined);
	}
}
