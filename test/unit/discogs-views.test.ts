import type { APIEmbed } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/core/constants.js';
import { contributionsPageSchema, profileSchema, releaseSchema, submissionsPageSchema } from '../../src/discogs/schemas.js';
import { discogsContributionsEmbed } from '../../src/views/discogs/contributionsEmbed.js';
import { discogsProfileEmbed } from '../../src/views/discogs/profileEmbed.js';
import { discogsRatingsEmbed } from '../../src/views/discogs/ratingsEmbed.js';
import { releaseLine } from '../../src/views/discogs/releaseLines.js';
import { discogsSubmissionsEmbed } from '../../src/views/discogs/submissionsEmbed.js';
import { translator } from '../../src/i18n/translator.js';
import { cachedFooter, clampEmbed, discordTimestamp, stars } from '../../src/views/format.js';

const tr = translator('en-US');
const WEB = 'https://www.discogs.com';
const NOW = Date.parse('2024-05-01T12:00:00Z');
const fresh = { webUrl: WEB, fetchedAt: NOW, stale: false, now: NOW };
const stale = { ...fresh, fetchedAt: NOW - 12 * 60_000, stale: true };

// The documented samples (developers/#page:user-identity), the profile without its trailing comma.
const rodneyfool = profileSchema.parse({
	profile: 'I am a software developer for Discogs.\r\n\r\n[img=http://i.imgur.com/IAk3Ukk.gif]',
	wantlist_url: 'https://api.discogs.com/users/rodneyfool/wants',
	rank: 149, num_pending: 61, id: 1578108, num_for_sale: 0, home_page: '', location: "I live in the good ol' Pacific NW",
	username: 'rodneyfool', releases_contributed: 5, registered: '2012-08-15T21:13:36-07:00', rating_avg: 3.47,
	num_collection: 78, releases_rated: 116, num_lists: 0, name: 'Rodney', num_wantlist: 160,
	avatar_url: 'http://www.gravatar.com/avatar/55502f40dc8b7c769880b10874abc9d0?s=52&r=pg&d=mm',
	banner_url:
		'https://img.discogs.com/dhuJe-pRJmod7hN3cdVi2PugEh4=/1600x400/filters:strip_icc():format(jpeg)/discogs-banners/B-1578108-user-1436314164-9231.jpg.jpg',
	uri: 'https://www.discogs.com/user/rodneyfool',
	resource_url: 'https://api.discogs.com/users/rodneyfool',
	buyer_rating: 100.0, buyer_rating_stars: 5, buyer_num_ratings: 144,
	seller_rating: 100.0, seller_rating_stars: 5, seller_num_ratings: 21, curr_abbr: 'USD',
	// Not in the sample: Discogs adds it only for the owner, which the sample's caller was not.
	email: 'rodney@example.com',
});

// The documented edit-profile sample's date format, with every optional field blank or absent.
const example = profileSchema.parse({
	id: 1, username: 'example', name: '', profile: '', home_page: '', location: '', registered: '2011-08-30 14:21:45-07:00',
	resource_url: 'https://api.discogs.com/users/example',
	uri: 'https://www.discogs.com/user/example',
});

const afterAll = {
	artists: [{ anv: '', id: 17961, join: 'And', name: 'Cher', resource_url: 'https://api.discogs.com/artists/17961', role: '', tracks: '' }],
	country: 'US',
	data_quality: 'Needs Vote',
	formats: [{ descriptions: ['7"', '45 RPM', 'Single', 'Promo'], name: 'Vinyl', qty: '1' }],
	genres: ['Rock', 'Pop'],
	id: 5531933,
	labels: [{ catno: '7-27529-DJ', entity_type: '1', id: 821, name: 'Geffen Records', resource_url: 'https://api.discogs.com/labels/821' }],
	released: '1989',
	status: 'Accepted',
	thumb: 'https://api-img.discogs.com/8et0xtf9REFloKoqi6NSJ6AJvFI=/fit-in/150x150/filters:strip_icc():format(jpeg):mode_rgb()/discogs-images/R-5531933-1400099758-6444.jpeg.jpg',
	title: 'After All',
	uri: 'https://www.discogs.com/Cher-And-Peter-Cetera-After-All/release/5531933',
	year: 1989,
};
const loveOfALifetime = {
	artists: [{ anv: '', id: 17035, join: '', name: 'Chaka Khan', resource_url: 'https://api.discogs.com/artists/17035', role: '', tracks: '' }],
	formats: [{ descriptions: ['7"', '45 RPM', 'Promo'], name: 'Vinyl', qty: '1' }],
	id: 5531861,
	labels: [{ catno: '7-28671', entity_type: '1', id: 1000, name: 'Warner Bros. Records', resource_url: 'https://api.discogs.com/labels/1000' }],
	released: '1986',
	thumb: 'https://api-img.discogs.com/xMSwaqP2T8SNwDUTO-gXmHXWt6s=/fit-in/150x150/filters:strip_icc():format(jpeg):mode_rgb()/discogs-images/R-5531861-1400099290-9223.jpeg.jpg',
	title: 'Love Of A Lifetime',
	uri: 'https://www.discogs.com/Chaka-Khan-Love-Of-A-Lifetime/release/5531861',
	year: 1986,
};
const pagination = (items: number, page = 1, pages = 1) => ({ items, page, pages, per_page: 50, urls: {} });

