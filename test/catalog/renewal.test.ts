import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_LEASE } from '../../src/catalog/sessionLease.js';
import { RENEW_BEFORE_MS } from '../../src/catalog/tokens.js';
import { startMetricsServer, type MetricsServer } from '../../src/observability/server.js';
import { Metrics } from '../../src/observability/metrics.js';
import { BOT_USER_ID, SEED_USER_ID, type FakeCatalog } from '../fakes/catalog/index.js';
import { createCatalogHarness, expectNoSecretsLogged, type CatalogHarness } from './harness.js';

/*
 * newm-server's refresh tokens last 7 days and access tokens 1 hour (newm-server application.conf, `jwt.refresh`
 * and `jwt.access` timeToLive), and GET /v1/auth/refresh blacklists the refresh token it was given (auth/jwt/
 * JwtRoutes.kt, JwtRepositoryImpl.kt): each works once. These tests pin that the bot renews before the 7 days
 * run out whether or not anyone uses it, that processes sharing a store spend the token once between them, and
 * that the operator hears of a failure while there is time to act.
 */

const DAY = 24 * 3_600_000;
let harness: CatalogHarness | undefined;
let metricsServer: MetricsServer | undefined;
afterEach(async () => {
	await metricsServer?.close();
	metricsServer = undefined;
	if (harness) await expectNoSecretsLogged(harness);
	await harness?.close();
	harness = undefined;
});

async function setup(options: Parameters<typeof createCatalogHarness>[0] = {}): Promise<CatalogHarness> {
	harness = await createCatalogHarness({ credentials: null, ...options });
	return harness;
}

const auth = (fake: FakeCatalog) => fake.requests.filter((r) => r.path.startsWith('/v1/auth/')).map((r) => `${r.method} ${r.path} ${r.status}`);
const onlyRefreshToken = (refreshToken: string) => ({ refreshToken, email: undefined, password: undefined });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
	for (const started = Date.now(); !condition(); await sleep(20)) {
		if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
	}
}

