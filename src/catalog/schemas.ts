import { z } from 'zod';

/**
 * Catalog (newm-server) response schemas. The server serialises with `explicitNulls=false`, so an unset field
 * is absent rather than null: every profile field is optional. Objects are loose because the server adds
 * fields over time (lastLogin, referralCode); a field of the wrong type fails validation, which the client
 * reports as "the catalog is unavailable".
 */

const text = z.string().optional();

export const catalogUserSchema = z.looseObject({
	id: z.string(),
	createdAt: z.string(),
	firstName: text,
	lastName: text,
	nickname: text,
	pictureUrl: text,
	bannerUrl: text,
	websiteUrl: text,
	twitterUrl: text,
	instagramUrl: text,
	spotifyProfile: text,
	soundCloudProfile: text,
	appleMusicProfile: text,
	location: text,
	role: text,
	genre: text,
	biography: text,
	companyName: text,
	companyLogoUrl: text,
	companyIpRights: z.boolean().optional(),
	isni: text,
	ipi: text,
	referralCode: text,
	dspPlanSubscribed: z.boolean().optional(),
	// Only present when the caller is the user themself; see PRIVATE_CATALOG_FIELDS.
	email: text,
	walletAddress: text,
	oauthType: text,
	oauthId: text,
	verificationStatus: text,
	lastLogin: text,
	signupPlatform: text,
});
export type CatalogUser = z.infer<typeof catalogUserSchema>;

/** What the server shows only to the user themself. The bot keeps them out of anything it caches or shows. */
export const PRIVATE_CATALOG_FIELDS = [
	'email',
	'walletAddress',
	'oauthType',
	'oauthId',
	'verificationStatus',
	'lastLogin',
	'signupPlatform',
] as const satisfies ReadonlyArray<keyof CatalogUser>;

/**
 * The user as anyone else sees them. Needed because the bot's own account, read with the bot's token, comes
 * back with its private fields: without this, `/catalog <bot id>` would show the bot's email and wallet.
 */
export function publicView(user: CatalogUser): CatalogUser {
	const copy: CatalogUser = { ...user };
	for (const field of PRIVATE_CATALOG_FIELDS) delete copy[field];
	return copy;
}

export const catalogSongSchema = z.looseObject({
	id: z.string(),
	title: z.string(),
	ownerId: text,
	createdAt: text,
	archived: z.boolean().optional(),
	genres: z.array(z.string()).optional(),
	moods: z.array(z.string()).optional(),
	description: text,
	coverArtUrl: text,
	/** YYYY-MM-DD, from the song's release. */
	releaseDate: text,
	publicationDate: text,
	/**
	 * Milliseconds: set from the audio encoder's `durationInMs` (newm-server features/song/AudioMessageReceiver.kt).
	 * The upload check's "Duration is too short: N secs" measures the uploaded file, not this field.
	 */
	duration: z.number().optional(),
	language: text,
	parentalAdvisory: text,
	isrc: text,
	nftName: text,
	/** Free text rather than an enum: the server has added states over time (22 so far). */
	mintingStatus: text,
	marketplaceStatus: text,
	streamUrl: text,
	clipUrl: text,
	earnings: z.number().optional(),
});
export type CatalogSong = z.infer<typeof catalogSongSchema>;

export const catalogSongListSchema = z.array(catalogSongSchema);

export const countSchema = z.looseObject({ count: z.number().int().nonnegative() });

/** What login and refresh answer. Both tokens are secrets: never logged, the refresh token stored sealed. */
export const tokenPairSchema = z.looseObject({ accessToken: z.string().min(1), refreshToken: z.string().min(1) });
export type TokenPair = z.infer<typeof tokenPairSchema>;
