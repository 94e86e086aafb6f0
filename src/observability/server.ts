import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { StartupError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { checkHealth, type HealthChecks } from './health.js';
import type { Metrics } from './metrics.js';

/** How long close() lets a scrape in progress finish before cutting its connection: shutdown is bounded. */
export const CLOSE_GRACE_MS = 1000;

export interface MetricsServerOptions {
	host: string;
	/** 0 picks a free port; `address` and the log line say which. */
	port: number;
	metrics: Pick<Metrics, 'render' | 'contentType'>;
	health: HealthChecks;
	logger: Logger;
}

export interface MetricsServer {
	readonly address: { host: string; port: number };
	close(): Promise<void>;
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
	// Probes and scrapes must see the state now, never a proxy's copy.
	response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
	response.end(body);
}

/**
 * Serves `GET /healthz` (200 when the gateway is connected and the store answers, else 503 naming what failed;
 * the catalog session's state rides along without ever making it 503) and `GET /metrics` (Prometheus text) on
 * its own port, apart from anything public.
 */
export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
	const { metrics, health, logger } = options;
	// Logged on a change only: a probe every few seconds would otherwise repeat the same line while it lasts.
	let wasHealthy = true;

	async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		const readable = request.method === 'GET' || request.method === 'HEAD';
		if (readable && path === '/healthz') {
			const report = await checkHealth(health);
			if (report.healthy !== wasHealthy) {
				if (report.healthy) logger.info(report.body, 'health check passes again');
				else logger.warn(report.body, 'health check failing');
				wasHealthy = report.healthy;
			}
			send(response, report.healthy ? 200 : 503, 'application/json', JSON.stringify(report.body));
			return;
		}
		if (readable && path === '/metrics') {
			send(response, 200, metrics.contentType, await metrics.render());
			return;
		}
		send(response, 404, 'text/plain', 'not found\n');
	}

	const server = createServer((request, response) => {
		handle(request, response).catch((error: unknown) => {
			logger.error({ err: error, path: request.url }, 'metrics request failed');
			if (!response.headersSent) send(response, 500, 'text/plain', 'internal error\n');
			else response.destroy();
		});
	});

	await new Promise<void>((resolve, reject) => {
		const refused = (error: Error) => reject(new StartupError(`the metrics server could not listen on ${options.host}:${options.port}: ${error.message}`));
		server.once('error', refused);
		server.listen({ host: options.host, port: options.port }, () => {
			server.off('error', refused);
			resolve();
		});
	});
	server.on('error', (error) => logger.error({ err: error }, 'metrics server error'));
	const bound = server.address();
	// What the socket really got: the port when 0 was asked for, the address when a name was given.
	const address = typeof bound === 'object' && bound !== null ? { host: bound.address, port: bound.port } : { host: options.host, port: options.port };
	logger.info(address, 'metrics listening');

	return {
		address,
		close() {
			return new Promise<void>((resolve) => {
				const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
				server.close(() => {
					clearTimeout(force);
					resolve();
				});
				server.closeIdleConnections();
			});
		},
	};
}
