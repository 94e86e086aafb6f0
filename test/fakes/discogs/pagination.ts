import type { Json } from './fixtures.js';

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 100;

export interface Page<T> {
	items: T[];
	pagination: { page: number; pages: number; items: number; per_page: number; urls: Record<string, string> };
	/** The `Link` header value, or undefined when there is only one page. */
	link: string | undefined;
}

function positiveInt(raw: string | null, fallback: number): number {
	const value = raw === null ? Number.NaN : Number.parseInt(raw, 10);
	return Number.isFinite(value) && value >= 1 ? value : fallback;
}

/**
 * Discogs pagination: `page` from 1, `per_page` default 50 and at most 100; `urls` carries only the keys
 * that apply (none for a single page); a page past the end is empty. Other query parameters (sort) are kept
 * in the generated URLs, as Discogs does.
 */
export function paginate<T>(all: readonly T[], query: URLSearchParams, resourceUrl: string): Page<T> {
	const perPage = Math.min(positiveInt(query.get('per_page'), DEFAULT_PER_PAGE), MAX_PER_PAGE);
	const page = positiveInt(query.get('page'), 1);
	const pages = Math.max(1, Math.ceil(all.length / perPage));
	const pageUrl = (n: number): string => {
		const params = new URLSearchParams(query);
		params.set('page', String(n));
		params.set('per_page', String(perPage));
		return `${resourceUrl}?${params.toString()}`;
	};
	const urls: Record<string, string> = {};
	if (page > 1) {
		urls['first'] = pageUrl(1);
		urls['prev'] = pageUrl(Math.min(page - 1, pages));
	}
	if (page < pages) {
		urls['next'] = pageUrl(page + 1);
		urls['last'] = pageUrl(pages);
	}
	const entries = Object.entries(urls);
	return {
		items: all.slice((page - 1) * perPage, page * perPage),
		pagination: { page, pages, items: all.length, per_page: perPage, urls },
		link: entries.length === 0 ? undefined : entries.map(([rel, url]) => `<${url}>; rel="${rel}"`).join(', '),
	};
}

/** The sort keys Discogs documents for contributions, and what each sorts by. */
const SORT_FIELDS: Record<string, (release: Json) => string | number> = {
	label: (r) => String(first(r['labels'])?.['name'] ?? ''),
	artist: (r) => String(first(r['artists'])?.['name'] ?? ''),
	title: (r) => String(r['title'] ?? ''),
	catno: (r) => String(first(r['labels'])?.['catno'] ?? ''),
	format: (r) => String(first(r['formats'])?.['name'] ?? ''),
	rating: (r) => Number(asJson(asJson(r['community'])?.['rating'])?.['average'] ?? 0),
	year: (r) => Number(r['year'] ?? 0),
	added: (r) => String(r['date_added'] ?? ''),
};
export const SORT_KEYS = Object.keys(SORT_FIELDS);

function asJson(value: unknown): Json | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function first(value: unknown): Json | undefined {
	return Array.isArray(value) ? asJson(value[0]) : undefined;
}

/** Sorts releases as `?sort=&sort_order=` asks; returns an error message for an invalid key (Discogs: 422). */
export function sortReleases(releases: readonly Json[], query: URLSearchParams): { sorted: Json[] } | { error: string } {
	const sort = query.get('sort');
	const order = query.get('sort_order');
	if (order !== null && order !== 'asc' && order !== 'desc') return { error: 'Invalid sort_order: expected one of asc, desc.' };
	if (sort === null) return { sorted: [...releases] };
	const field = SORT_FIELDS[sort];
	if (!field) return { error: `Invalid sort: expected one of ${SORT_KEYS.join(', ')}.` };
	const direction = order === 'desc' ? -1 : 1;
	const sorted = [...releases].sort((a, b) => {
		const x = field(a);
		const y = field(b);
		const cmp = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
		return cmp * direction;
	});
	return { sorted };
}
