import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
	type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { z } from 'zod';
import type { Context } from '../src/context.js';
import { parseOptions } from '../src/interactions/options.js';
import type { ChatInputCommand, Reply, UserContextCommand } from '../src/interactions/types.js';
import { discordProfileEmbed } from '../src/views/discord/profileEmbed.js';
import { EVERYWHERE } from './scope.js';

const definition = {
	name: 'profile',
	description: "Show a user's profile card: Discord profile, badges and linked music accounts.",
	type: ApplicationCommandType.ChatInput,
	...EVERYWHERE,
	options: [
		{ type: ApplicationCommandOptionType.User, name: 'user', description: 'Whose profile to show (default: yours)' },
		{ type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'Only you see the answer' },
	],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const optionsSchema = z.object({
	user: z.string().regex(/^\d{17,20}$/).optional(),
	private: z.boolean().optional(),
});

async function profileCard(context: Context, userId: string, ephemeral: boolean): Promise<Reply> {
	const { value: user, fetchedAt, stale } = await context.discordUsers.getUser(userId);
	return { kind: 'message', ephemeral, message: { embeds: [discordProfileEmbed(user, { fetchedAt, stale, now: context.now() })] } };
}

export const profileCommand: ChatInputCommand = {
	definition,
	ephemeral: (interaction) => interaction.options.getBoolean('private') ?? false,
	async execute(context, interaction) {
		const options = parseOptions(optionsSchema, interaction.options.data);
		return profileCard(context, options.user ?? interaction.user.id, options.private ?? false);
	},
};

const viewProfileDefinition = {
	name: 'View profile',
	type: ApplicationCommandType.User,
	...EVERYWHERE,
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Right-click > Apps > View profile: the same card, shown only to whoever asked. */
export const viewProfileCommand: UserContextCommand = {
	definition: viewProfileDefinition,
	ephemeral: () => true,
	execute: (context, interaction) => profileCard(context, interaction.targetId, true),
};
