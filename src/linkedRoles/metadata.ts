import {
	ApplicationRoleConnectionMetadataType,
	type APIApplicationRoleConnectionMetadata,
	type RESTPutAPICurrentUserApplicationRoleConnectionJSONBody,
} from 'discord-api-types/v10';
import type { CatalogUser } from '../catalog/schemas.js';
import type { DiscogsProfile } from '../discogs/schemas.js';
import { resourceText, textLocalizations, type TextLookup } from '../i18n/commandLocalizations.js';
import { DEFAULT_LOCALE } from '../i18n/locales.js';

/**
 * The bot's Linked Roles: the metadata records it registers for the application (deploy-commands) and the role
 * connection it pushes for a member. Both are plain data, so the deploy script and the OAuth flow share one truth.
 */

/** Discord's limits on a role connection (Update Current User Application Role Connection; OpenAPI UpdateApplicationUserRoleConnectionRequest). */
export const ROLE_CONNECTION_LIMITS = {
	metadataRecords: 5,
	platformName: 50,
	platformUsername: 100,
	metadataValue: 100,
	/** A metadata record's name and description, and each of their localizations (ApplicationRoleConnectionsMetadataItemRequest). */
	metadataName: 100,
	metadataDescription: 200,
} as const;

export const METADATA_KEYS = {
	sellerRating: 'discogs_seller_rating',
	sellerRatings: 'discogs_seller_ratings',
	releasesContributed: 'discogs_contributed',
	memberSince: 'discogs_member_since',
	catalogArtist: 'catalog_artist',
} as const;

export type MetadataKey = (typeof METADATA_KEYS)[keyof typeof METADATA_KEYS];

/**
 * How Discord compares each record with a server's requirement. The member-since record is
 * DATETIME_GREATER_THAN_OR_EQUAL (6), not the 5 the documentation's wording suggests for "at least N days ago":
 * Discord evaluates the two datetime types the other way round from how they are documented
 * (discord/discord-api-docs#5936, open), and its own sample registers "Days since …" as type 6
 * (discord/linked-roles-sample src/register.js, `bakingsince`).
 */
export const METADATA_TYPES: Readonly<Record<MetadataKey, ApplicationRoleConnectionMetadataType>> = {
	[METADATA_KEYS.sellerRating]: ApplicationRoleConnectionMetadataType.IntegerGreaterThanOrEqual,
	[METADATA_KEYS.sellerRatings]: ApplicationRoleConnectionMetadataType.IntegerGreaterThanOrEqual,
	[METADATA_KEYS.releasesContributed]: ApplicationRoleConnectionMetadataType.IntegerGreaterThanOrEqual,
	[METADATA_KEYS.memberSince]: ApplicationRoleConnectionMetadataType.DatetimeGreaterThanOrEqual,
	[METADATA_KEYS.catalogArtist]: ApplicationRoleConnectionMetadataType.BooleanEqual,
};

export const PLATFORM_NAMES = { discogs: 'Discogs', catalog: 'NEWM' } as const;

/** One metadata record: its English name and description from the `metadata` resources, and every other locale's. */
function metadataRecord<Key extends MetadataKey>(key: Key, text: TextLookup) {
	const type = METADATA_TYPES[key];
	const name = text(DEFAULT_LOCALE, `metadata:${key}.name`);
	const description = text(DEFAULT_LOCALE, `metadata:${key}.description`);
	return {
		key,
		type,
		name,
		description,
		name_localizations: textLocalizations(name, `metadata:${key}.name`, ROLE_CONNECTION_LIMITS.metadataName, text),
		description_localizations: textLocalizations(description, `metadata:${key}.description`, ROLE_CONNECTION_LIMITS.metadataDescription, text),
	} satisfies APIApplicationRoleConnectionMetadata;
}

/**
 * What a record-trading server can ask for: a seller with a rating of at least 99 and at least 50 ratings, a
 * contributor with at least 100 releases, a member for at least a year, an artist. `text` is the resources
 * (a test passes its own, to see a translation land).
 *
 * Translated when called, not when loaded: deploy-commands registers them; the bot itself only pushes values.
 */
