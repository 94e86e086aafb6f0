import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translator.js';
import { badgeNames } from '../../src/discord/badges.js';
import { discordCdn, snowflakeDate } from '../../src/discord/cdn.js';
import { discordUserSchema } from '../../src/discord/users.js';
import { discordProfileEmbed } from '../../src/views/discord/profileEmbed.js';

const en = translator('en-US');

// The Users resource's example user.
const nelly = discordUserSchema.parse({
	id: '80351110224678912',
	username: 'Nelly',
	discriminator: '1337',
	avatar: '8342729096ea3675442027381ff50dfe',
	verified: true,
	email: 'nelly@discord.com',
	flags: 64,
	banner: '06c16474723fe537c283b8efa61a30c8',
	accent_color: 16711680,
	premium_type: 1,
	public_flags: 64,
	avatar_decoration_data: { sku_id: '1144058844004233369', asset: 'a_fed43ab12698df65902ba06727e20c0e' },
});

const fresh = { fetchedAt: 0, stale: false, now: 0, cdnUrl: 'https://cdn.discordapp.com' };
const { avatar: avatarUrl } = discordCdn('https://cdn.discordapp.com');

describe('discordProfileEmbed', () => {
	const embed = discordProfileEmbed(en, nelly, fresh);

	it('shows the name, the legacy tag and the accent colour', () => {
		expect(embed.title).toBe('Nelly');
		expect(embed.description).toBe('Nelly\\#1337'); // Discord shows Nelly#1337
		expect(embed.color).toBe(16711680);
	});

	it('shows the avatar as PNG and the banner', () => {
		expect(embed.thumbnail?.url).toBe('https://cdn.discordapp.com/avatars/80351110224678912/8342729096ea3675442027381ff50dfe.png?size=256');
		expect(embed.image?.url).toBe('https://cdn.discordapp.com/banners/80351110224678912/06c16474723fe537c283b8efa61a30c8.png?size=600');
	});

	it('names the HypeSquad house badge from public_flags', () => {
		expect(embed.fields?.find((field) => field.name === 'Badge')?.value).toBe('HypeSquad House Bravery');
	});

	it('shows the creation date from the snowflake as a Discord timestamp', () => {
		// 80351110224678912 >> 22 is 19157197529 ms after the Discord epoch (2015-08-10).
		expect(snowflakeDate(nelly.id).toISOString()).toBe('2015-08-10T17:26:37.529Z');
		expect(embed.fields?.find((field) => field.name === 'Account created')?.value).toContain('<t:1439227597:D>');
	});

	it('shows the avatar decoration and never the email', () => {
		expect(JSON.stringify(embed)).toContain('avatar-decoration-presets/a_fed43ab12698df65902ba06727e20c0e.png');
		expect(JSON.stringify(embed)).not.toContain('nelly@discord.com');
	});

	it('uses GIF for animated avatars and a default avatar when there is none', () => {
		expect(avatarUrl({ id: '1', avatar: 'a_abc', discriminator: '0' })).toMatch(/\.gif\?size=256$/);
		expect(avatarUrl({ id: '80351110224678912', avatar: null, discriminator: '0' })).toMatch(/embed\/avatars\/[0-5]\.png$/);
		expect(avatarUrl({ id: '80351110224678912', avatar: null, discriminator: '1337' })).toBe('https://cdn.discordapp.com/embed/avatars/2.png');
	});

	it('links every image under DISCORD_CDN_URL', () => {
		const local = discordProfileEmbed(en, nelly, { ...fresh, cdnUrl: 'http://127.0.0.1:4000/cdn' });
		expect(local.thumbnail?.url).toBe('http://127.0.0.1:4000/cdn/avatars/80351110224678912/8342729096ea3675442027381ff50dfe.png?size=256');
		expect(local.image?.url).toBe('http://127.0.0.1:4000/cdn/banners/80351110224678912/06c16474723fe537c283b8efa61a30c8.png?size=600');
		expect(JSON.stringify(local)).not.toContain('cdn.discordapp.com');
	});

	it('marks bots and escapes markdown in names', () => {
		const bot = discordProfileEmbed(en, { ...nelly, global_name: '**Loud**_bot', discriminator: '0', bot: true }, fresh);
		expect(bot.title).toBe('\\*\\*Loud\\*\\*\\_bot');
		expect(bot.description).toContain('🤖 Bot');
		expect(bot.description).toContain('@Nelly');
	});

	it('says when the card is a cached copy standing in for Discord', () => {
		const stale = discordProfileEmbed(en, nelly, { ...fresh, stale: true, now: 3 * 3600_000 });
		expect(stale.footer?.text).toBe('Cached copy from 3 hours ago — Discord is unavailable right now');
		expect(embed.footer?.text).toBe('Discord');
	});

	it('lists several badges', () => {
		expect(badgeNames(translator('en-US'), (1 << 0) | (1 << 22))).toEqual(['Discord Employee', 'Active Developer']);
		expect(badgeNames(translator('en-US'), 0)).toEqual([]);
	});
});
