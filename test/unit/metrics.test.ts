import { Writable } from 'node:stream';
import { Client } from 'discord.js';
import Keyv from 'keyv';
import { pino } from 'pino';
import { ProviderError } from '../../src/core/errors.js';
import type { CacheResult } from '../../src/observability/hooks.js';
import { ResourceCache } from '../../src/providers/cache.js';
import { register as globalRegistry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { gatewayConnected } from '../../src/doors/gateway.js';
import { checkHealth, type HealthChecks } from '../../src/observability/health.js';
import { StoreError } from '../../src/core/errors.js';
import { cacheKeyProvider, Metrics, RATE_LIMIT_WAIT_MIN_MS, statusClass } from '../../src/observability/metrics.js';
import { CLOSE_GRACE_MS } from '../../src/http/server.js';
import { startMetricsServer, type MetricsServer } from '../../src/observability/server.js';

/** The value of one series, by its labels; undefined when the series does not exist. */
async function value(metrics: Metrics, name: string, labels: Record<string, string>): Promise<number | undefined> {
	const metric = metrics.registry.getSingleMetric(name);
	if (!metric) throw new Error(`no metric ${name}`);
	const { values } = await metric.get();
	const wanted = Object.entries(labels);
	return values.find((sample) => wanted.every(([key, label]) => sample.labels[key] === label) && Object.keys(sample.labels).length === wanted.length)?.value;
}

describe('Metrics', () => {
	it('keeps to its own registry, so two instances (tests, restarts in one process) never collide', () => {
		const first = new Metrics();
		const second = new Metrics();
		expect(first.registry).not.toBe(second.registry);
		expect(globalRegistry.getSingleMetric('crossfade_interactions_total')).toBeUndefined();
	});

	it('counts interactions by command and outcome, and times them in seconds', async () => {
		const metrics = new Metrics();
		metrics.interactions.answered('discogs profile', 'ok', 0.02);
		metrics.interactions.answered('discogs profile', 'ok', 4);
		metrics.interactions.answered('discogs profile', 'provider_error', 0.3);
		metrics.interactions.answered('unknown', 'unknown', 0.01);
		metrics.interactions.deferred('discogs profile');
		expect(await value(metrics, 'crossfade_interactions_total', { command: 'discogs profile', outcome: 'ok' })).toBe(2);
		expect(await value(metrics, 'crossfade_interactions_total', { command: 'discogs profile', outcome: 'provider_error' })).toBe(1);
		expect(await value(metrics, 'crossfade_interactions_total', { command: 'unknown', outcome: 'unknown' })).toBe(1);
		expect(await value(metrics, 'crossfade_interaction_deferrals_total', { command: 'discogs profile' })).toBe(1);
		const text = await metrics.render();
		expect(text).toContain('crossfade_interaction_duration_seconds_bucket{le="0.025",command="discogs profile"} 1');
		expect(text).toContain('crossfade_interaction_duration_seconds_bucket{le="3",command="discogs profile"} 2');
		expect(text).toContain('crossfade_interaction_duration_seconds_bucket{le="5",command="discogs profile"} 3');
		expect(text).toContain('crossfade_interaction_duration_seconds_bucket{le="15",command="discogs profile"} 3');
		expect(text).toContain('crossfade_interaction_duration_seconds_count{command="discogs profile"} 3');
	});

	it('counts cache hits, misses and stale answers by the provider in the key, with zero series from the start', async () => {
		const metrics = new Metrics();
		expect(await value(metrics, 'crossfade_cache_hits_total', { provider: 'catalog' })).toBe(0);
		metrics.cacheLookup('discogs:profile:rodneyfool', 'miss');
		metrics.cacheLookup('discogs:profile:rodneyfool', 'hit');
		metrics.cacheLookup('discogs:profile:rodneyfool', 'hit');
		metrics.cacheLookup('discord:user:1', 'miss');
		metrics.cacheLookup('discord:user:1', 'stale');
		metrics.cacheLookup('elsewhere:x', 'hit');
		expect(await value(metrics, 'crossfade_cache_misses_total', { provider: 'discogs' })).toBe(1);
		expect(await value(metrics, 'crossfade_cache_hits_total', { provider: 'discogs' })).toBe(2);
		expect(await value(metrics, 'crossfade_cache_stale_answers_total', { provider: 'discord' })).toBe(1);
		expect(await value(metrics, 'crossfade_cache_hits_total', { provider: 'other' })).toBe(1);
	});

	it('counts upstream requests by status class, 429 apart from other 4xx', async () => {
		const metrics = new Metrics();
		const discogs = metrics.upstream('discogs');
		for (const status of [200, 204, 404, 429, 429, 503] as const) discogs.requested(status);
		discogs.requested('error');
		metrics.upstream('catalog').requested(200);
		expect(await value(metrics, 'crossfade_upstream_requests_total', { provider: 'discogs', status: '2xx' })).toBe(2);
		expect(await value(metrics, 'crossfade_upstream_requests_total', { provider: 'discogs', status: '4xx' })).toBe(1);
		expect(await value(metrics, 'crossfade_upstream_requests_total', { provider: 'discogs', status: '429' })).toBe(2);
		expect(await value(metrics, 'crossfade_upstream_requests_total', { provider: 'discogs', status: '5xx' })).toBe(1);
		expect(await value(metrics, 'crossfade_upstream_requests_total', { provider: 'discogs', status: 'error' })).toBe(1);
		expect(await value(metrics, 'crossfade_upstream_requests_total', { provider: 'catalog', status: '2xx' })).toBe(1);
	});

	it('counts rate-limit waits and their seconds, not a slot granted at once', async () => {
		const metrics = new Metrics();
		const discogs = metrics.upstream('discogs');
		discogs.rateLimitWaited(0.2);
		discogs.rateLimitWaited(RATE_LIMIT_WAIT_MIN_MS - 1);
		discogs.rateLimitWaited(1500);
		discogs.rateLimitWaited(500);
		expect(await value(metrics, 'crossfade_rate_limit_waits_total', { provider: 'discogs' })).toBe(2);
		expect(await value(metrics, 'crossfade_rate_limit_wait_seconds_total', { provider: 'discogs' })).toBeCloseTo(2);
		expect(await value(metrics, 'crossfade_rate_limit_waits_total', { provider: 'catalog' })).toBe(0);
	});

	it('renders Prometheus text with the process metrics', async () => {
		const metrics = new Metrics();
		expect(metrics.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
		const text = await metrics.render();
		expect(text).toContain('# TYPE crossfade_interactions_total counter');
		expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
		expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
	});
});

describe('ResourceCache reporting to onLookup', () => {
	it('reports a miss per load, a hit per fresh copy or remembered "not found", and a stale answer besides its miss', async () => {
		let clock = 1_000_000;
		const seen: Array<[string, CacheResult]> = [];
		const cache = new ResourceCache(new Keyv({ store: new Map() }), {
			staleKeepMs: 60_000,
			notFoundTtlMs: 5_000,
			now: () => clock,
			onLookup: (key, result) => seen.push([key, result]),
		});
		const load = async () => 'profile';
		await cache.lookup('discogs:profile:a', { ttlMs: 1000, load });
		await cache.lookup('discogs:profile:a', { ttlMs: 1000, load });
		clock += 2000;
		const outage = () => Promise.reject(new ProviderError({ provider: 'Discogs', kind: 'unavailable' }));
		expect((await cache.lookup('discogs:profile:a', { ttlMs: 1000, load: outage })).stale).toBe(true);
		const missing = () => Promise.reject(new ProviderError({ provider: 'Discogs', kind: 'not_found' }));
		await expect(cache.lookup('discogs:profile:b', { ttlMs: 1000, load: missing })).rejects.toThrow();
		await expect(cache.lookup('discogs:profile:b', { ttlMs: 1000, load: missing })).rejects.toThrow();
		expect(seen).toEqual([
			['discogs:profile:a', 'miss'],
			['discogs:profile:a', 'hit'],
			['discogs:profile:a', 'miss'],
			['discogs:profile:a', 'stale'],
			['discogs:profile:b', 'miss'],
			['discogs:profile:b', 'hit'],
		]);
	});
});

describe('labels', () => {
	it('classes statuses', () => {
		expect([200, 299, 301, 400, 404, 429, 500, 599, 600, 'error' as const].map(statusClass)).toEqual([
			'2xx', '2xx', '3xx', '4xx', '4xx', '429', '5xx', '5xx', 'error', 'error',
		]);
	});

	it('maps cache keys to a bounded set of providers', () => {
		expect(['discogs:contributions:a:1', 'catalog:user:x', 'discord:user:1', 'health:probe', 'nocolon'].map(cacheKeyProvider)).toEqual([
			'discogs', 'catalog', 'discord', 'other', 'other',
		]);
	});
});

describe('health checks', () => {
	it('fails a store that does not answer within the bound, and names what the store said', async () => {
		const started = Date.now();
		const hanging = await checkHealth({ gateway: () => true, store: () => new Promise<void>(() => undefined) });
		expect(hanging.healthy).toBe(false);
		expect(Date.now() - started).toBeLessThan(3000);
		const refused = await checkHealth({
			gateway: () => true,
			store: () => Promise.reject(new StoreError({ namespace: 'links', operation: 'write', cause: new Error('SQLITE_READONLY: attempt to write a readonly database') })),
		});
		expect(refused.body).toEqual({ status: 'unhealthy', gateway: 'connected', store: 'failed', storeError: 'links: SQLITE_READONLY: attempt to write a readonly database' });
	});

	it('does not count a client that never logged in as connected', async () => {
		const client = new Client({ intents: [] });
		expect(gatewayConnected(client)).toBe(false);
		await client.destroy();
	});
});

describe('the metrics server', () => {
	let server: MetricsServer | undefined;
	afterEach(async () => {
		await server?.close();
		server = undefined;
	});

	function capture() {
		const lines: Array<Record<string, unknown>> = [];
		const stream = new Writable({
			write(chunk: Buffer, _encoding, done) {
				lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
				done();
			},
		});
		return { lines, logger: pino({ level: 'info' }, stream) };
	}

	async function start(health: HealthChecks, metrics: Pick<Metrics, 'render' | 'contentType'> = new Metrics()) {
		const { lines, logger } = capture();
		server = await startMetricsServer({ host: '127.0.0.1', port: 0, metrics, health, logger });
		const base = `http://127.0.0.1:${server.address.port}`;
		return { lines, base };
	}

	it('logs the port it really got, serves /healthz and /metrics, and 404s the rest', async () => {
		const { lines, base } = await start({ gateway: () => true, store: async () => undefined });
		expect(server?.address.port).toBeGreaterThan(0);
		expect(lines).toContainEqual(expect.objectContaining({ msg: 'metrics listening', host: '127.0.0.1', port: server?.address.port }));

		const health = await fetch(`${base}/healthz`);
		expect(health.status).toBe(200);
		expect(await health.json()).toEqual({ status: 'ok', gateway: 'connected', store: 'ok' });

		const scrape = await fetch(`${base}/metrics`);
		expect(scrape.status).toBe(200);
		expect(scrape.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
		expect(await scrape.text()).toContain('crossfade_interactions_total');

		expect((await fetch(`${base}/`)).status).toBe(404);
		expect((await fetch(`${base}/metrics/extra`)).status).toBe(404);
		expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(404);
		// A query string is no other path: a probe that adds one still reaches the route.
		expect((await fetch(`${base}/healthz?probe=1`)).status).toBe(200);
	});

	it('answers 503 naming what failed, and logs the change once', async () => {
		let gateway = true;
		let store = true;
		const { lines, base } = await start({ gateway: () => gateway, store: async () => (store ? undefined : Promise.reject(new Error('SQLITE_BUSY: database is locked'))) });
		gateway = false;
		const down = await fetch(`${base}/healthz`);
		expect(down.status).toBe(503);
		expect(await down.json()).toEqual({ status: 'unhealthy', gateway: 'disconnected', store: 'ok' });
		gateway = true;
		store = false;
		const storeDown = await fetch(`${base}/healthz`);
		expect(storeDown.status).toBe(503);
		expect(await storeDown.json()).toEqual({ status: 'unhealthy', gateway: 'connected', store: 'failed', storeError: 'SQLITE_BUSY: database is locked' });
		expect(lines.filter((line) => line.msg === 'health check failing')).toHaveLength(1);
		store = true;
		expect((await fetch(`${base}/healthz`)).status).toBe(200);
		expect(lines.filter((line) => line.msg === 'health check passes again')).toHaveLength(1);
	});

	it('closes within its grace even while a scrape hangs', async () => {
		const stuck = { contentType: 'text/plain', render: () => new Promise<string>(() => undefined) };
		const { base } = await start({ gateway: () => true, store: async () => undefined }, stuck);
		const scrape = fetch(`${base}/metrics`).catch((error: unknown) => error);
		await new Promise((resolve) => setTimeout(resolve, 50));
		const started = Date.now();
		await server?.close();
		server = undefined;
		expect(Date.now() - started).toBeLessThan(CLOSE_GRACE_MS + 500);
		expect(await scrape).toBeInstanceOf(Error);
	});

	it('refuses to start on a port that is taken, naming it', async () => {
		await start({ gateway: () => true, store: async () => undefined });
		const taken = server?.address.port ?? 0;
		const { logger } = capture();
		await expect(startMetricsServer({ host: '127.0.0.1', port: taken, metrics: new Metrics(), health: { gateway: () => true, store: async () => undefined }, logger })).rejects.toThrow(
			`the metrics server (METRICS_PORT) could not listen on 127.0.0.1:${taken}`,
		);
	});
});
