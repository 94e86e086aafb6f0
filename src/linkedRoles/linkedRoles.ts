import { randomBytes } from 'node:crypto';
import type Keyv from 'keyv';
import type { RESTPutAPICurrentUserApplicationRoleConnectionJSONBody } from 'discord-api-types/v10';
import { underClaimLease } from '../accounts/claimLease.js';
import { matchesSecret, newSecret, secretHash } from '../core/browserSecrets.js';
import type { LinkStore } from '../accounts/linkStore.js';
import type { CatalogClient } from '../catalog/client.js';
import type { Leases } from '../core/leases.js';
import type { Logger } from '../core/logger.js';
import type { DiscogsClient } from '../discogs/client.js';
import { GrantRevokedError, type DiscordOAuth, type DiscordTokens } from './discordOAuth.js';
import { shownConnections, type DiscordGrants, type ShownConnection } from './grants.js';
import { roleConnectionFor } from './metadata.js';

/** Discord's own limit for the state's life is none; ours: a consent left open longer starts over. */
export const STATE_TTL_MS = 10 * 60_000;
/** Tokens this close to expiry are refreshed before use. */
const REFRESH_MARGIN_MS = 60_000;

/** How a consent ended, for the page the member lands on. */
export type ConsentResult =
	| { ok: true; discordUserId: string; username: string; connections: ShownConnection[]; metadata: Record<string, string>; platform: string | undefined }
	| { ok: false; reason: 'denied' | 'state' | 'browser' | 'grant' | 'unavailable' };

export interface LinkedRolesOptions {
	oauth: DiscordOAuth;
	grants: DiscordGrants;
	links: LinkStore;
	/** Where consent states wait for their callback ('links' namespace, with a TTL). */
	states: Keyv;
	leases: Leases;
	discogs: DiscogsClient;
	catalog: CatalogClient;
	logger: Logger;
	/** How often every member's role connection is pushed again. */
	refreshMs: number;
	/** The pause between members in that periodic push, so it takes a small share of the Discogs budget. */
	paceMs: number;
	now?: () => number;
}

/**
 * Linked Roles: the consent flow (state, code, tokens), the member's role connection pushed from their linked
 * Discogs and catalog accounts, again whenever a link changes and periodically, and their visible connections.
 */
export class LinkedRoles {
	readonly #options: LinkedRolesOptions;
	readonly #now: () => number;
	#timer: NodeJS.Timeout | undefined;
	#running: Promise<void> | undefined;
	#closed = false;
	readonly #holder = randomBytes(8).toString('hex');

	constructor(options: LinkedRolesOptions) {
		this.#options = options;
		this.#now = options.now ?? Date.now;
	}

