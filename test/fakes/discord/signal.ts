/** A value that is set once and can be awaited with a deadline. */
export class Signal<T> {
	#value: { readonly current: T } | undefined;
	readonly #listeners = new Set<(value: T) => void>();

	get settled(): boolean {
		return this.#value !== undefined;
	}

	get value(): T | undefined {
		return this.#value?.current;
	}

	set(value: T): void {
		if (this.#value) return;
		this.#value = { current: value };
		for (const listener of this.#listeners) listener(value);
		this.#listeners.clear();
	}

	/** `describe` is called on timeout so the error can say what had happened so far. */
	wait(timeoutMs: number, describe: () => string): Promise<T> {
		if (this.#value) return Promise.resolve(this.#value.current);
		return new Promise<T>((resolve, reject) => {
			const listener = (value: T): void => {
				clearTimeout(timer);
				resolve(value);
			};
			const timer = setTimeout(() => {
				this.#listeners.delete(listener);
				reject(new Error(`${describe()} (waited ${timeoutMs} ms)`));
			}, timeoutMs);
			this.#listeners.add(listener);
		});
	}
}

/** Resolves when `emit` is next called; a fresh promise per wait. */
export class Pulse {
	readonly #listeners = new Set<() => void>();

	emit(): void {
		const listeners = [...this.#listeners];
		this.#listeners.clear();
		for (const listener of listeners) listener();
	}

	wait(timeoutMs: number, describe: () => string): Promise<void> {
		return new Promise<void>((resolve, reject) => {
			const listener = (): void => {
				clearTimeout(timer);
				resolve();
			};
			const timer = setTimeout(() => {
				this.#listeners.delete(listener);
				reject(new Error(`${describe()} (waited ${timeoutMs} ms)`));
			}, timeoutMs);
			this.#listeners.add(listener);
		});
	}
}