const contributions = contributionsPageSchema.parse({ contributions: [afterAll], pagination: pagination(1) });
const submissions = submissionsPageSchema.parse({
	pagination: pagination(2),
	submissions: {
		artists: [
			{
				data_quality: 'Needs Vote', id: 240177, name: 'Grimy', namevariations: ['Grimmy'],
				releases_url: 'https://api.discogs.com/artists/240177/releases',
				resource_url: 'https://api.discogs.com/artists/240177',
				uri: 'https://www.discogs.com/artist/240177-Grimy',
			},
		],
		labels: [],
		releases: [loveOfALifetime],
	},
});

/** Every limit Discord enforces on one embed. */
function expectWithinLimits(embed: APIEmbed): void {
	const fields = embed.fields ?? [];
	expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
	expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
	expect(fields.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
	for (const field of fields) {
		expect(field.name.length).toBeGreaterThan(0);
		expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
		expect(field.value.length).toBeGreaterThan(0);
		expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
	}
	expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooter);
	const total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
	expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
	expect(JSON.stringify(embed)).not.toMatch(/undefined|null|"value":""/);
}

const fieldValue = (embed: APIEmbed, name: string): string | undefined => embed.fields?.find((f) => f.name === name)?.value;

describe('format helpers', () => {
	it('draws stars, counts and timestamps', () => {
		expect(stars(5)).toBe('★★★★★');
		expect(stars(3.47)).toBe('★★★☆☆');
		expect(stars(-1)).toBe('☆☆☆☆☆');
		expect(tr.number(1234567)).toBe('1,234,567');
		expect(discordTimestamp(new Date(1345090416_000), 'D')).toBe('<t:1345090416:D>');
	});

	it('states the age of a stale copy in words, and says nothing when fresh', () => {
		expect(cachedFooter(tr, 'Discogs', { fetchedAt: NOW - 12 * 60_000, stale: true, now: NOW })).toBe('Cached copy from 12 minutes ago — Discogs is unavailable right now');
		expect(cachedFooter(tr, 'Discogs', { fetchedAt: NOW - 3 * 3_600_000, stale: true, now: NOW })).toMatch(/^Cached copy from 3 hours ago/);
		expect(cachedFooter(tr, 'Discogs', { fetchedAt: NOW - 5_000, stale: true, now: NOW })).toMatch(/^Cached copy from less than a minute ago/);
		expect(cachedFooter(tr, 'Discogs', { fetchedAt: NOW, stale: false, now: NOW })).toBeUndefined();
	});
});

