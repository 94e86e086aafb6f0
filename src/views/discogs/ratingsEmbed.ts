import type { APIEmbed } from 'discord-api-types/v10';
import { COLORS } from '../../core/constants.js';
import { safeHttpUrl } from '../../discogs/markup.js';
import type { DiscogsProfile } from '../../discogs/schemas.js';
import { clampEmbed, plural, stars } from '../format.js';
import type { DiscogsViewOptions } from './parts.js';
import { count, discogsFooter, field, isPresent, profileTitle, profileUrl, ratingSummary } from './parts.js';

/** "116 releases rated, average 3.47 ★★★☆☆", or a plain sentence when the user rated nothing. */
function ratingsGiven(profile: DiscogsProfile): string | undefined {
	const rated = profile.releases_rated;
	if (rated === undefined) return undefined;
	if (rated === 0) return 'No releases rated yet';
	const average = profile.rating_avg;
	return average === undefined ? `${plural(rated, 'release')} rated` : `${plural(rated, 'release')} rated, average ${average.toFixed(2)} ${stars(average)}`;
}

/** The reputation card: how buyers and sellers rate the user, how the user rates releases, and their rank. */
export function discogsRatingsEmbed(profile: DiscogsProfile, options: DiscogsViewOptions): APIEmbed {
	const fields = [
		field('Buyer rating', ratingSummary(profile.buyer_rating, profile.buyer_rating_stars, profile.buyer_num_ratings)),
		field('Seller rating', ratingSummary(profile.seller_rating, profile.seller_rating_stars, profile.seller_num_ratings)),
		field('Ratings given', ratingsGiven(profile), false),
		field('Rank', count(profile.rank)),
	].filter(isPresent);
	const embed: APIEmbed = {
		title: `Ratings of ${profileTitle(profile)}`,
		url: profileUrl(profile, options.webUrl),
		color: COLORS.discogs,
		fields,
		footer: { text: discogsFooter(options) },
	};
	if (fields.length === 0) embed.description = 'Discogs has no ratings for this user.';
	const avatar = profile.avatar_url && safeHttpUrl(profile.avatar_url);
	if (avatar) embed.thumbnail = { url: avatar };
	return clampEmbed(embed);
}
