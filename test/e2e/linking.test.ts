import { ComponentType, type APIMessage, type APITextInputComponent } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLORS } from '../../src/core/constants.js';
import { escapeMarkdown } from '../../src/core/markdown.js';
import { SEED_USER_ID } from '../fakes/catalog/index.js';
import { DEFAULT_USER as ALICE, type FinalAnswer } from '../fakes/discord/index.js';
import { description, linkCatalogByToken, linkDiscogsByOAuth, run, text } from '../helpers/flows.js';
import { BOB, startStack, type Stack } from '../helpers/stack.js';
import { allKeys, rawDatabase } from '../helpers/storeFile.js';

let stack: Stack;
beforeAll(async () => {
	stack = await startStack({ env: { LINK_CODE_TTL_MS: '3000' } });
});
afterAll(async () => {
	await stack?.stop();
});

/** The OAuth access token and secret the bot signs with, read off its last identity request (PLAINTEXT signature). */
function lastAccessToken(discogs: Stack['discogs']) {
	const request = [...discogs.requests].reverse().find((candidate) => candidate.path === '/oauth/identity' && candidate.authorization?.startsWith('OAuth'));
	const header = request?.authorization ?? '';
	const token = /oauth_token="([^"]+)"/.exec(header)?.[1];
	const signature = decodeURIComponent(/oauth_signature="([^"]+)"/.exec(header)?.[1] ?? '');
	return { token: token ?? 'missing', secret: signature.split('&')[1] ?? 'missing' };
}

/** A modal answer's text inputs, by custom_id: the values it opens with. */
function modalValues(answer: FinalAnswer): Record<string, string | undefined> {
	const isTextInput = (component: { type: number }): component is APITextInputComponent => component.type === ComponentType.TextInput;
	const inputs = (answer.data.components ?? []).flatMap<{ type: number }>((row) => ('components' in row ? row.components : []));
	return Object.fromEntries(inputs.filter(isTextInput).map((input) => [input.custom_id, input.value]));
}

function verifyButton(message: APIMessage | undefined): APIMessage {
	if (!message) throw new Error('no message to click on');
	return message;
}

