import { ButtonStyle, ComponentType, TextInputStyle } from 'discord-api-types/v10';
import type { Context } from '../../src/context.js';
import { COLORS } from '../../src/core/constants.js';
import { UserError } from '../../src/core/errors.js';
import { parseDiscogsUsername } from '../../src/discogs/client.js';
import { encodeCustomId } from '../../src/interactions/customId.js';
import type { MessagePayload, Reply } from '../../src/interactions/types.js';
import { DISCOGS_CALLBACK_PATH, DISCOGS_START_PATH, signInTicketsFor } from '../../src/web/discogsSignInTickets.js';
import { discordTimestamp, durationInWords } from '../../src/views/format.js';
import { codeInstructions, oauthInstructions, successEmbed } from '../../src/views/links/linkViews.js';
import { escapeMarkdown } from '../../src/core/markdown.js';

export const LINK_BUTTON = 'lnk';
export const LINK_MODAL = 'lnkm';

const ephemeral = (message: MessagePayload): Reply => ({ kind: 'message', ephemeral: true, message });

/** `/link discogs username:` — a one-time code for the profile text, checked by the Verify button. */
export async function startDiscogsCode(context: Context, discordUserId: string, input: string): Promise<Reply> {
	const { value: profile } = await context.discogs.getProfile(parseDiscogsUsername(input));
	// Now rather than at Verify, after the member edited their profile for nothing.
	await context.links.assertClaimable('discogs', profile.username, discordUserId);
	const pending = await context.links.createCode(discordUserId, 'discogs', profile.username);
	return ephemeral(
		codeInstructions(pending, {
			where: `the profile text of **${escapeMarkdown(profile.username)}** on Discogs`,
			// Where Discogs keeps the profile form (Settings > Profile).
			editUrl: `${context.config.discogs.webUrl}/settings/user`,
			verifyId: encodeCustomId(LINK_BUTTON, 'dv'),
			now: context.now(),
		}),
	);
}

/** Why there is no code to check: it linked the account already (its message is still on screen), or it expired. */
export async function noPendingCode(context: Context, discordUserId: string, service: 'discogs' | 'catalog'): Promise<UserError> {
	const used = await context.links.usedCode(discordUserId, service);
	if (used) {
		return new UserError(
			service === 'discogs'
				? `That code was already used: your Discogs account **${escapeMarkdown(used.target)}** is linked. You can remove the code from your profile now.`
				: 'That code was already used: your catalog account is linked (see `/link status`). You can remove the code from your biography now.',
		);
	}
	const again = service === 'discogs' ? '`/link discogs username:<name>`' : '`/link catalog id:<id>`';
	return new UserError(`That code has expired (codes last ${durationInWords(context.config.linkCodeTtlMs)}). Run ${again} again for a new one.`);
}

/** The Verify button: re-reads the profile past the cache and links when the code is in it. */
export async function verifyDiscogsCode(context: Context, discordUserId: string): Promise<Reply> {
	const pending = await context.links.pendingCode(discordUserId, 'discogs');
	if (!pending) throw await noPendingCode(context, discordUserId, 'discogs');
	const { value: profile } = await context.discogs.getProfile(pending.target, { fresh: true });
	if (!(profile.profile ?? '').includes(pending.code)) {
		throw new UserError(
			`I can't find \`${pending.code}\` in the profile text of **${escapeMarkdown(profile.username)}** yet. Save your Discogs profile with the code in it, then press **Verify** again.`,
		);
	}
	await context.links.linkDiscogs(discordUserId, { username: profile.username, id: profile.id, method: 'profile-code' });
	return ephemeral({ embeds: [successEmbed(`Linked your Discogs account **${escapeMarkdown(profile.username)}**. You can remove the code from your profile now.`)] });
}

/**
 * `/link discogs` without a username: OAuth 1.0a. With PUBLIC_URL, Discogs sends the member back to the bot's web
 * pages (src/web/discogsSignIn.ts); without it, Discogs shows a code to paste into a modal.
 */