export function roleConnectionMetadata(text: TextLookup = resourceText) {
	return [
		metadataRecord(METADATA_KEYS.sellerRating, text),
		metadataRecord(METADATA_KEYS.sellerRatings, text),
		metadataRecord(METADATA_KEYS.releasesContributed, text),
		metadataRecord(METADATA_KEYS.memberSince, text),
		metadataRecord(METADATA_KEYS.catalogArtist, text),
	] as const;
}

export interface RoleConnectionInput {
	/** The member's linked Discogs account, as just read from Discogs. */
	discogs?: { username: string; profile: DiscogsProfile } | undefined;
	/**
	 * The member's linked catalog account. No field of the catalog's User says "artist" (`role` is free text the
	 * member types, checked for length only: newm-server features/user/repo/UserRepositoryImpl.kt); the catalog's
	 * own artists are the owners of released songs (features/marketplace/database/MarketplaceArtistEntity.kt,
	 * `releasedSongCount`). So the caller passes the count, e.g. `total` of catalogClient.getSongs.
	 */
	catalog?: { user: CatalogUser; releasedSongs: number } | undefined;
}

type RoleConnection = RESTPutAPICurrentUserApplicationRoleConnectionJSONBody;

/** Discord wants integers as strings; a decimal is floored, so a 99.6 % rating meets "at least 99", never "at least 100". */
function integerValue(value: number | undefined): string | undefined {
	if (value === undefined || !Number.isFinite(value) || value < 0) return undefined;
	const floored = Math.floor(value);
	return Number.isSafeInteger(floored) ? String(floored) : undefined;
}

/** ISO 8601 in UTC; anything that is not a date-time Discogs would write (or that Date cannot read) is left out. */
function datetimeValue(value: string | undefined): string | undefined {
	if (value === undefined || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
	const at = Date.parse(value);
	return Number.isFinite(at) ? new Date(at).toISOString() : undefined;
}

/** Cut to `max` code points, so a surrogate pair is never split. */
function clip(text: string, max: number): string {
	const points = [...text];
	return points.length <= max ? text : points.slice(0, max).join('');
}

/** How the catalog names a member: the nickname, else first and last name (newm-server User.stageOrFullNameOf). */
function catalogName(user: CatalogUser): string | undefined {
	const nickname = user.nickname?.trim();
	if (nickname) return nickname;
	const full = [user.firstName, user.lastName].map((part) => part?.trim() ?? '').filter(Boolean).join(' ');
	return full || undefined;
}

function discogsMetadata(profile: DiscogsProfile): Partial<Record<MetadataKey, string | undefined>> {
	return {
		[METADATA_KEYS.sellerRating]: integerValue(profile.seller_rating),
		[METADATA_KEYS.sellerRatings]: integerValue(profile.seller_num_ratings),
		[METADATA_KEYS.releasesContributed]: integerValue(profile.releases_contributed),
		[METADATA_KEYS.memberSince]: datetimeValue(profile.registered),
	};
}

/**
 * The role connection to push for a member: the platform is their Discogs account when linked (else the catalog
 * one), and each metadata key is there only when its source is linked and gave a usable value, so a role never
 * matches on a figure the bot does not have. No input gives an empty connection (what `/unlink all` pushes).
 */
export function roleConnectionFor(input: RoleConnectionInput): RoleConnection {
	const entries: Partial<Record<MetadataKey, string | undefined>> = {
		...(input.discogs ? discogsMetadata(input.discogs.profile) : {}),
		...(input.catalog ? { [METADATA_KEYS.catalogArtist]: input.catalog.releasedSongs > 0 ? '1' : '0' } : {}),
	};
	const metadata: Record<string, string> = {};
	for (const [key, value] of Object.entries(entries)) if (value !== undefined) metadata[key] = value;

	const connection: RoleConnection = { metadata };
	const username = input.discogs ? input.discogs.username.trim() : input.catalog ? catalogName(input.catalog.user) : undefined;
	if (input.discogs) connection.platform_name = PLATFORM_NAMES.discogs;
	else if (input.catalog) connection.platform_name = PLATFORM_NAMES.catalog;
	if (username) connection.platform_username = clip(username, ROLE_CONNECTION_LIMITS.platformUsername);
	return connection;
}
