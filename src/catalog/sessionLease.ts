import { ProviderError } from '../core/errors.js';
import type { Leases } from '../core/leases.js';
import type { Logger } from '../core/logger.js';

/** The lease every process of the bot takes before it spends the shared refresh token. */
export const SESSION_LEASE = 'catalog-session';
const POLL_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` holding the session lease, waiting for it while another process holds it. A holder that died loses
 * the lease when its time runs out, so waiting a little past that is enough; a store that cannot lease at all
 * has nothing to share either, so the work then goes ahead alone.
 */
export async function underSessionLease<T>(
	options: { leases: Leases; holder: string; ttlMs: number; logger: Logger; signal: AbortSignal },
	work: () => Promise<T>,
): Promise<T> {
	const { leases, holder, ttlMs, logger, signal } = options;
	let held = false;
	try {
		const deadline = Date.now() + ttlMs + 1_000;
		while (!(held = await leases.acquire(SESSION_LEASE, holder, ttlMs)) && Date.now() < deadline && !signal.aborted) await sleep(POLL_MS);
		if (!held && !signal.aborted) logger.warn({ provider: 'catalog' }, 'the catalog session lease stayed taken; renewing without it');
	} catch (error) {
		if (!signal.aborted) logger.warn({ provider: 'catalog', error: error instanceof Error ? error.message : String(error) }, 'could not take the catalog session lease; renewing without it');
	}
	// Shutting down: the store may be closing, and whoever holds the lease will renew.
	if (signal.aborted) throw new ProviderError({ provider: 'catalog', kind: 'unavailable', detail: 'the bot is shutting down' });
	try {
		return await work();
	} finally {
		if (held) await leases.release(SESSION_LEASE, holder).catch(() => undefined);
	}
}
