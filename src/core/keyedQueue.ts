/** Runs tasks one at a time per key, in the order they were queued; different keys run side by side. */
export class KeyedQueue {
	readonly #tails = new Map<string, Promise<unknown>>();

	run<T>(key: string, task: () => Promise<T>): Promise<T> {
		const result = (this.#tails.get(key) ?? Promise.resolve()).then(task);
		const tail = result.catch(() => undefined);
		this.#tails.set(key, tail);
		// Forget the key once its last task is done, so the map does not grow with every key ever seen.
		void tail.then(() => {
			if (this.#tails.get(key) === tail) this.#tails.delete(key);
		});
		return result;
	}
}
