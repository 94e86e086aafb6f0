import type { Config } from '../core/config.js';
import { ProviderError, UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { RateWindow } from '../core/rateWindow.js';
import type { UpstreamHooks } from '../observability/hooks.js';
import type { Cached, ResourceCache } from '../providers/cache.js';
import { DiscogsHttp } from './http.js';
import { createOAuthMethods, type DiscogsOAuthMethods } from './oauthMethods.js';
import { discogsCacheKeys, parseDiscogsUsername, userPath } from './paths.js';
import { RateLimiter } from './rateLimiter.js';
import {
	CONTRIBUTION_SORTS,
	contributionsPageSchema,
	identitySchema,
	incompleteEntries,
	profileSchema,
	SORT_ORDERS,
	submissionsPageSchema,
	type ContributionSort,
	type DiscogsContributionsPage,
	type DiscogsIdentity,
	type DiscogsProfile,
	type DiscogsSubmissionsPage,
	type IncompleteEntry,
	type SortOrder,
} from './schemas.js';

export { discogsCacheKeys, parseDiscogsUsername } from './paths.js';
export { CODE_REJECTED, EDIT_FORBIDDEN, type Currency, type DiscogsOAuthMethods, type ProfileChanges } from './oauthMethods.js';
export type { OAuthTokens } from './oauth.js';

/** The longest one call waits for the rate limit: a Discord interaction must be answered in 15 minutes, a user gives up far sooner. */
export const DEFAULT_MAX_WAIT_MS = 12_000;
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 100;

export interface PageOptions {
	page?: number;
	perPage?: number;
}

export interface ContributionsOptions extends PageOptions {
	sort?: ContributionSort;
	sortOrder?: SortOrder;
}

/** Lookups (cached, as the bot) and, with DISCOGS_CONSUMER_KEY, the OAuth flow and edits (as a user). */
export interface DiscogsClient extends DiscogsOAuthMethods {
	/** `fresh` skips a fresh cached copy (to see a just-edited profile); the copy still stands in on an outage. */
	getProfile(username: string, options?: { fresh?: boolean }): Promise<Cached<DiscogsProfile>>;
	getContributions(username: string, options?: ContributionsOptions): Promise<Cached<DiscogsContributionsPage>>;
	getSubmissions(username: string, options?: PageOptions): Promise<Cached<DiscogsSubmissionsPage>>;
	/** Who DISCOGS_TOKEN belongs to; never cached. */
	getIdentity(): Promise<DiscogsIdentity>;
	/** Fails waiting callers and closes the connections. */
	close(): Promise<void>;
	/** Drops the cached profile (its owner asked us to delete what we keep about them). */
	forgetProfile(username: string): Promise<void>;
}

export interface DiscogsClientOptions {
	config: Config['discogs'];
	cache: ResourceCache;
	logger: Logger;
	now?: () => number;
	/** The longest one call waits for rate-limit slots and backoff (default 12 s). */
	maxWaitMs?: number;
	/** In [0, 1), for backoff jitter (default Math.random). */
	random?: () => number;
	/** Where the rate-limit budget is counted: a window shared with other processes, or (default) this process's own. */
	rateWindow?: RateWindow | undefined;
	/** Told of every HTTP attempt and rate-limit wait, for metrics. */
	metrics?: UpstreamHooks;
}

function pageOptions(options: PageOptions): { page: number; perPage: number } {
	const page = options.page ?? 1;
	const perPage = options.perPage ?? DEFAULT_PER_PAGE;
	if (!Number.isInteger(page) || page < 1) throw new UserError('discogs:input.page');
	if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
		throw new UserError('discogs:input.pageSize', { max: MAX_PER_PAGE });
	}
	return { page, perPage };
}

/** The most issues one log line lists; the count says how many there were. */
const LOGGED_ISSUES = 5;

/**
 * Says, once per fetch, which entries of a page were kept incomplete and why: the path and the expected type,
 * never their content, which is the user's data and can be long.
 */