	/**
	 * Starts a consent: a single-use state for Discord to send back, bound to the browser by `browserNonce` (which
	 * the caller sets as a cookie; only its hash is kept).
	 */
	async begin(): Promise<{ authorizeUrl: string; browserNonce: string }> {
		const state = newSecret();
		const browserNonce = newSecret();
		await this.#options.states.set(`oauth-state:${state}`, { nonce: secretHash(browserNonce), at: this.#now() }, STATE_TTL_MS);
		return { authorizeUrl: this.#options.oauth.authorizeUrl(state), browserNonce };
	}

	/** The callback: checks the state (once, within its life, from the browser that began) before anything else. */
	async complete(input: { state: string | undefined; browserNonce: string | undefined; code: string | undefined; error: string | undefined }): Promise<ConsentResult> {
		const { states, leases, oauth, grants, logger } = this.#options;
		if (!input.state) return { ok: false, reason: 'state' };
		const key = `oauth-state:${input.state}`;
		const stored = (await states.get(key)) as { nonce: string } | undefined;
		// Spent in one atomic step of the store: of two callbacks with one state (a replay), only the first goes on.
		if (!stored || !(await leases.acquire(`oauth-state-used:${input.state}`, `callback:${randomBytes(6).toString('hex')}`, STATE_TTL_MS))) return { ok: false, reason: 'state' };
		await states.delete(key);
		if (!matchesSecret(input.browserNonce, stored.nonce)) return { ok: false, reason: 'browser' };
		if (input.error !== undefined || !input.code) return { ok: false, reason: 'denied' };
		try {
			const tokens = await oauth.exchangeCode(input.code);
			const [me, connections] = await Promise.all([oauth.me(tokens.accessToken), oauth.connections(tokens.accessToken)]);
			const shown = shownConnections(connections);
			await grants.save(me.id, tokens, shown);
			const body = await this.#body(me.id);
			await oauth.putRoleConnection(tokens.accessToken, body);
			logger.info({ user: me.id, keys: Object.keys(body.metadata ?? {}) }, 'linked roles connected');
			return { ok: true, discordUserId: me.id, username: me.username, connections: shown, metadata: (body.metadata ?? {}) as Record<string, string>, platform: body.platform_name };
		} catch (error) {
			logger.warn({ err: error }, 'linked roles consent failed');
			return { ok: false, reason: error instanceof GrantRevokedError ? 'grant' : 'unavailable' };
		}
	}

	/** Pushes the member's role connection from what they link now; nothing without a grant, or with a broken one. */
	async push(discordUserId: string, options: { connections?: boolean } = {}): Promise<'pushed' | 'none' | 'broken'> {
		const { oauth, grants } = this.#options;
		const grant = await grants.get(discordUserId);
		if (!grant) return 'none';
		if (grant.broken) return 'broken';
		const body = await this.#body(discordUserId);
		const attempt = async (tokens: DiscordTokens) => {
			await oauth.putRoleConnection(tokens.accessToken, body);
			if (options.connections) await grants.update(discordUserId, { connections: shownConnections(await oauth.connections(tokens.accessToken)) });
		};
		try {
			try {
				await attempt(await this.#fresh(discordUserId, grant.tokens, false));
			} catch (error) {
				// An access token refused before its time (Discord may revoke early): one refresh, then the verdict.
				if (!(error instanceof GrantRevokedError)) throw error;
				await attempt(await this.#fresh(discordUserId, grant.tokens, true));
			}
			return 'pushed';
		} catch (error) {
			if (!(error instanceof GrantRevokedError)) throw error;
			await grants.markBroken(discordUserId);
			this.#options.logger.info({ user: discordUserId }, 'linked roles grant revoked; marked broken');
			return 'broken';
		}
	}

	/** A link changed: pushed in the background, off the member's answer. */
	changed(discordUserId: string): void {
		void this.push(discordUserId).catch((error: unknown) => this.#options.logger.warn({ err: error, user: discordUserId }, 'linked roles push failed'));
	}

	/** `/unlink all`: the role connection is removed while the tokens still work, then they go. */
	async disconnect(discordUserId: string): Promise<void> {
		const grant = await this.#options.grants.get(discordUserId);
		if (grant && !grant.broken) {
			try {
				const tokens = await this.#fresh(discordUserId, grant.tokens, false);
				await this.#options.oauth.deleteRoleConnection(tokens.accessToken);
			} catch (error) {
				// Gone already on Discord's side, or Discord down: the tokens are deleted anyway, as the member asked.
				this.#options.logger.warn({ err: error, user: discordUserId }, 'could not empty the role connection before deleting the grant');
			}
		}
		await this.#options.grants.delete(discordUserId);
	}

	/** Periodic pushes, in one process at a time of those on the store (a lease held for most of the period). */
	start(): void {
		const tick = () => {
			this.#running ??= this.#refreshAll().finally(() => {
				this.#running = undefined;
			});
		};
		this.#timer = setInterval(tick, this.#options.refreshMs);
		this.#timer.unref();
	}

	async close(): Promise<void> {
		clearInterval(this.#timer);
		this.#closed = true;
		await this.#running;
	}

	async #refreshAll(): Promise<void> {
		const { leases, grants, logger, paceMs, refreshMs } = this.#options;
		if (!(await leases.acquire('linked-roles-refresh', this.#holder, Math.max(1000, refreshMs - 1000)).catch(() => false))) return;
		const ids = await grants.ids();
		let pushed = 0;
		for (const id of ids) {
			if (this.#closed) return;
			try {
				if ((await this.push(id, { connections: true })) === 'pushed') pushed++;
			} catch (error) {
				logger.warn({ err: error, user: id }, 'periodic linked roles push failed');
			}
			await new Promise((resolve) => setTimeout(resolve, paceMs));
		}
		logger.info({ members: ids.length, pushed }, 'linked roles refreshed');
	}

	/** Tokens good for a while: refreshed under a lease per member, so two processes never spend one refresh token. */
	async #fresh(discordUserId: string, tokens: DiscordTokens, force: boolean): Promise<DiscordTokens> {
		if (!force && tokens.expiresAt - this.#now() > REFRESH_MARGIN_MS) return tokens;
		const { leases, grants, oauth } = this.#options;
		return underClaimLease({ leases, name: `discord-refresh:${discordUserId}`, busy: { key: 'links:errors.busy.linkedRoles' } }, async (confirm) => {
			await confirm();
			// Another process may have refreshed meanwhile: its tokens are the ones that work now.
			const current = await grants.get(discordUserId);
			if (current && current.tokens.refreshToken !== tokens.refreshToken && current.tokens.expiresAt - this.#now() > REFRESH_MARGIN_MS) return current.tokens;
			const next = await oauth.refresh(tokens.refreshToken);
			await grants.update(discordUserId, { tokens: next });
			return next;
		});
	}

	async #body(discordUserId: string): Promise<RESTPutAPICurrentUserApplicationRoleConnectionJSONBody> {
		const { links, discogs, catalog } = this.#options;
		const record = await links.get(discordUserId);
		// A provider that fails here fails the push: pushing without its figures would take roles away for an outage.
		const catalogId = record.catalog && catalog.configured ? record.catalog.id : undefined;
		const [profile, user, songs] = await Promise.all([
			record.discogs ? discogs.getProfile(record.discogs.username) : undefined,
			catalogId === undefined ? undefined : catalog.getUser(catalogId),
			// The catalog's artists are the owners of released songs: one song is enough to know.
			catalogId === undefined ? undefined : catalog.getSongs(catalogId, { offset: 0, limit: 1 }),
		]);
		return roleConnectionFor({
			...(record.discogs && profile && { discogs: { username: record.discogs.username, profile: profile.value } }),
			...(user && songs && { catalog: { user: user.value, releasedSongs: songs.value.total } }),
		});
	}
}
