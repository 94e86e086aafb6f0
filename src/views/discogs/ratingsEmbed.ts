import type { APIEmbed } from 'discord-api-types/v10';
import { COLORS } from '../../core/constants.js';
import { safeHttpUrl } from '../../discogs/markup.js';
import type { DiscogsProfile } from '../../discogs/schemas.js';
import type { Translator } from '../../i18n/translator.js';
import { clampEmbed, stars } from '../format.js';
import type { DiscogsViewOptions } from './parts.js';
import { average, count, discogsFooter, field, isPresent, profileTitle, profileUrl, ratingSummary } from './parts.js';

/** "116 releases rated, average 3.47 ★★★☆☆", or a plain sentence when the user rated nothing. */
function ratingsGiven(tr: Translator, profile: DiscogsProfile): string | undefined {
	const rated = profile.releases_rated;
	if (rated === undefined) return undefined;
	if (rated === 0) return tr.t('discogs:ratings.givenNone');
	const given = profile.rating_avg;
	return given === undefined
		? tr.t('discogs:ratings.given', { count: rated })
		: tr.t('discogs:ratings.givenAverage', { count: rated, average: average(tr, given), stars: stars(given) });
}

/** The reputation card: how buyers and sellers rate the user, how the user rates releases, and their rank. */
export function discogsRatingsEmbed(tr: Translator, profile: DiscogsProfile, options: DiscogsViewOptions): APIEmbed {
	const fields = [
		field(tr.t('discogs:fields.buyerRating'), ratingSummary(tr, profile.buyer_rating, profile.buyer_rating_stars, profile.buyer_num_ratings)),
		field(tr.t('discogs:fields.sellerRating'), ratingSummary(tr, profile.seller_rating, profile.seller_rating_stars, profile.seller_num_ratings)),
		field(tr.t('discogs:fields.ratingsGiven'), ratingsGiven(tr, profile), false),
		field(tr.t('discogs:fields.rank'), count(tr, profile.rank)),
	].filter(isPresent);
	const embed: APIEmbed = {
		title: tr.t('discogs:ratings.title', { name: profileTitle(profile) }),
		url: profileUrl(profile, options.webUrl),
		color: COLORS.discogs,
		fields,
		footer: { text: discogsFooter(tr, options) },
	};
	if (fields.length === 0) embed.description = tr.t('discogs:ratings.none');
	const avatar = profile.avatar_url && safeHttpUrl(profile.avatar_url);
	if (avatar) embed.thumbnail = { url: avatar };
	return clampEmbed(embed);
}
