import { readFileSync } from 'node:fs';
import { ApplicationRoleConnectionMetadataType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { catalogUserSchema, type CatalogUser } from '../../src/catalog/schemas.js';
import { profileSchema, type DiscogsProfile } from '../../src/discogs/schemas.js';
import { resourceText, type TextLookup } from '../../src/i18n/commandLocalizations.js';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.js';
import { RESOURCES } from '../../src/i18n/resources.js';
import { METADATA_KEYS, PLATFORM_NAMES, ROLE_CONNECTION_LIMITS, roleConnectionFor, roleConnectionMetadata } from '../../src/linkedRoles/metadata.js';
import { seedUser } from '../fakes/catalog/fixtures.js';
import { exampleProfile } from '../fakes/discogs/captured.js';
import { rodneyfoolProfile } from '../fakes/discogs/fixtures.js';
import { metadataRecordsIssues, roleConnectionIssues } from '../fakes/discord/validate/index.js';

/** The records deploy-commands registers, in every language the resources speak. */
const ROLE_CONNECTION_METADATA = roleConnectionMetadata();

/**
 * The Linked Roles metadata and role connection, against Discord's own numbers: the OpenAPI description, as the
 * fake vendors it (ApplicationRoleConnectionsMetadataItemRequest and the metadata PUT's maxItems;
 * UpdateApplicationUserRoleConnectionRequest) and the documentation page "Application Role Connection Metadata"
 * for what the description has no field for (the key's a-z, 0-9 and _ characters).
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const SUBSET = new URL('../fakes/discord/openapi/discord-openapi.subset.json', import.meta.url);
const subset = JSON.parse(readFileSync(SUBSET, 'utf8')) as Json;

function at(node: Json | undefined, ...path: string[]): Json | undefined {
	return path.reduce<Json | undefined>((value, key) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined), node);
}
function numberAt(node: Json | undefined, ...path: string[]): number {
	const value = at(node, ...path);
	if (typeof value !== 'number') throw new Error(`no number at ${path.join('.')}`);
	return value;
}
function schemaNamed(name: string): Json {
	const schema = at(subset, 'components', 'schemas', name);
	if (schema === undefined) throw new Error(`the OpenAPI subset has no ${name}: see test/fakes/discord/openapi/extract.ts`);
	return schema;
}
const itemSchema = schemaNamed('ApplicationRoleConnectionsMetadataItemRequest');
const connectionSchema = schemaNamed('UpdateApplicationUserRoleConnectionRequest');

const discogs = (raw: Record<string, unknown>): DiscogsProfile => profileSchema.parse(raw);
const rodney = discogs(rodneyfoolProfile);
const catalogUser: CatalogUser = catalogUserSchema.parse(seedUser);
const length = (text: string) => [...text].length;

describe('the role-connection metadata records', () => {
	it('stay within the records, key, name and description limits of the OpenAPI description', () => {
		const maxRecords = numberAt(subset, 'paths', '/applications/{application_id}/role-connections/metadata', 'put', 'requestBody', 'content', 'application/json', 'schema', 'maxItems');
		expect(maxRecords).toBe(ROLE_CONNECTION_LIMITS.metadataRecords);
		expect(ROLE_CONNECTION_METADATA.length).toBeLessThanOrEqual(maxRecords);
		for (const record of ROLE_CONNECTION_METADATA) {
			for (const field of ['key', 'name', 'description'] as const) {
				expect(length(record[field]), `${record.key}.${field}`).toBeGreaterThanOrEqual(numberAt(itemSchema, 'properties', field, 'minLength'));
				expect(length(record[field]), `${record.key}.${field}`).toBeLessThanOrEqual(numberAt(itemSchema, 'properties', field, 'maxLength'));
			}
			// Docs, Application Role Connection Metadata Structure: "must be a-z, 0-9, or _ characters".
			expect(record.key).toMatch(/^[a-z0-9_]{1,50}$/);
		}
		expect(new Set(ROLE_CONNECTION_METADATA.map((record) => record.key)).size).toBe(ROLE_CONNECTION_METADATA.length);
	});

	it('are a body the fake Discord accepts, checked by the same validator', () => {
		expect(metadataRecordsIssues(ROLE_CONNECTION_METADATA)).toEqual([]);
	});

	it('let a record-trading server ask for rating, ratings and releases at least N, membership N days ago, and artists', () => {
		const typeOf = new Map(ROLE_CONNECTION_METADATA.map((record) => [record.key, record.type]));
		expect(typeOf.get(METADATA_KEYS.sellerRating)).toBe(ApplicationRoleConnectionMetadataType.IntegerGreaterThanOrEqual);
		expect(typeOf.get(METADATA_KEYS.sellerRatings)).toBe(ApplicationRoleConnectionMetadataType.IntegerGreaterThanOrEqual);
		expect(typeOf.get(METADATA_KEYS.releasesContributed)).toBe(ApplicationRoleConnectionMetadataType.IntegerGreaterThanOrEqual);
		// Type 6, as discord/linked-roles-sample registers "Days since …"; discord/discord-api-docs#5936: 5 means "within N days".
		expect(typeOf.get(METADATA_KEYS.memberSince)).toBe(ApplicationRoleConnectionMetadataType.DatetimeGreaterThanOrEqual);
		expect(typeOf.get(METADATA_KEYS.catalogArtist)).toBe(ApplicationRoleConnectionMetadataType.BooleanEqual);
	});
});

describe('the role-connection metadata in every language', () => {
	const localizedMax = (field: 'name' | 'description') => numberAt(itemSchema, 'properties', `${field}_localizations`, 'additionalProperties', 'maxLength');

	it('has limits for its localizations that are the OpenAPI description\'s', () => {
		expect(ROLE_CONNECTION_LIMITS.metadataName).toBe(localizedMax('name'));
		expect(ROLE_CONNECTION_LIMITS.metadataDescription).toBe(localizedMax('description'));
	});

	it.each(LOCALES.map((locale) => [locale]))('in %s has a name and a description for every record, within those limits', (locale) => {
		const texts: Record<string, { name: string; description: string }> = RESOURCES[locale].metadata;
		expect(Object.keys(texts).sort()).toEqual(Object.values(METADATA_KEYS).sort());
		for (const [key, { name, description }] of Object.entries(texts)) {
			expect(length(name), `${key}.name`).toBeGreaterThanOrEqual(1);
			expect(length(name), `${key}.name`).toBeLessThanOrEqual(localizedMax('name'));
			expect(length(description), `${key}.description`).toBeGreaterThanOrEqual(1);
			expect(length(description), `${key}.description`).toBeLessThanOrEqual(localizedMax('description'));
		}
	});

	it('registers a locale whose text differs from English, cut to the limit, and leaves out every locale that says the same', () => {
		const german: TextLookup = (locale, key) => {
			if (locale === 'de' && key === `metadata:${METADATA_KEYS.sellerRating}.name`) return 'Discogs-Verkäuferbewertung (%)';
			if (locale === 'de' && key === `metadata:${METADATA_KEYS.catalogArtist}.description`) return 'Hat Musik auf NEWM veröffentlicht '.repeat(10);
			return resourceText(DEFAULT_LOCALE, key);
		};
		const records = roleConnectionMetadata(german);
		const [seller, , , , artist] = records;
		expect(seller).toMatchObject({ name: 'Discogs seller rating (%)', name_localizations: { de: 'Discogs-Verkäuferbewertung (%)' }, description_localizations: {} });
		expect(Object.keys(artist.description_localizations)).toEqual(['de']);
		expect(length(artist.description_localizations.de ?? '')).toBeLessThanOrEqual(localizedMax('description'));
		for (const record of records.slice(1, 4)) expect([record.name_localizations, record.description_localizations], record.key).toEqual([{}, {}]);
		expect(metadataRecordsIssues(records)).toEqual([]);
	});

	it('registers, from the resources, no localization that says the English', () => {
		for (const record of ROLE_CONNECTION_METADATA) {
			for (const field of ['name', 'description'] as const) {
				const localized: Record<string, string | null | undefined> = record[`${field}_localizations`];
				expect(Object.keys(localized), record.key).not.toContain(DEFAULT_LOCALE);
				for (const [locale, text] of Object.entries(localized)) expect(text, `${record.key}.${field}.${locale}`).not.toBe(record[field]);
			}
		}
	});
});

describe('roleConnectionFor', () => {
	it('gives the seed seller (rodneyfool, the documented profile) their figures as Discord wants them', () => {
		expect(roleConnectionFor({ discogs: { username: 'rodneyfool', profile: rodney } })).toEqual({
			platform_name: PLATFORM_NAMES.discogs,
			platform_username: 'rodneyfool',
			metadata: {
				[METADATA_KEYS.sellerRating]: '100',
				[METADATA_KEYS.sellerRatings]: '21',
				[METADATA_KEYS.releasesContributed]: '5',
				// registered: 2012-08-15T21:13:36-07:00, in UTC.
				[METADATA_KEYS.memberSince]: '2012-08-16T04:13:36.000Z',
			},
		});
	});

	it('floors decimal figures, so 99.6 % meets "at least 99" and never "at least 100"', () => {
		const metadata = (seller_rating: number) => roleConnectionFor({ discogs: { username: 'x', profile: { ...rodney, seller_rating } } }).metadata;
		expect(metadata(99.6)?.[METADATA_KEYS.sellerRating]).toBe('99');
		expect(metadata(99.999)?.[METADATA_KEYS.sellerRating]).toBe('99');
		expect(metadata(0)?.[METADATA_KEYS.sellerRating]).toBe('0');
		expect(metadata(100)?.[METADATA_KEYS.sellerRating]).toBe('100');
	});

	it('leaves out what the profile does not have, or has in a form no role could compare', () => {
		// joalla/discogs_client users/example.json: no seller figures at all.
		expect(roleConnectionFor({ discogs: { username: 'example', profile: discogs(exampleProfile) } }).metadata).toEqual({
			[METADATA_KEYS.releasesContributed]: '0',
			[METADATA_KEYS.memberSince]: '2011-01-01T08:00:42.000Z',
		});
		const odd = { ...rodney, seller_rating: -1, seller_num_ratings: Number.MAX_VALUE, releases_contributed: undefined, registered: 'yesterday' };
		expect(roleConnectionFor({ discogs: { username: 'rodneyfool', profile: odd } }).metadata).toEqual({});
		expect(roleConnectionFor({ discogs: { username: 'r', profile: { ...rodney, registered: '2012-13-45T99:00:00Z' } } }).metadata).not.toHaveProperty(METADATA_KEYS.memberSince);
	});

	it('says whether a catalog member is an artist from their released songs, and only when the catalog is linked', () => {
		// The seed user's role is "Producer": free text, not what makes an artist in the catalog.
		expect(roleConnectionFor({ catalog: { user: catalogUser, releasedSongs: 3 } })).toEqual({
			platform_name: PLATFORM_NAMES.catalog,
			platform_username: 'Johnny',
			metadata: { [METADATA_KEYS.catalogArtist]: '1' },
		});
		expect(roleConnectionFor({ catalog: { user: catalogUser, releasedSongs: 0 } }).metadata).toEqual({ [METADATA_KEYS.catalogArtist]: '0' });
		const both = roleConnectionFor({ discogs: { username: 'rodneyfool', profile: rodney }, catalog: { user: catalogUser, releasedSongs: 1 } });
		expect(both.platform_name).toBe(PLATFORM_NAMES.discogs);
		expect(both.platform_username).toBe('rodneyfool');
		expect(Object.keys(both.metadata ?? {}).sort()).toEqual(ROLE_CONNECTION_METADATA.map((record) => record.key).sort());
		expect(roleConnectionFor({ discogs: { username: 'rodneyfool', profile: rodney } }).metadata).not.toHaveProperty(METADATA_KEYS.catalogArtist);
	});

	it('gives no Discogs keys without a Discogs link, and an empty connection for no link at all (/unlink all)', () => {
		const catalogOnly = roleConnectionFor({ catalog: { user: catalogUser, releasedSongs: 2 } });
		for (const key of [METADATA_KEYS.sellerRating, METADATA_KEYS.sellerRatings, METADATA_KEYS.releasesContributed, METADATA_KEYS.memberSince]) {
			expect(catalogOnly.metadata).not.toHaveProperty(key);
		}
		expect(roleConnectionFor({})).toEqual({ metadata: {} });
		const nameless = catalogUserSchema.parse({ id: 'u', createdAt: '2024-01-01T00:00:00' });
		expect(roleConnectionFor({ catalog: { user: nameless, releasedSongs: 0 } })).not.toHaveProperty('platform_username');
	});

	it('stays within the role connection limits of the OpenAPI description, and uses only registered keys', () => {
		const valueMax = numberAt(connectionSchema, 'properties', 'metadata', 'additionalProperties', 'maxLength');
		expect(ROLE_CONNECTION_LIMITS.platformName).toBe(numberAt(connectionSchema, 'properties', 'platform_name', 'maxLength'));
		expect(ROLE_CONNECTION_LIMITS.platformUsername).toBe(numberAt(connectionSchema, 'properties', 'platform_username', 'maxLength'));
		expect(ROLE_CONNECTION_LIMITS.metadataValue).toBe(valueMax);
		for (const name of Object.values(PLATFORM_NAMES)) expect(length(name)).toBeLessThanOrEqual(ROLE_CONNECTION_LIMITS.platformName);

		const longName = '🎵'.repeat(150);
		const connection = roleConnectionFor({ discogs: { username: longName, profile: rodney }, catalog: { user: catalogUser, releasedSongs: 1 } });
		expect(length(connection.platform_username ?? '')).toBe(ROLE_CONNECTION_LIMITS.platformUsername);
		expect(connection.platform_username).toBe('🎵'.repeat(100));
		const metadata = connection.metadata ?? {};
		expect(Object.keys(metadata).length).toBeLessThanOrEqual(numberAt(connectionSchema, 'properties', 'metadata', 'maxProperties'));
		// The fake's check of a pushed connection: registered keys only, integers, ISO 8601, "0"/"1".
		expect(roleConnectionIssues(connection, ROLE_CONNECTION_METADATA)).toEqual([]);
		expect(roleConnectionIssues(roleConnectionFor({}), ROLE_CONNECTION_METADATA)).toEqual([]);
		const registered = new Set<string>(ROLE_CONNECTION_METADATA.map((record) => record.key));
		for (const [key, value] of Object.entries(metadata)) {
			expect(registered.has(key), key).toBe(true);
			expect(typeof value).toBe('string');
			expect(length(String(value))).toBeGreaterThanOrEqual(1);
			expect(length(String(value))).toBeLessThanOrEqual(valueMax);
		}
	});
});
