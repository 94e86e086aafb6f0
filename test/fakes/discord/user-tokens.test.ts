import type { APIConnection } from 'discord-api-types/v10';
import { ConnectionService, ConnectionVisibility } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_USER, startFakeDiscord } from './index.js';
import type { FakeDiscord } from './index.js';
import { REDIRECT_URI, call, errorCodesAt, tokensFor } from './oauth2-test-client.js';

/**
 * The endpoints a user's access token opens, as discord-api-docs developers/resources/user.mdx describes them (Get
 * Current User, Get Current User Connections and the connection object, Get/Update/Delete Current User Application
 * Role Connection) with the scopes of the description's OAuth2 security (openapi subset: get_my_user,
 * list_my_connections, *_application_user_role_connection) and the role-connection metadata rules of
 * developers/resources/application-role-connection-metadata.mdx.
 */
let fake: FakeDiscord;

beforeEach(async () => {
	fake = await startFakeDiscord({ redirectUris: [REDIRECT_URI] });
});

afterEach(async () => {
	await fake?.close();
});

const UNAUTHORIZED = { message: '401: Unauthorized', code: 0 };
const bearer = async (scope: string): Promise<string> => `Bearer ${(await tokensFor(fake, scope)).access_token}`;
const bot = (): string => `Bot ${fake.token}`;
const rolePath = (applicationId = fake.applicationId): string => `/users/@me/applications/${applicationId}/role-connection`;

const spotify: APIConnection = {
	id: 'spotify-user-1',
	name: 'alice-listens',
	type: ConnectionService.Spotify,
	verified: true,
	friend_sync: false,
	show_activity: true,
	two_way_link: false,
	visibility: ConnectionVisibility.Everyone,
};

const METADATA = [
	{ type: 2, key: 'seller_rating', name: 'Seller rating', description: 'Discogs seller rating, in percent' },
	{ type: 7, key: 'catalog_artist', name: 'Catalog artist', description: 'Is an artist in the catalog' },
	{ type: 6, key: 'member_since', name: 'Member since', description: 'Days on Discogs' },
];
const registerMetadata = () => call(fake, 'PUT', `/applications/${fake.applicationId}/role-connections/metadata`, bot(), METADATA);

describe('GET /users/@me with a bearer token', () => {
	it('answers the token\'s user with identify; a bot token still gets the bot user', async () => {
		const answer = await call(fake, 'GET', '/users/@me', await bearer('identify'));
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual(DEFAULT_USER);
		expect((await call(fake, 'GET', '/users/@me', bot())).body).toMatchObject({ bot: true });
	});

	it("a token without the scope, or an unknown one, is 401 {message: '401: Unauthorized', code: 0} (omniauth-discord#11)", async () => {
		for (const authorization of [await bearer('connections'), 'Bearer not-a-token', 'Bearer']) {
			const answer = await call(fake, 'GET', '/users/@me', authorization);
			expect(answer.status).toBe(401);
			expect(answer.body).toEqual(UNAUTHORIZED);
		}
	});

	it('keeps email and verified for the email scope only', async () => {
		fake.addUser({ ...DEFAULT_USER, email: 'alice@example.com', verified: true });
		expect((await call(fake, 'GET', '/users/@me', await bearer('identify'))).body).toEqual(DEFAULT_USER);
		expect((await call(fake, 'GET', '/users/@me', await bearer('identify email'))).body).toMatchObject({ email: 'alice@example.com', verified: true });
	});
});

