import { ComponentType, TextInputStyle, type APIActionRowComponent, type APITextInputComponent } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Context } from '../../src/context.js';
import { DISCORD_LIMITS } from '../../src/core/constants.js';
import { ProviderError, StoreError, UserError } from '../../src/core/errors.js';
import { withTimeout } from '../../src/core/timeout.js';
import { safeHttpUrl } from '../../src/discogs/markup.js';
import { CURRENCIES, type DiscogsProfile } from '../../src/discogs/schemas.js';
import type { Translator } from '../../src/i18n/translator.js';
import { encodeCustomId } from '../../src/interactions/customId.js';
import type { ComponentHandler, ModalHandler, Reply } from '../../src/interactions/types.js';
import { editRefusedMessage } from '../../src/views/discogs/editRefused.js';
import { discogsProfileEmbed } from '../../src/views/discogs/profileEmbed.js';
import { fitLabel } from '../../src/views/format.js';
import { EDIT_DRAFT_TTL_MS, forgetEditDraft, readEditDraft, saveEditDraft, type EditDraft } from './editDraft.js';

const EDIT_MODAL = 'dge';
const RETRY_BUTTON = 'dgr';
/** The modal must be the first answer (within 3 s): prefill only with what arrives quickly. */
const PREFILL_LIMIT_MS = 1500;

/** The longest text each field takes: Discogs refuses a longer one (422), so the form does first. */
const MAX = { name: 255, home_page: 255, location: 255, profile: 4000, curr_abbr: 3 } as const;
type FieldId = keyof typeof MAX;

const FIELDS = [
	{ id: 'name', style: TextInputStyle.Short },
	{ id: 'home_page', style: TextInputStyle.Short },
	{ id: 'location', style: TextInputStyle.Short },
	{ id: 'profile', style: TextInputStyle.Paragraph },
	// The codes do not fit in a label (45 characters at most): they go in the placeholder.
	{ id: 'curr_abbr', placeholder: CURRENCIES.join(' '), style: TextInputStyle.Short },
] as const satisfies ReadonlyArray<{ id: FieldId; style: TextInputStyle; placeholder?: string }>;

/** Names the account when the title has room for it (Discord allows 45 characters), else says whose it is. */
export function editModalTitle(tr: Translator, username: string): string {
	const named = tr.t('discogs:edit.title', { username });
	return [...named].length <= DISCORD_LIMITS.modalTitle ? named : fitLabel(tr.t('discogs:edit.titleUnnamed'), 'modalTitle');
}

/** The form's rules; each refusal says what was wrong in the reader's language. */
function editSchema(tr: Translator) {
	const tooLong = (field: FieldId) =>
		tr.t('discogs:edit.problems.tooLong', { field: tr.t(`discogs:edit.fieldNames.${field}`), max: tr.number(MAX[field]) });
	return z.object({
		name: z.string().trim().max(MAX.name, tooLong('name')),
		home_page: z
			.string()
			.trim()
			.max(MAX.home_page, tooLong('home_page'))
			.refine((value) => value === '' || safeHttpUrl(value.includes('://') ? value : `https://${value}`) !== undefined, tr.t('discogs:edit.problems.homePage')),
		location: z.string().trim().max(MAX.location, tooLong('location')),
		profile: z.string().trim().max(MAX.profile, tooLong('profile')),
		curr_abbr: z
			.string()
			.trim()
			.toUpperCase()
			.refine(
				(value): value is (typeof CURRENCIES)[number] => (CURRENCIES as readonly string[]).includes(value),
				tr.t('discogs:edit.problems.currency', { codes: CURRENCIES.join(', ') }),
			),
	});
}

async function oauthLink(context: Context, discordUserId: string) {
	const link = (await context.links.get(discordUserId)).discogs;
	const tokens = await context.links.discogsOAuth(discordUserId);
	if (!context.discogs.oauthEnabled) throw new UserError('discogs:edit.notConfigured');
	if (!link) throw new UserError('discogs:edit.notLinked');
	if (link.broken) throw new UserError('discogs:edit.revoked');
	if (!tokens) throw new UserError('discogs:edit.linkedByCode');
	return { username: link.username, tokens };
}

