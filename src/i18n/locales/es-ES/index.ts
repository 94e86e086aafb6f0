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

/**
 * Spanish (Spain), addressing the member as tú, as Discord does. One word for each thing across the files:
 * vincular (link), cuenta, perfil, valoración como vendedor, contribuciones, envíos, edición (a release),
 * sello (a label), servidor, Roles vinculados; "quien gestiona el bot" for the bot's operator.
 */
export const esES = { common, errors, discogs, pages, links, profile, catalog, account, commands, metadata, web } as const satisfies LocaleResources;
