import { ComponentType, TextInputStyle } from 'discord-api-types/v10';
import type { Context } from '../../src/context.js';
import { DISCORD_LIMITS } from '../../src/core/constants.js';
import { UserError } from '../../src/core/errors.js';
import { escapeMarkdown, truncate } from '../../src/core/markdown.js';
import type { Translator } from '../../src/i18n/translator.js';
import { encodeCustomId } from '../../src/interactions/customId.js';
import type { Reply } from '../../src/interactions/types.js';
import { catalogDisplayName } from '../../src/views/catalog/profileEmbed.js';
import { fitLabel } from '../../src/views/format.js';
import { codeInstructions, successEmbed } from '../../src/views/links/linkViews.js';
import { LINK_BUTTON, LINK_MODAL, noPendingCode } from './discogsLink.js';

/** The private fields kept (sealed) from a token link, for their owner's eyes only. */
const PRIVATE_SNAPSHOT = ['email', 'walletAddress', 'oauthType'] as const;

/** `/link catalog` without an id: a modal to paste an access token. */
export function catalogTokenModal(tr: Translator): Reply {
	return {
		kind: 'modal',
		modal: {
			custom_id: encodeCustomId(LINK_MODAL, 'ct'),
			title: fitLabel(tr.t('links:catalogToken.title'), 'modalTitle'),
			components: [
				{
					type: ComponentType.ActionRow,
					components: [
						{
							type: ComponentType.TextInput,
							custom_id: 'token',
							label: fitLabel(tr.t('links:catalogToken.label'), 'inputLabel'),
							placeholder: truncate(tr.t('links:catalogToken.placeholder'), DISCORD_LIMITS.textInputPlaceholder, 'plain'),
							style: TextInputStyle.Paragraph,
							min_length: 20,
							max_length: 4000,
							required: true,
						},
					],
				},
			],
		},
	};
}

/** The pasted token: one GET /v1/users/me, then the token is dropped; only the id (and sealed private fields) stay. */
export async function finishCatalogToken(context: Context, tr: Translator, discordUserId: string, token: string): Promise<Reply> {
	const user = await context.catalog.getMe(token.trim());
	const privateFields = Object.fromEntries(PRIVATE_SNAPSHOT.flatMap((key) => (typeof user[key] === 'string' ? [[key, user[key]]] : [])));
	await context.links.linkCatalog(discordUserId, { id: user.id, method: 'token', privateFields });
	return {
		kind: 'message',
		ephemeral: true,
		message: { embeds: [successEmbed(tr.t('links:linked.catalogToken', { name: escapeMarkdown(catalogDisplayName(tr, user)) }))] },
	};
}

/** `/link catalog id:` — a one-time code for the biography, checked with the bot's own credentials. */
export async function startCatalogCode(context: Context, tr: Translator, discordUserId: string, id: string): Promise<Reply> {
	const { value: user } = await context.catalog.getUser(id);
	await context.links.assertClaimable('catalog', user.id, discordUserId);
	const pending = await context.links.createCode(discordUserId, 'catalog', user.id);
	// NEWM Studio serves its web app from the API's own host; /home/profile is its profile form (newm-web Profile.tsx).
	const editUrl = `${context.config.catalog.apiUrl}/home/profile`;
	return {
		kind: 'message',
		ephemeral: true,
		message: codeInstructions(tr, pending, { name: catalogDisplayName(tr, user), editUrl, verifyId: encodeCustomId(LINK_BUTTON, 'cv'), now: context.now() }),
	};
}

export async function verifyCatalogCode(context: Context, tr: Translator, discordUserId: string): Promise<Reply> {
	const pending = await context.links.pendingCode(discordUserId, 'catalog');
	if (!pending) throw await noPendingCode(context, tr, discordUserId, 'catalog');
	const { value: user } = await context.catalog.getUser(pending.target, { fresh: true });
	if (!(user.biography ?? '').includes(pending.code)) throw new UserError('links:errors.codeMissing.catalog', { code: pending.code });
	await context.links.linkCatalog(discordUserId, { id: user.id, method: 'bio-code' });
	return { kind: 'message', ephemeral: true, message: { embeds: [successEmbed(tr.t('links:linked.catalogCode', { name: escapeMarkdown(catalogDisplayName(tr, user)) }))] } };
}
