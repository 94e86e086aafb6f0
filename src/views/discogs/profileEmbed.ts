import type { APIEmbed } from 'discord-api-types/v10';
import { COLORS, DISCORD_LIMITS } from '../../core/constants.js';
import { escapeMarkdown } from '../../core/markdown.js';
import { discogsMarkupToMarkdown, safeHttpUrl } from '../../discogs/markup.js';
import type { DiscogsProfile } from '../../discogs/schemas.js';
import { clampEmbed, discordTimestamp, parseDiscogsDate, privateField } from '../format.js';
import type { DiscogsViewOptions } from './parts.js';
import { count, discogsFooter, field, homePageLink, isPresent, profileTitle, profileUrl, ratedSummary, ratingSummary } from './parts.js';

export interface DiscogsProfileEmbedOptions extends DiscogsViewOptions {
	/** Only the profile's owner may see their email; the caller decides who is asking. */
	showPrivate?: boolean | undefined;
}

/** The Discogs profile card: who the user is, what they contributed, and how they trade. */
export function discogsProfileEmbed(profile: DiscogsProfile, options: DiscogsProfileEmbedOptions): APIEmbed {
	const text = discogsMarkupToMarkdown(profile.profile ?? '', { webUrl: options.webUrl, maxLength: DISCORD_LIMITS.embedDescription });
	const registered = parseDiscogsDate(profile.registered);
	const fields = [
		field('Location', profile.location && escapeMarkdown(profile.location)),
		field('Home page', homePageLink(profile.home_page)),
		field('Registered', registered && `${discordTimestamp(registered, 'D')} (${discordTimestamp(registered, 'R')})`),
		field('Rank', count(profile.rank)),
		field('Releases contributed', count(profile.releases_contributed)),
		field('Releases rated', ratedSummary(profile)),
		// Discogs sends these two only when the collection and wantlist are public.
		field('Collection', count(profile.num_collection)),
		field('Wantlist', count(profile.num_wantlist)),
		field('For sale', count(profile.num_for_sale)),
		field('Buyer rating', ratingSummary(profile.buyer_rating, profile.buyer_rating_stars, profile.buyer_num_ratings)),
		field('Seller rating', ratingSummary(profile.seller_rating, profile.seller_rating_stars, profile.seller_num_ratings)),
		field('Currency', profile.curr_abbr && escapeMarkdown(profile.curr_abbr)),
		options.showPrivate ? privateField('Email', profile.email) : undefined,
	].filter(isPresent);

	const embed: APIEmbed = {
		title: profileTitle(profile),
		url: profileUrl(profile, options.webUrl),
		color: COLORS.discogs,
		fields,
		footer: { text: discogsFooter(options) },
	};
	if (text.markdown) embed.description = text.markdown;
	const avatar = profile.avatar_url && safeHttpUrl(profile.avatar_url);
	if (avatar) embed.thumbnail = { url: avatar };
	// Discord cannot show images inside text, so a profile without a banner shows its first [img] instead.
	const image = (profile.banner_url && safeHttpUrl(profile.banner_url)) || text.images[0];
	if (image) embed.image = { url: image };
	return clampEmbed(embed);
}