describe('discogsProfileEmbed', () => {
	it('shows the seed profile of rodneyfool', () => {
		const embed = discogsProfileEmbed(tr, rodneyfool, fresh);
		expect(embed.title).toBe('Rodney (rodneyfool)');
		expect(embed.url).toBe('https://www.discogs.com/user/rodneyfool');
		expect(embed.thumbnail?.url).toBe(rodneyfool.avatar_url);
		expect(embed.image?.url).toBe(rodneyfool.banner_url);
		expect(embed.description).toBe('I am a software developer for Discogs.');
		expect(fieldValue(embed, 'Rank')).toBe('149');
		expect(fieldValue(embed, 'Registered')).toContain('<t:1345090416:D>');
		expect(fieldValue(embed, 'Buyer rating')).toBe('100% ★★★★★ (144 ratings)');
		expect(fieldValue(embed, 'Seller rating')).toBe('100% ★★★★★ (21 ratings)');
		expect(fieldValue(embed, 'Releases rated')).toBe('116 (avg 3.47)');
		expect(fieldValue(embed, 'Collection')).toBe('78');
		expect(fieldValue(embed, 'Wantlist')).toBe('160');
		expect(fieldValue(embed, 'Location')).toBe("I live in the good ol' Pacific NW");
		expect(fieldValue(embed, 'Currency')).toBe('USD');
		expect(fieldValue(embed, 'Home page')).toBeUndefined();
		expect(fieldValue(embed, '🔒 Email')).toBeUndefined();
		expect(JSON.stringify(embed)).not.toContain('rodney@example.com');
		expect(embed.footer?.text).toBe('Discogs');
		expectWithinLimits(embed);
	});

	it('shows the email only when asked to show private data, locked and hidden until clicked', () => {
		expect(fieldValue(discogsProfileEmbed(tr, rodneyfool, { ...fresh, showPrivate: true }), '🔒 Email')).toBe('||rodney@example.com||');
	});

	it('uses the first [img] of the profile text when there is no banner', () => {
		const { banner_url: _banner, ...rest } = rodneyfool;
		expect(discogsProfileEmbed(tr, profileSchema.parse(rest), fresh).image?.url).toBe('http://i.imgur.com/IAk3Ukk.gif');
	});

	it('leaves out every missing field, and reads the space-separated date', () => {
		const embed = discogsProfileEmbed(tr, example, fresh);
		expect(embed.title).toBe('example');
		expect(embed.description).toBeUndefined();
		expect(embed.thumbnail).toBeUndefined();
		expect(embed.image).toBeUndefined();
		expect(embed.fields?.map((f) => f.name)).toEqual(['Registered']);
		expect(fieldValue(embed, 'Registered')).toContain(`<t:${Date.parse('2011-08-30T14:21:45-07:00') / 1000}:D>`);
		expectWithinLimits(embed);
	});

	it('links only http(s) home pages', () => {
		const link = (home_page: string) => fieldValue(discogsProfileEmbed(tr, { ...example, home_page }, fresh), 'Home page');
		expect(link('http://www.example.com')).toBe('[www.example.com](http://www.example.com/)');
		expect(link('www.discogs.com')).toBe('[www.discogs.com](https://www.discogs.com/)');
		expect(link('javascript:alert(1)')).toBeUndefined();
	});

	it('says in the footer how old a stale copy is', () => {
		expect(discogsProfileEmbed(tr, rodneyfool, stale).footer?.text).toBe('Cached copy from 12 minutes ago — Discogs is unavailable right now');
	});

	it('stays within the limits with huge hostile input', () => {
		const huge = { ...rodneyfool, name: 'N'.repeat(500), location: '*'.repeat(3000), profile: '[b]@everyone[/b] '.repeat(2000) };
		const embed = discogsProfileEmbed(tr, huge, { ...stale, showPrivate: true });
		expect(embed.description).not.toContain('@everyone');
		expectWithinLimits(embed);
	});
});

describe('discogsRatingsEmbed', () => {
	it('shows buyer and seller reputation, ratings given and rank', () => {
		const embed = discogsRatingsEmbed(tr, rodneyfool, fresh);
		expect(fieldValue(embed, 'Buyer rating')).toBe('100% ★★★★★ (144 ratings)');
		expect(fieldValue(embed, 'Seller rating')).toBe('100% ★★★★★ (21 ratings)');
		expect(fieldValue(embed, 'Ratings given')).toBe('116 releases rated, average 3.47 ★★★☆☆');
		expect(fieldValue(embed, 'Rank')).toBe('149');
		expectWithinLimits(embed);
	});

	it('says "no ratings yet" for a user nobody rated', () => {
		const embed = discogsRatingsEmbed(tr, { ...example, buyer_rating: 0, buyer_num_ratings: 0, seller_rating: 0, seller_num_ratings: 0, releases_rated: 0 }, stale);
		expect(fieldValue(embed, 'Buyer rating')).toMatch(/no ratings yet/i);
		expect(fieldValue(embed, 'Seller rating')).toMatch(/no ratings yet/i);
		expect(embed.footer?.text).toMatch(/^Cached copy from 12 minutes ago/);
	});
});

describe('releaseLine', () => {
	it('writes one release with artist, year, format and label', () => {
		expect(releaseLine(tr, releaseSchema.parse(afterAll))).toBe(
			'**[After All](https://www.discogs.com/Cher-And-Peter-Cetera-After-All/release/5531933)** — Cher · 1989 · Vinyl (7", 45 RPM, Single, Promo) · Geffen Records – 7-27529-DJ',
		);
	});

	it('joins artists with their join words, prefers the name variation, and ignores the last join', () => {
		const release = releaseSchema.parse({
			...afterAll,
			artists: [...afterAll.artists, { name: 'Peter Cetera (2)', anv: '', join: '&' }, { name: 'Someone', anv: 'S*1', join: ',' }],
		});
		expect(releaseLine(tr, release)).toContain('— Cher And Peter Cetera & S\\*1 ·');
	});

	it('leaves out missing parts and escapes the title', () => {
		expect(releaseLine(tr, releaseSchema.parse({ id: 1, title: '*Hits* [Live]' }))).toBe('**\\*Hits\\* \\[Live\\]**');
	});
});

