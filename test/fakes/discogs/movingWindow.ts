/** Discogs's moving window: a request counts for `windowMs` after it arrived; refused requests do not count. */
export class MovingWindow {
	#hits: number[] = [];

	take(limit: number, windowMs: number, now: number): { allowed: boolean; used: number } {
		this.#hits = this.#hits.filter((at) => at > now - windowMs);
		if (this.#hits.length >= limit) return { allowed: false, used: this.#hits.length };
		this.#hits.push(now);
		return { allowed: true, used: this.#hits.length };
	}

	clear(): void {
		this.#hits = [];
	}
}
