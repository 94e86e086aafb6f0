import type Keyv from 'keyv';
import { KeyedQueue } from '../core/keyedQueue.js';

const KEEP = 10;
const KEEP_MS = 30 * 24 * 3600_000;

/** The usernames a Discord user looked up lately, newest first: suggestions for autocomplete. */
export class RecentLookups {
	readonly #keyv: Keyv<string[]>;
	/** Writes per Discord user, in order: callers do not wait for remember(), and a forget() must come after it. */
	readonly #writes = new KeyedQueue();

	constructor(keyv: Keyv<string[]>) {
		this.#keyv = keyv;
	}

	async list(provider: string, discordUserId: string): Promise<string[]> {
		return (await this.#keyv.get(`${provider}:${discordUserId}`)) ?? [];
	}

	remember(provider: string, discordUserId: string, name: string): Promise<void> {
		return this.#writes.run(discordUserId, async () => {
			const key = `${provider}:${discordUserId}`;
			const previous = (await this.#keyv.get(key)) ?? [];
			const next = [name, ...previous.filter((item) => item.toLowerCase() !== name.toLowerCase())].slice(0, KEEP);
			await this.#keyv.set(key, next, KEEP_MS);
		});
	}

	forget(discordUserId: string, providers: readonly string[]): Promise<void> {
		return this.#writes.run(discordUserId, async () => {
			await Promise.all(providers.map((provider) => this.#keyv.delete(`${provider}:${discordUserId}`)));
		});
	}
}
