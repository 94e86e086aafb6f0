import type { Logger } from '../core/logger.js';
import { HealthProbe, healthzRoutes } from '../http/routes/healthz.js';
import { metricsRoutes } from '../http/routes/metrics.js';
import { startHttpServer, type HttpServer } from '../http/server.js';
import type { HealthChecks } from './health.js';
import type { Metrics } from './metrics.js';

export interface MetricsServerOptions {
	host: string;
	/** 0 picks a free port; `address` and the log line (`metrics listening`) say which. */
	port: number;
	metrics: Pick<Metrics, 'render' | 'contentType'>;
	/** A probe shared with the public listener logs each change once; bare checks get a probe of their own. */
	health: HealthChecks | HealthProbe;
	logger: Logger;
}

export type MetricsServer = HttpServer;

/** The private listener on METRICS_PORT: `/healthz` and `/metrics`, apart from anything public. */
export function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
	const probe = options.health instanceof HealthProbe ? options.health : new HealthProbe(options.health, options.logger);
	return startHttpServer({
		name: 'metrics',
		portVariable: 'METRICS_PORT',
		host: options.host,
		port: options.port,
		routes: [healthzRoutes(probe), metricsRoutes(options.metrics)],
		logger: options.logger,
	});
}
