import { z } from 'zod';
import { resolveLinked } from '../../src/accounts/resolveAccount.js';
import type { Context } from '../../src/context.js';
import { parseDiscogsUsername } from '../../src/discogs/client.js';
import { CONTRIBUTION_SORTS, SORT_ORDERS } from '../../src/discogs/schemas.js';
import { parseOptions } from '../../src/interactions/options.js';
import type { ChatInputCommand, MessagePayload } from '../../src/interactions/types.js';
import { discogsProfileEmbed } from '../../src/views/discogs/profileEmbed.js';
import { discogsRatingsEmbed } from '../../src/views/discogs/ratingsEmbed.js';
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

async function lookup(context: Context, options: Lookup, username: string, showPrivate: boolean): Promise<MessagePayload> {
	const view = { webUrl: context.config.discogs.webUrl, now: context.now() };
	switch (options.subcommand) {
		case 'profile': {
			const { value, fetchedAt, stale } = await context.discogs.getProfile(username);
			return { embeds: [discogsProfileEmbed(value, { ...view, fetchedAt, stale, showPrivate })] };
		}
		case 'ratings': {
			const { value, fetchedAt, stale } = await context.discogs.getProfile(username);
			return { embeds: [discogsRatingsEmbed(value, { ...view, fetchedAt, stale })] };
		}
		case 'contributions':
			return renderPage(context, { view: 'contributions', username, page: options.page ?? 1, sort: options.sort, order: options.order });
		case 'submissions':
			return renderPage(context, { view: 'submissions', username, page: options.page ?? 1 });
	}
}

export const discogsCommand: ChatInputCommand = {
	definition: discogsDefinition,
	ephemeral: (interaction) => interaction.options.getBoolean('private') ?? false,
	async execute(context, interaction) {
		const options = parseOptions(optionsSchema, interaction.options.data);
		if (options.subcommand === 'edit') return openEditModal(context, interaction.user.id);
		const account = await resolveLinked(context.links, 'discogs', { explicit: options.username, userId: options.user }, interaction.user.id);
		const username = parseDiscogsUsername(account.kind === 'explicit' ? account.value : account.link.username);
		const ephemeral = options.private ?? false;
		// Private fields (email, hidden counts) only for the account's owner, and only where nobody else sees them.
		const showPrivate = account.kind === 'linked' && account.own && ephemeral;
		const message = await lookup(context, { ...options, subcommand: options.subcommand }, username, showPrivate);
		if (account.kind === 'explicit') await context.recent.remember(RECENT, interaction.user.id, username);
		return { kind: 'message', ephemeral, message };
	},
	async autocomplete(context, interaction) {
		const typed = interaction.options.getFocused().trim();
		const [recent, links] = await Promise.all([context.recent.list(RECENT, interaction.user.id), context.links.get(interaction.user.id)]);
		const known = links.discogs ? [links.discogs.username, ...recent.filter((name) => name.toLowerCase() !== links.discogs?.username.toLowerCase())] : recent;
		const matching = known.filter((name) => name.toLowerCase().includes(typed.toLowerCase()));
		const names = typed && !matching.some((name) => name.toLowerCase() === typed.toLowerCase()) ? [typed, ...matching] : matching;
		return names.map((name) => ({ name: name.slice(0, 100), value: name.slice(0, 100) }));
	},
};
