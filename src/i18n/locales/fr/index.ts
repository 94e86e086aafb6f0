import type { LocaleResources } from '../../resources.js';
import { account } from './account.js';
import { catalog } from './catalog.js';
import { commands } from './commands.js';
import { common } from './common.js';
import { discogs } from './discogs.js';
import { errors } from './errors.js';
import { links } from './links.js';
import { metadata } from './metadata.js';
import { pages } from './pages.js';
import { profile } from './profile.js';
import { web } from './web.js';

/** French as Discord's French client speaks it: « tu », and Discord's own names (Rôles liés, Paramètres utilisateur). */
export const fr = { common, errors, discogs, pages, links, profile, catalog, account, commands, metadata, web } as const satisfies LocaleResources;
