import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { StartupError } from '../../src/core/errors.js';
import { startHttpListeners, startPublicServer, type HttpListeners } from '../../src/http/listeners.js';
import { HealthProbe } from '../../src/http/routes/healthz.js';
import { BODY_LIMIT_BYTES, CLOSE_GRACE_MS, startHttpServer, type HttpRoutes, type HttpServer } from '../../src/http/server.js';
import type { HealthChecks } from '../../src/observability/health.js';
import { Metrics } from '../../src/observability/metrics.js';

type Line = Record<string, unknown>;

function capture() {
	const lines: Line[] = [];
	const stream = new Writable({
		write(chunk: Buffer, _encoding, done) {
			lines.push(JSON.parse(chunk.toString()) as Line);
			done();
		},
	});
	return { lines, logger: pino({ level: 'info' }, stream) };
}

const healthy: HealthChecks = { gateway: () => true, store: async () => undefined };

/** Routes a caller adds, as POST /interactions will be: an echo of a JSON body, a bug, and a request that never ends. */
const testRoutes: HttpRoutes = async (app) => {
	app.post('/echo', async (request) => ({ received: request.body }));
	app.get('/broken', async () => {
		throw new Error('a bug with a secret inside');
	});
	app.get('/hang', () => new Promise<never>(() => undefined));
};

const open: Array<HttpServer | HttpListeners> = [];
afterEach(async () => {
	await Promise.all(open.splice(0).map((server) => server.close()));
});

async function publicServer(options: { health?: HealthChecks; routes?: HttpRoutes[] } = {}) {
	const { lines, logger } = capture();
	const server = await startPublicServer({ host: '127.0.0.1', port: 0, probe: new HealthProbe(options.health ?? healthy, logger), routes: options.routes ?? [], logger });
	open.push(server);
	return { server, lines, base: `http://127.0.0.1:${server.address.port}` };
}

/** A port something else holds, and how to let it go. */
async function takenPort(): Promise<{ port: number; release(): Promise<void> }> {
	const holder = createServer();
	await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
	const bound = holder.address();
	if (typeof bound !== 'object' || bound === null) throw new Error('no address');
	return { port: bound.port, release: () => new Promise((resolve) => holder.close(() => resolve())) };
}

describe('the public HTTP listener (HTTP_PORT)', () => {
	it('logs the port it really got and serves /healthz, never /metrics, with no-store on every answer', async () => {
		const { server, lines, base } = await publicServer();
		expect(server.address.port).toBeGreaterThan(0);
		expect(lines).toContainEqual(expect.objectContaining({ msg: 'http listening', host: '127.0.0.1', port: server.address.port }));

		const health = await fetch(`${base}/healthz`);
		expect(health.status).toBe(200);
		expect(health.headers.get('cache-control')).toBe('no-store');
		expect(health.headers.get('content-type')).toMatch(/^application\/json/);
		expect(await health.json()).toEqual({ status: 'ok', gateway: 'connected', store: 'ok' });

		for (const path of ['/metrics', '/', '/healthz/extra', '/nothing-here']) {
			const missing = await fetch(`${base}${path}`);
			expect(missing.status, path).toBe(404);
			expect(missing.headers.get('cache-control')).toBe('no-store');
			expect(await missing.text()).toBe('not found\n');
		}
		expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(404);
		// Requests are not logged: a probe every few seconds would flood the log.
		expect(lines.map((line) => line.msg)).toEqual(['http listening']);
	});

	it('answers HEAD like GET, without a body', async () => {
		const { base } = await publicServer();
		const head = await fetch(`${base}/healthz`, { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.headers.get('cache-control')).toBe('no-store');
		expect(await head.text()).toBe('');
		expect((await fetch(`${base}/metrics`, { method: 'HEAD' })).status).toBe(404);
	});

	it('answers 503 naming what failed on the public port too', async () => {
		const { base, lines } = await publicServer({ health: { gateway: () => false, store: async () => undefined } });
		const down = await fetch(`${base}/healthz`);
		expect(down.status).toBe(503);
		expect(await down.json()).toEqual({ status: 'unhealthy', gateway: 'disconnected', store: 'ok' });
		expect(lines.filter((line) => line.msg === 'health check failing')).toHaveLength(1);
	});
});

describe('the HTTP server', () => {
	it('serves the routes a caller adds, refuses an oversized or malformed body with 4xx, and keeps serving', async () => {
		const { base, lines } = await publicServer({ routes: [testRoutes] });
		const echo = await fetch(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 1 }) });
		expect(echo.status).toBe(200);
		expect(await echo.json()).toEqual({ received: { type: 1 } });

		const oversized = await fetch(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ padding: 'x'.repeat(BODY_LIMIT_BYTES) }) });
		expect(oversized.status).toBe(413);
		expect(oversized.headers.get('cache-control')).toBe('no-store');
		const malformed = await fetch(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' });
		expect(malformed.status).toBe(400);
		expect(await malformed.text()).toBe('Bad Request\n');
		// A client's mistake is no error of the bot's.
		expect(lines.filter((line) => Number(line.level) >= 50)).toEqual([]);
		expect((await fetch(`${base}/healthz`)).status).toBe(200);
	});

	it('answers a route that throws with a bare 500, logs it with its path, and keeps serving', async () => {
		const { base, lines } = await publicServer({ routes: [testRoutes] });
		const broken = await fetch(`${base}/broken`);
		expect(broken.status).toBe(500);
		// Only the reason phrase: the error's own words stay in the log.
		expect(await broken.text()).toBe('Internal Server Error\n');
		expect(lines).toContainEqual(expect.objectContaining({ level: 50, msg: 'http request failed', path: '/broken', method: 'GET' }));
		expect((await fetch(`${base}/healthz`)).status).toBe(200);
	});

	it('closes within its grace even while a request hangs, and a second close is harmless', async () => {
		const { server, base } = await publicServer({ routes: [testRoutes] });
		const hanging = fetch(`${base}/hang`).catch((error: unknown) => error);
		await new Promise((resolve) => setTimeout(resolve, 50));
		const started = Date.now();
		await server.close();
		expect(Date.now() - started).toBeGreaterThanOrEqual(CLOSE_GRACE_MS - 50);
		expect(Date.now() - started).toBeLessThan(CLOSE_GRACE_MS + 500);
		expect(await hanging).toBeInstanceOf(Error);
		await server.close();
		await expect(fetch(`${base}/healthz`)).rejects.toThrow();
	});

	it('refuses to start on a port that is taken, in one line naming the variable and the address', async () => {
		const taken = await takenPort();
		const { logger } = capture();
		try {
			const failure = await startHttpServer({ name: 'http', portVariable: 'HTTP_PORT', host: '127.0.0.1', port: taken.port, routes: [], logger }).catch((error: unknown) => error);
			expect(failure).toBeInstanceOf(StartupError);
			const message = failure instanceof Error ? failure.message : '';
			expect(message).toMatch(new RegExp(`^the http server \\(HTTP_PORT\\) could not listen on 127\\.0\\.0\\.1:${taken.port}: .*EADDRINUSE`));
			expect(message).not.toContain('\n');
		} finally {
			await taken.release();
		}
	});
});

