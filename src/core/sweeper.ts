import { randomUUID } from 'node:crypto';
import type { Logger } from './logger.js';
import type { Store } from './store.js';

const LEASE = 'sweep';

export interface Sweeper {
	/** One sweep now, if this process holds the lease; the rows deleted (undefined when another process sweeps). */
	sweepOnce(): Promise<number | undefined>;
	stop(): Promise<void>;
}

/**
 * Deletes expired rows from the store on a timer, one process at a time: the lease lasts one interval, so
 * among processes sharing a store the holder sweeps and the others skip until it lapses.
 */
export function startSweeper(options: { store: Store; intervalMs: number; logger: Logger }): Sweeper {
	const { store, intervalMs, logger } = options;
	const holder = randomUUID();
	let running: Promise<number | undefined> | undefined;
	const sweepOnce = (): Promise<number | undefined> => {
		running ??= (async () => {
			try {
				if (!(await store.leases.acquire(LEASE, holder, intervalMs))) return undefined;
				const started = performance.now();
				const deleted = await store.sweep();
				logger.info({ deleted, ms: Math.round(performance.now() - started) }, 'store swept');
				return deleted;
			} catch (error) {
				// Nothing is lost: the rows wait for the next sweep.
				logger.warn({ err: error }, 'store sweep failed');
				return undefined;
			} finally {
				running = undefined;
			}
		})();
		return running;
	};
	const timer = intervalMs > 0 ? setInterval(() => void sweepOnce(), intervalMs) : undefined;
	timer?.unref();
	return {
		sweepOnce,
		async stop() {
			clearInterval(timer);
			await running;
		},
	};
}
