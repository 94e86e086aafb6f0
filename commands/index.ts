import type { CommandSet } from '../src/interactions/types.js';
import { profileCommand, viewProfileCommand } from './profile.js';

/** Every command, button and modal the bot answers. Importing this has no side effects. */
export const commands: CommandSet = {
	chatInput: [profileCommand],
	userContext: [viewProfileCommand],
	components: [],
	modals: [],
};

/** The bodies deploy-commands registers with Discord. */
export function commandDefinitions() {
	return [...commands.chatInput.map((command) => command.definition), ...commands.userContext.map((command) => command.definition)];
}
