import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Context } from '../src/context.js';
import { StoreError, UserError } from '../src/core/errors.js';
import { chatInputCommand, type Reply } from '../src/interactions/types.js';
import { infoEmbed, successEmbed } from '../src/views/links/linkViews.js';
import { forgetEditDraft } from './discogs/editDraft.js';
import { signInTicketsFor } from '../src/web/discogsSignInTickets.js';
import { EVERYWHERE } from './scope.js';

const unlinkDefinition = {
	name: 'unlink',
	description: 'Unlink an account, or delete everything the bot keeps about you.',
	type: ApplicationCommandType.ChatInput,
	...EVERYWHERE,
	options: [
		{
			type: ApplicationCommandOptionType.String,
			name: 'service',
			description: 'What to unlink',
			required: true,
			choices: [
				{ name: 'Discogs', value: 'discogs' },
				{ name: 'Catalog', value: 'catalog' },
				{ name: 'Everything (delete all my data)', value: 'all' },
			],
		},
	],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const NAMES = { discogs: 'Discogs', catalog: 'catalog' } as const;

/**
 * `/unlink all`: every part is tried even when one fails, and the answer says what is left, so a member is
 * never told their data went while some of it is still kept.
 */
async function deleteEverything(context: Context, user: string): Promise<Reply> {
	// Read first: if the store cannot even say what is linked, nothing was deleted and the StoreError says so.
	const linked = await context.links.get(user);
	const parts: Array<{ what: string; run: () => Promise<unknown> }> = [
		// First, while the tokens still work: the role connection is emptied, then the Discord tokens go.
		{ what: 'your Discord authorization for Linked Roles', run: () => (context.linkedRoles ? context.linkedRoles.disconnect(user) : context.grants.delete(user)) },
		// The cached copies of the linked profiles go too: they are kept for days to stand in during outages.
		{
			what: 'the cached copies of your profiles',
			run: () =>
				Promise.all([
					linked.discogs && context.discogs.forgetProfile(linked.discogs.username),
					linked.catalog && context.catalog.forgetUser(linked.catalog.id),
					context.discordUsers.forget(user),
				]),
		},
		{ what: 'your linked accounts, tokens, settings and pending codes', run: () => Promise.all([context.links.deleteAll(user), signInTicketsFor(context).forget(user)]) },
		{ what: 'an unsaved Discogs profile form', run: () => forgetEditDraft(context, user) },
		{ what: 'your recent lookups', run: () => context.recent.forget(user, ['discogs', 'catalog']) },
	];
	const failed: string[] = [];
	for (const part of parts) {
		try {
			await part.run();
		} catch (error) {
			if (!(error instanceof StoreError)) throw error;
			context.logger.error({ user, part: part.what, namespace: error.namespace, err: error.cause }, 'unlink all: a part could not be deleted');
			failed.push(part.what);
		}
	}
	if (failed.length > 0) {
		throw new UserError(
			`I couldn't delete everything: my storage refused to delete ${failed.join(' and ')}. The rest is gone. Run \`/unlink service:all\` again in a moment to finish.`,
		);
	}
	return {
		kind: 'message',
		ephemeral: true,
		message: { embeds: [successEmbed('Deleted everything I kept about you: linked accounts, tokens, settings, pending codes, recent lookups and the cached copies of your profiles.')] },
	};
}

export const unlinkCommand = chatInputCommand({
	definition: unlinkDefinition,
	options: z.object({ service: z.enum(['discogs', 'catalog', 'all']) }),
	ephemeral: () => true,
	changes: true,
	async execute(context, { interaction, options: { service } }) {
		const user = interaction.user.id;
		if (service === 'all') return deleteEverything(context, user);
		const removed = await context.links.unlink(user, service);
		const embed = removed ? successEmbed(`Unlinked your ${NAMES[service]} account.`) : infoEmbed(`You had no linked ${NAMES[service]} account, so there was nothing to unlink.`);
		return { kind: 'message', ephemeral: true, message: { embeds: [embed] } };
	},
});

const privacyDefinition = {
	name: 'privacy',
	description: 'Choose who can see your linked accounts through your Discord profile.',
	type: ApplicationCommandType.ChatInput,
	...EVERYWHERE,
	options: [
		{
			type: ApplicationCommandOptionType.String,
			name: 'lookups',
			description: 'Who can look up your linked accounts via /profile, View profile and user: options',
			required: true,
			choices: [
				{ name: 'Everyone', value: 'everyone' },
				{ name: 'Nobody but me', value: 'nobody' },
			],
		},
	],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const privacyCommand = chatInputCommand({
	definition: privacyDefinition,
	options: z.object({ lookups: z.enum(['everyone', 'nobody']) }),
	ephemeral: () => true,
	changes: true,
	async execute(context, { interaction, options: { lookups } }) {
		await context.links.setPrivacy(interaction.user.id, lookups);
		const text =
			lookups === 'nobody'
				? 'Your linked accounts are now private: others cannot see them through `/profile`, **View profile** or a `user:` option.'
				: 'Everyone can now see your linked accounts through `/profile`, **View profile** and `user:` options.';
		return { kind: 'message', ephemeral: true, message: { embeds: [successEmbed(text)] } };
	},
});