describe('discogsContributionsEmbed', () => {
	it('lists the shooezgirl contributions seed', () => {
		const embed = discogsContributionsEmbed(tr, contributions, { ...fresh, username: 'shooezgirl', sort: 'year', sortOrder: 'desc' });
		expect(embed.title).toBe('Contributions by shooezgirl');
		expect(embed.description).toMatch(/^1\\\. \*\*\[After All\]/);
		expect(embed.thumbnail?.url).toBe(afterAll.thumb);
		expect(embed.footer?.text).toBe('Page 1 of 1 · 1 item · sorted by year (desc)');
		expectWithinLimits(embed);
	});

	it('numbers lines by their position in the whole list and notes a stale copy', () => {
		const page = contributionsPageSchema.parse({ contributions: [afterAll, afterAll], pagination: pagination(120, 3, 3) });
		const embed = discogsContributionsEmbed(tr, page, { ...stale, username: 'shooezgirl' });
		expect(embed.description?.split('\n').map((line) => line.split('\\.')[0])).toEqual(['101', '102']);
		expect(embed.footer?.text).toBe('Page 3 of 3 · 120 items · Cached copy from 12 minutes ago — Discogs is unavailable right now');
	});

	it('says so when there are none', () => {
		const embed = discogsContributionsEmbed(tr, contributionsPageSchema.parse({ contributions: [], pagination: pagination(0, 1, 0) }), { ...fresh, username: 'x' });
		expect(embed.description).toBe('No contributions yet.');
		expect(embed.footer?.text).toBe('Page 1 of 1 · 0 items');
	});

	it('stays within the limits with 100 releases of 300-character titles', () => {
		const releases = Array.from({ length: 100 }, (_, i) => ({ ...afterAll, id: i, title: `${'Ti*_`'.repeat(60)}` }));
		const embed = discogsContributionsEmbed(tr, contributionsPageSchema.parse({ contributions: releases, pagination: pagination(100, 1, 2) }), { ...stale, username: 'u'.repeat(300) });
		expect(embed.description).toMatch(/…and \d+ more$/);
		expectWithinLimits(embed);
	});
});

describe('discogsSubmissionsEmbed', () => {
	it('lists the shooezgirl submissions seed in separate fields', () => {
		const embed = discogsSubmissionsEmbed(tr, submissions, { ...fresh, username: 'shooezgirl' });
		expect(embed.fields?.map((f) => f.name)).toEqual(['Artists', 'Releases']);
		expect(fieldValue(embed, 'Artists')).toBe('[Grimy](https://www.discogs.com/artist/240177-Grimy)');
		expect(fieldValue(embed, 'Releases')).toContain('**[Love Of A Lifetime](https://www.discogs.com/Chaka-Khan-Love-Of-A-Lifetime/release/5531861)** — Chaka Khan · 1986');
		expect(embed.footer?.text).toBe('Page 1 of 1 · 2 items');
		expectWithinLimits(embed);
	});

	it('says so when there are none, also when Discogs sends [] for the submissions', () => {
		const embed = discogsSubmissionsEmbed(tr, submissionsPageSchema.parse({ pagination: pagination(0, 1, 0), submissions: [] }), { ...stale, username: 'x' });
		expect(embed.description).toBe('No submissions yet.');
		expect(embed.fields).toEqual([]);
	});

	it('cuts each list to 1024 characters with "…and N more"', () => {
		const artists = Array.from({ length: 200 }, (_, i) => ({ id: i, name: `Artist ${'x'.repeat(50)} ${i}` }));
		const releases = Array.from({ length: 100 }, (_, i) => ({ ...loveOfALifetime, id: i, title: 'T'.repeat(300) }));
		const page = submissionsPageSchema.parse({ pagination: pagination(300), submissions: { artists, labels: artists, releases } });
		const embed = discogsSubmissionsEmbed(tr, page, { ...fresh, username: 'shooezgirl' });
		for (const field of embed.fields ?? []) expect(field.value).toMatch(/\n…and \d+ more$/);
		expect(fieldValue(embed, 'Labels')).toContain(`(${WEB}/label/0)`);
		expectWithinLimits(embed);
	});
});

describe('clampEmbed', () => {
	it('enforces every limit on an oversized embed', () => {
		const embed = clampEmbed({
			title: 'T'.repeat(300),
			description: 'word '.repeat(2000),
			fields: Array.from({ length: 30 }, (_, i) => ({ name: `N${i} `.repeat(100), value: 'v '.repeat(1000) })),
			footer: { text: 'f '.repeat(2000) },
			author: { name: 'a '.repeat(200) },
		});
		expect(embed.fields?.length).toBeLessThanOrEqual(25);
		expect(embed.author?.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedAuthor);
		expectWithinLimits(embed);
	});
});