describe('both listeners together', () => {
	it('serves /metrics on the metrics port only, and logs a health change once however many probe it', async () => {
		let gateway = true;
		const { lines, logger } = capture();
		const listeners = await startHttpListeners({
			http: { host: '127.0.0.1', port: 0 },
			metrics: { host: '127.0.0.1', port: 0 },
			registry: new Metrics(),
			health: { gateway: () => gateway, store: async () => undefined },
			logger,
		});
		open.push(listeners);
		const port = (msg: string) => lines.find((line) => line.msg === msg)?.port;
		const publicBase = `http://127.0.0.1:${String(port('http listening'))}`;
		const metricsBase = `http://127.0.0.1:${String(port('metrics listening'))}`;
		expect(publicBase).not.toBe(metricsBase);

		expect((await fetch(`${metricsBase}/metrics`)).status).toBe(200);
		expect((await fetch(`${publicBase}/metrics`)).status).toBe(404);
		gateway = false;
		expect((await fetch(`${publicBase}/healthz`)).status).toBe(503);
		expect((await fetch(`${metricsBase}/healthz`)).status).toBe(503);
		expect(lines.filter((line) => line.msg === 'health check failing')).toHaveLength(1);
	});

	it('lets go of the metrics port when the public one cannot listen', async () => {
		const taken = await takenPort();
		const { lines, logger } = capture();
		try {
			const starting = startHttpListeners({ http: { host: '127.0.0.1', port: taken.port }, metrics: { host: '127.0.0.1', port: 0 }, registry: new Metrics(), health: healthy, logger });
			await expect(starting).rejects.toThrow(`the http server (HTTP_PORT) could not listen on 127.0.0.1:${taken.port}`);
			const metricsPort = lines.find((line) => line.msg === 'metrics listening')?.port;
			expect(typeof metricsPort).toBe('number');
			await expect(fetch(`http://127.0.0.1:${String(metricsPort)}/healthz`)).rejects.toThrow();
		} finally {
			await taken.release();
		}
	});

	it('starts nothing when neither port is set', async () => {
		const { lines, logger } = capture();
		const listeners = await startHttpListeners({ http: undefined, metrics: undefined, registry: new Metrics(), health: healthy, logger });
		await listeners.close();
		expect(lines).toEqual([]);
	});
});
