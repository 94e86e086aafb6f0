import { z } from 'zod';
import { describeIssues } from '../providers/issues.js';

/**
 * Discogs response schemas. Objects are loose (extra fields are kept, Discogs adds them freely); fields that
 * Discogs leaves out for some callers (email, num_collection, num_wantlist, images without auth) are optional;
 * a field of the wrong type fails validation, which the client reports as "Discogs is unavailable". In lists,
 * one entry that fails is kept as an IncompleteEntry instead, so one odd entry cannot cost the whole page.
 *
 * Answers captured by other libraries leave out more than the documented samples do (test/fakes/discogs/captured.ts
 * names each fixture): a profile's `uri`, a submitted label's `name`, a pagination's `pages`; and send null
 * where a value is missing (`"thumb": null`). Optional fields therefore read null as absent.
 */

/** An optional field that Discogs may also send as null: both mean absent. */
function absent<T extends z.ZodType>(schema: T) {
	return schema
		.nullish()
		.transform((value) => value ?? undefined)
		.optional();
}

/** Discogs writes "" for unset text fields; treat it the same as absent. */
const text = absent(z.string());
const count = absent(z.number().int());
const amount = absent(z.number());

export const identitySchema = z.looseObject({
	id: z.number().int(),
	username: z.string(),
	resource_url: z.string(),
	consumer_name: text,
});
export type DiscogsIdentity = z.infer<typeof identitySchema>;

export const profileSchema = z.looseObject({
	id: z.number().int(),
	username: z.string(),
	resource_url: z.string(),
	// Absent in discogs_client's users/example.json: the views link to /user/{username} instead.
	uri: text,
	name: text,
	email: z.string().nullable().optional(),
	profile: text,
	home_page: text,
	location: text,
	registered: text,
	avatar_url: text,
	banner_url: text,
	rank: amount,
	num_pending: count,
	num_for_sale: count,
	num_lists: count,
	num_collection: count,
	num_wantlist: count,
	releases_contributed: count,
	releases_rated: count,
	rating_avg: amount,
	buyer_rating: amount,
	buyer_rating_stars: amount,
	buyer_num_ratings: count,
	seller_rating: amount,
	seller_rating_stars: amount,
	seller_num_ratings: count,
	curr_abbr: text,
});
export type DiscogsProfile = z.infer<typeof profileSchema>;

export const paginationSchema = z
	.looseObject({
		page: z.number().int(),
		// Absent in discogs-java-client's marketplace/GetOrdersResponse.json; items and per_page tell it.
		pages: count,
		items: z.number().int(),
		per_page: z.number().int(),
		urls: z
			.looseObject({ first: text, prev: text, next: text, last: text })
			.optional()
			.default({}),
	})
	.transform(({ pages, ...pagination }) => ({
		...pagination,
		pages: pages ?? (pagination.per_page > 0 ? Math.ceil(pagination.items / pagination.per_page) : 0),
	}));
export type DiscogsPagination = z.infer<typeof paginationSchema>;

const artistCreditSchema = z.looseObject({
	id: count,
	name: z.string(),
	anv: text,
	join: text,
	role: text,
	resource_url: text,
});

const formatSchema = z.looseObject({
	name: z.string(),
	qty: z.union([z.string(), z.number()]).optional(),
	descriptions: z.array(z.string()).optional(),
	text: text,
});

const labelSchema = z.looseObject({
	id: count,
	name: z.string(),
	catno: text,
	resource_url: text,
});

const imageSchema = z.looseObject({
	type: text,
	uri: text,
	uri150: text,
	width: amount,
	height: amount,
});

export const releaseSchema = z.looseObject({
	id: z.number().int(),
	title: z.string(),
	artists: z.array(artistCreditSchema).optional().default([]),
	formats: z.array(formatSchema).optional().default([]),
	labels: z.array(labelSchema).optional().default([]),
	images: z.array(imageSchema).optional(),
	genres: z.array(z.string()).optional(),
	styles: z.array(z.string()).optional(),
	year: count,
	released: text,
	country: text,
	thumb: text,
	uri: text,
	resource_url: text,
	status: text,
	data_quality: text,
	date_added: text,
	date_changed: text,
});
export type DiscogsRelease = z.infer<typeof releaseSchema>;

