import { describe, expect, it } from 'vitest';
import { Metrics } from '../../src/observability/metrics.js';

describe('Metrics process metrics', () => {
	// prom-client's collectDefaultMetrics keeps a GC observer and an event-loop delay monitor; the bot asks for them only with METRICS_PORT.
	it('are collected by default, and not when turned off, while the bot\'s own series stay', async () => {
		expect(await new Metrics().render()).toMatch(/^process_cpu_user_seconds_total \d/m);
		const off = await new Metrics({ processMetrics: false }).render();
		expect(off).not.toMatch(/^process_|^nodejs_/m);
		expect(off).toContain('# TYPE crossfade_interactions_total counter');
	});
});
