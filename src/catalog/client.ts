import type Keyv from 'keyv';
import type { Config } from '../core/config.js';
import { UserError } from '../core/errors.js';
import type { MessageKey } from '../i18n/messages.js';
import type { Leases } from '../core/leases.js';
import type { Logger } from '../core/logger.js';
import type { SecretBox } from '../core/secrets.js';
import type { UpstreamHooks } from '../observability/hooks.js';
import type { Cached, ResourceCache } from '../providers/cache.js';
import { CatalogHttp, isUnauthorized, type CatalogRequest } from './http.js';
import {
	catalogSongListSchema,
	catalogUserSchema,
	countSchema,
	publicView,
	type CatalogSong,
	type CatalogUser,
} from './schemas.js';
import { CatalogRenewal } from './renewal.js';
import { CatalogSession, type CatalogStatus } from './session.js';
import { looksLikeJwt } from './tokens.js';

export const DEFAULT_SONGS_LIMIT = 10;
/** The minting states in which a song is out in public; drafts and songs in progress are the owner's business. */
const RELEASED_STATUSES = 'Released,Distributed,Minted';
/** The server has no maximum; this keeps one command from loading a whole discography. */
export const MAX_SONGS_LIMIT = 100;
const MAX_SHOWN_ID_LENGTH = 64;
/** The catalog's ids are UUIDs; anything else would only earn a 422, or change the request path. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const NOT_CONFIGURED = 'catalog:errors.notConfigured' satisfies MessageKey;
export const TOKEN_REFUSED = 'catalog:errors.tokenRefused' satisfies MessageKey;
export const TOKEN_MALFORMED = 'catalog:errors.tokenMalformed' satisfies MessageKey;

export interface SongsOptions {
	offset?: number;
	limit?: number;
}

export interface CatalogSongsPage {
	songs: CatalogSong[];
	/** The owner's released songs in all, from `/v1/songs/count`. */
	total: number;
}

export interface CatalogClient {
	/** False when the bot has no catalog credentials: only getMe (with a user's token) works then. */
	readonly configured: boolean;
	/** The public view of a user (private fields stripped, even for the bot's own account); `fresh` skips a fresh cached copy. */
	getUser(id: string, options?: { fresh?: boolean }): Promise<Cached<CatalogUser>>;
	/** The full record of the token's owner, private fields included, for linking. Never cached; the token is never logged. */
	getMe(accessToken: string): Promise<CatalogUser>;
	getSongs(ownerId: string, options?: SongsOptions): Promise<Cached<CatalogSongsPage>>;
	/**
	 * Logs how long the bot's credentials have left and keeps the session alive from then on (a check now, then
	 * hourly), so that it never lapses while the bot runs. Resolves after the first check; close() stops it.
	 */
	start(): Promise<void>;
	/** The session's state for /healthz: never a reason to take the bot out of service. */
	health(): CatalogStatus;
	close(): Promise<void>;
	/** Drops the cached profile (its owner asked us to delete what we keep about them). */
	forgetUser(id: string): Promise<void>;
}

export interface CatalogClientOptions {
	config: Config['catalog'];
	cache: ResourceCache;
	/** The store's 'secrets' namespace, where the bot's refresh token is kept sealed. */
	secrets: Keyv;
	box: SecretBox;
	/** The store's leases: one process at a time spends the shared refresh token. */
	leases: Leases;
	logger: Logger;
	now?: () => number;
	/** How often the background renewal looks at the refresh token (default hourly). */
	renewCheckMs?: number;
	/** Told of every HTTP request's status, for metrics. */
	metrics?: UpstreamHooks;
}

/** Typed cache keys; ids are lower-cased, as the server writes them. */
export const catalogCacheKeys = {
	user: (id: string) => `catalog:user:${id}`,
	songs: (ownerId: string, offset: number, limit: number) => `catalog:songs:${ownerId}:${offset}:${limit}`,
};

