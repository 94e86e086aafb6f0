import type { APIEmbedField } from 'discord-api-types/v10';
import { CONTRIBUTION_SORTS, SORT_ORDERS } from '../../discogs/schemas.js';
import type { DiscogsPagination, DiscogsProfile, DiscogsRelease, IncompleteEntry } from '../../discogs/schemas.js';
import { isIncomplete } from '../../discogs/schemas.js';
import { escapeMarkdown, truncate } from '../../core/markdown.js';
import { markdownLink, safeHttpUrl } from '../../discogs/markup.js';
import type { Translator } from '../../i18n/translator.js';
import { cachedFooter, stars, type CopyAge } from '../format.js';
import { pageOfPages } from '../pagination.js';

/** Pieces shared by the Discogs views. */

/** What every Discogs view needs besides the data: where the website is and how fresh the copy is (a stale copy's footer says so). */
export interface DiscogsViewOptions extends CopyAge {
	webUrl: string;
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

export function count(tr: Translator, n: number | undefined): string | undefined {
	return n === undefined ? undefined : tr.number(n);
}

/** An average rating as Discogs shows it, with two decimals: "3.47", "3,47". */
export function average(tr: Translator, n: number): string {
	return tr.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** "100% ★★★★★ (144 ratings)"; undefined when Discogs sent no rating at all. */
export function ratingSummary(tr: Translator, percent: number | undefined, starCount: number | undefined, ratings: number | undefined): string | undefined {
	if (ratings === 0) return tr.t('discogs:reputation.none');
	if (percent === undefined) return undefined;
	const shown = { percent: tr.percent(percent, 2), stars: stars(starCount ?? percent / 20) };
	return ratings === undefined ? `${shown.percent} ${shown.stars}` : tr.t('discogs:reputation.counted', { ...shown, count: ratings });
}

/** "116 (avg 3.47)": how many releases the user rated and the average they gave. */
export function ratedSummary(tr: Translator, profile: DiscogsProfile): string | undefined {
	const rated = profile.releases_rated;
	if (rated === undefined) return undefined;
	return rated > 0 && profile.rating_avg !== undefined
		? tr.t('discogs:profile.rated', { rated: tr.number(rated), average: average(tr, profile.rating_avg) })
		: tr.number(rated);
}

/** The footer of a single-object view: "Discogs" when fresh, the cache age when stale. */
export function discogsFooter(tr: Translator, options: DiscogsViewOptions): string {
	return cachedFooter(tr, 'Discogs', options) ?? tr.t('discogs:cardFooter');
}

/** "Page 1 of 3 · 120 items · sorted by year (desc)", plus the cache age when stale. Only known sort keys are named. */
export function pageFooter(tr: Translator, pagination: DiscogsPagination, options: DiscogsPageOptions): string {
	const parts = [pageOfPages(tr, pagination.page, pagination.pages), tr.t('pages:footer.items', { count: pagination.items })];
	const sort = CONTRIBUTION_SORTS.find((key) => key === options.sort);
	const order = SORT_ORDERS.find((key) => key === options.sortOrder);
	if (sort) {
		const named = { sort: tr.t(`discogs:sorts.${sort}`) };
		parts.push(order ? tr.t('discogs:list.sortedInOrder', { ...named, order: tr.t(`discogs:orders.${order}`) }) : tr.t('discogs:list.sorted', named));
	}
	const cached = cachedFooter(tr, 'Discogs', options);
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
export function incompleteLine(tr: Translator, entry: IncompleteEntry, kind: EntityKind, webUrl: string): string {
	// An id is a key, not an amount: written as Discogs writes it, without thousands separators.
	const known = entry.name ?? (entry.id === undefined ? undefined : tr.t(`discogs:list.unnamed.${kind}`, { id: String(entry.id) }));
	if (known === undefined) return tr.t('discogs:list.incompleteUnknown');
	const name = truncate(known, NAME_MAX, 'plain');
	const url = entityUrl(entry, kind, webUrl);
	const shown = (url && markdownLink(name, url)) || escapeMarkdown(name);
	return tr.t('discogs:list.incomplete', { entry: kind === 'release' ? `**${shown}**` : shown });
}
