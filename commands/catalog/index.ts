import { ApplicationCommandOptionType, ApplicationCommandType, type APIApplicationCommandBasicOption, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import { resolveLinked } from '../../src/accounts/resolveAccount.js';
import { NOT_CONFIGURED } from '../../src/catalog/client.js';
import type { Context } from '../../src/context.js';
import { StaleComponentError, UserError } from '../../src/core/errors.js';
import type { Translator } from '../../src/i18n/translator.js';
import { encodeCustomId, parsePage } from '../../src/interactions/customId.js';
import { chatInputCommand, type ComponentHandler, type MessagePayload } from '../../src/interactions/types.js';
import { catalogDisplayName, catalogProfileEmbed } from '../../src/views/catalog/profileEmbed.js';
import { catalogSongsEmbed } from '../../src/views/catalog/songsEmbed.js';
import { pageButtons } from '../../src/views/pagination.js';
import { EVERYWHERE } from '../scope.js';

const SONGS_PER_PAGE = 10;
const SONGS_BUTTON = 'cgp';

const accountOptions: APIApplicationCommandBasicOption[] = [
	{ type: ApplicationCommandOptionType.String, name: 'id', description: 'Catalog user id (default: your linked account)', max_length: 64 },
	{ type: ApplicationCommandOptionType.User, name: 'user', description: 'A Discord user whose linked catalog account to show' },
	{ type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'Only you see the answer' },
];

const definition = {
	name: 'catalog',
	description: 'Look up music catalog profiles and released songs.',
	type: ApplicationCommandType.ChatInput,
	...EVERYWHERE,
	options: [
		{ type: ApplicationCommandOptionType.Subcommand, name: 'profile', description: 'A catalog profile: role, genre, links', options: accountOptions },
		{ type: ApplicationCommandOptionType.Subcommand, name: 'songs', description: "An artist's released songs, page by page", options: accountOptions },
	],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const optionsSchema = z.object({
	subcommand: z.enum(['profile', 'songs']),
	id: z.string().optional(),
	user: z.string().regex(/^\d{17,20}$/).optional(),
	private: z.boolean().optional(),
});

function requireConfigured(context: Context): void {
	if (!context.catalog.configured) throw new UserError(NOT_CONFIGURED);
}

/** One page of an artist's songs, with page buttons that carry the owner id, the page and the page count. */
async function songsPage(context: Context, tr: Translator, ownerId: string, page: number): Promise<MessagePayload> {
	const [{ value: owner }, { value, fetchedAt, stale }] = await Promise.all([
		context.catalog.getUser(ownerId),
		context.catalog.getSongs(ownerId, { offset: (page - 1) * SONGS_PER_PAGE, limit: SONGS_PER_PAGE }),
	]);
	const pages = Math.max(1, Math.ceil(value.total / SONGS_PER_PAGE));
	const embed = catalogSongsEmbed(tr, value.songs, { ownerName: catalogDisplayName(tr, owner), page, pages, perPage: SONGS_PER_PAGE, total: value.total, fetchedAt, stale, now: context.now() });
	return { embeds: [embed], components: pageButtons(tr, page, pages, (nav, target, count) => encodeCustomId(SONGS_BUTTON, nav[0] ?? 'x', target, count, owner.id)) };
}

export const catalogCommand = chatInputCommand({
	definition,
	options: optionsSchema,
	ephemeral: (options) => options.private ?? false,
	async execute(context, { interaction, options, tr }) {
		requireConfigured(context);
		const account = await resolveLinked(context.links, 'catalog', { explicit: options.id, userId: options.user }, interaction.user.id);
		const id = account.kind === 'explicit' ? account.value : account.link.id;
		const ephemeral = options.private ?? false;
		if (options.subcommand === 'songs') return { kind: 'message', ephemeral, message: await songsPage(context, tr, id, 1) };
		const { value, fetchedAt, stale } = await context.catalog.getUser(id);
		// Email, wallet address and sign-in method only for the owner, and only where nobody else sees them.
		const privateFields = account.kind === 'linked' && account.own && ephemeral ? await context.links.catalogPrivateFields(interaction.user.id) : undefined;
		return { kind: 'message', ephemeral, message: { embeds: [catalogProfileEmbed(tr, value, { webUrl: context.config.catalogWebUrl, fetchedAt, stale, now: context.now(), privateFields })] } };
	},
});

export const catalogSongsButtons: ComponentHandler = {
	prefix: SONGS_BUTTON,
	defer: 'update',
	changes: false,
	async execute(context, { args, tr }) {
		const [, page, pages, ownerId, ...rest] = args;
		const position = parsePage(page, pages);
		if (!position || !ownerId || rest.length > 0) throw new StaleComponentError(`songs button ${args.join(':')}`);
		return { kind: 'update', message: await songsPage(context, tr, ownerId, position.page) };
	},
};
