import type Keyv from 'keyv';

const KEEP = 10;
const KEEP_MS = 30 * 24 * 3600_000;

/** The usernames a Discord user looked up lately, newest first: suggestions for autocomplete. */
export class RecentLookups {
	readonly #keyv: Keyv<string[]>;

	constructor(keyv: Keyv<string[]>) {
		this.#keyv = keyv;
	}

	async list(provider: string, discordUserId: string): Promise<string[]> {
		return (await this.#keyv.get(`${provider}:${discordUserId}`)) ?? [];
	}

	async remember(provider: string, discordUserId: string, name: string): Promise<void> {
		const key = `${provider}:${discordUserId}`;
		const previous = (await this.#keyv.get(key)) ?? [];
		const next = [name, ...previous.filter((item) => item.toLowerCase() !== name.toLowerCase())].slice(0, KEEP);
		await this.#keyv.set(key, next, KEEP_MS);
	}

	async forget(discordUserId: string, providers: readonly string[]): Promise<void> {
		await Promise.all(providers.map((provider) => this.#keyv.delete(`${provider}:${discordUserId}`)));
	}
}
