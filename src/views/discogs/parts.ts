import type { APIEmbedField } from 'discord-api-types/v10';
import { CONTRIBUTION_SORTS, SORT_ORDERS } from '../../discogs/schemas.js';
import type { DiscogsPagination, DiscogsProfile, DiscogsRelease, IncompleteEntry } from '../../discogs/schemas.js';
import { isIncomplete } from '../../discogs/schemas.js';
import { escapeMarkdown, truncate } from '../../core/markdown.js';
import { markdownLink, safeHttpUrl } from '../../discogs/markup.js';
import { cachedFooter, formatCount, plural, stars } from '../format.js';

/** Pieces shared by the Discogs views. */

/** What every Discogs view needs besides the data: where the website is and how fresh the copy is. */
export interface DiscogsViewOptions {
	webUrl: string;
	fetchedAt: number;
	/** The copy comes from the cache because Discogs failed; the footer says so. */
	stale: boolean;
	now: number;
}

export interface DiscogsPageOptions extends DiscogsViewOptions {
	username: string;
	sort?: string | undefined;
	sortOrder?: string | undefined;
}

/** A field, or nothing when the value is blank: an embed never shows "undefined" or an empty box. */
export function field(name: string, value: string | undefined, inline = true): APIEmbedField | undefined {
	return value?.trim() ? { name, value, inline } : undefined;
}

export function isPresent<T>(value: T | undefined): value is T {
	return value !== undefined;
}

/** "Rodney (rodneyfool)", or the username alone when the user gave no name; escaped. */
export function profileTitle(profile: DiscogsProfile): string {
	const name = profile.name?.trim();
	const username = escapeMarkdown(profile.username);
	return name && name !== profile.username ? `${escapeMarkdown(name)} (${username})` : username;
}

/** The profile's page; some answers carry no `uri` (discogs_client's users/example.json), and /user/{username} is that page. */
export function profileUrl(profile: DiscogsProfile, webUrl: string): string {
	return (profile.uri && safeHttpUrl(profile.uri)) || `${webUrl.replace(/\/+$/, '')}/user/${encodeURIComponent(profile.username)}`;
}

export function count(n: number | undefined): string | undefined {
	return n === undefined ? undefined : formatCount(n);
}

/** "100% ★★★★★ (144 ratings)"; undefined when Discogs sent no rating at all. */
export function ratingSummary(percent: number | undefined, starCount: number | undefined, ratings: number | undefined): string | undefined {
	if (ratings === 0) return 'No ratings yet';
	if (percent === undefined) return undefined;
	const summary = `${formatCount(percent)}% ${stars(starCount ?? percent / 20)}`;
	return ratings === undefined ? summary : `${summary} (${plural(ratings, 'rating')})`;
}

/** "116 (avg 3.47)": how many releases the user rated and the average they gave. */
export function ratedSummary(profile: DiscogsProfile): string | undefined {
	const rated = profile.releases_rated;
	if (rated === undefined) return undefined;
	return rated > 0 && profile.rating_avg !== undefined ? `${formatCount(rated)} (avg ${profile.rating_avg.toFixed(2)})` : formatCount(rated);
}

/** The footer of a single-object view: "Discogs" when fresh, the cache age when stale. */
export function discogsFooter(options: DiscogsViewOptions): string {
	return cachedFooter(options.fetchedAt, options.stale, options.now) ?? 'Discogs';
}

/** "Page 1 of 3 · 120 items · sorted by year (desc)", plus the cache age when stale. Only known sort keys are named. */
export function pageFooter(pagination: DiscogsPagination, options: DiscogsPageOptions): string {
	const parts = [`Page ${formatCount(pagination.page)} of ${formatCount(Math.max(1, pagination.pages))}`, plural(pagination.items, 'item')];
	const sort = CONTRIBUTION_SORTS.find((key) => key === options.sort);
	const order = SORT_ORDERS.find((key) => key === options.sortOrder);
	if (sort) parts.push(order ? `sorted by ${sort} (${order})` : `sorted by ${sort}`);
	const cached = cachedFooter(options.fetchedAt, options.stale, options.now);
	if (cached) parts.push(cached);
	return parts.join(' · ');
}

/** The first release on the page that has an http(s) thumbnail. */
export function firstThumb(releases: ReadonlyArray<DiscogsRelease | IncompleteEntry>): string | undefined {
	for (const release of releases) {
		const thumb = !isIncomplete(release) && release.thumb && safeHttpUrl(release.thumb);
		if (thumb) return thumb;
	}
	return undefined;
}

/** A home page as a link. Discogs lets users type "www.example.com", so a bare host gets https://. */
export function homePageLink(raw: string | undefined): string | undefined {
	const value = raw?.trim();
	if (!value) return undefined;
	const url = /^[a-z][a-z\d+.-]*:/i.test(value) ? value : /^[\w-]+(\.[\w-]+)+([/?#]\S*)?$/.test(value) ? `https://${value}` : '';
	return markdownLink(value.replace(/^https?:\/\//i, '').replace(/\/$/, ''), url);
}

type EntityKind = 'artist' | 'label' | 'release';
/** As long as a release title may be in a list (releaseLines.ts). */
const NAME_MAX = 100;
const KIND_NAMES: Record<EntityKind, string> = { artist: 'Artist', label: 'Label', release: 'Release' };

/** An entity's page: its uri, else /{kind}/{id}, else none. */
function entityUrl(entity: { id?: number | undefined; uri?: string | undefined }, kind: EntityKind, webUrl: string): string | undefined {
	const uri = entity.uri && safeHttpUrl(entity.uri);
	return uri || (entity.id === undefined ? undefined : `${webUrl.replace(/\/+$/, '')}/${kind}/${entity.id}`);
}

/** Lines linking to entities by their page, falling back to /{kind}/{id} when Discogs sent no uri. */
export function entityLine(entity: { id: number; name: string; uri?: string | undefined }, kind: 'artist' | 'label', webUrl: string): string {
	const url = entityUrl(entity, kind, webUrl);
	return (url && markdownLink(entity.name, url)) || escapeMarkdown(entity.name);
}

/**
 * An entry Discogs sent that its schema refused, by what is known of it: `[Label 678](…/label/678) · incomplete
 * on Discogs`, releases in bold like the complete ones; a plain sentence when nothing is known.
 */
export function incompleteLine(entry: IncompleteEntry, kind: EntityKind, webUrl: string): string {
	const known = entry.name ?? (entry.id === undefined ? undefined : `${KIND_NAMES[kind]} ${entry.id}`);
	if (known === undefined) return 'An entry Discogs sent incomplete';
	const name = truncate(known, NAME_MAX, 'plain');
	const url = entityUrl(entry, kind, webUrl);
	const shown = (url && markdownLink(name, url)) || escapeMarkdown(name);
	return `${kind === 'release' ? `**${shown}**` : shown} · incomplete on Discogs`;
}