describe('linking Discogs', () => {
	it('links with OAuth: authorize, paste the code, identity decides the account', async () => {
		const answer = await linkDiscogsByOAuth(stack.discord, stack.discogs, ALICE, 'rodneyfool');
		expect(answer.ephemeral).toBe(true);
		expect(description(answer)).toContain('Linked your Discogs account **rodneyfool** through Discogs authorization');
		const status = await run(stack.discord, 'link', 'status', []);
		expect(status.answer.ephemeral).toBe(true);
		expect(description(status.answer)).toMatch(/^\*\*Discogs\*\* rodneyfool · verified with Discogs authorization <t:\d+:R>$/);

		// The code entered again: the request was spent on the link, which is what the member hears.
		const again = await (await stack.discord.submitModal({ customId: 'lnkm:do', fields: { verifier: 'whatever' } })).final();
		expect(description(again)).toBe('That authorization request was already used. To authorize again, run `/link discogs`.');
	});

	it("shows the owner's private fields only to the owner, privately, through their authorization", async () => {
		const email = String(stack.discogs.profileOf('rodneyfool')?.['email']);
		const own = await run(stack.discord, 'discogs', 'profile', [{ name: 'private', value: true }]);
		expect(own.answer.ephemeral).toBe(true);
		// One look for private fields on both services (the catalog's: test/e2e/catalog.test.ts).
		expect(own.answer.data.embeds?.[0]?.fields?.find((field) => field.name === '🔒 Email')?.value).toBe(`||${escapeMarkdown(email)}||`);
		const publicly = await run(stack.discord, 'discogs', 'profile', []);
		expect(text(publicly.answer)).not.toContain(email);
		const other = await run(stack.discord, 'discogs', 'profile', [{ name: 'user', value: ALICE.id }, { name: 'private', value: true }], BOB);
		expect(text(other.answer)).not.toContain(email);
	});

	it('links with a profile code: wrong code, expired code, then the right code', async () => {
		const started = await run(stack.discord, 'link', 'discogs', [{ name: 'username', value: 'shooezgirl' }], BOB);
		const code = /`(XF-[A-Z0-9]{6})`/.exec(description(started.answer))?.[1];
		expect(code).toBeDefined();
		// "within", not a relative timestamp ("Press Verify in 15 minutes" reads as "wait"); the code lasts 3 s here.
		expect(description(started.answer)).toMatch(/\n2\. Press \*\*Verify\*\* within a minute: the code expires at <t:\d+:t>\.\n/);
		expect(JSON.stringify(started.answer.data.components)).toContain('"url":"https://www.discogs.com/settings/user"');
		const message = verifyButton(started.handle.original());

		// The profile holds some other code: not verified.
		stack.discogs.addUser({ ...stack.discogs.profileOf('shooezgirl'), profile: 'Hi! XF-AAAAAA' });
		const wrong = await (await stack.discord.click({ customId: 'lnk:dv', message, user: BOB })).final();
		expect(description(wrong)).toContain(`I can't find \`${code}\` in the profile text of **shooezgirl** yet`);

		// The right code, but after the code expired (3 s in this test).
		stack.discogs.addUser({ ...stack.discogs.profileOf('shooezgirl'), profile: `Hi! ${code}` });
		await new Promise((resolve) => setTimeout(resolve, 3200));
		const expired = await (await stack.discord.click({ customId: 'lnk:dv', message, user: BOB })).final();
		expect(description(expired)).toBe('That code has expired (codes last a minute). Run `/link discogs username:<name>` again for a new one.');

		// A new code, put in the profile: linked, and the profile was read past the cache.
		const again = await run(stack.discord, 'link', 'discogs', [{ name: 'username', value: 'shooezgirl' }], BOB);
		const fresh = /`(XF-[A-Z0-9]{6})`/.exec(description(again.answer))?.[1];
		stack.discogs.addUser({ ...stack.discogs.profileOf('shooezgirl'), profile: `Hi! ${fresh}` });
		const againMessage = verifyButton(again.handle.original());
		const right = await (await stack.discord.click({ customId: 'lnk:dv', message: againMessage, user: BOB })).final();
		expect(description(right)).toContain('Linked your Discogs account **shooezgirl**');

		// The same Verify button once more: the code was used, it did not expire.
		const twice = await (await stack.discord.click({ customId: 'lnk:dv', message: againMessage, user: BOB })).final();
		expect(description(twice)).toBe('That code was already used: your Discogs account **shooezgirl** is linked. You can remove the code from your profile now.');
	});

	it('refuses at once, without a code, a Discogs account already linked to another Discord user', async () => {
		const before = stack.discogs.profileOf('rodneyfool');
		const started = await run(stack.discord, 'link', 'discogs', [{ name: 'username', value: 'rodneyfool' }], BOB);
		expect(description(started.answer)).toBe('That Discogs account is already linked to another Discord user. If it is yours, unlink it from the other account first.');
		expect(started.answer.data.components ?? []).toEqual([]);
		expect(stack.discogs.profileOf('rodneyfool')).toEqual(before);
		const bobStatus = await run(stack.discord, 'link', 'status', [], BOB);
		expect(description(bobStatus.answer)).toContain('shooezgirl');
	});
});

describe('linking the catalog', () => {
	it('links with a pasted token that is used once and forgotten', async () => {
		const answer = await linkCatalogByToken(stack.discord, stack.catalog, ALICE, SEED_USER_ID);
		expect(description(answer)).toBe('✅ Linked your catalog account **Johnny**. I used the token once and did not keep it.');
		expect(stack.catalog.requests.filter((request) => request.path === '/v1/users/me')).toHaveLength(1);
	});

	it('/link status names the catalog account, with the id in small print (subtext)', async () => {
		const status = await run(stack.discord, 'link', 'status', []);
		expect(description(status.answer)).toMatch(new RegExp(`\\n\\*\\*Catalog\\*\\* Johnny · verified with a catalog access token <t:\\d+:R>\\n-# id \`${SEED_USER_ID}\`$`));
	});

	it('refuses at once a biography code for a catalog account linked to someone else', async () => {
		const started = await run(stack.discord, 'link', 'catalog', [{ name: 'id', value: SEED_USER_ID }], BOB);
		expect(description(started.answer)).toBe('That catalog account is already linked to another Discord user. If it is yours, unlink it from the other account first.');
		expect(description(started.answer)).not.toContain('XF-');
	});
});