export const submittedArtistSchema = z.looseObject({
	id: z.number().int(),
	name: z.string(),
	namevariations: z.array(z.string()).optional(),
	data_quality: text,
	uri: text,
	resource_url: text,
});
export type DiscogsSubmittedArtist = z.infer<typeof submittedArtistSchema>;

export const submittedLabelSchema = z.looseObject({
	id: z.number().int(),
	name: z.string(),
	data_quality: text,
	uri: text,
	resource_url: text,
});
export type DiscogsSubmittedLabel = z.infer<typeof submittedLabelSchema>;

/** What could be read of a list entry that failed its schema, kept so that the rest of its page still shows. */
export interface IncompleteEntry {
	incomplete: true;
	id?: number;
	/** A release's title, or an artist's or a label's name. */
	name?: string;
	uri?: string;
	/** Why it failed, e.g. `submissions.labels.0.name: expected string, received undefined`. */
	issue: string;
}

/**
 * Cached pages (JSON) hold entries of both kinds, including pages cached before entries could be incomplete:
 * a parsed entry never has `incomplete: true`, Discogs sends no such field.
 */
export function isIncomplete<T extends object>(entry: T | IncompleteEntry): entry is IncompleteEntry {
	return 'incomplete' in entry && entry.incomplete === true;
}

const knownOfEntry = z.looseObject({
	id: z.number().int().optional().catch(undefined),
	name: z.string().optional().catch(undefined),
	title: z.string().optional().catch(undefined),
	uri: z.string().optional().catch(undefined),
});

function incompleteEntry(raw: unknown, issue: string): IncompleteEntry {
	const entry: IncompleteEntry = { incomplete: true, issue };
	const known = knownOfEntry.safeParse(raw);
	if (!known.success) return entry;
	const { id, title, name, uri } = known.data;
	const called = (title ?? name)?.trim();
	if (id !== undefined) entry.id = id;
	if (called) entry.name = called;
	if (uri !== undefined) entry.uri = uri;
	return entry;
}

/** A list whose entries are validated one by one; `where` is the list's path in the answer, for the issue. */
function entries<T extends z.ZodType>(where: string, schema: T) {
	return z.array(z.unknown()).transform((items) =>
		items.map((item, index): z.output<T> | IncompleteEntry => {
			const parsed = schema.safeParse(item);
			return parsed.success ? parsed.data : incompleteEntry(item, describeIssues(parsed.error.issues, [where, index])[0] ?? `${where}.${index}`);
		}),
	);
}

export const contributionsPageSchema = z.looseObject({
	pagination: paginationSchema,
	contributions: entries('contributions', releaseSchema),
});
export type DiscogsContributionsPage = z.infer<typeof contributionsPageSchema>;

export const submissionsPageSchema = z.looseObject({
	pagination: paginationSchema,
	submissions: z
		.looseObject({
			artists: entries('submissions.artists', submittedArtistSchema).optional().default([]),
			labels: entries('submissions.labels', submittedLabelSchema).optional().default([]),
			releases: entries('submissions.releases', releaseSchema).optional().default([]),
		})
		// Discogs sends [] rather than an object when a user has no submissions at all.
		.or(z.array(z.never()).transform(() => ({ artists: [], labels: [], releases: [] }))),
});
export type DiscogsSubmissionsPage = z.infer<typeof submissionsPageSchema>;

/** The entries of these lists that were kept incomplete, in order. */
export function incompleteEntries(...lists: ReadonlyArray<ReadonlyArray<object>>): IncompleteEntry[] {
	return lists.flatMap((list) => list.filter(isIncomplete));
}

export const errorBodySchema = z.looseObject({
	message: z.string(),
	detail: z.array(z.looseObject({ msg: z.string() })).optional(),
});

/** The sort keys Discogs accepts for contributions, exactly as documented. */
export const CONTRIBUTION_SORTS = ['label', 'artist', 'title', 'catno', 'format', 'rating', 'year', 'added'] as const;
export type ContributionSort = (typeof CONTRIBUTION_SORTS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The currencies Discogs accepts in curr_abbr. */
export const CURRENCIES = ['USD', 'GBP', 'EUR', 'CAD', 'AUD', 'JPY', 'CHF', 'MXN', 'BRL', 'NZD', 'SEK', 'ZAR'] as const;
