import type { FakeDiscord, InteractionHandle } from '../../test/fakes/discord/index.js';
import { summarize, type Summary } from '../stats.js';
import { sleep } from './bots.js';
import { classify, profileCommand, type AnswerKind, type LookupTimeouts } from './load.js';

/** One lookup started on a fixed schedule, whatever became of the ones before it. */
export interface PacedLookup {
	/** The interaction id, once the fake sent it. */
	id: string | undefined;
	/**
	 * From the moment the schedule set for it to the first accepted response (performance.now, sub-ms). From the
	 * schedule, not from the send: a harness that falls behind delays the send, and that wait is the user's too.
	 */
	latencyMs: number | undefined;
	/** How late the harness started it: a large lag means the harness, not the bot, was the bottleneck. */
	lagMs: number;
	kind: AnswerKind;
	deferred: boolean;
	/** Why it does not count as answered: no response, a refused one, an endpoint failure, or not a profile. */
	failure: string | undefined;
}

export interface RateStep {
	ratePerSecond: number;
	sent: number;
	/** Over the lookups that got a first response; undefined when none did. */
	latency: Summary | undefined;
	failures: number;
	firstFailure: string | undefined;
	maxLagMs: number;
	/** No failure and a p99 under the limit. */
	held: boolean;
	ids: string[];
}

export interface RampOptions {
	/** Ascending, per second. */
	rates: readonly number[];
	stepMs: number;
	p99LimitMs: number;
	timeouts: LookupTimeouts;
	/** Between steps, so one step's stragglers (and its closed sockets) do not start the next. */
	pauseMs: number;
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

async function pacedLookup(discord: FakeDiscord, username: string, scheduledAt: number, timeouts: LookupTimeouts): Promise<PacedLookup> {
	const result: PacedLookup = { id: undefined, latencyMs: undefined, lagMs: performance.now() - scheduledAt, kind: 'none', deferred: false, failure: undefined };
	let handle: InteractionHandle;
	try {
		handle = await discord.slash(profileCommand(username));
	} catch (error) {
		result.failure = `not sent: ${message(error)}`;
		return result;
	}
	result.id = handle.id;
	try {
		await handle.firstResponse(timeouts.firstMs);
		result.latencyMs = performance.now() - scheduledAt;
		const answer = await handle.final(timeouts.finalMs);
		result.deferred = answer.deferred;
		result.kind = classify(answer);
		if (result.kind !== 'answer') result.failure = `answered with ${result.kind}`;
	} catch (error) {
		result.failure = message(error);
	}
	// Over HTTP, what Discord would show as "This interaction failed" (a late, refused or malformed endpoint answer).
	const endpointFailure = handle.delivery?.failure;
	if (endpointFailure !== undefined) result.failure = `endpoint: ${endpointFailure}`;
	return result;
}

/**
 * Open loop: `ratePerSecond` profile lookups a second for `durationMs`, each started at its own time on the clock
 * (behind schedule, the late ones go at once), never waiting for earlier answers; resolves when all have settled,
 * each within the bounds of `timeouts`.
 */
export async function paced(discord: FakeDiscord, usernames: readonly string[], ratePerSecond: number, durationMs: number, timeouts: LookupTimeouts): Promise<PacedLookup[]> {
	if (usernames.length === 0) throw new Error('paced lookups need at least one username');
	if (!(ratePerSecond > 0)) throw new Error(`the rate must be positive, not ${ratePerSecond}`);
	const count = Math.max(1, Math.round((ratePerSecond * durationMs) / 1000));
	const started = performance.now();
	const inFlight: Array<Promise<PacedLookup>> = [];
	for (let index = 0; index < count; index++) {
		const scheduledAt = started + (index * 1000) / ratePerSecond;
		const wait = scheduledAt - performance.now();
		if (wait > 0) await sleep(wait);
		inFlight.push(pacedLookup(discord, usernames[index % usernames.length] ?? '', scheduledAt, timeouts));
	}
	return Promise.all(inFlight);
}

function step(ratePerSecond: number, lookups: readonly PacedLookup[], p99LimitMs: number): RateStep {
	const latencies = lookups.flatMap((lookup) => (lookup.latencyMs === undefined ? [] : [lookup.latencyMs]));
	const failed = lookups.filter((lookup) => lookup.failure !== undefined);
	const latency = latencies.length === 0 ? undefined : summarize(latencies);
	return {
		ratePerSecond,
		sent: lookups.length,
		latency,
		failures: failed.length,
		firstFailure: failed[0]?.failure,
		maxLagMs: Math.max(0, ...lookups.map((lookup) => lookup.lagMs)),
		held: failed.length === 0 && latency !== undefined && latency.p99 < p99LimitMs,
		ids: lookups.flatMap((lookup) => (lookup.id === undefined ? [] : [lookup.id])),
	};
}

/** Where one setup's lookups go: its fake Discord and the users whose profiles it has cached. */
export interface RampTarget {
	discord: FakeDiscord;
	usernames: readonly string[];
}

/**
 * Steps every target up through `rates`, one target at a time at each rate (which goes first alternates from one rate
 * to the next, so drift on a shared machine hits them alike); a target stops after its first step that did not hold
 * (a failure, or p99 at or over the limit). One list of steps per target, in the targets' order.
 */
export async function ramp(targets: readonly RampTarget[], options: RampOptions): Promise<RateStep[][]> {
	const steps: RateStep[][] = targets.map(() => []);
	const going = new Set(targets.keys());
	for (const [rateIndex, rate] of options.rates.entries()) {
		const order = [...going];
		if (rateIndex % 2 === 1) order.reverse();
		for (const index of order) {
			const target = targets[index];
			if (target === undefined) continue;
			const result = step(rate, await paced(target.discord, target.usernames, rate, options.stepMs, options.timeouts), options.p99LimitMs);
			steps[index]?.push(result);
			if (!result.held) going.delete(index);
			await sleep(options.pauseMs);
		}
		if (going.size === 0) break;
	}
	return steps;
}

/** The last step that held before the first that did not (steps run in ascending order), or undefined. */
export function highestHeld(steps: readonly RateStep[]): RateStep | undefined {
	return steps.filter((result) => result.held).at(-1);
}