describe('privacy', () => {
	it('nobody: every lookup path by Discord identity is refused politely; the owner still sees everything', async () => {
		await run(stack.discord, 'privacy', undefined, [{ name: 'lookups', value: 'nobody' }]);
		const card = await run(stack.discord, 'profile', undefined, [{ name: 'user', value: ALICE.id }], BOB);
		expect(card.answer.data.embeds?.[0]?.fields?.find((field) => field.name === 'Linked accounts')?.value).toBe('🔒 Private');
		const menu = await (await stack.discord.userCommand({ name: 'View profile', target: ALICE, user: BOB })).final();
		expect(text(menu)).toContain('🔒 Private');
		for (const command of ['discogs', 'catalog']) {
			const lookup = await run(stack.discord, command, 'profile', [{ name: 'user', value: ALICE.id }], BOB);
			expect(description(lookup.answer)).toBe(`<@${ALICE.id}> keeps their linked accounts private, so I can't look them up that way. Sorry!`);
		}
		const own = await run(stack.discord, 'profile', undefined, []);
		expect(text(own.answer)).toContain('rodneyfool');
		await run(stack.discord, 'privacy', undefined, [{ name: 'lookups', value: 'everyone' }]);
		const open = await run(stack.discord, 'discogs', 'profile', [{ name: 'user', value: ALICE.id }], BOB);
		expect(open.answer.data.embeds?.[0]?.title).toContain('rodneyfool');
	});
});

describe('editing the Discogs profile', () => {
	it('opens a prefilled modal, applies valid input, and replaces the cached copy', async () => {
		const opened = await run(stack.discord, 'discogs', 'edit', []);
		expect(opened.answer.type).toBe(9);
		expect(JSON.stringify(opened.answer.data)).toContain('Pacific NW');
		const fields = { name: 'Rodney', home_page: 'https://example.org', location: 'Portland', profile: 'Hello [b]there[/b]', curr_abbr: 'eur' };
		const saved = await (await stack.discord.submitModal({ customId: 'dge', fields })).final();
		expect(saved.ephemeral).toBe(true);
		expect(saved.data.content).toBe('✅ Your Discogs profile was updated.');
		expect(stack.discogs.profileOf('rodneyfool')).toMatchObject({ location: 'Portland', curr_abbr: 'EUR' });
		const before = stack.discogs.requestCount('/users/rodneyfool');
		const lookup = await run(stack.discord, 'discogs', 'profile', [{ name: 'username', value: 'rodneyfool' }], BOB);
		expect(text(lookup.answer)).toContain('Portland');
		expect(stack.discogs.requestCount('/users/rodneyfool')).toBe(before);
	});

	it('refuses invalid input without calling Discogs, and Try again reopens the form as it was typed', async () => {
		const before = stack.discogs.requests.length;
		const fields = { name: 'Rodney R', home_page: 'not a url', location: 'Tacoma', profile: 'Typed with care', curr_abbr: 'XYZ' };
		const handle = await stack.discord.submitModal({ customId: 'dge', fields });
		const refused = await handle.final();
		expect(description(refused)).toContain('Nothing was changed:');
		expect(description(refused)).toContain('• Home page: must be a web address');
		expect(description(refused)).toContain('• Currency: one of USD, GBP');
		expect(description(refused)).toContain('what you typed is kept for 10 minutes');
		expect(stack.discogs.requests.length).toBe(before);

		// The button opens the form as its first response, every field as typed (kept in the store, not the custom_id).
		const message = verifyButton(handle.original());
		const reopened = await (await stack.discord.click({ customId: 'dgr', message })).final();
		expect(reopened.type).toBe(9);
		expect(modalValues(reopened)).toEqual(fields);
		expect(stack.discogs.requests.length).toBe(before);

		const saved = await (await stack.discord.submitModal({ customId: 'dge', fields: { ...fields, home_page: 'example.org', curr_abbr: 'GBP' } })).final();
		expect(saved.data.content).toBe('✅ Your Discogs profile was updated.');
		expect(stack.discogs.profileOf('rodneyfool')).toMatchObject({ location: 'Tacoma', curr_abbr: 'GBP' });
		// Saved: the draft is gone, and the button falls back to the profile as it now is.
		const after = await (await stack.discord.click({ customId: 'dgr', message })).final();
		expect(JSON.stringify(after.data)).toContain('"value":"example.org"');
		expect(JSON.stringify(after.data)).not.toContain('not a url');
	});

	it('explains how to get authorization when linked by profile code', async () => {
		const answer = (await run(stack.discord, 'discogs', 'edit', [], BOB)).answer;
		expect(description(answer)).toContain('Run `/link discogs` (without a username) to authorize the bot.');
	});
});

