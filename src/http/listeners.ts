import type { Logger } from '../core/logger.js';
import type { HealthChecks } from '../observability/health.js';
import type { Metrics } from '../observability/metrics.js';
import { startMetricsServer } from '../observability/server.js';
import { HealthProbe, healthzRoutes } from './routes/healthz.js';
import { startHttpServer, type HttpRoutes, type HttpServer } from './server.js';

export interface PublicServerOptions {
	host: string;
	/** 0 picks a free port; `address` and the log line (`http listening`) say which. */
	port: number;
	probe: HealthProbe;
	/** Served beside `/healthz`: the web pages, `POST /interactions`. Never `/metrics`. */
	routes?: readonly HttpRoutes[];
	logger: Logger;
}

/** The public listener on HTTP_PORT: `/healthz` and whatever routes the bot adds, and never `/metrics`. */
export function startPublicServer(options: PublicServerOptions): Promise<HttpServer> {
	return startHttpServer({
		name: 'http',
		portVariable: 'HTTP_PORT',
		host: options.host,
		port: options.port,
		routes: [healthzRoutes(options.probe), ...(options.routes ?? [])],
		logger: options.logger,
	});
}

export interface HttpListenersOptions {
	/** HTTP_PORT/HTTP_HOST; undefined: no public listener. */
	http: { host: string; port: number } | undefined;
	/** METRICS_PORT/METRICS_HOST; undefined: no metrics listener. */
	metrics: { host: string; port: number } | undefined;
	registry: Pick<Metrics, 'render' | 'contentType'>;
	health: HealthChecks;
	/** Extra routes of the public listener. */
	routes?: readonly HttpRoutes[];
	logger: Logger;
}

export interface HttpListeners {
	/** Closes every listener, each bounded by CLOSE_GRACE_MS, together. */
	close(): Promise<void>;
}

/** Whichever of the two listeners are configured, sharing one health probe so a change is logged once. */
export async function startHttpListeners(options: HttpListenersOptions): Promise<HttpListeners> {
	const probe = new HealthProbe(options.health, options.logger);
	const started: HttpServer[] = [];
	try {
		if (options.metrics) started.push(await startMetricsServer({ ...options.metrics, metrics: options.registry, health: probe, logger: options.logger }));
		if (options.http) started.push(await startPublicServer({ ...options.http, probe, routes: options.routes ?? [], logger: options.logger }));
	} catch (error) {
		// One that listens while start-up fails would hold its port until the process exits.
		await Promise.all(started.map((server) => server.close()));
		throw error;
	}
	return {
		async close() {
			await Promise.all(started.map((server) => server.close()));
		},
	};
}
