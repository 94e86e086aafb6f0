import { ApplicationCommandOptionType, Locale, type APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translator.js';
import { makeRelease } from '../fakes/discogs/index.js';
import { profileNamed } from '../helpers/discogsUsers.js';
import { startStack, type Stack } from '../helpers/stack.js';

/**
 * Issue 16 against the bot process: Discord sends each interaction with the member's `locale` and, in a server, the
 * server's `guild_locale` (receiving-and-responding.mdx, Interaction Structure). A private answer speaks the
 * member's language, a public one in a server the server's; numbers follow the language (Intl).
 */
const GERMAN_SERVER = '1200000000000000001';
const JAPANESE_SERVER = '1200000000000000002';
let stack: Stack;
beforeAll(async () => {
	stack = await startStack({
		discord: {
			guilds: [
				{ id: GERMAN_SERVER, name: 'Plattenbörse', locale: Locale.German },
				{ id: JAPANESE_SERVER, name: 'レコード', locale: Locale.Japanese },
			],
		},
	});
	stack.discogs.addUser({ ...profileNamed('grosshaendler', 4_200_000), rank: 12_345, num_collection: 23_456 });
});
afterAll(async () => {
	await stack?.stop();
});

const field = (embed: APIEmbed | undefined, name: string) => embed?.fields?.find((candidate) => candidate.name === name)?.value;

async function profile(options: { locale: Locale; guildId: string | null; private: boolean }) {
	const handle = await stack.discord.slash({
		name: 'discogs',
		options: [
			{
				type: ApplicationCommandOptionType.Subcommand,
				name: 'profile',
				options: [
					{ type: ApplicationCommandOptionType.String, name: 'username', value: 'grosshaendler' },
					{ type: ApplicationCommandOptionType.Boolean, name: 'private', value: options.private },
				],
			},
		],
		locale: options.locale,
		guildId: options.guildId,
	});
	return handle.final();
}

describe('answers in the member’s or the server’s language', () => {
	it('a private /discogs profile from a German member: German labels and German numbers', async () => {
		const de = translator('de');
		const answer = await profile({ locale: Locale.German, guildId: JAPANESE_SERVER, private: true });
		expect(answer.ephemeral).toBe(true);
		const embed = answer.data.embeds?.[0];
		expect(de.t('discogs:fields.rank')).not.toBe(translator('en-US').t('discogs:fields.rank'));
		expect(field(embed, de.t('discogs:fields.rank'))).toBe('12.345');
		expect(field(embed, de.t('discogs:fields.collection'))).toContain('23.456');
		// Provider text stays as its owner wrote it.
		expect(embed?.description).toBe('I am a software developer for Discogs.');
	});

	it('the same command, public in a server whose language is Japanese, answers in Japanese', async () => {
		const ja = translator('ja');
		const answer = await profile({ locale: Locale.German, guildId: JAPANESE_SERVER, private: false });
		expect(answer.ephemeral).toBe(false);
		const embed = answer.data.embeds?.[0];
		expect(ja.t('discogs:fields.rank')).not.toBe(translator('en-US').t('discogs:fields.rank'));
		expect(field(embed, ja.t('discogs:fields.rank'))).toBe('12,345');
	});

	it('an error is private, so in the member’s own language even in a Japanese server', async () => {
		const handle = await stack.discord.slash({
			name: 'discogs',
			options: [{ type: ApplicationCommandOptionType.Subcommand, name: 'profile', options: [{ type: ApplicationCommandOptionType.String, name: 'username', value: 'niemand-hier' }] }],
			locale: Locale.German,
			guildId: JAPANESE_SERVER,
		});
		const answer = await handle.final();
		expect(answer.ephemeral).toBe(true);
		expect(answer.data.embeds?.[0]?.description).toBe(translator('de').t('errors:provider.not_found_named.Discogs', { subject: 'niemand-hier' }));
	});

	it('a page button on a private answer keeps the member’s language, even in a Japanese server', async () => {
		const de = translator('de');
		stack.discogs.addUser(profileNamed('sammlerin', 4_300_000), { contributions: Array.from({ length: 25 }, (_, index) => makeRelease(index)) });
		const handle = await stack.discord.slash({
			name: 'discogs',
			options: [
				{
					type: ApplicationCommandOptionType.Subcommand,
					name: 'contributions',
					options: [
						{ type: ApplicationCommandOptionType.String, name: 'username', value: 'sammlerin' },
						{ type: ApplicationCommandOptionType.Boolean, name: 'private', value: true },
					],
				},
			],
			locale: Locale.German,
			guildId: JAPANESE_SERVER,
		});
		const first = await handle.final();
		const message = handle.original();
		const row = first.data.components?.[0];
		const next = (row && 'components' in row ? (row.components as Array<{ custom_id?: string }>) : [])[3]?.custom_id;
		if (!message || !next) throw new Error('no pager');
		const page = await (await stack.discord.click({ customId: next, message, locale: Locale.German, guildId: JAPANESE_SERVER })).final();
		expect(page.data.embeds?.[0]?.footer?.text).toContain(de.t('pages:footer.page', { page: '2', pages: '3' }));
		expect(de.t('pages:footer.page', { page: '2', pages: '3' })).not.toBe('Page 2 of 3');
	});

	it('a language the bot does not speak reads English', async () => {
		const answer = await profile({ locale: Locale.Korean, guildId: null, private: true });
		expect(field(answer.data.embeds?.[0], 'Rank')).toBe('12,345');
	});
});
