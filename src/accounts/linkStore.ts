import { randomInt } from 'node:crypto';
import type Keyv from 'keyv';
import { UserError } from '../core/errors.js';
import type { Leases } from '../core/leases.js';
import type { Sealed, SecretBox } from '../core/secrets.js';
import { underClaimLease } from './claimLease.js';

export type Service = 'discogs' | 'catalog';
export type Privacy = 'everyone' | 'nobody';

export interface OAuthTokens {
	token: string;
	secret: string;
}

export interface DiscogsLink {
	username: string;
	id: number;
	/** How ownership was proven. */
	method: 'oauth' | 'profile-code';
	linkedAt: number;
	/** Discogs refused the stored OAuth token (revoked): the user must link again to edit. */
	broken?: boolean;
	/** The OAuth access token and secret, sealed; never stored in clear. */
	oauth?: Sealed;
}

export interface CatalogLink {
	id: string;
	method: 'token' | 'bio-code';
	linkedAt: number;
	/**
	 * The private fields (email, wallet address, OAuth type) as the catalog showed them to their owner when
	 * linking with a token, sealed: the bot forgets the token, and its own credentials cannot see them.
	 */
	privateFields?: Sealed;
}

export interface LinkRecord {
	discogs?: DiscogsLink;
	catalog?: CatalogLink;
}

export interface PendingCode {
	service: Service;
	/** The remote account the code must appear on: a Discogs username or a catalog user id. */
	target: string;
	code: string;
	expiresAt: number;
	/** When the code linked its account: a used code is no longer pending, but its message still shows a Verify button. */
	usedAt?: number;
}

/** An OAuth request as stored: the sealed request token until it is taken, then only when it was taken. */
interface StoredOAuthRequest {
	sealed?: Sealed;
	expiresAt: number;
	usedAt?: number;
}

/** A profile code lives 15 minutes, as does a Discogs OAuth request token. */
export const PENDING_TTL_MS = 15 * 60_000;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export interface LinkStoreOptions {
	links: Keyv;
	settings: Keyv;
	box: SecretBox;
	/** The store's leases (`store.leases`): claims of one remote account take one, in whichever process they run. */
	leases: Leases;
	/** How long a profile code and an OAuth request stay valid (default 15 minutes). */
	codeTtlMs?: number;
	now?: () => number;
	/** Told after a link is made or removed (Linked Roles push the member's figures again). */
	onChange?: (discordUserId: string) => void;
}

const keys = {
	user: (discordUserId: string) => `user:${discordUserId}`,
	owner: (service: Service, remote: string) => `owner:${service}:${remote.toLowerCase()}`,
	pending: (discordUserId: string, service: Service) => `pending:${discordUserId}:${service}`,
	oauthRequest: (discordUserId: string) => `oauth-request:${discordUserId}`,
	privacy: (discordUserId: string) => `privacy:${discordUserId}`,
};

const taken = (service: Service) => new UserError(`links:errors.taken.${service}`);

/**
 * Who is linked to what, kept in the store. Each remote account belongs to at most one Discord user (an
 * owner index enforces it); secrets are sealed with the store's key, bound to the Discord user they belong to.
 */
export class LinkStore {
	readonly #links: Keyv;
	readonly #settings: Keyv;
	readonly #box: SecretBox;
	readonly #now: () => number;
	readonly #codeTtlMs: number;
	readonly #leases: Leases;
	readonly #onChange: (discordUserId: string) => void;

	constructor(options: LinkStoreOptions) {
		this.#links = options.links;
		this.#settings = options.settings;
		this.#box = options.box;
		this.#leases = options.leases;
		this.#onChange = options.onChange ?? (() => undefined);
		this.#now = options.now ?? Date.now;
		this.#codeTtlMs = options.codeTtlMs ?? PENDING_TTL_MS;
	}

