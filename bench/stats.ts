/** Latency summary of one series, in the unit of its samples (ms in this benchmark). */
export interface Summary {
	count: number;
	min: number;
	mean: number;
	p50: number;
	p95: number;
	p99: number;
	max: number;
}

/**
 * The nearest-rank percentile: the smallest sample with at least p % of the samples at or below it. It is
 * always a value that was measured (no interpolation), so a p99 of 500 samples is the 495th fastest.
 */
export function percentile(samples: readonly number[], p: number): number {
	if (samples.length === 0) throw new RangeError('percentile of no samples');
	if (!Number.isFinite(p) || p < 0 || p > 100) throw new RangeError(`percentile must be in [0, 100], got ${p}`);
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
	if (samples.length === 0) throw new RangeError('summary of no samples');
	const sorted = [...samples].sort((a, b) => a - b);
	const total = sorted.reduce((sum, value) => sum + value, 0);
	return {
		count: sorted.length,
		min: sorted[0] ?? Number.NaN,
		mean: total / sorted.length,
		p50: percentile(sorted, 50),
		p95: percentile(sorted, 95),
		p99: percentile(sorted, 99),
		max: sorted[sorted.length - 1] ?? Number.NaN,
	};
}

/** `ours / reference`; NaN when the reference is 0 or not a number, so a bad figure never reads as a pass. */
export function ratio(ours: number, reference: number): number {
	if (!Number.isFinite(ours) || !Number.isFinite(reference) || reference === 0) return Number.NaN;
	return ours / reference;
}

/** Rounds for display and JSON: `digits` decimals, without trailing float noise. */
export function round(value: number, digits = 2): number {
	if (!Number.isFinite(value)) return value;
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}
