import { ComponentType, TextInputStyle, type APIActionRowComponent, type APITextInputComponent } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Context } from '../../src/context.js';
import { DISCORD_LIMITS } from '../../src/core/constants.js';
import { ProviderError, StoreError, UserError } from '../../src/core/errors.js';
import { withTimeout } from '../../src/core/timeout.js';
import { safeHttpUrl } from '../../src/discogs/markup.js';
import { CURRENCIES, type DiscogsProfile } from '../../src/discogs/schemas.js';
import { encodeCustomId } from '../../src/interactions/customId.js';
import type { ComponentHandler, ModalHandler, Reply } from '../../src/interactions/types.js';
import { editRefusedMessage } from '../../src/views/discogs/editRefused.js';
import { discogsProfileEmbed } from '../../src/views/discogs/profileEmbed.js';
import { EDIT_DRAFT_TTL_MS, forgetEditDraft, readEditDraft, saveEditDraft, type EditDraft } from './editDraft.js';

const EDIT_MODAL = 'dge';
const RETRY_BUTTON = 'dgr';
/** The modal must be the first answer (within 3 s): prefill only with what arrives quickly. */
const PREFILL_LIMIT_MS = 1500;

const FIELDS = [
	{ id: 'name', label: 'Name', style: TextInputStyle.Short, max: 255 },
	{ id: 'home_page', label: 'Home page', style: TextInputStyle.Short, max: 255 },
	{ id: 'location', label: 'Location', style: TextInputStyle.Short, max: 255 },
	{ id: 'profile', label: 'Profile text (Discogs markup works)', style: TextInputStyle.Paragraph, max: 4000 },
	// The codes do not fit in a label (45 characters at most): they go in the placeholder.
	{ id: 'curr_abbr', label: 'Currency (a three-letter code)', placeholder: CURRENCIES.join(' '), style: TextInputStyle.Short, max: 3 },
] as const;

/** Names the account when the title has room for it (Discord allows 45 characters), else says whose it is. */
export function editModalTitle(username: string): string {
	const named = `Edit ${username} on Discogs`;
	return [...named].length <= DISCORD_LIMITS.modalTitle ? named : 'Edit your Discogs profile';
}

const editSchema = z.object({
	name: z.string().trim().max(255, 'Name: at most 255 characters'),
	home_page: z
		.string()
		.trim()
		.max(255, 'Home page: at most 255 characters')
		.refine((value) => value === '' || safeHttpUrl(value.includes('://') ? value : `https://${value}`) !== undefined, 'Home page: must be a web address'),
	location: z.string().trim().max(255, 'Location: at most 255 characters'),
	profile: z.string().trim().max(4000, 'Profile text: at most 4000 characters'),
	curr_abbr: z
		.string()
		.trim()
		.toUpperCase()
		.refine((value): value is (typeof CURRENCIES)[number] => (CURRENCIES as readonly string[]).includes(value), `Currency: one of ${CURRENCIES.join(', ')}`),
});

async function oauthLink(context: Context, discordUserId: string) {
	const link = (await context.links.get(discordUserId)).discogs;
	const tokens = await context.links.discogsOAuth(discordUserId);
	if (!context.discogs.oauthEnabled) throw new UserError('Editing Discogs profiles is not available: this bot has no Discogs application configured.');
	if (!link) throw new UserError('Link your Discogs account first: `/link discogs` (editing needs Discogs authorization).');
	if (link.broken) throw new UserError('Discogs no longer accepts your authorization (it may have been revoked). Run `/link discogs` to authorize again.');
	if (!tokens) throw new UserError('Editing needs Discogs authorization, and your account was linked with a profile code. Run `/link discogs` (without a username) to authorize the bot.');
	return { username: link.username, tokens };
}

