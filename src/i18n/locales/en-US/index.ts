import { account } from './account.js';
import { catalog } from './catalog.js';
import { links } from './links.js';
import { pages } from './pages.js';
import { profile } from './profile.js';
import { common } from './common.js';
import { discogs } from './discogs.js';
import { errors } from './errors.js';
import { commands } from './commands.js';
import { metadata } from './metadata.js';
import { web } from './web.js';

export const enUS = { common, errors, discogs, pages, links, profile, catalog, account, commands, metadata, web } as const;
