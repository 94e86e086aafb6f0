import type { APIEmbed } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../src/discogs/schemas.js';
import { translator } from '../../src/i18n/translator.js';
import { discogsProfileEmbed } from '../../src/views/discogs/profileEmbed.js';
import { discogsRatingsEmbed } from '../../src/views/discogs/ratingsEmbed.js';

/**
 * Numbers are written the reader's way: the digits come from Intl for the answer's locale, never from the host's or
 * from en-US. German
 * (CLDR, as Intl has it) groups thousands with "." and writes decimals with ",", and puts a no-break space before "%".
 */
const de = translator('de');
const NOW = Date.parse('2024-05-01T12:00:00Z');
const view = { webUrl: 'https://www.discogs.com', fetchedAt: NOW, stale: false, now: NOW };

// The shape of the documented user-identity sample (developers/#page:user-identity), with figures large and fractional enough to show.
const trader = profileSchema.parse({
	id: 1578108,
	username: 'rodneyfool',
	resource_url: 'https://api.discogs.com/users/rodneyfool',
	rank: 1234,
	releases_contributed: 25_000,
	releases_rated: 1116,
	rating_avg: 3.47,
	num_collection: 7800,
	num_wantlist: 160,
	buyer_rating: 100.0,
	buyer_rating_stars: 5,
	buyer_num_ratings: 1144,
	seller_rating: 99.6,
	seller_rating_stars: 5,
	seller_num_ratings: 21,
});

const NBSP = '\u00a0';
const fieldValue = (embed: APIEmbed, name: string): string | undefined => embed.fields?.find((field) => field.name === name)?.value;

describe('the Discogs cards in German', () => {
	const fields = { rank: de.t('discogs:fields.rank'), contributed: de.t('discogs:fields.releasesContributed'), collection: de.t('discogs:fields.collection'), rated: de.t('discogs:fields.releasesRated'), seller: de.t('discogs:fields.sellerRating'), buyer: de.t('discogs:fields.buyerRating'), given: de.t('discogs:fields.ratingsGiven') };
	it('the profile card: German labels; thousands with ".", decimals with ",", a space before "%"', () => {
		const embed = discogsProfileEmbed(de, trader, view);
		expect(fields.rank).not.toBe('Rank');
		expect(fieldValue(embed, fields.rank)).toBe('1.234');
		expect(fieldValue(embed, fields.contributed)).toBe('25.000');
		expect(fieldValue(embed, fields.collection)).toBe('7.800');
		expect(fieldValue(embed, fields.rated)).toMatch(/^1\.116 \(.*3,47\)$/);
		expect(fieldValue(embed, fields.seller)).toMatch(new RegExp(`^99,6${NBSP}% ★★★★★ \\(21 `));
		expect(fieldValue(embed, fields.buyer)).toMatch(new RegExp(`^100${NBSP}% ★★★★★ \\(1\\.144 `));
	});

	it('the ratings card, the same way', () => {
		const embed = discogsRatingsEmbed(de, trader, view);
		expect(fieldValue(embed, fields.rank)).toBe('1.234');
		expect(fieldValue(embed, fields.seller)).toMatch(new RegExp(`^99,6${NBSP}% ★★★★★ \\(21 `));
		expect(fieldValue(embed, fields.given)).toMatch(/1\.116.*3,47 ★★★☆☆/);
	});

	it('and in English as before', () => {
		const embed = discogsRatingsEmbed(translator('en-US'), trader, view);
		expect(fieldValue(embed, 'Rank')).toBe('1,234');
		expect(fieldValue(embed, 'Seller rating')).toBe('99.6% ★★★★★ (21 ratings)');
		expect(fieldValue(embed, 'Ratings given')).toBe('1,116 releases rated, average 3.47 ★★★☆☆');
	});
});
