import { z } from 'zod';

/**
 * Discogs response schemas. Objects are loose (extra fields are kept, Discogs adds them freely); fields that
 * Discogs leaves out for some callers (email, num_collection, num_wantlist, images without auth) are optional;
 * a field of the wrong type fails validation, which the client reports as "Discogs is unavailable".
 */

/** Discogs writes "" for unset text fields; treat it the same as absent. */
const text = z.string().optional();

export const identitySchema = z.looseObject({
	id: z.number().int(),
	username: z.string(),
	resource_url: z.string(),
	consumer_name: z.string().optional(),
});
export type DiscogsIdentity = z.infer<typeof identitySchema>;

export const profileSchema = z.looseObject({
	id: z.number().int(),
	username: z.string(),
	resource_url: z.string(),
	uri: z.string(),
	name: text,
	email: z.string().nullable().optional(),
	profile: text,
	home_page: text,
	location: text,
	registered: text,
	avatar_url: text,
	banner_url: text,
	rank: z.number().optional(),
	num_pending: z.number().int().optional(),
	num_for_sale: z.number().int().optional(),
	num_lists: z.number().int().optional(),
	num_collection: z.number().int().optional(),
	num_wantlist: z.number().int().optional(),
	releases_contributed: z.number().int().optional(),
	releases_rated: z.number().int().optional(),
	rating_avg: z.number().optional(),
	buyer_rating: z.number().optional(),
	buyer_rating_stars: z.number().optional(),
	buyer_num_ratings: z.number().int().optional(),
	seller_rating: z.number().optional(),
	seller_rating_stars: z.number().optional(),
	seller_num_ratings: z.number().int().optional(),
	curr_abbr: text,
});
export type DiscogsProfile = z.infer<typeof profileSchema>;

export const paginationSchema = z.looseObject({
	page: z.number().int(),
	pages: z.number().int(),
	items: z.number().int(),
	per_page: z.number().int(),
	urls: z
		.looseObject({ first: text, prev: text, next: text, last: text })
		.optional()
		.default({}),
});
export type DiscogsPagination = z.infer<typeof paginationSchema>;

const artistCreditSchema = z.looseObject({
	id: z.number().int().optional(),
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
	id: z.number().int().optional(),
	name: z.string(),
	catno: text,
	resource_url: text,
});

const imageSchema = z.looseObject({
	type: text,
	uri: text,
	uri150: text,
	width: z.number().optional(),
	height: z.number().optional(),
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
	year: z.number().int().optional(),
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

export const contributionsPageSchema = z.looseObject({
	pagination: paginationSchema,
	contributions: z.array(releaseSchema),
});
export type DiscogsContributionsPage = z.infer<typeof contributionsPageSchema>;

export const submissionsPageSchema = z.looseObject({
	pagination: paginationSchema,
	submissions: z
		.looseObject({
			artists: z.array(submittedArtistSchema).optional().default([]),
			labels: z.array(submittedLabelSchema).optional().default([]),
			releases: z.array(releaseSchema).optional().default([]),
		})
		// Discogs sends [] rather than an object when a user has no submissions at all.
		.or(z.array(z.never()).transform(() => ({ artists: [], labels: [], releases: [] }))),
});
export type DiscogsSubmissionsPage = z.infer<typeof submissionsPageSchema>;

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