function logIncomplete(logger: Logger, resource: 'contributions' | 'submissions', path: string, entries: IncompleteEntry[]): void {
	if (entries.length === 0) return;
	const issues = entries.slice(0, LOGGED_ISSUES).map((entry) => entry.issue);
	logger.warn({ provider: 'Discogs', resource, path, incomplete: entries.length, issues }, 'Discogs sent list entries that do not match the schema; they are shown as incomplete');
}

/** The path and query as the request has them, for the log. */
function pageWhere(path: string, query: Record<string, string | number | undefined>): string {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
	return `${path}?${params.toString()}`;
}

export function createDiscogsClient(options: DiscogsClientOptions): DiscogsClient {
	const { config, cache, logger } = options;
	const now = options.now ?? Date.now;
	const limiter = new RateLimiter({
		limit: config.rateLimit,
		windowMs: config.rateWindowMs,
		now,
		window: options.rateWindow,
		onWindowError: (error) => logger.warn({ provider: 'Discogs', err: error }, 'the shared rate-limit window could not be reached'),
	});
	const http = new DiscogsHttp({
		config,
		logger,
		limiter,
		now,
		maxWaitMs: options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
		random: options.random ?? Math.random,
		metrics: options.metrics,
	});

	return {
		...createOAuthMethods({ config, http, cache, logger, now }),

		async getProfile(input, { fresh = false } = {}) {
			const username = parseDiscogsUsername(input);
			return cache.lookup(discogsCacheKeys.profile(username), {
				ttlMs: config.profileTtlMs,
				bypass: fresh,
				// The cache is shared by everyone's lookups: the email (shown when DISCOGS_TOKEN's owner is looked up) stays out.
				load: async () => {
					const { email: _email, ...shared } = await http.getJson({ path: userPath(username), schema: profileSchema, subject: username });
					return shared;
				},
			});
		},

		async getContributions(input, contributionOptions = {}) {
			const username = parseDiscogsUsername(input);
			const { page, perPage } = pageOptions(contributionOptions);
			const { sort, sortOrder } = contributionOptions;
			if (sort !== undefined && !CONTRIBUTION_SORTS.includes(sort)) {
				throw new UserError('discogs:input.sort', { sorts: CONTRIBUTION_SORTS.join(', ') });
			}
			if (sortOrder !== undefined && !SORT_ORDERS.includes(sortOrder)) throw new UserError('discogs:input.order');
			const path = userPath(username, 'contributions');
			const query = { page, per_page: perPage, sort, sort_order: sortOrder };
			return cache.lookup(discogsCacheKeys.contributions(username, page, perPage, sort ?? '-', sortOrder ?? '-'), {
				ttlMs: config.pageTtlMs,
				load: async () => {
					const value = await http.getJson({ path, query, schema: contributionsPageSchema, subject: username });
					logIncomplete(logger, 'contributions', pageWhere(path, query), incompleteEntries(value.contributions));
					return value;
				},
			});
		},

		async getSubmissions(input, pageOpts = {}) {
			const username = parseDiscogsUsername(input);
			const { page, perPage } = pageOptions(pageOpts);
			const path = userPath(username, 'submissions');
			const query = { page, per_page: perPage };
			return cache.lookup(discogsCacheKeys.submissions(username, page, perPage), {
				ttlMs: config.pageTtlMs,
				load: async () => {
					const value = await http.getJson({ path, query, schema: submissionsPageSchema, subject: username });
					const { artists, labels, releases } = value.submissions;
					logIncomplete(logger, 'submissions', pageWhere(path, query), incompleteEntries(artists, labels, releases));
					return value;
				},
			});
		},

		async getIdentity() {
			if (!config.token) {
				const error = new ProviderError({ provider: 'Discogs', kind: 'misconfigured', detail: 'DISCOGS_TOKEN is not set' });
				logger.error({ provider: 'Discogs', kind: error.kind, detail: error.detail }, 'Discogs identity needs DISCOGS_TOKEN');
				throw error;
			}
			return http.getJson({ path: '/oauth/identity', schema: identitySchema });
		},

		async close() {
			limiter.close();
			await http.close();
		},

		forgetProfile: (username) => cache.forget(discogsCacheKeys.profile(username)),
	};
}
