import { describe, expect, it } from 'vitest';
import { RestartBackoff, SHARD_RESTART_BACKOFF } from '../../src/bot/restartBackoff.js';

/** Starts at `at`, dies `ranMs` later; the wait before the next start. */
function crash(backoff: RestartBackoff, at: number, ranMs: number): number {
	backoff.started(at);
	return backoff.exited(at + ranMs);
}

describe('RestartBackoff: how long a shard that died waits before it is started again', () => {
	it('waits 1 s, then twice as long after each quick death, up to a minute', () => {
		const backoff = new RestartBackoff();
		let now = 0;
		const waits: number[] = [];
		for (let death = 0; death < 9; death++) {
			const wait = crash(backoff, now, 2_000);
			waits.push(wait);
			now += 2_000 + wait;
		}
		expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
	});

	it('starts over at 1 s once a run lasted a minute', () => {
		const backoff = new RestartBackoff();
		expect([crash(backoff, 0, 100), crash(backoff, 1_100, 100), crash(backoff, 3_200, 100)]).toEqual([1_000, 2_000, 4_000]);
		expect(crash(backoff, 10_000, SHARD_RESTART_BACKOFF.stableMs)).toBe(1_000);
		expect(crash(backoff, 80_000, SHARD_RESTART_BACKOFF.stableMs - 1)).toBe(2_000);
	});

	it('stays finite however long a shard keeps dying', () => {
		const backoff = new RestartBackoff({ initialMs: 10, maxMs: 1_000, stableMs: 5_000 });
		let last = 0;
		for (let death = 0; death < 5_000; death++) last = crash(backoff, death * 2_000, 1);
		expect(last).toBe(1_000);
	});
});
