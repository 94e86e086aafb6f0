export interface RestartBackoffOptions {
	/** The wait before the first restart after a run that stayed up. */
	initialMs: number;
	/** The wait never grows past this. */
	maxMs: number;
	/** A run at least this long counts as healthy: the next exit waits initialMs again. */
	stableMs: number;
}

/** 1 s, 2 s, 4 s … up to a minute between restarts of a process that keeps dying; back to 1 s once it ran a minute. */
export const SHARD_RESTART_BACKOFF: RestartBackoffOptions = { initialMs: 1_000, maxMs: 60_000, stableMs: 60_000 };

/**
 * When to restart a process that exited: at once would turn a crash at start-up (a bad deploy, a store that is
 * down) into a busy loop of forks and IDENTIFYs; waiting ever longer keeps that cheap, and a run that stays up a
 * while is taken as recovery.
 */
export class RestartBackoff {
	readonly #options: RestartBackoffOptions;
	/** Restarts in a row whose runs were all shorter than stableMs. */
	#failures = 0;
	#startedAt: number | undefined;

	constructor(options: RestartBackoffOptions = SHARD_RESTART_BACKOFF) {
		this.#options = options;
	}

	/** The process (re)started at `now`. */
	started(now: number): void {
		this.#startedAt = now;
	}

	/** The process exited at `now`: how long to wait before starting it again. */
	exited(now: number): number {
		if (this.#startedAt !== undefined && now - this.#startedAt >= this.#options.stableMs) this.#failures = 0;
		this.#startedAt = undefined;
		const delay = Math.min(this.#options.initialMs * 2 ** this.#failures, this.#options.maxMs);
		// Past the cap the exponent no longer matters; keeping it small keeps 2 ** n finite for a process that dies forever.
		if (delay < this.#options.maxMs) this.#failures += 1;
		return delay;
	}
}
