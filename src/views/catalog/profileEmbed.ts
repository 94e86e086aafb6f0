import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { CatalogUser } from '../../catalog/schemas.js';
import { COLORS, DISCORD_LIMITS } from '../../core/constants.js';
import { escapeMarkdown, truncate } from '../../core/markdown.js';
import { markdownLink, safeHttpUrl } from '../../discogs/markup.js';
import type { Translator } from '../../i18n/translator.js';
import { cachedFooter, clampEmbed, discordTimestamp, privateField, type CopyAge } from '../format.js';
import { streamingProfileUrl } from './streamingLinks.js';

/** How fresh the catalog's copy is: a stale one's footer says the catalog is unavailable. */
export type CatalogViewOptions = CopyAge;

export interface CatalogProfileOptions extends CatalogViewOptions {
	/** CATALOG_WEB_URL: the title links to the member's page there. */
	webUrl: string;
	/** The owner's private fields, shown only to the owner in an ephemeral answer. */
	privateFields?: Record<string, string> | undefined;
}

/** "Johnny", or "John Doe", as the catalog names a user (nickname first). */
export function catalogDisplayName(tr: Translator, user: CatalogUser): string {
	const nickname = user.nickname?.trim();
	if (nickname) return nickname;
	const full = [user.firstName, user.lastName].map((part) => part?.trim()).filter(Boolean).join(' ');
	return full || tr.t('catalog:profile.unnamed');
}

/** A member's public page: the marketplace's /artist/{id}, which takes any user id (projectNEWM/newm-web, apps/marketplace/src/app/artist/[artistId]). */
export function catalogProfileUrl(webUrl: string, id: string): string {
	return `${webUrl}/artist/${encodeURIComponent(id)}`;
}

/** The profile's links: its own website and social URLs as given, streaming profiles on each service's own host. */
export function catalogLinks(tr: Translator, user: CatalogUser): string[] {
	const candidates: Array<[string, string | undefined]> = [
		[tr.t('catalog:profile.website'), user.websiteUrl],
		['Twitter', user.twitterUrl],
		['Instagram', user.instagramUrl],
		['Spotify', streamingProfileUrl('spotify', user.spotifyProfile)],
		['SoundCloud', streamingProfileUrl('soundCloud', user.soundCloudProfile)],
		['Apple Music', streamingProfileUrl('appleMusic', user.appleMusicProfile)],
	];
	return candidates.flatMap(([label, url]) => {
		const link = url && markdownLink(label, url);
		return link ? [link] : [];
	});
}

/** Catalog timestamps carry no zone (LocalDateTime); the server runs on UTC. */
function parseCatalogDate(value: string | undefined): Date | undefined {
	if (!value) return undefined;
	const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

const PRIVATE_FIELDS = ['email', 'walletAddress', 'oauthType'] as const;

export function catalogProfileEmbed(tr: Translator, user: CatalogUser, options: CatalogProfileOptions): APIEmbed {
	const text = (value: string | undefined) => (value?.trim() ? escapeMarkdown(value.trim()) : undefined);
	const since = parseCatalogDate(user.createdAt);
	const fields: APIEmbedField[] = [];
	const add = (name: string, value: string | undefined, inline = true) => {
		if (value) fields.push({ name, value, inline });
	};
	add(tr.t('catalog:profile.role'), text(user.role));
	add(tr.t('catalog:profile.genre'), text(user.genre));
	add(tr.t('catalog:profile.location'), text(user.location));
	add(tr.t('catalog:profile.memberSince'), since && discordTimestamp(since, 'D'));
	const links = catalogLinks(tr, user);
	add(tr.t('catalog:profile.links'), links.length > 0 ? links.join(' · ') : undefined, false);
	for (const key of PRIVATE_FIELDS) {
		const hidden = privateField(tr.t(`catalog:profile.${key}`), options.privateFields?.[key]);
		if (hidden) fields.push(hidden);
	}
	const embed: APIEmbed = {
		title: escapeMarkdown(catalogDisplayName(tr, user)),
		url: catalogProfileUrl(options.webUrl, user.id),
		color: COLORS.catalog,
		fields,
		footer: { text: cachedFooter(tr, 'catalog', options) ?? tr.t('catalog:profile.footer') },
	};
	const biography = text(user.biography);
	if (biography) embed.description = truncate(biography, DISCORD_LIMITS.embedDescription);
	const picture = user.pictureUrl && safeHttpUrl(user.pictureUrl);
	if (picture) embed.thumbnail = { url: picture };
	const banner = user.bannerUrl && safeHttpUrl(user.bannerUrl);
	if (banner) embed.image = { url: banner };
	const company = user.companyName?.trim();
	if (company) {
		const logo = user.companyLogoUrl && safeHttpUrl(user.companyLogoUrl);
		embed.author = logo ? { name: company, icon_url: logo } : { name: company };
	}
	return clampEmbed(embed);
}
