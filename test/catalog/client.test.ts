import { afterEach, describe, expect, it } from 'vitest';
import { catalogCacheKeys, NOT_CONFIGURED, TOKEN_MALFORMED, TOKEN_REFUSED } from '../../src/catalog/client.js';
import { PRIVATE_CATALOG_FIELDS } from '../../src/catalog/schemas.js';
import { DEFAULT_TTLS } from '../../src/core/constants.js';
import { ProviderError, UserError, type ProviderErrorKind } from '../../src/core/errors.js';
import { BOT_USER_ID, SEED_USER_ID } from '../fakes/catalog/index.js';
import { createCatalogHarness, expectNoSecretsLogged, NOT_FOUND_TTL_MS, rejectionOf, type CatalogHarness } from './harness.js';

let harness: CatalogHarness | undefined;
afterEach(async () => {
	// Every scenario doubles as a check that no token reached the logs.
	if (harness) await expectNoSecretsLogged(harness);
	await harness?.close();
	harness = undefined;
});

async function setup(options: Parameters<typeof createCatalogHarness>[0] = {}): Promise<CatalogHarness> {
	harness = await createCatalogHarness(options);
	return harness;
}

async function expectKind(promise: Promise<unknown>, kind: ProviderErrorKind): Promise<ProviderError> {
	const error = await rejectionOf(promise);
	expect(error).toBeInstanceOf(ProviderError);
	expect((error as ProviderError).kind, (error as ProviderError).detail).toBe(kind);
	return error as ProviderError;
}

