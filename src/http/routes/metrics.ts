import type { Metrics } from '../../observability/metrics.js';
import type { HttpRoutes } from '../server.js';

/** `GET /metrics` (and HEAD): the Prometheus text. Registered on the private metrics listener only. */
export function metricsRoutes(metrics: Pick<Metrics, 'render' | 'contentType'>): HttpRoutes {
	return async (app) => {
		app.get('/metrics', async (_request, reply) => reply.type(metrics.contentType).send(await metrics.render()));
	};
}