	async get(discordUserId: string): Promise<LinkRecord> {
		return ((await this.#links.get(keys.user(discordUserId))) as LinkRecord | undefined) ?? {};
	}

	async privacy(discordUserId: string): Promise<Privacy> {
		return ((await this.#settings.get(keys.privacy(discordUserId))) as Privacy | undefined) ?? 'everyone';
	}

	async setPrivacy(discordUserId: string, privacy: Privacy): Promise<void> {
		if (privacy === 'everyone') await this.#settings.delete(keys.privacy(discordUserId));
		else await this.#settings.set(keys.privacy(discordUserId), privacy);
	}

	linkDiscogs(discordUserId: string, link: { username: string; id: number; method: DiscogsLink['method']; oauth?: OAuthTokens }): Promise<void> {
		return this.#claim('discogs', link.username, discordUserId, async (record) => {
			const discogs: DiscogsLink = { username: link.username, id: link.id, method: link.method, linkedAt: this.#now() };
			if (link.oauth) discogs.oauth = this.#box.seal(JSON.stringify(link.oauth), `discogs-oauth:${discordUserId}`);
			return { ...record, discogs };
		});
	}

	linkCatalog(discordUserId: string, link: { id: string; method: CatalogLink['method']; privateFields?: Record<string, string> }): Promise<void> {
		return this.#claim('catalog', link.id, discordUserId, async (record) => {
			const catalog: CatalogLink = { id: link.id.toLowerCase(), method: link.method, linkedAt: this.#now() };
			if (link.privateFields && Object.keys(link.privateFields).length > 0) {
				catalog.privateFields = this.#box.seal(JSON.stringify(link.privateFields), `catalog-private:${discordUserId}`);
			}
			return { ...record, catalog };
		});
	}

	/** The catalog private fields saved at link time, for their owner's eyes only. */
	async catalogPrivateFields(discordUserId: string): Promise<Record<string, string> | undefined> {
		const sealed = (await this.get(discordUserId)).catalog?.privateFields;
		const opened = sealed && this.#box.open(sealed, `catalog-private:${discordUserId}`);
		return opened ? (JSON.parse(opened) as Record<string, string>) : undefined;
	}

	/** The user's Discogs OAuth token, opened; undefined without an OAuth link or when it cannot be opened. */
	async discogsOAuth(discordUserId: string): Promise<OAuthTokens | undefined> {
		const sealed = (await this.get(discordUserId)).discogs?.oauth;
		const opened = sealed && this.#box.open(sealed, `discogs-oauth:${discordUserId}`);
		return opened ? (JSON.parse(opened) as OAuthTokens) : undefined;
	}

	async markDiscogsBroken(discordUserId: string): Promise<void> {
		const record = await this.get(discordUserId);
		if (!record.discogs) return;
		const { oauth: _revoked, ...rest } = record.discogs;
		await this.#links.set(keys.user(discordUserId), { ...record, discogs: { ...rest, broken: true } });
	}

	/** Removes one link (and its owner entry); false when there was none. */
	async unlink(discordUserId: string, service: Service): Promise<boolean> {
		const record = await this.get(discordUserId);
		const link = record[service];
		if (!link) return false;
		const remote = 'username' in link ? link.username : link.id;
		const { [service]: _removed, ...rest } = record;
		const userKey = keys.user(discordUserId);
		// The member's record first: were the owner entry to go first and the record stay, another member could
		// claim an account this one still shows as linked.
		if (Object.keys(rest).length === 0) await this.#links.delete(userKey);
		else await this.#links.set(userKey, rest);
		try {
			await this.#releaseOwner(service, remote, discordUserId);
		} catch (error) {
			await this.#links.set(userKey, record).catch(() => undefined);
			throw error;
		}
		await this.#links.delete(keys.pending(discordUserId, service));
		this.#onChange(discordUserId);
		return true;
	}

	/** Everything kept about the user here: links, tokens, settings, pending codes and OAuth requests. */
	async deleteAll(discordUserId: string): Promise<void> {
		await this.unlink(discordUserId, 'discogs');
		await this.unlink(discordUserId, 'catalog');
		await Promise.all([
			this.#links.delete(keys.pending(discordUserId, 'discogs')),
			this.#links.delete(keys.pending(discordUserId, 'catalog')),
			this.#links.delete(keys.oauthRequest(discordUserId)),
			this.#settings.delete(keys.privacy(discordUserId)),
		]);
	}

	/**
	 * A one-time code for proving ownership of `target`: the one already handed out while it is valid (so every
	 * message that showed it stays true), else a fresh one replacing any earlier one for that service.
	 */
	async createCode(discordUserId: string, service: Service, target: string): Promise<PendingCode> {
		const current = await this.pendingCode(discordUserId, service);
		if (current && current.target.toLowerCase() === target.toLowerCase()) return current;
		const code = `XF-${Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')}`;
		const pending: PendingCode = { service, target, code, expiresAt: this.#now() + this.#codeTtlMs };
		await this.#links.set(keys.pending(discordUserId, service), pending, this.#codeTtlMs);
		return pending;
	}

	/** The pending code, unless it expired or was used. */
	async pendingCode(discordUserId: string, service: Service): Promise<PendingCode | undefined> {
		const pending = (await this.#links.get(keys.pending(discordUserId, service))) as PendingCode | undefined;
		return pending && pending.usedAt === undefined && pending.expiresAt > this.#now() ? pending : undefined;
	}

	/** The code that linked its account lately (within a code's lifetime of its use), so a second Verify hears so. */
	async usedCode(discordUserId: string, service: Service): Promise<PendingCode | undefined> {
		const pending = (await this.#links.get(keys.pending(discordUserId, service))) as PendingCode | undefined;
		return pending?.usedAt !== undefined && pending.usedAt + this.#codeTtlMs > this.#now() ? pending : undefined;
	}

	async putOAuthRequest(discordUserId: string, tokens: OAuthTokens): Promise<void> {
		const sealed = this.#box.seal(JSON.stringify(tokens), `discogs-oauth-request:${discordUserId}`);
		await this.#links.set(keys.oauthRequest(discordUserId), { sealed, expiresAt: this.#now() + this.#codeTtlMs }, this.#codeTtlMs);
	}

	/**
	 * The pending OAuth request token, once: as it is read, the token is dropped and only the time it was taken
	 * stays for a while (see oauthRequestUsed).
	 */
	async takeOAuthRequest(discordUserId: string): Promise<OAuthTokens | undefined> {
		const key = keys.oauthRequest(discordUserId);
		const stored = (await this.#links.get(key)) as StoredOAuthRequest | undefined;
		if (stored?.usedAt !== undefined) return undefined;
		if (!stored?.sealed || stored.expiresAt <= this.#now()) {
			await this.#links.delete(key);
			return undefined;
		}
		const used: StoredOAuthRequest = { expiresAt: stored.expiresAt, usedAt: this.#now() };
		await this.#links.set(key, used, this.#codeTtlMs);
		const opened = this.#box.open(stored.sealed, `discogs-oauth-request:${discordUserId}`);
		return opened ? (JSON.parse(opened) as OAuthTokens) : undefined;
	}

	/** Whether the user's OAuth request was taken lately: a code entered again is told so, not that it expired. */
	async oauthRequestUsed(discordUserId: string): Promise<boolean> {
		const stored = (await this.#links.get(keys.oauthRequest(discordUserId))) as StoredOAuthRequest | undefined;
		return stored?.usedAt !== undefined && stored.usedAt + this.#codeTtlMs > this.#now();
	}

	/** Which Discord user a remote account is linked to, if any. */
	async ownerOf(service: Service, remote: string): Promise<string | undefined> {
		return (await this.#links.get(keys.owner(service, remote))) as string | undefined;
	}

	/** Throws the member's answer when `remote` is linked to another Discord user: checked before a code is handed out. */
	async assertClaimable(service: Service, remote: string, discordUserId: string): Promise<void> {
		const owner = await this.ownerOf(service, remote);
		if (owner !== undefined && owner !== discordUserId) throw taken(service);
	}

	/** Under the account's lease in the store: two claims of one account, in any processes, never both pass the check. */
	async #claim(service: Service, remote: string, discordUserId: string, update: (record: LinkRecord) => Promise<LinkRecord>): Promise<void> {
		const ownerKey = keys.owner(service, remote);
		return underClaimLease({ leases: this.#leases, name: `link-claim:${ownerKey}`, busy: { key: `links:errors.busy.${service}` } }, async (confirm) => {
			const record = await this.get(discordUserId);
			const old = record[service];
			const oldRemote = old && ('username' in old ? old.username : old.id);
			const next = await update(record);
			await confirm();
			const owner = (await this.#links.get(ownerKey)) as string | undefined;
			if (owner !== undefined && owner !== discordUserId) throw taken(service);
			try {
				await this.#links.set(ownerKey, discordUserId);
				await this.#links.set(keys.user(discordUserId), next);
			} catch (error) {
				// Put back what was there, so the member's "nothing changed" is true; a store that refused one write
				// usually refuses these too, and then nothing had changed anyway.
				await (owner === undefined ? this.#links.delete(ownerKey) : this.#links.set(ownerKey, owner)).catch(() => undefined);
				throw error;
			}
			// Only once the new link stands: the old account's entry goes, and the code is spent.
			if (oldRemote !== undefined && oldRemote.toLowerCase() !== remote.toLowerCase()) await this.#releaseOwner(service, oldRemote, discordUserId);
			await this.#spendCode(discordUserId, service, remote);
			this.#onChange(discordUserId);
		});
	}

	/** Drops the owner entry of `remote` if it still names the member: another member may have claimed it since. */
	async #releaseOwner(service: Service, remote: string, discordUserId: string): Promise<void> {
		const key = keys.owner(service, remote);
		if ((await this.#links.get(key)) === discordUserId) await this.#links.delete(key);
	}

	/** The code for the account just linked stays a while, marked used: the message that showed it still has a Verify button. */
	async #spendCode(discordUserId: string, service: Service, remote: string): Promise<void> {
		const key = keys.pending(discordUserId, service);
		const pending = await this.pendingCode(discordUserId, service);
		if (pending && pending.target.toLowerCase() === remote.toLowerCase()) await this.#links.set(key, { ...pending, usedAt: this.#now() }, this.#codeTtlMs);
		else await this.#links.delete(key);
	}
}
