import { ApplicationCommandOptionType, Locale } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCollector, discogs } from '../helpers/discogsUsers.js';
import { description, linkDiscogsByOAuth, run, text } from '../helpers/flows.js';
import { startInProcess, type InProcessBot } from '../helpers/inProcess.js';
import { BOB, NELLY } from '../helpers/stack.js';
import type { FinalAnswer } from '../fakes/discord/types.js';

/**
 * The handlers in this process (createContext, the dispatcher, the HTTP door), against the real fakes: no bot is
 * spawned. What is asserted is the payload Discord recorded, as a member would see it.
 */
let bot: InProcessBot;
beforeAll(async () => {
	bot = await startInProcess();
	addCollector(bot.discogs);
});
afterAll(async () => {
	await bot?.stop();
});

const buttonsOf = (components: unknown): Array<{ label: string; custom_id: string; disabled?: boolean }> => {
	const rows = Array.isArray(components) ? (components as Array<{ components?: unknown[] }>) : [];
	return rows.flatMap((row) => (row.components ?? []) as Array<{ label: string; custom_id: string; disabled?: boolean }>);
};

describe('lookups, in process', () => {
	it('/profile: the card with badges, public, answered inline as the HTTP reply', async () => {
		const handle = await bot.discord.slash({ name: 'profile', options: [{ name: 'user', type: ApplicationCommandOptionType.User, value: NELLY.id }], user: BOB });
		const answer = await handle.final();
		expect(answer.type).toBe(4);
		expect(answer.ephemeral).toBe(false);
		expect(answer.data.embeds?.[0]?.title).toBe('Nelly');
		expect(text(answer)).toContain('HypeSquad House Bravery');
		// Answered in the body of the POST's reply, not by a REST callback (which would have made it 202).
		expect(handle.delivery?.status).toBe(200);
		expect(handle.events.map((event) => event.kind)).toEqual(['callback']);
	});

	it('/discogs profile private:true: deferred ephemerally when Discogs is slow, then the edit carries the profile', async () => {
		bot.discogs.slowNext(2600);
		const { handle, answer } = await discogs(bot.discord, 'profile', [
			{ name: 'username', value: 'rodneyfool' },
			{ name: 'private', value: true },
		]);
		const first = await handle.firstResponse();
		expect(first.type).toBe(5);
		// The deferral's visibility came from the same parse as the answer's: no public "thinking…" to repair.
		expect(first.data?.flags).toBe(64);
		expect(first.at - handle.dispatchedAt).toBeLessThan(3000);
		expect(answer.deferred).toBe(true);
		expect(answer.ephemeral).toBe(true);
		expect(answer.data.embeds?.[0]?.title).toBe('Rodney (rodneyfool)');
		expect(handle.events.map((event) => event.kind)).toEqual(['callback', 'edit']);
	});

	it('paging buttons: Next on the public message is an update (7) with page 2, for anyone who clicks', async () => {
		const { handle, answer } = await discogs(bot.discord, 'contributions', [{ name: 'username', value: 'crate_digger' }]);
		const next = buttonsOf(answer.data.components).find((button) => button.label === 'Next ›');
		const message = handle.original();
		if (!next || !message) throw new Error(`no Next button in ${JSON.stringify(answer.data)}`);
		const clicked = await (await bot.discord.click({ customId: next.custom_id, message, user: BOB })).final();
		expect(clicked.type).toBe(7);
		expect(clicked.data.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of 3/);
	});

	it('a forged page button changes nothing and says why, privately', async () => {
		const { handle } = await discogs(bot.discord, 'contributions', [{ name: 'username', value: 'crate_digger' }]);
		const message = handle.original();
		if (!message) throw new Error('no message');
		const forged = await (await bot.discord.click({ customId: 'dgp:c:n:1e21:3:d:a:crate_digger', message, user: BOB })).final();
		expect(forged.ephemeral).toBe(true);
		expect(description(forged)).toContain('This button is out of date');
	});

	it('options that do not fit the command are refused before the handler, with a private answer', async () => {
		const handle = await bot.discord.slash({ name: 'profile', options: [{ name: 'user', type: ApplicationCommandOptionType.User, value: 'bogus' }] });
		const answer = await handle.final();
		expect(answer.ephemeral).toBe(true);
		expect(description(answer)).toContain("That command's options did not make sense to me");
		expect(bot.logs().some((line) => line.msg === 'command options refused' && line['interaction'] === handle.id)).toBe(true);
	});
});

describe('a modal, in process', () => {
	it('/discogs edit opens the prefilled form as the first response, and its submission saves the profile', async () => {
		await linkDiscogsByOAuth(bot.discord, bot.discogs, NELLY, 'rodneyfool');
		const opened = await run(bot.discord, 'discogs', 'edit', [], NELLY);
		expect(opened.answer.type).toBe(9);
		expect(opened.answer.data.custom_id).toBe('dge');
		expect(JSON.stringify(opened.answer.data)).toContain('Pacific NW');
		const fields = { name: 'Rodney', home_page: 'https://example.org', location: 'Lisbon', profile: 'Hi', curr_abbr: 'eur' };
		const saved = await (await bot.discord.submitModal({ customId: 'dge', fields, user: NELLY })).final();
		expect(saved.ephemeral).toBe(true);
		expect(saved.data.content).toBe('✅ Your Discogs profile was updated.');
		expect(bot.discogs.profileOf('rodneyfool')).toMatchObject({ location: 'Lisbon', curr_abbr: 'EUR' });
		// Anyone's next look shows the saved profile, not a render of the copy from before the edit.
		const after = await discogs(bot.discord, 'profile', [{ name: 'username', value: 'rodneyfool' }], { user: BOB });
		expect(fieldValue(after.answer, 'Location')).toBe('Lisbon');
	});

	it('one cached profile answers each member in their own language, from one fetch, the same on every hit', async () => {
		addCollector(bot.discogs, 'polyglot');
		const before = bot.discogs.requestCount('/users/polyglot');
		const look = async (locale: Locale) =>
			(await bot.discord.slash({ name: 'discogs', options: [{ type: 1, name: 'profile', options: [{ name: 'username', type: 3, value: 'polyglot' }, { name: 'private', type: 5, value: true }] }], user: BOB, locale })).final();
		const english = await look(Locale.EnglishUS);
		const german = await look(Locale.German);
		const french = await look(Locale.French);
		const englishAgain = await look(Locale.EnglishUS);
		expect(english.data.embeds?.[0]?.fields?.map((field) => field.name)).toContain('Location');
		expect(german.data.embeds?.[0]?.fields?.map((field) => field.name)).toContain('Ort');
		expect(french.data.embeds?.[0]?.fields?.map((field) => field.name)).toContain('Localisation');
		expect(englishAgain.data.embeds).toEqual(english.data.embeds);
		expect(bot.discogs.requestCount('/users/polyglot') - before).toBe(1);
	});
});

function fieldValue(answer: FinalAnswer, name: string): string | undefined {
	return answer.data.embeds?.[0]?.fields?.find((field) => field.name === name)?.value;
}
