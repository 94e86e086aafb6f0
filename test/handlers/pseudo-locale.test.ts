import {
	ApplicationCommandOptionType,
	Locale,
	type APIApplicationCommandInteractionDataBasicOption,
	type APIApplicationCommandInteractionDataOption,
	type APIApplicationCommandInteractionDataStringOption,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceResources } from '../../src/i18n/translator.js';
import { RESOURCES, type LocaleResources } from '../../src/i18n/resources.js';
import { SEED_USER_ID } from '../fakes/catalog/index.js';
import type { FinalAnswer, InteractionHandle } from '../fakes/discord/index.js';
import { addCollector } from '../helpers/discogsUsers.js';
import { linkDiscogsByOAuth } from '../helpers/flows.js';
import { startInProcess, type InProcessBot } from '../helpers/inProcess.js';
import { BOB, NELLY } from '../helpers/stack.js';

/**
 * A pseudo-locale: every text longer (by half) and accented, its variables, markdown and code untouched. Every view is
 * rendered in it through the real dispatcher, and the strict fake Discord refuses any body that breaks one of
 * Discord's limits (embed totals and field lengths, button labels, modal titles and labels, choice names: its
 * validator is built from Discord's OpenAPI description). So a translation that is long can never break an answer.
 */
const ACCENTS: Record<string, string> = { a: 'á', e: 'ë', i: 'ï', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', A: 'Å', E: 'É', I: 'Î', O: 'Ø', U: 'Û', C: 'Ç', N: 'Ñ', s: 'š', y: 'ÿ' };
const PROTECTED = /(\{\{[^}]+\}\}|`[^`]*`|<[^>]+>|\]\([^)]*\)|https?:\/\/\S+)/;

function pseudo(text: string): string {
	const accented = text
		.split(PROTECTED)
		.map((part, index) => (index % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (char) => ACCENTS[char] ?? char)))
		.join('');
	const letters = text.replace(/\{\{[^}]+\}\}/g, '').length;
	return `${accented} ${'ŵ'.repeat(Math.ceil(letters / 2))}`;
}

function pseudoResources(value: unknown): unknown {
	if (typeof value === 'string') return pseudo(value);
	if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, pseudoResources(child)]));
	return value;
}

/** Markdown a member would see broken: an odd number of bold markers or code ticks in one text. */
function unbalanced(text: string): boolean {
	const withoutCode = text.replace(/```[\s\S]*?```/g, '');
	return (withoutCode.split('**').length - 1) % 2 === 1 || (withoutCode.match(/`/g) ?? []).length % 2 === 1;
}

function texts(answer: FinalAnswer): string[] {
	const embeds = answer.data.embeds ?? [];
	return [
		answer.data.content ?? '',
		...embeds.flatMap((embed) => [embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '', ...(embed.fields ?? []).flatMap((field) => [field.name, field.value])]),
	].filter((text) => text !== '');
}

const LOCALE = Locale.Japanese;
let bot: InProcessBot;
beforeAll(async () => {
	bot = await startInProcess({ discord: { guilds: [{ id: '1200000000000000001', name: 'Test Guild', locale: LOCALE }] } });
	replaceResources('ja', pseudoResources(RESOURCES['en-US']) as LocaleResources);
	addCollector(bot.discogs);
});
afterAll(async () => {
	await bot?.stop();
});

/** Every event accepted by the strict fake, and the answer's markdown whole. */
async function checked(handle: InteractionHandle): Promise<FinalAnswer> {
	const answer = await handle.final();
	expect(handle.events.filter((event) => event.rejected !== undefined).map((event) => event.error)).toEqual([]);
	for (const text of texts(answer)) expect(unbalanced(text), text).toBe(false);
	return answer;
}

const sub = (name: string, options: APIApplicationCommandInteractionDataBasicOption[] = []): APIApplicationCommandInteractionDataOption[] => [
	{ type: ApplicationCommandOptionType.Subcommand, name, options },
];
const str = (name: string, value: string): APIApplicationCommandInteractionDataStringOption => ({ name, value, type: ApplicationCommandOptionType.String });

