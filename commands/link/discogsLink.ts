import { ComponentType, TextInputStyle } from 'discord-api-types/v10';
import type { Context } from '../../src/context.js';
import { COLORS } from '../../src/core/constants.js';
import { UserError } from '../../src/core/errors.js';
import { escapeMarkdown } from '../../src/core/markdown.js';
import { parseDiscogsUsername } from '../../src/discogs/client.js';
import type { Translator } from '../../src/i18n/translator.js';
import { encodeCustomId } from '../../src/interactions/customId.js';
import type { MessagePayload, Reply } from '../../src/interactions/types.js';
import { DISCOGS_CALLBACK_PATH, DISCOGS_START_PATH, signInTicketsFor } from '../../src/web/discogsSignInTickets.js';
import { durationInWords, fitLabel } from '../../src/views/format.js';
import { codeInstructions, deadlineParams, linkButton, oauthInstructions, successEmbed } from '../../src/views/links/linkViews.js';

export const LINK_BUTTON = 'lnk';
export const LINK_MODAL = 'lnkm';

/** Linking happens between a member and the bot: every answer is ephemeral, in the member's own language. */
const ephemeral = (message: MessagePayload): Reply => ({ kind: 'message', ephemeral: true, message });

/**
 * How long codes and requests last, in the answer's language. An error's text is translated when it is shown, but
 * a duration in words is a text of its own, so it is put into words here, in the same (the member's) language:
 * every answer about linking is ephemeral.
 */
const lifetime = (context: Context, tr: Translator) => durationInWords(tr, context.config.linkCodeTtlMs);

/** `/link discogs username:` — a one-time code for the profile text, checked by the Verify button. */
export async function startDiscogsCode(context: Context, tr: Translator, discordUserId: string, input: string): Promise<Reply> {
	const { value: profile } = await context.discogs.getProfile(parseDiscogsUsername(input));
	// Now rather than at Verify, after the member edited their profile for nothing.
	await context.links.assertClaimable('discogs', profile.username, discordUserId);
	const pending = await context.links.createCode(discordUserId, 'discogs', profile.username);
	return ephemeral(
		codeInstructions(tr, pending, {
			name: profile.username,
			// Where Discogs keeps the profile form (Settings > Profile).
			editUrl: `${context.config.discogs.webUrl}/settings/user`,
			verifyId: encodeCustomId(LINK_BUTTON, 'dv'),
			now: context.now(),
		}),
	);
}

/** Why there is no code to check: it linked the account already (its message is still on screen), or it expired. */
export async function noPendingCode(context: Context, tr: Translator, discordUserId: string, service: 'discogs' | 'catalog'): Promise<UserError> {
	const used = await context.links.usedCode(discordUserId, service);
	if (used) return new UserError(`links:errors.codeUsed.${service}`, { name: escapeMarkdown(used.target) });
	return new UserError(`links:errors.codeExpired.${service}`, { duration: lifetime(context, tr) });
}

/** The Verify button: re-reads the profile past the cache and links when the code is in it. */
export async function verifyDiscogsCode(context: Context, tr: Translator, discordUserId: string): Promise<Reply> {
	const pending = await context.links.pendingCode(discordUserId, 'discogs');
	if (!pending) throw await noPendingCode(context, tr, discordUserId, 'discogs');
	const { value: profile } = await context.discogs.getProfile(pending.target, { fresh: true });
	if (!(profile.profile ?? '').includes(pending.code)) {
		throw new UserError('links:errors.codeMissing.discogs', { code: pending.code, name: escapeMarkdown(profile.username) });
	}
	await context.links.linkDiscogs(discordUserId, { username: profile.username, id: profile.id, method: 'profile-code' });
	return ephemeral({ embeds: [successEmbed(tr.t('links:linked.discogsCode', { name: escapeMarkdown(profile.username) }))] });
}

/**
 * `/link discogs` without a username: OAuth 1.0a. With PUBLIC_URL, Discogs sends the member back to the bot's web
 * pages (src/web/discogsSignIn.ts); without it, Discogs shows a code to paste into a modal.
 */
