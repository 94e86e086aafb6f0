import type { CommandSet } from '../src/interactions/types.js';
import { discogsCommand } from './discogs/index.js';
import { discogsPageButtons } from './discogs/pages.js';
import { profileCommand, viewProfileCommand } from './profile.js';

/** Every command, button and modal the bot answers. Importing this has no side effects. */
export const commands: CommandSet = {
	chatInput: [profileCommand, discogsCommand],
	userContext: [viewProfileCommand],
	components: [discogsPageButtons],
	modals: [],
};

/** The bodies deploy-commands registers with Discord. */
export function commandDefinitions() {
	return [...commands.chatInput.map((command) => command.definition), ...commands.userContext.map((command) => command.definition)];
}
