import { localizeDefinitions } from '../src/i18n/commandLocalizations.js';
import type { CommandSet } from '../src/interactions/types.js';
import { privacyCommand, unlinkCommand } from './account.js';
import { catalogCommand, catalogSongsButtons } from './catalog/index.js';
import { discogsEditModal, discogsEditRetryButton } from './discogs/edit.js';
import { discogsCommand } from './discogs/index.js';
import { discogsPageButtons } from './discogs/pages.js';
import { linkButtons, linkCommand, linkModals } from './link/index.js';
import { profileCommand, viewProfileCommand } from './profile.js';

/** Every command, button and modal the bot answers. Importing this has no side effects. */
export const commands: CommandSet = {
	chatInput: [profileCommand, discogsCommand, catalogCommand, linkCommand, unlinkCommand, privacyCommand],
	userContext: [viewProfileCommand],
	components: [discogsPageButtons, catalogSongsButtons, linkButtons, discogsEditRetryButton],
	modals: [linkModals, discogsEditModal],
};

/** The bodies deploy-commands registers with Discord, with every locale's names and descriptions (src/i18n/locales/<locale>/commands.ts). */
export function commandDefinitions() {
	return localizeDefinitions([...commands.chatInput.map((command) => command.definition), ...commands.userContext.map((command) => command.definition)]);
}