export async function startDiscogsOAuth(context: Context, discordUserId: string): Promise<Reply> {
	if (!context.discogs.oauthEnabled) {
		throw new UserError('Pass your Discogs username: `/link discogs username:<name>`. I will give you a code to put in your profile, to prove it is yours.');
	}
	const { publicUrl } = context.config;
	if (publicUrl !== undefined) return startDiscogsWebSignIn(context, discordUserId, publicUrl);
	const request = await context.discogs.getRequestToken();
	await context.links.putOAuthRequest(discordUserId, request);
	const now = context.now();
	return ephemeral(
		oauthInstructions({ authorizeUrl: context.discogs.authorizeUrl(request.token), enterCodeId: encodeCustomId(LINK_BUTTON, 'do'), expiresAt: now + context.config.linkCodeTtlMs, now }),
	);
}

/** The web sign-in: the member's link opens the bot's start page (which binds their browser), never Discogs directly. */
async function startDiscogsWebSignIn(context: Context, discordUserId: string, publicUrl: string): Promise<Reply> {
	const request = await context.discogs.getRequestToken(`${publicUrl}${DISCOGS_CALLBACK_PATH}`);
	const now = context.now();
	const expiresAt = now + context.config.linkCodeTtlMs;
	const ticket = await signInTicketsFor(context).issue(discordUserId, request.token, expiresAt);
	await context.links.putOAuthRequest(discordUserId, request);
	return ephemeral(webSignInInstructions({ startUrl: `${publicUrl}${DISCOGS_START_PATH}?t=${ticket}`, expiresAt, now }));
}

/** The web sign-in's one step: a link, and no code to carry back. */
export function webSignInInstructions(options: { startUrl: string; expiresAt: number; now: number }): MessagePayload {
	const { startUrl, expiresAt, now } = options;
	return {
		embeds: [
			{
				color: COLORS.discogs,
				title: 'Link your Discogs account',
				description: [
					'1. Press **Authorize on Discogs** and allow the bot there.',
					'2. Discogs sends you back to a page of mine that says the account is linked: there is no code to copy.',
					`Do it within ${durationInWords(expiresAt - now)}: the link expires at ${discordTimestamp(new Date(expiresAt), 't')}, and works once, in one browser.`,
				].join('\n'),
			},
		],
		components: [{ type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Link, label: 'Authorize on Discogs', url: startUrl }] }],
	};
}

/** The Enter code button: a modal for the code Discogs showed. */
export function discogsCodeModal(): Reply {
	return {
		kind: 'modal',
		modal: {
			custom_id: encodeCustomId(LINK_MODAL, 'do'),
			title: 'Discogs authorization code',
			components: [
				{
					type: ComponentType.ActionRow,
					components: [{ type: ComponentType.TextInput, custom_id: 'verifier', label: 'The code Discogs showed you', style: TextInputStyle.Short, min_length: 1, max_length: 64, required: true }],
				},
			],
		},
	};
}

/** The code from the modal: exchange it for an access token, ask Discogs who it belongs to, link that. */
export async function finishDiscogsOAuth(context: Context, discordUserId: string, verifier: string): Promise<Reply> {
	const request = await context.links.takeOAuthRequest(discordUserId);
	if (!request) {
		throw new UserError(
			(await context.links.oauthRequestUsed(discordUserId))
				? 'That authorization request was already used. To authorize again, run `/link discogs`.'
				: `That authorization request has expired (they last ${durationInWords(context.config.linkCodeTtlMs)}). Run \`/link discogs\` again.`,
		);
	}
	const access = await context.discogs.getAccessToken(request, verifier.trim());
	const identity = await context.discogs.getIdentityAs(access);
	await context.links.linkDiscogs(discordUserId, { username: identity.username, id: identity.id, method: 'oauth', oauth: access });
	return ephemeral({
		embeds: [successEmbed(`Linked your Discogs account **${escapeMarkdown(identity.username)}** through Discogs authorization. You can edit your profile with \`/discogs edit\`.`)],
	});
}