export async function startDiscogsOAuth(context: Context, tr: Translator, discordUserId: string): Promise<Reply> {
	if (!context.discogs.oauthEnabled) throw new UserError('links:errors.usernameNeeded');
	const { publicUrl } = context.config;
	if (publicUrl !== undefined) return startDiscogsWebSignIn(context, tr, discordUserId, publicUrl);
	const request = await context.discogs.getRequestToken();
	await context.links.putOAuthRequest(discordUserId, request);
	const now = context.now();
	return ephemeral(
		oauthInstructions(tr, { authorizeUrl: context.discogs.authorizeUrl(request.token), enterCodeId: encodeCustomId(LINK_BUTTON, 'do'), expiresAt: now + context.config.linkCodeTtlMs, now }),
	);
}

/** The web sign-in: the member's link opens the bot's start page (which binds their browser), never Discogs directly. */
async function startDiscogsWebSignIn(context: Context, tr: Translator, discordUserId: string, publicUrl: string): Promise<Reply> {
	const request = await context.discogs.getRequestToken(`${publicUrl}${DISCOGS_CALLBACK_PATH}`);
	const now = context.now();
	const expiresAt = now + context.config.linkCodeTtlMs;
	const ticket = await signInTicketsFor(context).issue(discordUserId, request.token, expiresAt);
	await context.links.putOAuthRequest(discordUserId, request);
	return ephemeral(webSignInInstructions(tr, { startUrl: `${publicUrl}${DISCOGS_START_PATH}?t=${ticket}`, expiresAt, now }));
}

/** The web sign-in's one step: a link, and no code to carry back. */
export function webSignInInstructions(tr: Translator, options: { startUrl: string; expiresAt: number; now: number }): MessagePayload {
	const { startUrl, expiresAt, now } = options;
	return {
		embeds: [
			{
				color: COLORS.discogs,
				title: tr.t('links:oauth.title'),
				description: [tr.t('links:webSignIn.authorize'), tr.t('links:webSignIn.comeBack'), tr.t('links:webSignIn.deadline', deadlineParams(tr, expiresAt, now))].join('\n'),
			},
		],
		components: [{ type: ComponentType.ActionRow, components: [linkButton(tr.t('links:oauth.authorizeButton'), startUrl)] }],
	};
}

/** The Enter code button: a modal for the code Discogs showed. */
export function discogsCodeModal(tr: Translator): Reply {
	return {
		kind: 'modal',
		modal: {
			custom_id: encodeCustomId(LINK_MODAL, 'do'),
			title: fitLabel(tr.t('links:oauth.modal.title'), 'modalTitle'),
			components: [
				{
					type: ComponentType.ActionRow,
					components: [
						{ type: ComponentType.TextInput, custom_id: 'verifier', label: fitLabel(tr.t('links:oauth.modal.label'), 'inputLabel'), style: TextInputStyle.Short, min_length: 1, max_length: 64, required: true },
					],
				},
			],
		},
	};
}

/** The code from the modal: exchange it for an access token, ask Discogs who it belongs to, link that. */
export async function finishDiscogsOAuth(context: Context, tr: Translator, discordUserId: string, verifier: string): Promise<Reply> {
	const request = await context.links.takeOAuthRequest(discordUserId);
	if (!request) {
		if (await context.links.oauthRequestUsed(discordUserId)) throw new UserError('links:errors.oauthUsed');
		throw new UserError('links:errors.oauthExpired', { duration: lifetime(context, tr) });
	}
	const access = await context.discogs.getAccessToken(request, verifier.trim());
	const identity = await context.discogs.getIdentityAs(access);
	await context.links.linkDiscogs(discordUserId, { username: identity.username, id: identity.id, method: 'oauth', oauth: access });
	return ephemeral({ embeds: [successEmbed(tr.t('links:linked.discogsOAuth', { name: escapeMarkdown(identity.username) }))] });
}