/** Checks a catalog user id before it goes into a URL; returns it lower-cased. `me` is refused: it means the bot. */
export function parseCatalogUserId(input: string): string {
	const id = input.trim();
	if (!UUID.test(id)) {
		const shown = input.replace(/[`\p{Cc}]/gu, '').slice(0, MAX_SHOWN_ID_LENGTH);
		throw new UserError('catalog:errors.notAnId', { input: shown });
	}
	return id.toLowerCase();
}

function songsPage(options: SongsOptions): { offset: number; limit: number } {
	const offset = options.offset ?? 0;
	const limit = options.limit ?? DEFAULT_SONGS_LIMIT;
	if (!Number.isInteger(offset) || offset < 0) throw new UserError('catalog:errors.offset');
	if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SONGS_LIMIT) {
		throw new UserError('catalog:errors.limit', { max: MAX_SONGS_LIMIT });
	}
	return { offset, limit };
}

/** Accepts the token as pasted, with or without `Bearer `. */
function parseAccessToken(input: string): string {
	const token = input.trim().replace(/^Bearer\s+/i, '');
	if (!looksLikeJwt(token)) throw new UserError(TOKEN_MALFORMED);
	return token;
}

export function createCatalogClient(options: CatalogClientOptions): CatalogClient {
	const { config, cache, logger } = options;
	const http = new CatalogHttp({ config, logger, metrics: options.metrics });
	const now = options.now ?? Date.now;
	const session = new CatalogSession({ config, http, secrets: options.secrets, box: options.box, leases: options.leases, logger, now });
	const renewal = new CatalogRenewal({ session, logger, now, ...(options.renewCheckMs !== undefined && { intervalMs: options.renewCheckMs }) });
	const configured = config.credentials !== undefined;
	let closing: Promise<void> | undefined;

	function requireConfigured(): void {
		if (!configured) throw new UserError(NOT_CONFIGURED);
	}

	/**
	 * A request with the bot's token. A 401 renews the session; a 401 for a token the catalog has just issued is
	 * the operator's problem, while one taken from the store (another process's) earns one more, real, renewal.
	 */
	async function asBot<T>(request: Omit<CatalogRequest<T>, 'token'>): Promise<T> {
		let token = await session.accessToken();
		for (let renewals = 0; ; renewals += 1) {
			try {
				return await http.request({ ...request, token });
			} catch (error) {
				if (!isUnauthorized(error)) throw error;
				if (renewals === 2 || (renewals === 1 && !session.takenFromStore(token))) throw session.rejected(error.detail);
			}
			token = await session.renewAfter(token);
		}
	}

	return {
		configured,

		async getUser(input, { fresh = false } = {}) {
			requireConfigured();
			const id = parseCatalogUserId(input);
			return cache.lookup(catalogCacheKeys.user(id), {
				ttlMs: config.profileTtlMs,
				bypass: fresh,
				// Stripped before caching, so no later reader can show what only the account owner may see.
				load: async () =>
					publicView(
						await asBot({
							path: `/v1/users/${id}`,
							schema: catalogUserSchema,
							notFoundMessage: { key: 'catalog:errors.noSuchId', params: { id } },
							// The bot's own account comes back with its private fields.
							sensitive: true,
						}),
					),
			});
		},

		async getMe(input) {
			const token = parseAccessToken(input);
			try {
				return await http.request({ path: '/v1/users/me', token, schema: catalogUserSchema, sensitive: true });
			} catch (error) {
				if (isUnauthorized(error)) throw new UserError(TOKEN_REFUSED);
				throw error;
			}
		},

		async getSongs(input, pageOptions = {}) {
			requireConfigured();
			const ownerId = parseCatalogUserId(input);
			const { offset, limit } = songsPage(pageOptions);
			return cache.lookup(catalogCacheKeys.songs(ownerId, offset, limit), {
				ttlMs: config.songsTtlMs,
				load: async () => {
					const [songs, count] = await Promise.all([
						asBot({ path: '/v1/songs', query: { ownerIds: ownerId, mintingStatuses: RELEASED_STATUSES, offset, limit }, schema: catalogSongListSchema }),
						asBot({ path: '/v1/songs/count', query: { ownerIds: ownerId, mintingStatuses: RELEASED_STATUSES }, schema: countSchema }),
					]);
					return { songs, total: count.count };
				},
			});
		},

		async start() {
			if (configured) await renewal.start();
		},

		health: () => session.status(),

		close() {
			closing ??= renewal.stop().then(() => http.close());
			return closing;
		},

		forgetUser: (id) => cache.forget(catalogCacheKeys.user(id.toLowerCase())),
	};
}