describe('restart', () => {
	it('keeps links, privacy and a working OAuth token across a restart; no secret is stored in clear', async () => {
		await run(stack.discord, 'privacy', undefined, [{ name: 'lookups', value: 'nobody' }], BOB);
		await stack.restart();
		const status = await run(stack.discord, 'link', 'status', []);
		expect(description(status.answer)).toContain('rodneyfool');
		expect(description(status.answer)).toContain(SEED_USER_ID);
		const bobCard = await run(stack.discord, 'profile', undefined, [{ name: 'user', value: BOB.id }]);
		expect(text(bobCard.answer)).toContain('🔒 Private');
		const fields = { name: 'Rodney', home_page: '', location: 'Seattle', profile: 'Back again', curr_abbr: 'USD' };
		const saved = await (await stack.discord.submitModal({ customId: 'dge', fields })).final();
		expect(saved.data.content).toBe('✅ Your Discogs profile was updated.');

		const raw = rawDatabase(stack.bot.databaseUrl);
		const { token, secret } = lastAccessToken(stack.discogs);
		expect(raw.length).toBeGreaterThan(0);
		for (const value of [token, secret]) {
			expect(value.length).toBeGreaterThan(8);
			expect(raw).not.toContain(value);
		}
		expect(raw).not.toContain('john.doe@example.com');
	});

	it('a revoked token marks the link broken and asks to link again', async () => {
		stack.discogs.revoke(lastAccessToken(stack.discogs).token);
		const fields = { name: 'Rodney', home_page: '', location: 'Nowhere', profile: '', curr_abbr: 'USD' };
		const refused = await (await stack.discord.submitModal({ customId: 'dge', fields })).final();
		expect(description(refused)).toContain('no longer accepts your authorization');
		const status = await run(stack.discord, 'link', 'status', []);
		expect(description(status.answer)).toContain('authorization revoked: link again to edit');
	});
});

describe('unlinking', () => {
	it('the status panel\'s Unlink button removes that link and redraws the panel', async () => {
		const status = await run(stack.discord, 'link', 'status', [], BOB);
		const message = verifyButton(status.handle.original());
		const updated = await (await stack.discord.click({ customId: 'lnk:u:discogs', message, user: BOB })).final();
		expect(updated.type).toBe(7);
		expect(description(updated)).toBe('No accounts linked. Use `/link discogs` or `/link catalog`.');
	});

	it('unlinking what was never linked is no success: no tick, no green', async () => {
		const answer = (await run(stack.discord, 'unlink', undefined, [{ name: 'service', value: 'discogs' }], BOB)).answer;
		expect(description(answer)).toBe('You had no linked Discogs account, so there was nothing to unlink.');
		expect(answer.data.embeds?.[0]?.color).toBe(COLORS.info);
	});

	it('/unlink all leaves nothing about the user in the store', async () => {
		await run(stack.discord, 'discogs', 'profile', [{ name: 'username', value: 'shooezgirl' }]); // a recent lookup
		await run(stack.discord, 'profile', undefined, []); // caches her linked profiles
		const before = await allKeys(stack.bot.databaseUrl);
		expect(before.some((key) => key.includes(ALICE.id))).toBe(true);
		expect(before.some((key) => key.includes(`catalog:user:${SEED_USER_ID}`))).toBe(true);
		const answer = (await run(stack.discord, 'unlink', undefined, [{ name: 'service', value: 'all' }])).answer;
		expect(description(answer)).toContain('Deleted everything I kept about you');
		const keys = await allKeys(stack.bot.databaseUrl);
		const left = keys.filter((key) => key.includes(ALICE.id));
		expect(left, JSON.stringify(left)).toEqual([]);
		// The cached copies of the profiles she had linked are gone too.
		expect(keys.filter((key) => key.includes('discogs:profile:rodneyfool') || key.includes(`catalog:user:${SEED_USER_ID}`))).toEqual([]);
		// The accounts are free to be linked by someone else now.
		const owner = await run(stack.discord, 'link', 'status', []);
		expect(description(owner.answer)).toContain('No accounts linked');
	});
});