describe('GET /users/@me/connections', () => {
	it('lists the connection objects addConnection seeded, hidden and revoked ones too, with the connections scope', async () => {
		const youtube: APIConnection = { ...spotify, id: 'yt-1', name: 'Alice', type: ConnectionService.YouTube, visibility: ConnectionVisibility.None, revoked: true, integrations: [] };
		fake.addConnection(DEFAULT_USER.id, spotify);
		fake.addConnection(DEFAULT_USER.id, youtube);
		fake.addConnection(DEFAULT_USER.id, { ...spotify, name: 'alice-renamed' });
		const answer = await call(fake, 'GET', '/users/@me/connections', await bearer('identify connections'));
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual([youtube, { ...spotify, name: 'alice-renamed' }]);
	});

	it('is 401 without the connections scope; a bot user has none', async () => {
		fake.addConnection(DEFAULT_USER.id, spotify);
		expect((await call(fake, 'GET', '/users/@me/connections', await bearer('identify'))).body).toEqual(UNAUTHORIZED);
		expect((await call(fake, 'GET', '/users/@me/connections', bot())).body).toEqual([]);
	});

	it('addConnection refuses what Discord cannot hold: an unknown service, a visibility other than 0 or 1', () => {
		// Set at run time: the types already rule these out for a typed caller.
		const service = { ...spotify };
		Reflect.set(service, 'type', 'myspace');
		const visibility = { ...spotify };
		Reflect.set(visibility, 'visibility', 2);
		expect(() => fake.addConnection(DEFAULT_USER.id, service)).toThrow(/not a Discord connection service/);
		expect(() => fake.addConnection(DEFAULT_USER.id, visibility)).toThrow(/visibility/);
	});
});

describe('role-connection metadata (PUT /applications/{id}/role-connections/metadata)', () => {
	it('is stored as sent and listed by GET and by roleConnectionMetadata()', async () => {
		const put = await registerMetadata();
		expect(put.status).toBe(200);
		expect(put.body).toEqual(METADATA);
		expect((await call(fake, 'GET', `/applications/${fake.applicationId}/role-connections/metadata`, bot())).body).toEqual(METADATA);
		expect(fake.roleConnectionMetadata()).toEqual(METADATA);
	});

	it('refuses more than 5 records, keys outside a-z0-9_, duplicate keys, unknown locales, another application', async () => {
		const one = METADATA[0] ?? { key: '' };
		const cases: Array<[unknown, string, string]> = [
			[[...METADATA, ...METADATA.map((record) => ({ ...record, key: `${record.key}_2` }))], '', 'BASE_TYPE_MAX_LENGTH'],
			[[{ ...one, key: 'Seller-Rating' }], '0.key', 'STRING_TYPE_REGEX'],
			[[one, one], '1.key', 'SET_TYPE_ALREADY_CONTAINS_VALUE'],
			[[{ ...one, name_localizations: { xx: 'Note' } }], '0.name_localizations.xx', 'BASE_TYPE_CHOICES'],
			[[{ ...one, description: 'd'.repeat(201) }], '0.description', 'BASE_TYPE_BAD_LENGTH'],
		];
		for (const [body, path, code] of cases) {
			const answer = await call(fake, 'PUT', `/applications/${fake.applicationId}/role-connections/metadata`, bot(), body);
			expect(answer.status).toBe(400);
			expect(answer.body).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
			expect(errorCodesAt(answer.body, path)).toContain(code);
		}
		expect(fake.roleConnectionMetadata()).toEqual([]);
		expect((await call(fake, 'PUT', '/applications/1100000000000000999/role-connections/metadata', bot(), METADATA)).body).toMatchObject({ code: 20012 });
	});
});

