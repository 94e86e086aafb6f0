import type { REST } from 'discord.js';
import { LinkStore } from './accounts/linkStore.js';
import { RecentLookups } from './accounts/recentLookups.js';
import { createCatalogClient, type CatalogClient } from './catalog/client.js';
import type { Config } from './core/config.js';
import type { Logger } from './core/logger.js';
import { SecretBox } from './core/secrets.js';
import type { Store } from './core/store.js';
import { createDiscogsClient, type DiscogsClient } from './discogs/client.js';
import { createDiscordUsers, type DiscordUsers } from './discord/users.js';
import { Deliveries } from './interactions/deliveries.js';
import { Metrics } from './observability/metrics.js';
import { ResourceCache } from './providers/cache.js';
import { DiscordOAuth } from './linkedRoles/discordOAuth.js';
import { DiscordGrants } from './linkedRoles/grants.js';
import { LinkedRoles } from './linkedRoles/linkedRoles.js';

/** What handlers depend on, built once by {@link createContext} (in the bot, the tests, the bench and the playground). */
export interface Context {
	config: Config;
	logger: Logger;
	store: Store;
	metrics: Metrics;
	/** Which interactions were handled already, across every process on the store. */
	deliveries: Deliveries;
	discordUsers: DiscordUsers;
	discogs: DiscogsClient;
	recent: RecentLookups;
	links: LinkStore;
	catalog: CatalogClient;
	/** Members' Discord grants and the connections read with them (empty without Linked Roles). */
	grants: DiscordGrants;
	/** Linked Roles, when configured (Config.linkedRoles); undefined says it is off. */
	linkedRoles: LinkedRoles | undefined;
	now: () => number;
	/** Stops the provider clients' timers and connections; the store stays open, as its opener owns it. */
	close(): Promise<void>;
}

export interface ContextDeps {
	/** Opened (and ready) by the caller, who closes it after the context. */
	store: Store;
	/** Discord's REST client: the gateway client's own, or one made for HTTP mode. */
	rest: REST;
	logger: Logger;
	/** Default: a new registry. */
	metrics?: Metrics;
	/** The clock of handlers and provider clients (default Date.now). */
	now?: () => number;
}

/** How long "no such user" answers are cached: a mistyped name should not cost Discogs a request each time. */
const NOT_FOUND_TTL_MS = 2 * 60_000;

/** The composition root: the whole object graph the handlers use, from the configuration and what the caller opened. */
export function createContext(config: Config, deps: ContextDeps): Context {
	const { store, logger } = deps;
	const metrics = deps.metrics ?? new Metrics();
	const now = deps.now ?? Date.now;
	const cache = new ResourceCache(store.namespace('cache'), {
		staleKeepMs: config.cache.staleKeepMs,
		notFoundTtlMs: NOT_FOUND_TTL_MS,
		onLookup: metrics.cacheLookup,
		changes: store.changes,
		now,
	});
	const box = new SecretBox(config.encryptionKey);
	const discogs = createDiscogsClient({
		config: config.discogs,
		cache,
		logger,
		now,
		metrics: metrics.upstream('discogs'),
		// With Redis or PostgreSQL, every bot process counts its Discogs requests in one window: together they keep to the limit.
		rateWindow: store.sharedRateWindow('discogs', config.discogs.rateWindowMs),
	});
	const catalog = createCatalogClient({ config: config.catalog, cache, secrets: store.namespace('secrets'), box, leases: store.leases, logger, now, metrics: metrics.upstream('catalog') });
	const grants = new DiscordGrants({ links: store.namespace('links'), box, leases: store.leases, now });
	let linkedRoles: LinkedRoles | undefined;
	const links = new LinkStore({
		links: store.namespace('links'),
		settings: store.namespace('settings'),
		box,
		leases: store.leases,
		codeTtlMs: config.linkCodeTtlMs,
		now,
		onChange: (discordUserId) => linkedRoles?.changed(discordUserId),
	});
	const oauth =
		config.linkedRoles.enabled &&
		new DiscordOAuth({ ...config.linkedRoles, apiUrl: config.discord.apiUrl, timeoutMs: config.discogs.timeoutMs, metrics: metrics.upstream('discord'), now });
	if (oauth) {
		linkedRoles = new LinkedRoles({
			oauth,
			grants,
			links,
			states: store.namespace('links'),
			leases: store.leases,
			discogs,
			catalog,
			logger,
			refreshMs: config.linkedRoles.enabled ? config.linkedRoles.refreshMs : 0,
			// Half the Discogs budget at most: the periodic push never starves lookups.
			paceMs: Math.ceil((2 * config.discogs.rateWindowMs) / config.discogs.rateLimit),
			now,
		});
	}
	return {
		config,
		logger,
		store,
		metrics,
		deliveries: new Deliveries({ leases: store.leases, logger }),
		discordUsers: createDiscordUsers(deps.rest, cache, metrics.upstream('discord')),
		discogs,
		recent: new RecentLookups(store.namespace('recent')),
		links,
		catalog,
		grants,
		linkedRoles,
		now,
		async close() {
			await linkedRoles?.close();
			await Promise.allSettled([discogs.close(), catalog.close(), oauth && oauth.close()]);
		},
	};
}
