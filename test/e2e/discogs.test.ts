import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCollector, discogs } from '../helpers/discogsUsers.js';
import { BOB, startStack, type Stack } from '../helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
	stack = await startStack();
	addCollector(stack.discogs);
});
afterAll(async () => {
	await stack?.stop();
});

const field = (embed: { fields?: Array<{ name: string; value: string }> } | undefined, name: string) =>
	embed?.fields?.find((candidate) => candidate.name === name)?.value;

describe('/discogs through the real bot process', () => {
	it('profile: the seed user with rank, ratings, avatar and banner', async () => {
		const { answer } = await discogs(stack.discord, 'profile', [{ name: 'username', value: 'rodneyfool' }]);
		const embed = answer.data.embeds?.[0];
		expect(answer.ephemeral).toBe(false);
		expect(embed?.title).toBe('Rodney (rodneyfool)');
		expect(embed?.url).toBe('https://www.discogs.com/user/rodneyfool');
		expect(field(embed, 'Rank')).toBe('149');
		expect(field(embed, 'Seller rating')).toBe('100% ★★★★★ (21 ratings)');
		expect(embed?.thumbnail?.url).toContain('gravatar.com/avatar/55502f40dc8b7c769880b10874abc9d0');
		expect(embed?.image?.url).toContain('discogs-banners/B-1578108');
		expect(embed?.description).toBe('I am a software developer for Discogs.');
	});

	it('ratings: the reputation view, privately when asked', async () => {
		const { answer } = await discogs(stack.discord, 'ratings', [
			{ name: 'username', value: 'rodneyfool' },
			{ name: 'private', value: true },
		]);
		expect(answer.ephemeral).toBe(true);
		const text = JSON.stringify(answer.data.embeds);
		expect(text).toContain('144 ratings');
		expect(text).toContain('3.47');
	});

	it('contributions: the seed page, with the artists, format, label and catalogue number', async () => {
		const { answer } = await discogs(stack.discord, 'contributions', [{ name: 'username', value: 'shooezgirl' }]);
		const embed = answer.data.embeds?.[0];
		expect(embed?.title).toContain('shooezgirl');
		expect(embed?.description).toContain('After All');
		expect(embed?.description).toContain('Geffen Records');
		expect(embed?.description).toContain('7-27529-DJ');
		expect(answer.data.components ?? []).toEqual([]); // one page: no buttons
	});

	it('contributions: pages with First / Previous / Next / Last, state kept in the buttons', async () => {
		const { handle, answer } = await discogs(stack.discord, 'contributions', [
			{ name: 'username', value: 'crate_digger' },
			{ name: 'sort', value: 'year' },
			{ name: 'order', value: 'desc' },
		]);
		expect(answer.data.embeds?.[0]?.footer?.text).toMatch(/^Page 1 of 3 · 25 items · sorted by year \(desc\)/);
		const row = answer.data.components?.[0];
		const buttons = (row && 'components' in row ? row.components : []) as Array<{ label: string; custom_id: string; disabled?: boolean }>;
		expect(buttons.map((button) => button.label)).toEqual(['« First', '‹ Previous', '1 / 3', 'Next ›', 'Last »']);
		expect(buttons.map((button) => Boolean(button.disabled))).toEqual([true, true, true, false, false]);

		const years = (description: string | undefined) => [...(description ?? '').matchAll(/ · (\d{4})/g)].map((match) => Number(match[1]));
		const firstYears = years(answer.data.embeds?.[0]?.description);
		expect(firstYears).toEqual([...firstYears].sort((a, b) => b - a));

		// Another user clicks Last on the public message.
		const message = handle.original();
		if (!message) throw new Error('the answer left no message');
		const last = await (await stack.discord.click({ customId: buttons[4]!.custom_id, message, user: BOB })).final();
		expect(last.type).toBe(7);
		expect(last.data.embeds?.[0]?.footer?.text).toMatch(/^Page 3 of 3/);
		expect(last.data.embeds?.[0]?.description).toMatch(/^21\\?\./);
		expect(stack.discogs.requests.some((request) => request.query.get('page') === '3' && request.query.get('sort') === 'year' && request.query.get('sort_order') === 'desc')).toBe(true);
	});

	it('submissions: artists, labels and releases in their own sections', async () => {
		const { answer } = await discogs(stack.discord, 'submissions', [{ name: 'username', value: 'shooezgirl' }]);
		const embed = answer.data.embeds?.[0];
		expect(field(embed, 'Artists')).toContain('Grimy');
		expect(field(embed, 'Releases')).toContain('Love Of A Lifetime');
	});

	it('autocomplete suggests the usernames the invoker looked up', async () => {
		const handle = await stack.discord.autocomplete({
			name: 'discogs',
			options: [{ type: ApplicationCommandOptionType.Subcommand, name: 'profile', options: [{ name: 'username', type: ApplicationCommandOptionType.String, value: 'rod', focused: true }] }],
		});
		const answer = await handle.final();
		expect(answer.type).toBe(8);
		expect(answer.data.choices?.map((choice) => choice.value)).toContain('rodneyfool');
	});

	it('without username or link, says how to look someone up, ephemerally', async () => {
		const { answer } = await discogs(stack.discord, 'profile', []);
		expect(answer.ephemeral).toBe(true);
		expect(answer.data.embeds?.[0]?.description).toBe(
			'You have not linked a Discogs account. Link yours with `/link discogs`, or pass `username:` to look one up, e.g. `/discogs profile username:rodneyfool`.',
		);
	});
});

describe('buttons this version did not make', () => {
	it('forged page numbers, unknown sort keys and truncated ids: a short private answer, nothing sent upstream', async () => {
		const { handle, answer } = await discogs(stack.discord, 'contributions', [{ name: 'username', value: 'crate_digger' }]);
		const message = handle.original();
		if (!message) throw new Error('the answer left no message');
		const row = answer.data.components?.[0];
		const next = ((row && 'components' in row ? row.components : []) as Array<{ custom_id: string }>)[3]?.custom_id ?? '';
		// Its parts: dgp, view, nav, page, pages, sort, order, username.
		const parts = next.split(':');
		const forge = (index: number, value: string) => parts.map((part, at) => (at === index ? value : part)).join(':');
		const forged = [forge(3, '1e21'), forge(3, '0'), forge(3, '-1'), forge(3, '2.5'), forge(3, '99'), forge(5, 'popularity'), parts.slice(0, 4).join(':'), `${next}:extra`, forge(7, '%E0%A4%A')];
		const before = stack.discogs.requests.length;
		for (const customId of forged) {
			const refused = await (await stack.discord.click({ customId, message, user: BOB })).final();
			expect(refused.ephemeral, customId).toBe(true);
			expect(refused.data.embeds?.[0]?.description, customId).toBe(
				'This button is out of date (or was not made by me), so I did nothing. Run the command again for a fresh one.',
			);
		}
		expect(stack.discogs.requests.length).toBe(before);
		expect(stack.bot.logs().filter((line) => line.msg === 'handler failed')).toEqual([]);
		// The line is written as the answer goes out: the last one may reach the log a moment after its answer.
		await expect.poll(() => stack.bot.logs().filter((line) => line.msg === 'stale or forged component answered').length, { timeout: 2000 }).toBe(forged.length);
	});
});
