import { ComponentType, TextInputStyle } from 'discord-api-types/v10';
import type { Context } from '../../src/context.js';
import { UserError } from '../../src/core/errors.js';
import { escapeMarkdown } from '../../src/core/markdown.js';
import { encodeCustomId } from '../../src/interactions/customId.js';
import type { Reply } from '../../src/interactions/types.js';
import { catalogDisplayName } from '../../src/views/catalog/profileEmbed.js';
import { codeInstructions, successEmbed } from '../../src/views/links/linkViews.js';
import { LINK_BUTTON, LINK_MODAL, noPendingCode } from './discogsLink.js';

/** The private fields kept (sealed) from a token link, for their owner's eyes only. */
const PRIVATE_SNAPSHOT = ['email', 'walletAddress', 'oauthType'] as const;

/** `/link catalog` without an id: a modal to paste an access token. */
export function catalogTokenModal(): Reply {
	return {
		kind: 'modal',
		modal: {
			custom_id: encodeCustomId(LINK_MODAL, 'ct'),
			title: 'Link your catalog account',
			components: [
				{
					type: ComponentType.ActionRow,
					components: [
						{
							type: ComponentType.TextInput,
							custom_id: 'token',
							label: 'Your catalog access token',
							placeholder: 'Used once to learn who you are, then forgotten',
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
export async function finishCatalogToken(context: Context, discordUserId: string, token: string): Promise<Reply> {
	const user = await context.catalog.getMe(token.trim());
	const privateFields = Object.fromEntries(PRIVATE_SNAPSHOT.flatMap((key) => (typeof user[key] === 'string' ? [[key, user[key]]] : [])));
	await context.links.linkCatalog(discordUserId, { id: user.id, method: 'token', privateFields });
	return {
		kind: 'message',
		ephemeral: true,
		message: { embeds: [successEmbed(`Linked your catalog account **${escapeMarkdown(catalogDisplayName(user))}**. I used the token once and did not keep it.`)] },
	};
}

/** `/link catalog id:` — a one-time code for the biography, checked with the bot's own credentials. */
export async function startCatalogCode(context: Context, discordUserId: string, id: string): Promise<Reply> {
	const { value: user } = await context.catalog.getUser(id);
	await context.links.assertClaimable('catalog', user.id, discordUserId);
	const pending = await context.links.createCode(discordUserId, 'catalog', user.id);
	const where = `the biography of your catalog profile (**${escapeMarkdown(catalogDisplayName(user))}**)`;
	// NEWM Studio serves its web app from the API's own host; /home/profile is its profile form (newm-web Profile.tsx).
	const editUrl = `${context.config.catalog.apiUrl}/home/profile`;
	return { kind: 'message', ephemeral: true, message: codeInstructions(pending, { where, editUrl, verifyId: encodeCustomId(LINK_BUTTON, 'cv'), now: context.now() }) };
}

export async function verifyCatalogCode(context: Context, discordUserId: string): Promise<Reply> {
	const pending = await context.links.pendingCode(discordUserId, 'catalog');
	if (!pending) throw await noPendingCode(context, discordUserId, 'catalog');
	const { value: user } = await context.catalog.getUser(pending.target, { fresh: true });
	if (!(user.biography ?? '').includes(pending.code)) {
		throw new UserError(`I can't find \`${pending.code}\` in that catalog biography yet. Save the biography with the code in it, then press **Verify** again.`);
	}
	await context.links.linkCatalog(discordUserId, { id: user.id, method: 'bio-code' });
	return { kind: 'message', ephemeral: true, message: { embeds: [successEmbed(`Linked your catalog account **${escapeMarkdown(catalogDisplayName(user))}**. You can remove the code now.`)] } };
}
