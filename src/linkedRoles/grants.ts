import type Keyv from 'keyv';
import { underClaimLease } from '../accounts/claimLease.js';
import type { Leases } from '../core/leases.js';
import type { Sealed, SecretBox } from '../core/secrets.js';
import type { DiscordConnection, DiscordTokens } from './discordOAuth.js';

/** A connected account as /profile shows it: only verified ones whose owner made them visible to everyone. */
export interface ShownConnection {
	type: string;
	/** The account's id on its service (a Spotify user id, a YouTube channel id). */
	id: string;
	name: string;
}

/** What the bot keeps of a member's Discord grant; the tokens sealed, bound to the member. */
interface StoredGrant {
	tokens: Sealed;
	connections: ShownConnection[];
	grantedAt: number;
	/** Set when Discord refused the grant (revoked, or its refresh token refused): nothing is tried until consent is given again. */
	brokenAt?: number;
}

export interface Grant {
	tokens: DiscordTokens;
	connections: ShownConnection[];
	broken: boolean;
}

const keys = {
	grant: (discordUserId: string) => `discord-grant:${discordUserId}`,
	/** Who has granted, for the periodic refresh: the store has no listing of its own across backends. */
	index: 'discord-grants',
};
const sealContext = (discordUserId: string) => `discord-oauth:${discordUserId}`;

/** Visibility 1 is "Everyone" (Users resource, Connection Object, Visibility Types). */
const EVERYONE = 1;

/** The connections worth showing: verified, not revoked, visible to everyone. */
export function shownConnections(connections: readonly DiscordConnection[]): ShownConnection[] {
	return connections.filter((connection) => connection.verified && connection.revoked !== true && connection.visibility === EVERYONE).map(({ type, id, name }) => ({ type, id, name }));
}

/**
 * Members' Discord OAuth grants in the store ('links' namespace, beside their links): sealed tokens, the
 * connections read with them, and whether Discord still honours them.
 */
export class DiscordGrants {
	readonly #links: Keyv;
	readonly #box: SecretBox;
	readonly #leases: Leases;
	readonly #now: () => number;

	constructor(options: { links: Keyv; box: SecretBox; leases: Leases; now?: () => number }) {
		this.#links = options.links;
		this.#box = options.box;
		this.#leases = options.leases;
		this.#now = options.now ?? Date.now;
	}

	async get(discordUserId: string): Promise<Grant | undefined> {
		const stored = (await this.#links.get(keys.grant(discordUserId))) as StoredGrant | undefined;
		if (!stored) return undefined;
		const opened = this.#box.open(stored.tokens, sealContext(discordUserId));
		// Sealed under another key (ENCRYPTION_KEY changed) or tampered with: as good as no grant.
		if (opened === undefined) return undefined;
		return { tokens: JSON.parse(opened) as DiscordTokens, connections: stored.connections, broken: stored.brokenAt !== undefined };
	}

	/** The connections /profile shows, without opening the tokens. */
	async connections(discordUserId: string): Promise<ShownConnection[]> {
		const stored = (await this.#links.get(keys.grant(discordUserId))) as StoredGrant | undefined;
		return stored?.connections ?? [];
	}

	async save(discordUserId: string, tokens: DiscordTokens, connections: ShownConnection[]): Promise<void> {
		const grant: StoredGrant = { tokens: this.#box.seal(JSON.stringify(tokens), sealContext(discordUserId)), connections, grantedAt: this.#now() };
		await this.#links.set(keys.grant(discordUserId), grant);
		const ids = await this.ids();
		if (!ids.includes(discordUserId)) await this.#updateIndex((current) => (current.includes(discordUserId) ? current : [...current, discordUserId]));
	}

	/** New tokens (a refresh) or new connections (a periodic read), keeping the rest. */
	async update(discordUserId: string, change: { tokens?: DiscordTokens; connections?: ShownConnection[] }): Promise<void> {
		const stored = (await this.#links.get(keys.grant(discordUserId))) as StoredGrant | undefined;
		if (!stored) return;
		await this.#links.set(keys.grant(discordUserId), {
			...stored,
			...(change.tokens && { tokens: this.#box.seal(JSON.stringify(change.tokens), sealContext(discordUserId)) }),
			...(change.connections && { connections: change.connections }),
		} satisfies StoredGrant);
	}

	/** Discord refused the grant: kept (so /profile can say so) but never tried again; its connections are no longer shown. */
	async markBroken(discordUserId: string): Promise<void> {
		const stored = (await this.#links.get(keys.grant(discordUserId))) as StoredGrant | undefined;
		if (!stored || stored.brokenAt !== undefined) return;
		await this.#links.set(keys.grant(discordUserId), { ...stored, connections: [], brokenAt: this.#now() } satisfies StoredGrant);
	}

	async delete(discordUserId: string): Promise<void> {
		await this.#links.delete(keys.grant(discordUserId));
		await this.#updateIndex((current) => current.filter((id) => id !== discordUserId));
	}

	async ids(): Promise<string[]> {
		return ((await this.#links.get(keys.index)) as string[] | undefined) ?? [];
	}

	/** The index is read, changed and written under a lease in the store, so replicas granting at once lose no one. */
	#updateIndex(change: (current: string[]) => string[]): Promise<void> {
		return underClaimLease({ leases: this.#leases, name: 'discord-grants-index', busy: { key: 'links:errors.busy.linkedRolesIndex' } }, async (confirm) => {
			await confirm();
			const current = await this.ids();
			const next = change(current);
			if (next.length !== current.length) await this.#links.set(keys.index, next);
		});
	}
}