describe('the application role connection (/users/@me/applications/{id}/role-connection)', () => {
	it('GET is empty until a PUT; PUT stores and answers it; roleConnectionOf reads it; DELETE clears it (204)', async () => {
		await registerMetadata();
		const token = await bearer('role_connections.write');
		expect((await call(fake, 'GET', rolePath(), token)).body).toEqual({ platform_name: null, platform_username: null, metadata: {} });
		expect(fake.roleConnectionOf(DEFAULT_USER.id)).toBeUndefined();
		const body = { platform_name: 'Discogs', platform_username: 'alice_records', metadata: { seller_rating: '99', catalog_artist: '1', member_since: '2019-04-01T10:00:00Z' } };
		const put = await call(fake, 'PUT', rolePath(), token, body);
		expect(put.status).toBe(200);
		expect(put.body).toEqual(body);
		expect(fake.roleConnectionOf(DEFAULT_USER.id)).toEqual(body);
		expect((await call(fake, 'GET', rolePath(), token)).body).toEqual(body);
		// A PUT replaces the whole connection: what it leaves out is gone.
		const replaced = { platform_name: 'Discogs', platform_username: null, metadata: { seller_rating: '98' } };
		expect((await call(fake, 'PUT', rolePath(), token, { platform_name: 'Discogs', metadata: { seller_rating: '98' } })).body).toEqual(replaced);
		expect((await call(fake, 'GET', rolePath(), token)).body).toEqual(replaced);
		expect((await call(fake, 'DELETE', rolePath(), token)).status).toBe(204);
		expect(fake.roleConnectionOf(DEFAULT_USER.id)).toBeUndefined();
	});

	it('needs role_connections.write and a token for this application; a bot token is 401', async () => {
		const identify = await bearer('identify');
		expect((await call(fake, 'PUT', rolePath(), identify, { platform_name: 'Discogs' })).body).toEqual(UNAUTHORIZED);
		expect((await call(fake, 'GET', rolePath('1100000000000000999'), await bearer('role_connections.write'))).status).toBe(401);
		expect((await call(fake, 'GET', rolePath(), bot())).body).toEqual(UNAUTHORIZED);
		expect(fake.roleConnectionOf(DEFAULT_USER.id)).toBeUndefined();
	});

	it('refuses each limit with 400 / 50035 naming the field, and stores nothing', async () => {
		await registerMetadata();
		const token = await bearer('role_connections.write');
		const cases: Array<[unknown, string, string]> = [
			[{ platform_name: 'p'.repeat(51) }, 'platform_name', 'BASE_TYPE_MAX_LENGTH'],
			[{ platform_username: 'u'.repeat(101) }, 'platform_username', 'BASE_TYPE_MAX_LENGTH'],
			[{ metadata: { seller_rating: '9'.repeat(101) } }, 'metadata.seller_rating', 'BASE_TYPE_BAD_LENGTH'],
			[{ metadata: { a: '1', b: '1', c: '1', d: '1', e: '1', f: '1' } }, 'metadata', 'BASE_TYPE_MAX_LENGTH'],
			// Discord's own sample sends numbers; the description (and the docs' "string-ified value") says strings.
			[{ metadata: { seller_rating: 99 } }, 'metadata.seller_rating', 'STRING_TYPE_CONVERT'],
			// Not registered: Discord would answer 200 and ignore it (sc2-pulse#432), the fake refuses it.
			[{ metadata: { seller_ratnig: '99' } }, 'metadata.seller_ratnig', 'BASE_TYPE_CHOICES'],
			[{ metadata: { seller_rating: '99.6' } }, 'metadata.seller_rating', 'NUMBER_TYPE_COERCE'],
			[{ metadata: { seller_rating: 'high' } }, 'metadata.seller_rating', 'NUMBER_TYPE_COERCE'],
			// `true` is taken and does not work (discord/discord-api-docs#5755): booleans are "1" and "0".
			[{ metadata: { catalog_artist: 'true' } }, 'metadata.catalog_artist', 'NUMBER_TYPE_COERCE'],
			[{ metadata: { catalog_artist: '2' } }, 'metadata.catalog_artist', 'BASE_TYPE_CHOICES'],
			[{ metadata: { member_since: 'last year' } }, 'metadata.member_since', 'DATE_TIME_TYPE_PARSE'],
		];
		for (const [body, path, code] of cases) {
			const answer = await call(fake, 'PUT', rolePath(), token, body);
			expect({ body, status: answer.status }).toEqual({ body, status: 400 });
			expect(answer.body).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
			expect({ body, codes: errorCodesAt(answer.body, path) }).toEqual({ body, codes: expect.arrayContaining([code]) });
		}
		expect(fake.roleConnectionOf(DEFAULT_USER.id)).toBeUndefined();
	});

	it('takes ISO8601 dates with or without a time, integers past 2^53 and a boolean "0"', async () => {
		await registerMetadata();
		const token = await bearer('role_connections.write');
		for (const member_since of ['2019-04-01', '2019-04-01T10:00:00.000+02:00']) {
			const metadata = { member_since, seller_rating: '-9007199254740993', catalog_artist: '0' };
			expect((await call(fake, 'PUT', rolePath(), token, { metadata })).status).toBe(200);
		}
	});
});
