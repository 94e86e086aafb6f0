import { describe, expect, it } from 'vitest';
import { percentile, ratio, round, summarize } from '../../bench/stats.js';

const oneToHundred = Array.from({ length: 100 }, (_, index) => index + 1);

describe('bench stats', () => {
	it('takes the nearest-rank percentile: always a measured sample, never an interpolation', () => {
		expect(percentile(oneToHundred, 50)).toBe(50);
		expect(percentile(oneToHundred, 95)).toBe(95);
		expect(percentile(oneToHundred, 99)).toBe(99);
		expect(percentile(oneToHundred, 100)).toBe(100);
		expect(percentile(oneToHundred, 0)).toBe(1);
		expect(percentile([10, 20, 30, 40], 50)).toBe(20);
		expect(percentile([10, 20, 30, 40], 51)).toBe(30);
	});

	it('sorts numerically without changing the caller’s array', () => {
		const samples = [100, 9, 25, 3];
		expect(percentile(samples, 100)).toBe(100);
		expect(percentile(samples, 25)).toBe(3);
		expect(samples).toEqual([100, 9, 25, 3]);
	});

	it('puts a lone outlier at p99 of 100 samples only when it is the slowest 1 %', () => {
		const samples = [...Array.from({ length: 99 }, () => 1), 500];
		expect(percentile(samples, 99)).toBe(1);
		expect(percentile([...samples, 500], 99)).toBe(500);
	});

	it('summarizes a series', () => {
		expect(summarize([4, 1, 3, 2])).toEqual({ count: 4, min: 1, mean: 2.5, p50: 2, p95: 4, p99: 4, max: 4 });
		expect(summarize([7])).toEqual({ count: 1, min: 7, mean: 7, p50: 7, p95: 7, p99: 7, max: 7 });
	});

	it('refuses what has no percentile', () => {
		expect(() => percentile([], 50)).toThrow(RangeError);
		expect(() => summarize([])).toThrow(RangeError);
		expect(() => percentile([1], 101)).toThrow(RangeError);
		expect(() => percentile([1], -1)).toThrow(RangeError);
		expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
	});

	it('gives NaN for a ratio against nothing, so it can never pass a target', () => {
		expect(ratio(3, 2)).toBe(1.5);
		expect(ratio(3, 0)).toBeNaN();
		expect(ratio(Number.NaN, 2)).toBeNaN();
		expect(ratio(3, 0) <= 2).toBe(false);
	});

	it('rounds without float noise', () => {
		expect(round(0.1 + 0.2, 2)).toBe(0.3);
		expect(round(2.675, 1)).toBe(2.7);
		expect(round(Number.NaN)).toBeNaN();
	});
});
