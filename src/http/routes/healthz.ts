import type { Logger } from '../../core/logger.js';
import { checkHealth, type HealthChecks, type HealthReport } from '../../observability/health.js';
import type { HttpRoutes } from '../server.js';

/**
 * The health checks with their log: a change is logged once, however many listeners and probes ask, as a probe
 * every few seconds would otherwise repeat the same line for as long as it lasts.
 */
export class HealthProbe {
	#wasHealthy = true;

	constructor(
		private readonly checks: HealthChecks,
		private readonly logger: Logger,
	) {}

	async report(): Promise<HealthReport> {
		const report = await checkHealth(this.checks);
		if (report.healthy !== this.#wasHealthy) {
			if (report.healthy) this.logger.info(report.body, 'health check passes again');
			else this.logger.warn(report.body, 'health check failing');
			this.#wasHealthy = report.healthy;
		}
		return report;
	}
}

/**
 * `GET /healthz` (and HEAD): 200 when the gateway is connected and the store answers, else 503 naming what failed;
 * the catalog session's state rides along without ever making it 503.
 */
export function healthzRoutes(probe: HealthProbe): HttpRoutes {
	return async (app) => {
		app.get('/healthz', async (_request, reply) => {
			const report = await probe.report();
			return reply.code(report.healthy ? 200 : 503).send(report.body);
		});
	};
}