describe('background renewal of the catalog session', () => {
	it('renews a refresh token with less than two days left, with no command, and stores the new one sealed', async () => {
		const { fake, newClient, storedRefreshToken, logs } = await setup();
		const { refreshToken } = fake.issueTokens(BOT_USER_ID, { refreshTtlMs: DAY });
		const client = newClient(onlyRefreshToken(refreshToken));
		expect(client.health()).toEqual({ state: 'ok' });
		await client.start();
		expect(auth(fake)).toEqual(['GET /v1/auth/refresh 200']);
		expect(fake.requests).toHaveLength(1);
		const stored = await storedRefreshToken();
		expect(stored).not.toBe(refreshToken);
		const health = client.health();
		expect(health.state).toBe('ok');
		expect((health.expiresAt ?? 0) - Date.now()).toBeGreaterThan(7 * DAY - 60_000);
		// At start-up, how long the credentials had left (never the token); then the renewal.
		expect(logs.find((line) => line.msg.startsWith('catalog credentials:'))?.msg).toBe('catalog credentials: CATALOG_REFRESH_TOKEN, good for 23 hours 59 minutes');
		expect(logs.some((line) => line.level === 30 && line.msg.includes('renewed in the background'))).toBe(true);
		await expectNoSecretsLogged(harness as CatalogHarness, [refreshToken]);
	});

	it('leaves a refresh token with more than two days alone, and renews it on the hourly check once it has less', async () => {
		const { fake, newClient, storeSession, advanceSessionClock } = await setup({ renewCheckMs: 50 });
		await storeSession(fake.issueTokens(BOT_USER_ID, { refreshTtlMs: 3 * DAY }));
		const client = newClient(onlyRefreshToken(fake.issueTokens(BOT_USER_ID).refreshToken));
		await client.start();
		await sleep(200);
		expect(fake.requests).toEqual([]);
		expect(client.health().state).toBe('ok');
		advanceSessionClock(1.5 * DAY);
		await until(() => fake.requestCount('/v1/auth/refresh') > 0);
		await until(() => client.health().state === 'ok' && (client.health().expiresAt ?? 0) > Date.now() + 6 * DAY);
		await sleep(200);
		expect(auth(fake)).toEqual(['GET /v1/auth/refresh 200']);
	});

	it('two sessions on one store renew exactly once between them, and both keep working', async () => {
		const { fake, newClient, storeSession, storedRefreshToken } = await setup();
		const old = fake.issueTokens(BOT_USER_ID, { refreshTtlMs: DAY });
		await storeSession(old);
		const [a, b] = [newClient(onlyRefreshToken(old.refreshToken)), newClient(onlyRefreshToken(old.refreshToken))];
		await Promise.all([a.start(), b.start()]);
		expect(auth(fake)).toEqual(['GET /v1/auth/refresh 200']);
		expect(fake.requests[0]?.authorization).toBe(`Bearer ${old.refreshToken}`);
		expect(await storedRefreshToken()).not.toBe(old.refreshToken);
		// The one that waited read the new token from the store: both say so.
		expect([a.health().state, b.health().state]).toEqual(['ok', 'ok']);
		expect((await a.getUser(SEED_USER_ID)).value.id).toBe(SEED_USER_ID);
		expect((await b.getSongs(SEED_USER_ID)).value.total).toBe(3);
		expect(auth(fake)).toEqual(['GET /v1/auth/refresh 200']);
		expect(fake.requests.filter((r) => r.status === 401)).toEqual([]);
	});

	it('a process that has not checked yet says "expiring", and reads the renewed token from the store at its check', async () => {
		const { fake, newClient, storeSession } = await setup();
		const old = fake.issueTokens(BOT_USER_ID, { refreshTtlMs: DAY });
		await storeSession(old);
		const [a, b] = [newClient(onlyRefreshToken(old.refreshToken)), newClient(onlyRefreshToken(old.refreshToken))];
		await b.getUser(SEED_USER_ID);
		expect(b.health().state).toBe('expiring');
		await a.start();
		expect(b.health().state).toBe('expiring');
		await b.start();
		expect(b.health().state).toBe('ok');
		expect(auth(fake)).toEqual(['GET /v1/auth/refresh 200']);
	});

	it('a process whose refresh token another process spent picks up the stored one instead of failing', async () => {
		const { fake, newClient, storedRefreshToken } = await setup();
		const { refreshToken } = fake.issueTokens(BOT_USER_ID);
		const [a, b] = [newClient(onlyRefreshToken(refreshToken)), newClient(onlyRefreshToken(refreshToken))];
		await a.getUser(SEED_USER_ID);
		const first = await storedRefreshToken();
		await b.getUser(BOT_USER_ID);
		// b renews after the access tokens are refused, spending the refresh token a holds in memory.
		fake.expireAccessTokens();
		await b.getSongs(SEED_USER_ID);
		// a's next renewal must not send the spent token: it takes what b stored.
		fake.expireAccessTokens();
		const other = 'f0000000-0000-4000-8000-000000000001';
		fake.addUser({ id: other, email: 'f@example.test', nickname: 'F' });
		expect((await a.getUser(other)).value.nickname).toBe('F');
		const refreshes = fake.requests.filter((r) => r.path === '/v1/auth/refresh');
		expect(refreshes.map((r) => r.status)).toEqual([200, 200, 200]);
		expect(refreshes[1]?.authorization).toBe(`Bearer ${first}`);
		expect(new Set(refreshes.map((r) => r.authorization)).size).toBe(3);
		expect(a.health().state).toBe('ok');
	});

	it('a failed renewal shows on /healthz as the catalog entry with status 200, and the log says what to do', async () => {
		const { fake, newClient, logs } = await setup({ fake: { failRefresh: true } });
		const client = newClient(onlyRefreshToken(fake.issueTokens(BOT_USER_ID, { refreshTtlMs: DAY }).refreshToken));
		await client.start();
		expect(client.health().state).toBe('failed');
		const warning = logs.find((line) => line.level === 40 && line.msg.startsWith('could not renew the catalog session'));
		expect(warning?.msg).toMatch(/lapse in 23 hours 59 minutes\. To keep catalog lookups working, set CATALOG_REFRESH_TOKEN to a fresh refresh token/);

		const silent = pino({ level: 'silent' });
		metricsServer = await startMetricsServer({
			host: '127.0.0.1',
			port: 0,
			metrics: new Metrics(),
			health: { gateway: () => true, store: async () => undefined, catalog: () => client.health() },
			logger: silent,
		});
		const response = await fetch(`http://127.0.0.1:${metricsServer.address.port}/healthz`);
		expect(response.status).toBe(200);
		const body = (await response.json()) as Record<string, unknown>;
		expect(body).toMatchObject({ status: 'ok', gateway: 'connected', store: 'ok', catalog: 'failed' });
		expect(Number(body['catalogSecondsLeft'])).toBeGreaterThan(DAY / 1000 - 120);
		expect(Number(body['catalogSecondsLeft'])).toBeLessThan(RENEW_BEFORE_MS / 1000);
		expect(Date.parse(String(body['catalogExpiresAt']))).toBeGreaterThan(Date.now());
	});

	it('waits for another process holding the lease, and stops waiting at once when the bot shuts down', async () => {
		const { fake, newClient, store, logs } = await setup();
		expect(await store.leases.acquire(SESSION_LEASE, 'another process', 60_000)).toBe(true);
		const client = newClient(onlyRefreshToken(fake.issueTokens(BOT_USER_ID, { refreshTtlMs: DAY }).refreshToken));
		const started = client.start();
		await sleep(300);
		expect(fake.requests).toEqual([]);
		const closing = Date.now();
		await client.close();
		await started;
		expect(Date.now() - closing).toBeLessThan(1_000);
		expect(fake.requests).toEqual([]);
		expect(logs.filter((line) => line.level >= 40)).toEqual([]);
	});

	it('an outage during a renewal is reported too, and a later check recovers', async () => {
		const { fake, newClient, logs } = await setup({ renewCheckMs: 100 });
		const client = newClient(onlyRefreshToken(fake.issueTokens(BOT_USER_ID, { refreshTtlMs: DAY }).refreshToken));
		fake.mode = 'error500';
		await client.start();
		expect(client.health().state).toBe('failed');
		const warning = logs.find((line) => line.level === 40 && line.msg.startsWith('could not renew'));
		expect(warning?.msg).toContain('the catalog did not answer; trying again in less than a minute');
		fake.mode = 'normal';
		await until(() => client.health().state === 'ok');
		expect(auth(fake).at(-1)).toBe('GET /v1/auth/refresh 200');
	});
});
