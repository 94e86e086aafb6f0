import { z } from 'zod';
import type { Context } from '../../src/context.js';
import { StaleComponentError } from '../../src/core/errors.js';
import { encodeCustomId } from '../../src/interactions/customId.js';
import { chatInputCommand, type ComponentHandler, type ModalHandler, type Reply } from '../../src/interactions/types.js';
import { withTimeout } from '../../src/core/timeout.js';
import type { Translator } from '../../src/i18n/translator.js';
import { catalogDisplayName } from '../../src/views/catalog/profileEmbed.js';
import { linkStatusPanel } from '../../src/views/links/linkViews.js';
import { LINKED_LINE_LIMIT_MS } from '../profile.js';
import { catalogTokenModal, finishCatalogToken, startCatalogCode, verifyCatalogCode } from './catalogLink.js';
import { linkDefinition } from './definition.js';
import { discogsCodeModal, finishDiscogsOAuth, LINK_BUTTON, LINK_MODAL, startDiscogsCode, startDiscogsOAuth, verifyDiscogsCode } from './discogsLink.js';

const optionsSchema = z.object({
	subcommand: z.enum(['discogs', 'catalog', 'status']),
	username: z.string().optional(),
	id: z.string().optional(),
});

/** The linked catalog account's name, if the catalog says within the limit: the panel must not wait on it. */
async function catalogName(context: Context, tr: Translator, id: string | undefined): Promise<string | undefined> {
	if (id === undefined || !context.catalog.configured) return undefined;
	return withTimeout(context.catalog.getUser(id), LINKED_LINE_LIMIT_MS).then(
		(result) => catalogDisplayName(tr, result.value),
		(error: unknown) => {
			context.logger.info({ err: error }, 'catalog name for /link status unavailable');
			return undefined;
		},
	);
}

async function statusPanel(context: Context, tr: Translator, discordUserId: string) {
	const [record, privacy] = await Promise.all([context.links.get(discordUserId), context.links.privacy(discordUserId)]);
	const name = await catalogName(context, tr, record.catalog?.id);
	return linkStatusPanel(tr, { record, privacy, catalogName: name, unlinkId: (service) => encodeCustomId(LINK_BUTTON, 'u', service) });
}

/** Every answer about linking is ephemeral: it is nobody else's business. */
export const linkCommand = chatInputCommand({
	definition: linkDefinition,
	options: optionsSchema,
	ephemeral: () => true,
	// A pending code is made (or kept): a redelivered /link must not replace the code the member was shown.
	changes: true,
	async execute(context, { interaction, options, tr }): Promise<Reply> {
		const user = interaction.user.id;
		switch (options.subcommand) {
			case 'discogs':
				return options.username ? startDiscogsCode(context, tr, user, options.username) : startDiscogsOAuth(context, tr, user);
			case 'catalog':
				return options.id ? startCatalogCode(context, tr, user, options.id) : catalogTokenModal(tr);
			case 'status':
				return { kind: 'message', ephemeral: true, message: await statusPanel(context, tr, user) };
		}
	},
});

/** Verify buttons, the Enter code button, and the status panel's Unlink buttons. */
export const linkButtons: ComponentHandler = {
	prefix: LINK_BUTTON,
	defer: { ephemeral: true },
	changes: true,
	async execute(context, { interaction, args, tr }): Promise<Reply> {
		const user = interaction.user.id;
		const [action, service] = args;
		if (action === 'dv') return verifyDiscogsCode(context, tr, user);
		if (action === 'cv') return verifyCatalogCode(context, tr, user);
		if (action === 'do') return discogsCodeModal(tr);
		if (action === 'u' && (service === 'discogs' || service === 'catalog')) {
			await context.links.unlink(user, service);
			return { kind: 'update', message: await statusPanel(context, tr, user) };
		}
		throw new StaleComponentError(`link button ${args.join(':')}`);
	},
};

export const linkModals: ModalHandler = {
	prefix: LINK_MODAL,
	defer: { ephemeral: true },
	changes: true,
	async execute(context, { interaction, args, fields, tr }): Promise<Reply> {
		const user = interaction.user.id;
		if (args[0] === 'do') return finishDiscogsOAuth(context, tr, user, fields['verifier'] ?? '');
		if (args[0] === 'ct') return finishCatalogToken(context, tr, user, fields['token'] ?? '');
		throw new StaleComponentError(`link modal ${args.join(':')}`);
	},
};
