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
 * Brazilian Portuguese, addressing the member as você, as Discord does. One word for each thing across the files:
 * vincular (link), conta, perfil, avaliação como vendedor, contribuições, envios, lançamento (a release),
 * gravadora (a label), servidor, Cargos vinculados; "quem administra o bot" for the bot's operator.
 */
export const ptBR = { common, errors, discogs, pages, links, profile, catalog, account, commands, metadata, web } as const satisfies LocaleResources;
