import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Context } from '../src/context.js';
import { StoreError, UserError } from '../src/core/errors.js';
import type { enUS } from '../src/i18n/locales/en-US/index.js';
import type { Translator } from '../src/i18n/translator.js';
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

type Part = keyof typeof enUS.account.deleteAll.parts;

/**
 * `/unlink all`: every part is tried even when one fails, and the answer says what is left, so a member is
 * never told their data went while some of it is still kept.
 */
async function deleteEverything(context: Context, tr: Translator, user: string): Promise<Reply> {
	// Read first: if the store cannot even say what is linked, nothing was deleted and the StoreError says so.
	const linked = await context.links.get(user);
	const parts: Array<{ what: Part; run: () => Promise<unknown> }> = [
		// First, while the tokens still work: the role connection is emptied, then the Discord tokens go.
		{ what: 'linkedRoles', run: () => (context.linkedRoles ? context.linkedRoles.disconnect(user) : context.grants.delete(user)) },
		// The cached copies of the linked profiles go too: they are kept for days to stand in during outages.
		{
			what: 'caches',
			run: () =>
				Promise.all([
					linked.discogs && context.discogs.forgetProfile(linked.discogs.username),
					linked.catalog && context.catalog.forgetUser(linked.catalog.id),
					context.discordUsers.forget(user),
				]),
		},
		{ what: 'links', run: () => Promise.all([context.links.deleteAll(user), signInTicketsFor(context).forget(user)]) },
		{ what: 'editDraft', run: () => forgetEditDraft(context, user) },
		{ what: 'recent', run: () => context.recent.forget(user, ['discogs', 'catalog']) },
	];
	const failed: Part[] = [];
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
		// The parts are words of their own, so they are listed here, in the answer's language (the member's: it is ephemeral).
		const list = new Intl.ListFormat(tr.locale, { type: 'conjunction' }).format(failed.map((part) => tr.t(`account:deleteAll.parts.${part}`)));
		throw new UserError('account:deleteAll.partial', { parts: list });
	}
	return { kind: 'message', ephemeral: true, message: { embeds: [successEmbed(tr.t('account:deleteAll.done'))] } };
}

export const unlinkCommand = chatInputCommand({
	definition: unlinkDefinition,
	options: z.object({ service: z.enum(['discogs', 'catalog', 'all']) }),
	ephemeral: () => true,
	changes: true,
	async execute(context, { interaction, options: { service }, tr }) {
		const user = interaction.user.id;
		if (service === 'all') return deleteEverything(context, tr, user);
		const removed = await context.links.unlink(user, service);
		const embed = removed ? successEmbed(tr.t(`account:unlink.done.${service}`)) : infoEmbed(tr.t(`account:unlink.nothing.${service}`));
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
	async execute(context, { interaction, options: { lookups }, tr }) {
		await context.links.setPrivacy(interaction.user.id, lookups);
		return { kind: 'message', ephemeral: true, message: { embeds: [successEmbed(tr.t(`account:privacy.${lookups}`))] } };
	},
});