describe('every view in a long, accented pseudo-locale', () => {
	it('the profile card, Discogs lookups and their pages', async () => {
		const asked = { locale: LOCALE, user: BOB };
		const card = await checked(await bot.discord.slash({ name: 'profile', options: [{ name: 'user', type: ApplicationCommandOptionType.User, value: NELLY.id }], ...asked }));
		// The pseudo texts really are in use: the labels are accented.
		expect(JSON.stringify(card.data.embeds)).toMatch(/ŵ/);
		for (const view of ['profile', 'ratings', 'submissions']) await checked(await bot.discord.slash({ name: 'discogs', options: sub(view, [str('username', 'rodneyfool')]), ...asked }));
		const pages = await bot.discord.slash({ name: 'discogs', options: sub('contributions', [str('username', 'crate_digger')]), ...asked });
		const first = await checked(pages);
		const row = first.data.components?.[0];
		const next = (row && 'components' in row ? (row.components as Array<{ custom_id?: string }>) : [])[3]?.custom_id;
		const message = pages.original();
		if (!next || !message) throw new Error('no pager');
		await checked(await bot.discord.click({ customId: next, message, ...asked }));
		// Errors: a user Discogs does not know, and a forged button.
		await checked(await bot.discord.slash({ name: 'discogs', options: sub('profile', [str('username', 'nobody-here-at-all')]), ...asked }));
		await checked(await bot.discord.click({ customId: 'dgp:c:n:9:3:d:a:crate_digger', message, ...asked }));
	});

	it('linking, its modals and the status panel; the catalog; privacy and unlink', async () => {
		const asked = { locale: LOCALE, user: NELLY };
		await checked(await bot.discord.slash({ name: 'link', options: sub('discogs', [str('username', 'rodneyfool')]), ...asked }));
		const oauth = await checked(await bot.discord.slash({ name: 'link', options: sub('discogs'), ...asked }));
		expect(oauth.data.components?.length).toBeGreaterThan(0);
		const modal = await checked(await bot.discord.slash({ name: 'link', options: sub('catalog'), ...asked }));
		expect(modal.type).toBe(9);
		const { accessToken } = bot.catalog.issueTokens(SEED_USER_ID);
		await checked(await bot.discord.submitModal({ customId: 'lnkm:ct', fields: { token: accessToken }, ...asked }));
		await checked(await bot.discord.slash({ name: 'link', options: sub('status'), ...asked }));
		await checked(await bot.discord.slash({ name: 'catalog', options: sub('profile'), ...asked }));
		await checked(await bot.discord.slash({ name: 'catalog', options: sub('songs'), ...asked }));
		await checked(await bot.discord.slash({ name: 'privacy', options: [str('lookups', 'nobody')], ...asked }));
		await checked(await bot.discord.slash({ name: 'profile', ...asked }));
		await checked(await bot.discord.slash({ name: 'unlink', options: [str('service', 'catalog')], ...asked }));
		// The edit form, as its owner sees it: the modal's title and labels, a refusal, and Try again's form.
		await linkDiscogsByOAuth(bot.discord, bot.discogs, NELLY, 'rodneyfool');
		const form = await checked(await bot.discord.slash({ name: 'discogs', options: sub('edit'), ...asked }));
		expect(form.type).toBe(9);
		const refused = await bot.discord.submitModal({ customId: 'dge', fields: { name: 'N', home_page: 'not a url', location: 'x', profile: 'y', curr_abbr: 'XYZ' }, ...asked });
		await checked(refused);
		const retry = refused.original();
		if (!retry) throw new Error('no refusal message');
		expect((await checked(await bot.discord.click({ customId: 'dgr', message: retry, ...asked }))).type).toBe(9);
		await checked(await bot.discord.slash({ name: 'unlink', options: [str('service', 'all')], ...asked }));
	});
});
