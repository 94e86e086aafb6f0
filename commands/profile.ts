import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
	type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { z } from 'zod';
import type { Context } from '../src/context.js';
import { withTimeout } from '../src/core/timeout.js';
import type { Translator } from '../src/i18n/translator.js';
import { chatInputCommand, type Reply, type UserContextCommand } from '../src/interactions/types.js';
import { discordProfileEmbed } from '../src/views/discord/profileEmbed.js';
import type { LinkedAccount, LinkedAccounts } from '../src/views/discord/linkedAccounts.js';
import { EVERYWHERE } from './scope.js';

/** Each provider gets this long for its line; one slow provider must not hold the card. */
export const LINKED_LINE_LIMIT_MS = 1500;

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

/** The target's linked accounts, fetched concurrently, each within its own time limit; respects privacy. */
async function linkedAccounts(context: Context, targetId: string, viewerId: string): Promise<LinkedAccounts> {
	if (targetId !== viewerId && (await context.links.privacy(targetId)) === 'nobody') return { kind: 'private' };
	const record = await context.links.get(targetId);
	const settle = <T>(promise: Promise<{ value: T }>): Promise<T | undefined> =>
		withTimeout(promise, LINKED_LINE_LIMIT_MS).then(
			(result) => result.value,
			(error: unknown) => {
				context.logger.info({ err: error, target: targetId }, 'linked account line unavailable');
				return undefined;
			},
		);
	const lines: Array<Promise<LinkedAccount>> = [];
	if (record.discogs) {
		const { username } = record.discogs;
		lines.push(settle(context.discogs.getProfile(username)).then((profile) => ({ service: 'discogs', username, webUrl: context.config.discogs.webUrl, profile })));
	}
	if (record.catalog) {
		const { id } = record.catalog;
		const user = context.catalog.configured ? settle(context.catalog.getUser(id)) : Promise.resolve(undefined);
		lines.push(user.then((found) => ({ service: 'catalog', id, webUrl: context.config.catalogWebUrl, user: found })));
	}
	// Read at consent and refreshed with the periodic push: shown from the store, never fetched for a card.
	const connections = context.grants.connections(targetId).catch((error: unknown) => {
		context.logger.info({ err: error, target: targetId }, 'connections unavailable');
		return [];
	});
	const [accounts, shown] = await Promise.all([Promise.all(lines), connections]);
	return { kind: 'shown', accounts, connections: shown };
}

async function profileCard(context: Context, tr: Translator, targetId: string, viewerId: string, ephemeral: boolean): Promise<Reply> {
	const [{ value: user, fetchedAt, stale }, linked] = await Promise.all([context.discordUsers.getUser(targetId), linkedAccounts(context, targetId, viewerId)]);
	return { kind: 'message', ephemeral, message: { embeds: [discordProfileEmbed(tr, user, { fetchedAt, stale, now: context.now(), cdnUrl: context.config.discord.cdnUrl, linked })] } };
}

export const profileCommand = chatInputCommand({
	definition,
	options: optionsSchema,
	ephemeral: (options) => options.private ?? false,
	execute: (context, { interaction, options, tr }) => profileCard(context, tr, options.user ?? interaction.user.id, interaction.user.id, options.private ?? false),
});

const viewProfileDefinition = {
	name: 'View profile',
	type: ApplicationCommandType.User,
	...EVERYWHERE,
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Right-click > Apps > View profile: the same card, shown only to whoever asked. */
export const viewProfileCommand: UserContextCommand = {
	definition: viewProfileDefinition,
	ephemeral: true,
	execute: (context, { interaction, targetId, tr }) => profileCard(context, tr, targetId, interaction.user.id, true),
};
