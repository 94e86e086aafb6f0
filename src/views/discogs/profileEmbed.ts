import type { APIEmbed } from 'discord-api-types/v10';
import { COLORS, DISCORD_LIMITS } from '../../core/constants.js';
import { escapeMarkdown } from '../../core/markdown.js';
import { discogsMarkupToMarkdown, safeHttpUrl } from '../../discogs/markup.js';
import type { DiscogsProfile } from '../../discogs/schemas.js';
import type { Translator } from '../../i18n/translator.js';
import { clampEmbed, discordTimestamp, parseDiscogsDate, privateField } from '../format.js';
import type { DiscogsViewOptions } from './parts.js';
import { count, discogsFooter, field, homePageLink, isPresent, profileTitle, profileUrl, ratedSummary, ratingSummary } from './parts.js';

export interface DiscogsProfileEmbedOptions extends DiscogsViewOptions {
	/** Only the profile's owner may see their email; the caller decides who is asking. */
	showPrivate?: boolean | undefined;
}

/** The Discogs profile card: who the user is, what they contributed, and how they trade. */
export function discogsProfileEmbed(tr: Translator, profile: DiscogsProfile, options: DiscogsProfileEmbedOptions): APIEmbed {
	const text = discogsMarkupToMarkdown(profile.profile ?? '', { webUrl: options.webUrl, maxLength: DISCORD_LIMITS.embedDescription });
	const registered = parseDiscogsDate(profile.registered);
	const fields = [
		field(tr.t('discogs:fields.location'), profile.location && escapeMarkdown(profile.location)),
		field(tr.t('discogs:fields.homePage'), homePageLink(profile.home_page)),
		field(tr.t('discogs:fields.registered'), registered && tr.t('discogs:profile.registered', { date: discordTimestamp(registered, 'D'), relative: discordTimestamp(registered, 'R') })),
		field(tr.t('discogs:fields.rank'), count(tr, profile.rank)),
		field(tr.t('discogs:fields.releasesContributed'), count(tr, profile.releases_contributed)),
		field(tr.t('discogs:fields.releasesRated'), ratedSummary(tr, profile)),
		// Discogs sends these two only when the collection and wantlist are public.
		field(tr.t('discogs:fields.collection'), count(tr, profile.num_collection)),
		field(tr.t('discogs:fields.wantlist'), count(tr, profile.num_wantlist)),
		field(tr.t('discogs:fields.forSale'), count(tr, profile.num_for_sale)),
		field(tr.t('discogs:fields.buyerRating'), ratingSummary(tr, profile.buyer_rating, profile.buyer_rating_stars, profile.buyer_num_ratings)),
		field(tr.t('discogs:fields.sellerRating'), ratingSummary(tr, profile.seller_rating, profile.seller_rating_stars, profile.seller_num_ratings)),
		field(tr.t('discogs:fields.currency'), profile.curr_abbr && escapeMarkdown(profile.curr_abbr)),
		options.showPrivate ? privateField(tr.t('discogs:fields.email'), profile.email) : undefined,
	].filter(isPresent);

	const embed: APIEmbed = {
		title: profileTitle(profile),
		url: profileUrl(profile, options.webUrl),
		color: COLORS.discogs,
		fields,
		footer: { text: discogsFooter(tr, options) },
	};
	if (text.markdown) embed.description = text.markdown;
	const avatar = profile.avatar_url && safeHttpUrl(profile.avatar_url);
	if (avatar) embed.thumbnail = { url: avatar };
	// Discord cannot show images inside text, so a profile without a banner shows its first [img] instead.
	const image = (profile.banner_url && safeHttpUrl(profile.banner_url)) || text.images[0];
	if (image) embed.image = { url: image };
	return clampEmbed(embed);
}