describe('getUser', () => {
	it('returns the public view of a user, asking with the bot token and Accept: application/json', async () => {
		const { client, fake } = await setup();
		const { value, stale } = await client.getUser(SEED_USER_ID);
		expect(stale).toBe(false);
		expect(value).toMatchObject({
			id: SEED_USER_ID,
			nickname: 'Johnny',
			role: 'Producer',
			genre: 'Pop',
			// Returned as stored: since 2024-03 a full URL (newm-server ktx/StringExt.kt asUrlWithHost).
			spotifyProfile: 'https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb',
			dspPlanSubscribed: false,
		});
		for (const field of PRIVATE_CATALOG_FIELDS) expect(value).not.toHaveProperty(field);
		expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /v1/auth/login 200', `GET /v1/users/${SEED_USER_ID} 200`]);
		expect(fake.requests[1]?.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
		expect(fake.requests.map((r) => r.accept)).toEqual(['application/json', 'application/json']);
	});

	it('strips the private fields of the bot account itself, before they reach the cache', async () => {
		const { client, fake, store, databaseBytes } = await setup();
		const { value } = await client.getUser(BOT_USER_ID);
		expect(value).toMatchObject({ id: BOT_USER_ID, nickname: 'Crossfade Bot' });
		for (const field of PRIVATE_CATALOG_FIELDS) expect(value).not.toHaveProperty(field);
		// The fake did send them: the bot asked about itself.
		expect(fake.requests.at(-1)?.status).toBe(200);
		const cached = JSON.stringify(await store.namespace('cache').get(catalogCacheKeys.user(BOT_USER_ID)));
		expect(cached).toContain('Crossfade Bot');
		expect(cached).not.toContain('crossfade-bot@example.test');
		expect(databaseBytes().includes('addr1botwallet')).toBe(false);
	});

	it('accepts an id in any case and caches it under the lower-cased id', async () => {
		const { client, fake } = await setup();
		await client.getUser(` ${SEED_USER_ID.toUpperCase()} `);
		const again = await client.getUser(SEED_USER_ID);
		expect(again.value.id).toBe(SEED_USER_ID);
		expect(fake.requestCount('/v1/users/')).toBe(1);
		expect(fake.requests.at(-1)?.path).toBe(`/v1/users/${SEED_USER_ID}`);
		await client.getUser(SEED_USER_ID, { fresh: true });
		expect(fake.requestCount('/v1/users/')).toBe(2);
	});

	it('refuses a malformed id before any request, saying what an id looks like', async () => {
		const ID_SHAPE = 'An id is a UUID such as `123e4567-e89b-12d3-a456-426614174000`: 32 hexadecimal digits in groups of 8-4-4-4-12.';
		const { client, fake } = await setup();
		for (const input of ['me', '123456789', '', `${SEED_USER_ID}/../me`, `${SEED_USER_ID}x`, 'a`b']) {
			const error = await rejectionOf(client.getUser(input));
			expect(error).toBeInstanceOf(UserError);
			expect(error).not.toBeInstanceOf(ProviderError);
			expect((error as Error).message).toBe(`\`${input.replace(/`/g, '')}\` is not a catalog user id. ${ID_SHAPE}`);
		}
		await expect(client.getSongs('me')).rejects.toThrow(`\`me\` is not a catalog user id. ${ID_SHAPE}`);
		expect(fake.requests).toHaveLength(0);
	});

	it('maps 404 to not_found naming the id, and remembers it', async () => {
		const { client, fake } = await setup();
		const id = '00000000-0000-0000-0000-000000000000';
		const error = await expectKind(client.getUser(id), 'not_found');
		expect(error.message).toBe(`No catalog user has the id \`${id}\`.`);
		const remembered = await expectKind(client.getUser(id), 'not_found');
		expect(remembered.message).toBe(error.message);
		expect(fake.requestCount(`/v1/users/${id}`)).toBe(1);
		harness?.advanceCacheClock(NOT_FOUND_TTL_MS + 1);
		await expectKind(client.getUser(id), 'not_found');
		expect(fake.requestCount(`/v1/users/${id}`)).toBe(2);
	});

	it('answers a 500 with unavailable when nothing is cached, and with the stale copy when something is', async () => {
		const { client, fake, logs } = await setup();
		await client.getUser(SEED_USER_ID);
		fake.mode = 'error500';
		const error = await expectKind(client.getUser(BOT_USER_ID), 'unavailable');
		expect(error.message).not.toContain('PSQLException');
		expect(error.detail).toContain('HTTP 500');
		expect(logs.some((line) => line.level === 40 && String(line['detail']).includes('PSQLException'))).toBe(true);
		harness?.advanceCacheClock(DEFAULT_TTLS.catalogProfileMs + 1);
		const stale = await client.getUser(SEED_USER_ID);
		expect(stale.stale).toBe(true);
		expect(stale.value.nickname).toBe('Johnny');
	});

	it('gives up on a hanging server after timeoutMs', async () => {
		const { client, fake } = await setup({ config: { timeoutMs: 300 } });
		await client.getUser(SEED_USER_ID);
		fake.mode = 'hang';
		const started = Date.now();
		const error = await expectKind(client.getUser(BOT_USER_ID), 'unavailable');
		expect(error.detail).toContain('timed out after 300 ms');
		expect(Date.now() - started).toBeLessThan(1_500);
	});

	it('treats invalid JSON and a body of the wrong shape as unavailable', async () => {
		const { client, fake } = await setup();
		await client.getUser(SEED_USER_ID);
		fake.addUser({ id: 'c0000000-0000-4000-8000-000000000001', email: 'w@example.test', nickname: 42 });
		const mismatch = await expectKind(client.getUser('c0000000-0000-4000-8000-000000000001'), 'unavailable');
		expect(mismatch.detail).toContain('schema mismatch');
		fake.mode = 'malformed';
		const malformed = await expectKind(client.getUser(BOT_USER_ID), 'unavailable');
		expect(malformed.detail).toContain('invalid JSON');
	});

	it('answers a 429 from a proxy in front as rate-limiting, and stays away for as long as it asks', async () => {
		// newm-server has no rate limiter (catalog-api.md, "Rate limits"); a proxy or CDN in front of it may answer 429.
		const { client, fake } = await setup();
		await client.getUser(SEED_USER_ID);
		fake.mode = 'throttled';
		fake.throttleRetryAfterSeconds = 1;
		const before = fake.requestCount();
		const first = await expectKind(client.getUser(BOT_USER_ID), 'rate_limited');
		expect(first.retryAfterMs).toBe(1_000);
		expect(first.message).toBe('The catalog is rate-limiting the bot right now. Try again in a minute.');
		expect(fake.requestCount()).toBe(before + 1);
		// Within the pause: refused at once, without asking again.
		await expectKind(client.getUser(BOT_USER_ID), 'rate_limited');
		expect(fake.requestCount()).toBe(before + 1);
		fake.mode = 'normal';
		await new Promise((resolve) => setTimeout(resolve, 1_100));
		expect((await client.getUser(BOT_USER_ID)).value.id).toBe(BOT_USER_ID);
	});

	it('treats a refused connection as unavailable', async () => {
		const { client, fake } = await setup();
		await fake.close();
		const error = await expectKind(client.getUser(SEED_USER_ID), 'unavailable');
		expect(error.detail).toContain('ECONNREFUSED');
	});
});

