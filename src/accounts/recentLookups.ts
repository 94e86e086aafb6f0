import type Keyv from 'keyv';
import { KeyedQueue } from '../core/keyedQueue.js';

const KEEP = 10;
const KEEP_MS = 30 * 24 * 3600_000;
/**
 * Lookups by one member within this long of the first are written to the store together, in one read and one
 * write: a member going through several profiles costs the store one round trip, not two per lookup.
 */
export const RECENT_WRITE_DELAY_MS = 1_000;

/** `first`, then the names of `then` not among them (case-insensitively), at most KEEP. */
function newestFirst(first: readonly string[], then: readonly string[]): string[] {
	const taken = new Set(first.map((name) => name.toLowerCase()));
	return [...first, ...then.filter((name) => !taken.has(name.toLowerCase()))].slice(0, KEEP);
}

/** Names looked up since the last write, newest first, and the write that will store them. */
interface Pending {
	names: string[];
	written: Promise<void>;
}

/**
 * The usernames a Discord user looked up lately, newest first: suggestions for autocomplete. A hint, so
 * writes wait a moment to be gathered (they are seen at once by this process, by the others after the write).
 */
export class RecentLookups {
	readonly #keyv: Keyv<string[]>;
	/** Writes per Discord user, in order: a forget() must come after the writes queued before it. */
	readonly #writes = new KeyedQueue();
	readonly #pending = new Map<string, Pending>();
	/** Batches being written: still part of list() until the store has them. */
	readonly #writing = new Map<string, Pending>();
	readonly #delayMs: number;

	constructor(keyv: Keyv<string[]>, options: { delayMs?: number } = {}) {
		this.#keyv = keyv;
		this.#delayMs = options.delayMs ?? RECENT_WRITE_DELAY_MS;
	}

	async list(provider: string, discordUserId: string): Promise<string[]> {
		const key = `${provider}:${discordUserId}`;
		const stored = (await this.#keyv.get(key)) ?? [];
		return newestFirst([...(this.#pending.get(key)?.names ?? []), ...(this.#writing.get(key)?.names ?? [])], stored);
	}

	/** Resolves once the name is in the store (within RECENT_WRITE_DELAY_MS); callers need not wait for it. */
	remember(provider: string, discordUserId: string, name: string): Promise<void> {
		const key = `${provider}:${discordUserId}`;
		let pending = this.#pending.get(key);
		if (!pending) {
			const batch: Pending = { names: [], written: Promise.resolve() };
			batch.written = new Promise<void>((resolve) => setTimeout(resolve, this.#delayMs).unref()).then(() =>
				this.#writes.run(discordUserId, () => this.#write(key, batch)),
			);
			this.#pending.set(key, batch);
			pending = batch;
		}
		pending.names = newestFirst([name], pending.names);
		return pending.written;
	}

	forget(discordUserId: string, providers: readonly string[]): Promise<void> {
		// Whatever was still waiting to be written goes too: the member asked for all of it to go.
		for (const provider of providers) {
			this.#pending.delete(`${provider}:${discordUserId}`);
			this.#writing.delete(`${provider}:${discordUserId}`);
		}
		return this.#writes.run(discordUserId, async () => {
			await Promise.all(providers.map((provider) => this.#keyv.delete(`${provider}:${discordUserId}`)));
		});
	}

	async #write(key: string, batch: Pending): Promise<void> {
		// Forgotten meanwhile: nothing of it may come back.
		if (this.#pending.get(key) !== batch) return;
		this.#pending.delete(key);
		this.#writing.set(key, batch);
		try {
			// Read when writing, not when asked: another process may have added names in the meantime.
			const stored = (await this.#keyv.get(key)) ?? [];
			await this.#keyv.set(key, newestFirst(batch.names, stored), KEEP_MS);
		} finally {
			if (this.#writing.get(key) === batch) this.#writing.delete(key);
		}
	}
}
