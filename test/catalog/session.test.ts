import { randomBytes } from 'node:crypto';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { RECAPTCHA_ADVICE } from '../../src/catalog/session.js';
import { REFRESH_TOKEN_CONTEXT, REFRESH_TOKEN_KEY, REFUSED_RETRY_MS } from '../../src/catalog/tokens.js';
import { ProviderError, type ProviderErrorKind } from '../../src/core/errors.js';
import { SecretBox } from '../../src/core/secrets.js';
import { BOT_EMAIL, BOT_PASSWORD, BOT_USER_ID, SEED_USER_ID, type FakeCatalog } from '../fakes/catalog/index.js';
import { BOT_CREDENTIALS, createCatalogHarness, expectNoSecretsLogged, rejectionOf, type CatalogHarness } from './harness.js';

let harness: CatalogHarness | undefined;
afterEach(async () => {
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

/** Uses a refresh token behind the client's back, as a second bot instance would. */
async function spend(fake: FakeCatalog, refreshToken: string): Promise<void> {
	const response = await request(`${fake.url}/v1/auth/refresh`, { headers: { authorization: `Bearer ${refreshToken}` } });
	await response.body.dump();
	expect(response.statusCode).toBe(200);
}

const sequence = (fake: FakeCatalog): string[] => fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`);

describe('the bot session', () => {
	it('refreshes an expired access token transparently, once for ten concurrent calls', async () => {
		const { client, fake } = await setup();
		await client.getUser(SEED_USER_ID);
		fake.expireAccessTokens();
		const ids = Array.from({ length: 9 }, (_, index) => `d0000000-0000-4000-8000-00000000000${index}`);
		for (const id of ids) fake.addUser({ id, email: `${id}@example.test`, nickname: `User ${id.slice(-1)}` });
		const results = await Promise.all([client.getUser(BOT_USER_ID), ...ids.map((id) => client.getUser(id))]);
		expect(results.map((result) => result.value.id)).toEqual([BOT_USER_ID, ...ids]);
		expect(fake.requestCount('/v1/auth/refresh')).toBe(1);
		expect(fake.requestCount('/v1/auth/login')).toBe(1);
		// The expiry was noticed by real 401s; a call sent after the one refresh finished meets none (timing).
		const refused = fake.requests.filter((r) => r.path.startsWith('/v1/users/') && r.status === 401).length;
		expect(refused).toBeGreaterThanOrEqual(1);
		expect(refused).toBeLessThanOrEqual(10);
	});

	it('refreshes shortly before the access token expires, without waiting for a 401', async () => {
		const { client, fake } = await setup();
		await client.getUser(SEED_USER_ID);
		harness?.advanceSessionClock(59 * 60_000 + 30_000);
		await client.getUser(BOT_USER_ID);
		await client.getSongs(SEED_USER_ID);
		expect(fake.requestCount('/v1/auth/refresh')).toBe(1);
		expect(fake.requests.filter((r) => r.status === 401)).toEqual([]);
	});

	it('keeps the session sealed in the store, and a new client carries on with it without logging in', async () => {
		const { client, fake, store, databaseBytes, storedRefreshToken, storedAccessToken } = await setup();
		await client.getUser(SEED_USER_ID);
		const stored = await storedRefreshToken();
		const access = await storedAccessToken();
		expect(stored?.split('.')).toHaveLength(3);
		expect(access).toBe(fake.requests[1]?.authorization?.slice(7));
		const bytes = databaseBytes();
		for (const secret of [stored ?? '', ...(stored ?? '').split('.').slice(1), access ?? '', ...(access ?? '').split('.').slice(1)]) {
			expect(secret.length).toBeGreaterThan(0);
			expect(bytes.includes(secret)).toBe(false);
		}
		expect(bytes.includes(BOT_PASSWORD)).toBe(false);
		expect(await store.namespace('secrets').get(REFRESH_TOKEN_KEY)).toMatchObject({ v: 1 });

		// The stored access token still has most of its hour: a restart (or another shard) uses it as it is.
		const restarted = harness?.newClient();
		await restarted?.getUser(BOT_USER_ID);
		expect(sequence(fake).slice(2)).toEqual([`GET /v1/users/${BOT_USER_ID} 200`]);
		expect(fake.requests[2]?.authorization).toBe(`Bearer ${access}`);
		// Once it is refused, the stored refresh token renews it.
		fake.expireAccessTokens();
		const other = 'e0000000-0000-4000-8000-000000000001';
		fake.addUser({ id: other, email: 'other@example.test', nickname: 'Other' });
		await restarted?.getUser(other);
		expect(sequence(fake).slice(3)).toEqual([`GET /v1/users/${other} 401`, 'GET /v1/auth/refresh 200', `GET /v1/users/${other} 200`]);
		expect(fake.requests[4]?.authorization).toBe(`Bearer ${stored}`);
		const rotated = await storedRefreshToken();
		expect(rotated).not.toBe(stored);
		expect(databaseBytes().includes(rotated ?? '')).toBe(false);
	});

	it('starts from CATALOG_REFRESH_TOKEN and stores each new refresh token', async () => {
		const { fake, newClient, storedRefreshToken } = await setup({ credentials: null });
		const { refreshToken } = fake.issueTokens(BOT_USER_ID);
		const client = newClient({ refreshToken, email: undefined, password: undefined });
		await client.getUser(SEED_USER_ID);
		expect(sequence(fake)).toEqual(['GET /v1/auth/refresh 200', `GET /v1/users/${SEED_USER_ID} 200`]);
		const first = await storedRefreshToken();
		expect(first).not.toBe(refreshToken);
		fake.expireAccessTokens();
		await client.getUser(BOT_USER_ID);
		expect(fake.requests.at(-2)?.authorization).toBe(`Bearer ${first}`);
		expect(await storedRefreshToken()).not.toBe(first);
	});

	it('falls back to logging in when its refresh token was already used', async () => {
		const { fake, newClient } = await setup({ credentials: null });
		const { refreshToken } = fake.issueTokens(BOT_USER_ID);
		await spend(fake, refreshToken);
		const client = newClient({ ...BOT_CREDENTIALS, refreshToken });
		expect((await client.getUser(SEED_USER_ID)).value.id).toBe(SEED_USER_ID);
		expect(sequence(fake).slice(1)).toEqual(['GET /v1/auth/refresh 401', 'POST /v1/auth/login 200', `GET /v1/users/${SEED_USER_ID} 200`]);
	});

	it('falls back to logging in when the catalog refuses every refresh', async () => {
		const { client, fake } = await setup({ fake: { failRefresh: true } });
		await client.getUser(SEED_USER_ID);
		fake.expireAccessTokens();
		await client.getUser(BOT_USER_ID);
		expect(sequence(fake).slice(2)).toEqual([
			`GET /v1/users/${BOT_USER_ID} 401`,
			'GET /v1/auth/refresh 401',
			'POST /v1/auth/login 200',
			`GET /v1/users/${BOT_USER_ID} 200`,
		]);
	});

	it('is misconfigured when its only refresh token is refused, tells the operator once, and does not hammer the catalog', async () => {
		const { fake, newClient, logs } = await setup({ credentials: null });
		const { refreshToken } = fake.issueTokens(BOT_USER_ID);
		await spend(fake, refreshToken);
		const client = newClient({ refreshToken, email: undefined, password: undefined });
		const error = await expectKind(client.getUser(SEED_USER_ID), 'misconfigured');
		expect(error.message).toBe("The bot's catalog credentials were rejected. The bot's operator has been told.");
		expect(error.detail).toContain('CATALOG_REFRESH_TOKEN refresh token refused');
		await expectKind(client.getSongs(SEED_USER_ID), 'misconfigured');
		expect(fake.requestCount('/v1/auth/refresh')).toBe(2);
		// A minute later it asks again (the operator may have fixed the store), but does not repeat the alarm.
		harness?.advanceSessionClock(REFUSED_RETRY_MS + 1);
		await expectKind(client.getUser(SEED_USER_ID), 'misconfigured');
		expect(fake.requestCount('/v1/auth/refresh')).toBe(3);
		expect(logs.filter((line) => line.level === 50)).toHaveLength(1);
		await expectNoSecretsLogged(harness as CatalogHarness, [refreshToken]);
	});

	it('does not send a CATALOG_REFRESH_TOKEN that is not a JWT, and logs in instead', async () => {
		const { fake, newClient } = await setup({ credentials: null });
		const client = newClient({ ...BOT_CREDENTIALS, refreshToken: 'pasted the wrong thing' });
		await client.getUser(SEED_USER_ID);
		expect(sequence(fake)).toEqual(['POST /v1/auth/login 200', `GET /v1/users/${SEED_USER_ID} 200`]);
	});

	it('is misconfigured when the password is wrong, and the password never reaches the logs', async () => {
		const { fake, logs } = await setup({ credentials: { refreshToken: undefined, email: BOT_EMAIL, password: 'Wrong-Password-1' } });
		const error = await expectKind(harness?.client.getUser(SEED_USER_ID) ?? Promise.resolve(), 'misconfigured');
		expect(error.detail).toContain('Invalid password');
		expect(sequence(fake)).toEqual(['POST /v1/auth/login 401']);
		expect(logs.some((line) => line.raw.includes('Wrong-Password-1'))).toBe(false);
	});

	it('tells the operator when the login needs reCAPTCHA, which a bot cannot send, and to set CATALOG_REFRESH_TOKEN', async () => {
		// newm-server auth/password/PasswordAuthRoutes.kt verifies reCAPTCHA on the login unless the caller's IP is
		// whitelisted; without the headers ktx/ApplicationRequestExt.kt answers 400 "Missing header: g-recaptcha-platform".
		const { client, fake, logs } = await setup({ fake: { loginRecaptcha: 'required' } });
		const error = await expectKind(client.getUser(SEED_USER_ID), 'misconfigured');
		expect(error.detail).toContain('login with CATALOG_EMAIL needs reCAPTCHA, which a bot cannot send');
		expect(error.detail).toContain('Missing header: g-recaptcha-platform');
		expect(sequence(fake)).toEqual(['POST /v1/auth/login 400']);
		const alarms = logs.filter((line) => line.level === 50);
		expect(alarms.map((line) => line.msg)).toEqual([`the catalog refused the bot credentials: ${RECAPTCHA_ADVICE}`]);
		expect(RECAPTCHA_ADVICE).toMatch(/needs reCAPTCHA, which a bot cannot send: set CATALOG_REFRESH_TOKEN/);
		expect(client.health().state).toBe('failed');
	});

	it('starts from CATALOG_REFRESH_TOKEN on a catalog whose login needs reCAPTCHA', async () => {
		const { fake, newClient } = await setup({ credentials: null, fake: { loginRecaptcha: 'required' } });
		const client = newClient({ ...BOT_CREDENTIALS, refreshToken: fake.issueTokens(BOT_USER_ID).refreshToken });
		expect((await client.getUser(SEED_USER_ID)).value.id).toBe(SEED_USER_ID);
		expect(sequence(fake)).toEqual(['GET /v1/auth/refresh 200', `GET /v1/users/${SEED_USER_ID} 200`]);
	});

	it('is misconfigured when even a fresh access token is refused', async () => {
		// Tokens that expire the moment they are issued: the retry after the refresh is refused too.
		const { client, fake } = await setup({ fake: { accessTtlMs: -5_000 } });
		await expectKind(client.getUser(SEED_USER_ID), 'misconfigured');
		expect(sequence(fake)).toEqual([
			'POST /v1/auth/login 200',
			`GET /v1/users/${SEED_USER_ID} 401`,
			'GET /v1/auth/refresh 200',
			`GET /v1/users/${SEED_USER_ID} 401`,
		]);
	});

	it('reports an outage while logging in as unavailable, and recovers when the catalog is back', async () => {
		const { client, fake } = await setup();
		fake.mode = 'error500';
		await expectKind(client.getUser(SEED_USER_ID), 'unavailable');
		fake.mode = 'normal';
		expect((await client.getUser(SEED_USER_ID)).value.id).toBe(SEED_USER_ID);
		expect(sequence(fake)).toEqual(['POST /v1/auth/login 500', 'POST /v1/auth/login 200', `GET /v1/users/${SEED_USER_ID} 200`]);
	});

	it('logs in when the stored refresh token was sealed under another key', async () => {
		const { client, fake, store, logs } = await setup();
		const otherBox = new SecretBox(randomBytes(32));
		await store.namespace('secrets').set(REFRESH_TOKEN_KEY, otherBox.seal(fake.issueTokens(BOT_USER_ID).refreshToken, REFRESH_TOKEN_CONTEXT));
		await client.getUser(SEED_USER_ID);
		expect(sequence(fake)).toEqual(['POST /v1/auth/login 200', `GET /v1/users/${SEED_USER_ID} 200`]);
		expect(logs.some((line) => line.level === 40 && line.msg.includes('cannot be opened'))).toBe(true);
	});
});
