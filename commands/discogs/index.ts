import type { APIEmbed } from 'discord-api-types/v10';
import { z } from 'zod';
import { resolveLinked } from '../../src/accounts/resolveAccount.js';
import type { Context } from '../../src/context.js';
import { parseDiscogsUsername } from '../../src/discogs/client.js';
import { CONTRIBUTION_SORTS, SORT_ORDERS, type DiscogsProfile } from '../../src/discogs/schemas.js';
import { ProviderError } from '../../src/core/errors.js';
import type { Translator } from '../../src/i18n/translator.js';
import { chatInputCommand, type MessagePayload } from '../../src/interactions/types.js';
import { discogsProfileEmbed } from '../../src/views/discogs/profileEmbed.js';
import { discogsRatingsEmbed } from '../../src/views/discogs/ratingsEmbed.js';
import { renderOnce } from '../../src/views/memo.js';
import { discogsDefinition } from './definition.js';
import { openEditModal } from './edit.js';
import { renderPage } from './pages.js';

const optionsSchema = z.object({
	subcommand: z.enum(['profile', 'ratings', 'contributions', 'submissions', 'edit']),
	username: z.string().optional(),
	user: z.string().regex(/^\d{17,20}$/).optional(),
	private: z.boolean().optional(),
	sort: z.enum(CONTRIBUTION_SORTS).optional(),
	order: z.enum(SORT_ORDERS).optional(),
	page: z.number().int().min(1).optional(),
});
type Options = z.output<typeof optionsSchema>;

const RECENT = 'discogs';

type Lookup = Options & { subcommand: Exclude<Options['subcommand'], 'edit'> };

/** The profile as its owner sees it (email, private counts), through their OAuth link; undefined to use the shared copy. */
async function ownView(context: Context, discordUserId: string, username: string): Promise<DiscogsProfile | undefined> {
	const tokens = context.discogs.oauthEnabled ? await context.links.discogsOAuth(discordUserId) : undefined;
	if (!tokens) return undefined;
	try {
		return await context.discogs.getProfileAs(username, tokens);
	} catch (error) {
		if (error instanceof ProviderError && error.kind === 'unauthorized') await context.links.markDiscogsBroken(discordUserId);
		context.logger.info({ err: error }, "the owner's own Discogs view is unavailable; showing the shared copy");
		return undefined;
	}
}

/**
 * A fresh cached copy renders the same for everyone who reads it in one language, so a warm hit reuses the render.
 * A stale copy's footer says how old it is, so it renders each time.
 */
function cachedRender(value: DiscogsProfile, tr: Translator, view: string, stale: boolean, render: () => APIEmbed): APIEmbed {
	return stale ? render() : renderOnce(value, tr, view, render);
}

/** `owner` is the invoker's id when they may see their private fields (their own account, answered privately). */
async function lookup(context: Context, tr: Translator, options: Lookup, username: string, owner: string | undefined): Promise<MessagePayload> {
	const view = { webUrl: context.config.discogs.webUrl, now: context.now() };
	switch (options.subcommand) {
		case 'profile': {
			const own = owner === undefined ? undefined : await ownView(context, owner, username);
			if (own) return { embeds: [discogsProfileEmbed(tr, own, { ...view, fetchedAt: view.now, stale: false, showPrivate: true })] };
			const { value, fetchedAt, stale } = await context.discogs.getProfile(username);
			return { embeds: [cachedRender(value, tr, 'profile', stale, () => discogsProfileEmbed(tr, value, { ...view, fetchedAt, stale }))] };
		}
		case 'ratings': {
			const { value, fetchedAt, stale } = await context.discogs.getProfile(username);
			return { embeds: [cachedRender(value, tr, 'ratings', stale, () => discogsRatingsEmbed(tr, value, { ...view, fetchedAt, stale }))] };
		}
		case 'contributions':
			return renderPage(context, tr, { view: 'contributions', username, page: options.page ?? 1, sort: options.sort, order: options.order });
		case 'submissions':
			return renderPage(context, tr, { view: 'submissions', username, page: options.page ?? 1 });
	}
}

export const discogsCommand = chatInputCommand({
	definition: discogsDefinition,
	options: optionsSchema,
	// The edit form is the member's own: whatever `private` says, nobody else sees it.
	ephemeral: (options) => options.subcommand === 'edit' || (options.private ?? false),
	async execute(context, { interaction, options, tr }) {
		if (options.subcommand === 'edit') return openEditModal(context, tr, interaction.user.id);
		const account = await resolveLinked(context.links, 'discogs', { explicit: options.username, userId: options.user }, interaction.user.id);
		const username = parseDiscogsUsername(account.kind === 'explicit' ? account.value : account.link.username);
		const ephemeral = options.private ?? false;
		// Private fields (email, hidden counts) only for the account's owner, and only where nobody else sees them.
		const owner = account.kind === 'linked' && account.own && ephemeral ? interaction.user.id : undefined;
		const message = await lookup(context, tr, { ...options, subcommand: options.subcommand }, username, owner);
		// A hint for autocomplete, off the answer's path: the user should not wait for it.
		if (account.kind === 'explicit') {
			void context.recent.remember(RECENT, interaction.user.id, username).catch((error: unknown) => context.logger.warn({ err: error }, 'could not remember a recent lookup'));
		}
		return { kind: 'message', ephemeral, message };
	},
	async autocomplete(context, { interaction, focused }) {
		const typed = focused.value.trim();
		const [recent, links] = await Promise.all([context.recent.list(RECENT, interaction.user.id), context.links.get(interaction.user.id)]);
		const known = links.discogs ? [links.discogs.username, ...recent.filter((name) => name.toLowerCase() !== links.discogs?.username.toLowerCase())] : recent;
		const matching = known.filter((name) => name.toLowerCase().includes(typed.toLowerCase()));
		const names = typed && !matching.some((name) => name.toLowerCase() === typed.toLowerCase()) ? [typed, ...matching] : matching;
		return names.map((name) => ({ name: name.slice(0, 100), value: name.slice(0, 100) }));
	},
});