describe('getMe', () => {
	it("returns the full record of the token's owner, private fields included, uncached, without bot credentials", async () => {
		const { client, fake } = await setup({ credentials: null });
		expect(client.configured).toBe(false);
		const { accessToken } = fake.issueTokens(SEED_USER_ID);
		const me = await client.getMe(accessToken);
		expect(me).toMatchObject({ id: SEED_USER_ID, email: 'john.doe@example.com', walletAddress: 'addr123456789123456789', oauthType: 'Facebook' });
		await client.getMe(`Bearer ${accessToken}\n`);
		expect(fake.requests.map((r) => `${r.path} ${r.status}`)).toEqual(['/v1/users/me 200', '/v1/users/me 200']);
		expect(fake.requests[0]?.authorization).toBe(`Bearer ${accessToken}`);
	});

	it('answers a refused token with a UserError that does not echo it, and a non-token without asking', async () => {
		const { client, fake, logs } = await setup({ credentials: null });
		const { accessToken, refreshToken } = fake.issueTokens(SEED_USER_ID);
		fake.expireAccessTokens();
		for (const token of [accessToken, refreshToken]) {
			const error = await rejectionOf(client.getMe(token));
			expect(error).toBeInstanceOf(UserError);
			expect(error).toMatchObject({ key: TOKEN_REFUSED, message: 'The catalog did not accept that token: it may have expired (they last an hour). Copy a fresh one and try again.' });
		}
		await expect(client.getMe('not a token')).rejects.toMatchObject({ key: TOKEN_MALFORMED, message: 'That is not a catalog access token. Copy the whole token and try again.' });
		expect(fake.requests).toHaveLength(2);
		const leaked = logs.filter((line) => line.raw.includes(accessToken) || line.raw.includes(refreshToken));
		expect(leaked).toEqual([]);
	});
});

describe('getSongs', () => {
	it('returns a page of released songs and their total: archived songs and drafts left out', async () => {
		const { client, fake } = await setup();
		fake.addSongs(SEED_USER_ID, [{ title: 'Unfinished Demo', mintingStatus: 'Undistributed', createdAt: '2023-01-01T00:00:00' }]);
		const first = await client.getSongs(SEED_USER_ID, { limit: 2 });
		expect(first.value.total).toBe(3);
		expect(first.value.songs.map((song) => song.title)).toEqual(['Midnight Drive', 'Golden Hour']);
		expect(first.value.songs[0]).toMatchObject({ genres: ['Pop', 'Synthpop'], releaseDate: '2023-02-01', mintingStatus: 'Released' });
		const list = fake.requests.find((r) => r.path === '/v1/songs');
		const released = 'Released,Distributed,Minted';
		expect(Object.fromEntries(list?.query ?? [])).toEqual({ ownerIds: SEED_USER_ID, mintingStatuses: released, offset: '0', limit: '2' });
		const count = fake.requests.find((r) => r.path === '/v1/songs/count');
		expect(Object.fromEntries(count?.query ?? [])).toEqual({ ownerIds: SEED_USER_ID, mintingStatuses: released });
		const second = await client.getSongs(SEED_USER_ID, { offset: 2, limit: 2 });
		expect(second.value.songs.map((song) => song.title)).toEqual(['Paper Hearts']);
		await client.getSongs(SEED_USER_ID, { limit: 2 });
		expect(fake.requestCount('/v1/songs')).toBe(4);
	});

	it('answers an owner without songs with an empty page, and refuses bad paging before asking', async () => {
		const { client, fake } = await setup();
		expect((await client.getSongs(BOT_USER_ID)).value).toEqual({ songs: [], total: 0 });
		await expect(client.getSongs(SEED_USER_ID, { offset: -1 })).rejects.toThrow(UserError);
		await expect(client.getSongs(SEED_USER_ID, { limit: 0 })).rejects.toThrow(UserError);
		await expect(client.getSongs(SEED_USER_ID, { limit: 101 })).rejects.toThrow(UserError);
		expect(fake.requestCount('/v1/songs')).toBe(2);
	});
});

describe('without credentials', () => {
	it('says the catalog is not configured, without any request', async () => {
		const { client, fake } = await setup({ credentials: null });
		for (const call of [client.getUser(SEED_USER_ID), client.getSongs(SEED_USER_ID)]) {
			const error = await rejectionOf(call);
			expect(error).toBeInstanceOf(UserError);
			expect(error).toMatchObject({ key: NOT_CONFIGURED, message: 'The catalog is not configured on this bot.' });
		}
		expect(fake.requests).toHaveLength(0);
	});
});
