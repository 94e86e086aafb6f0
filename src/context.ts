import type { Config } from './core/config.js';
import type { Logger } from './core/logger.js';
import type { Store } from './core/store.js';
import type { LinkStore } from './accounts/linkStore.js';
import type { RecentLookups } from './accounts/recentLookups.js';
import type { CatalogClient } from './catalog/client.js';
import type { DiscogsClient } from './discogs/client.js';
import type { DiscordUsers } from './discord/users.js';

/** What handlers depend on, built once at start-up (or against fakes in tests) and passed in. */
export interface Context {
	config: Config;
	logger: Logger;
	store: Store;
	discordUsers: DiscordUsers;
	discogs: DiscogsClient;
	recent: RecentLookups;
	links: LinkStore;
	catalog: CatalogClient;
	now: () => number;
}