/** The form, filled in with `values` (the current profile, or what was typed last time). */
function editModal(tr: Translator, username: string, values: Partial<Record<FieldId, unknown>>): Reply {
	const components: APIActionRowComponent<APITextInputComponent>[] = FIELDS.map((field) => {
		const value = values[field.id];
		const input: APITextInputComponent = {
			type: ComponentType.TextInput,
			custom_id: field.id,
			label: fitLabel(tr.t(`discogs:edit.labels.${field.id}`), 'inputLabel'),
			style: field.style,
			max_length: MAX[field.id],
			required: field.id === 'curr_abbr',
		};
		if ('placeholder' in field) input.placeholder = field.placeholder;
		if (typeof value === 'string' && value !== '') input.value = value.slice(0, MAX[field.id]);
		return { type: ComponentType.ActionRow, components: [input] };
	});
	return { kind: 'modal', modal: { custom_id: encodeCustomId(EDIT_MODAL), title: editModalTitle(tr, username), components } };
}

/** `/discogs edit`: a modal prefilled with the current profile. */
export async function openEditModal(context: Context, tr: Translator, discordUserId: string): Promise<Reply> {
	const { username } = await oauthLink(context, discordUserId);
	const current = await withTimeout(context.discogs.getProfile(username), PREFILL_LIMIT_MS).then(
		(result): Partial<DiscogsProfile> => result.value,
		() => ({}),
	);
	return editModal(tr, username, current);
}

/** Keeps what was typed for the Try again button; without it the answer still says what was wrong. */
async function refused(context: Context, tr: Translator, discordUserId: string, problems: string[], draft: EditDraft): Promise<Reply> {
	let retry: { customId: string; keptForMs: number } | undefined = { customId: encodeCustomId(RETRY_BUTTON), keptForMs: EDIT_DRAFT_TTL_MS };
	try {
		await saveEditDraft(context, discordUserId, draft);
	} catch (error) {
		if (!(error instanceof StoreError)) throw error;
		context.logger.warn({ namespace: error.namespace, err: error.cause }, 'could not keep a refused /discogs edit form');
		retry = undefined;
	}
	return { kind: 'message', ephemeral: true, message: editRefusedMessage(tr, problems, retry) };
}

/** Try again: the form once more, filled in with what was typed (or, once that expired, with the profile). */
export const discogsEditRetryButton: ComponentHandler = {
	prefix: RETRY_BUTTON,
	// A modal must be the first response: the handler only reads the store, well within the deferral's 2 s.
	defer: { ephemeral: true },
	changes: false,
	async execute(context, { interaction, tr }) {
		const user = interaction.user.id;
		const draft = await readEditDraft(context, user);
		if (!draft) return openEditModal(context, tr, user);
		const { username } = await oauthLink(context, user);
		return editModal(tr, username, draft);
	},
};

/** The submitted modal: validated, sent as POST /users/{username} signed as the user, answered with the new profile. */
export const discogsEditModal: ModalHandler = {
	prefix: EDIT_MODAL,
	defer: { ephemeral: true },
	// A redelivered submit must not save the profile twice.
	changes: true,
	async execute(context, { interaction, fields, tr }): Promise<Reply> {
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
		const parsed = editSchema(tr).safeParse(typed);
		if (!parsed.success) return refused(context, tr, user, parsed.error.issues.map((issue) => issue.message), typed);
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
		const embed = discogsProfileEmbed(tr, profile, { webUrl: context.config.discogs.webUrl, fetchedAt: context.now(), stale: false, now: context.now(), showPrivate: true });
		return { kind: 'message', ephemeral: true, message: { content: tr.t('discogs:edit.saved'), embeds: [embed] } };
	},
};
