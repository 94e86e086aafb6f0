import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOB, NELLY, startStack, type Stack } from '../helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
	stack = await startStack();
});
afterAll(async () => {
	await stack?.stop();
});

const userOption = (id: string) => ({ name: 'user', type: ApplicationCommandOptionType.User as const, value: id });

describe('/profile through the real bot process', () => {
	it('shows the seed user with the HypeSquad house badge by name, the creation date and the avatar', async () => {
		const handle = await stack.discord.slash({ name: 'profile', options: [userOption(NELLY.id)] });
		const answer = await handle.final();
		expect(answer.ephemeral).toBe(false);
		const embed = answer.data.embeds?.[0];
		expect(embed?.title).toBe('Nelly');
		expect(embed?.fields?.find((field) => field.name === 'Badge')?.value).toBe('HypeSquad House Bravery');
		expect(embed?.fields?.find((field) => field.name === 'Account created')?.value).toContain('<t:1439227597:D>');
		expect(embed?.thumbnail?.url).toBe(`https://cdn.discordapp.com/avatars/${NELLY.id}/${NELLY.avatar}.png?size=256`);
		expect(embed?.image?.url).toContain(`/banners/${NELLY.id}/`);
		expect(embed?.color).toBe(16711680);
	});

	it('shows the invoker by default, with an animated avatar as GIF', async () => {
		const answer = await (await stack.discord.slash({ name: 'profile', user: BOB })).final();
		expect(answer.data.embeds?.[0]?.title).toBe('Bob');
		expect(answer.data.embeds?.[0]?.thumbnail?.url).toMatch(/\.gif\?size=256$/);
	});

	it('gives the same card from the View profile context menu, only to the invoker', async () => {
		const fromMenu = await (await stack.discord.userCommand({ name: 'View profile', target: NELLY, user: BOB })).final();
		const fromSlash = await (await stack.discord.slash({ name: 'profile', options: [userOption(NELLY.id)] })).final();
		expect(fromMenu.ephemeral).toBe(true);
		expect(fromMenu.data.embeds).toEqual(fromSlash.data.embeds);
	});

	it('answers ephemerally with private:true, in a DM too', async () => {
		const options = [userOption(NELLY.id), { name: 'private', type: ApplicationCommandOptionType.Boolean as const, value: true }];
		const inGuild = await (await stack.discord.slash({ name: 'profile', options })).final();
		const inDm = await (await stack.discord.slash({ name: 'profile', options, guildId: null })).final();
		expect(inGuild.ephemeral).toBe(true);
		expect(inDm.ephemeral).toBe(true);
		expect(inDm.data.embeds?.[0]?.title).toBe('Nelly');
	});

	it('says there is no such user for an unknown id, ephemerally', async () => {
		const answer = await (await stack.discord.slash({ name: 'profile', options: [userOption('1399999999999999999')] })).final();
		expect(answer.ephemeral).toBe(true);
		expect(answer.data.embeds?.[0]?.description).toBe('Discord has no user with the id `1399999999999999999`.');
	});

	it('defers a slow answer in time and then edits in the card', async () => {
		// A user nobody looked up yet, so the card is not cached and Discord's slowness shows.
		stack.discord.addUser({ id: '1300000000000000003', username: 'carol', discriminator: '0', global_name: 'Carol', avatar: null });
		const undo = stack.discord.delayRoute('GET', /^\/users\/1300000000000000003$/, 2600);
		try {
			const handle = await stack.discord.slash({ name: 'profile', options: [userOption('1300000000000000003')], user: BOB });
			const first = await handle.firstResponse();
			expect(first.type).toBe(5);
			expect(first.at - handle.dispatchedAt).toBeLessThan(3000);
			const answer = await handle.final();
			expect(answer.deferred).toBe(true);
			expect(answer.data.embeds?.[0]?.title).toBe('Carol');
		} finally {
			undo();
		}
	});

	it('links the avatar and banner under DISCORD_CDN_URL when it is set', async () => {
		// Last: it restarts the bot. A stand-in CDN (the playground's) is only ever linked, never fetched by the bot.
		await stack.restart({ DISCORD_CDN_URL: 'http://127.0.0.1:9/cdn/' });
		const embed = (await (await stack.discord.slash({ name: 'profile', options: [userOption(NELLY.id)], user: BOB })).final()).data.embeds?.[0];
		expect(embed?.thumbnail?.url).toBe(`http://127.0.0.1:9/cdn/avatars/${NELLY.id}/${NELLY.avatar}.png?size=256`);
		expect(embed?.image?.url).toMatch(/^http:\/\/127\.0\.0\.1:9\/cdn\/banners\//);
	});
});