/** The form, filled in with `values` (the current profile, or what was typed last time). */
function editModal(username: string, values: Partial<Record<(typeof FIELDS)[number]['id'], unknown>>): Reply {
	const components: APIActionRowComponent<APITextInputComponent>[] = FIELDS.map((field) => {
		const value = values[field.id];
		const input: APITextInputComponent = { type: ComponentType.TextInput, custom_id: field.id, label: field.label, style: field.style, max_length: field.max, required: field.id === 'curr_abbr' };
		if ('placeholder' in field) input.placeholder = field.placeholder;
		if (typeof value === 'string' && value !== '') input.value = value.slice(0, field.max);
		return { type: ComponentType.ActionRow, components: [input] };
	});
	return { kind: 'modal', modal: { custom_id: encodeCustomId(EDIT_MODAL), title: editModalTitle(username), components } };
}

/** `/discogs edit`: a modal prefilled with the current profile. */
export async function openEditModal(context: Context, discordUserId: string): Promise<Reply> {
	const { username } = await oauthLink(context, discordUserId);
	const current = await withTimeout(context.discogs.getProfile(username), PREFILL_LIMIT_MS).then(
		(result): Partial<DiscogsProfile> => result.value,
		() => ({}),
	);
	return editModal(username, current);
}

/** Keeps what was typed for the Try again button; without it the answer still says what was wrong. */
async function refused(context: Context, discordUserId: string, problems: string[], draft: EditDraft): Promise<Reply> {
	let retry: { customId: string; keptForMs: number } | undefined = { customId: encodeCustomId(RETRY_BUTTON), keptForMs: EDIT_DRAFT_TTL_MS };
	try {
		await saveEditDraft(context, discordUserId, draft);
	} catch (error) {
		if (!(error instanceof StoreError)) throw error;
		context.logger.warn({ namespace: error.namespace, err: error.cause }, 'could not keep a refused /discogs edit form');
		retry = undefined;
	}
	return { kind: 'message', ephemeral: true, message: editRefusedMessage(problems, retry) };
}

/** Try again: the form once more, filled in with what was typed (or, once that expired, with the profile). */
export const discogsEditRetryButton: ComponentHandler = {
	prefix: RETRY_BUTTON,
	// A modal must be the first response: the handler only reads the store, well within the deferral's 2 s.
	defer: { ephemeral: true },
	changes: false,
	async execute(context, { interaction }) {
		const user = interaction.user.id;
		const draft = await readEditDraft(context, user);
		if (!draft) return openEditModal(context, user);
		const { username } = await oauthLink(context, user);
		return editModal(username, draft);
	},
};

/** The submitted modal: validated, sent as POST /users/{username} signed as the user, answered with the new profile. */
export const discogsEditModal: ModalHandler = {
	prefix: EDIT_MODAL,
	defer: { ephemeral: true },
	// A redelivered submit must not save the profile twice.
	changes: true,
	async execute(context, { interaction, fields }): Promise<Reply> {
		const user = interaction.user.id;
		const { username, tokens } = await oauthLink(context, user);
		// A field Discord did not send reads as empty, which the schema below answers as it answers a blank one.
		const typed: EditDraft = {
			name: fields['name'] ?? '',
			home_page: fields['home_page'] ?? '',
			location: fields['location'] ?? '',
			profile: fields['profile'] ?? '',
			curr_abbr: fields['curr_abbr'] ?? '',
		};
		const parsed = editSchema.safeParse(typed);
		if (!parsed.success) return refused(context, user, parsed.error.issues.map((issue) => issue.message), typed);
		let profile: DiscogsProfile;
		try {
			profile = await context.discogs.editProfile(username, parsed.data, tokens);
		} catch (error) {
			if (error instanceof ProviderError && error.kind === 'unauthorized') await context.links.markDiscogsBroken(user);
			throw error;
		}
		// Saved: the draft is no longer needed, and it expires soon anyway if it cannot be deleted now.
		await forgetEditDraft(context, user).catch((error: unknown) => context.logger.warn({ err: error }, 'could not delete a /discogs edit draft'));
		// The figures behind the member's Linked Roles may have changed with the profile.
		context.linkedRoles?.changed(user);
		const embed = discogsProfileEmbed(profile, { webUrl: context.config.discogs.webUrl, fetchedAt: context.now(), stale: false, now: context.now(), showPrivate: true });
		return { kind: 'message', ephemeral: true, message: { content: '✅ Your Discogs profile was updated.', embeds: [embed] } };
	},
};
