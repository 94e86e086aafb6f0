import { cpus } from 'node:os';
import { FAKE_CONSUMER_KEY, FAKE_CONSUMER_SECRET } from '../../test/fakes/discogs/index.js';
import type { FakeDiscord } from '../../test/fakes/discord/index.js';
import { addUsers } from '../../test/helpers/discogsUsers.js';
import type { HttpStack } from '../../test/helpers/httpStack.js';
import type { StoreServer } from '../../test/helpers/services.js';
import { TEST_ENCRYPTION_KEY } from '../../test/helpers/stack.js';
import { ourEnv, startBot, type BotUnderTest } from '../lib/bots.js';
import { answersPerReplica, startTrackedHttpStack, startTrackedRedis } from '../lib/httpBots.js';
import { countKinds, lookup, mapBounded, type LookupResult } from '../lib/load.js';
import { highestHeld, paced, ramp, type RateStep } from '../lib/openLoop.js';
import { ms, rowsFor, times, type Row, type ScenarioResult } from '../report.js';
import { ratio, round, summarize, type Summary } from '../stats.js';

const row = rowsFor('9 HTTP mode');

const CACHED_USERS = 50;
const UNLIMITED = '1000000';
/** Latency, as warmLookups measures it: closed loop, batches alternating between the modes. */
const MEASURED = 500;
const WARMUP = 100;
const CONCURRENCY = 20;
const ROUNDS = 5;
const LATENCY_TIMEOUTS = { firstMs: 5_000, finalMs: 10_000 };
/** Sustained rate: open-loop steps; an answer later than Discord's 3 s is a failure anyway. */
const RATES = [10, 25, 50, 100, 200, 400, 800] as const;
const STEP_MS = 3_000;
const PAUSE_MS = 500;
const P99_LIMIT_MS = 100;
const RATE_TIMEOUTS = { firstMs: 3_500, finalMs: 5_000 };
const RATE_WARMUP = { ratePerSecond: 25, durationMs: 2_000 };

type Mode = 'gateway' | 'http';

interface Part {
	rows: Row[];
	notes: string[];
	data: Record<string, unknown>;
}

function rounded(summary: Summary | undefined): Summary | undefined {
	if (summary === undefined) return undefined;
	const keep = (value: number) => round(value, 3);
	return { count: summary.count, min: keep(summary.min), mean: keep(summary.mean), p50: keep(summary.p50), p95: keep(summary.p95), p99: keep(summary.p99), max: keep(summary.max) };
}

function batch(discord: FakeDiscord, usernames: readonly string[]): Promise<LookupResult[]> {
	return mapBounded(usernames, CONCURRENCY, (username) => lookup(discord, username, LATENCY_TIMEOUTS));
}

/** Caches every profile first (through the bot, as members would), so every measured lookup is a cache hit. */
async function warm(discord: FakeDiscord, users: readonly string[], what: string): Promise<void> {
	const answered = countKinds(await batch(discord, users)).answer;
	if (answered !== users.length) throw new Error(`${what}: only ${answered} of ${users.length} profiles could be cached first`);
}

function latencies(results: readonly LookupResult[]): number[] {
	return results.flatMap((result) => (result.firstMs === undefined ? [] : [result.firstMs]));
}

const triple = (summary: Summary): string => `${ms(summary.p50)} / ${ms(summary.p95)} / ${ms(summary.p99)}`;

/** 9a. Warm lookups through HTTP mode (one replica, the fake POSTing to it) against gateway mode, in one run. */
async function latencyAgainstGateway(): Promise<Part> {
	const http = await startTrackedHttpStack({ discogs: { limit: Number(UNLIMITED) }, env: { DISCOGS_RATE_LIMIT: UNLIMITED } });
	let gateway: BotUnderTest | undefined;
	try {
		const users = addUsers(http.discogs, 'warm', CACHED_USERS);
		// The same Discogs fake and credentials as the HTTP replica; the store is SQLite in its own temp dir for both.
		gateway = await startBot(
			'ours',
			ourEnv(http.discogs, { DISCOGS_RATE_LIMIT: UNLIMITED, DISCOGS_CONSUMER_KEY: FAKE_CONSUMER_KEY, DISCOGS_CONSUMER_SECRET: FAKE_CONSUMER_SECRET, ENCRYPTION_KEY: TEST_ENCRYPTION_KEY }),
		);
		const discord: Record<Mode, FakeDiscord> = { gateway: gateway.discord, http: http.discord };
		await warm(discord.gateway, users, 'gateway mode');
		await warm(discord.http, users, 'HTTP mode');
		const pick = (count: number, offset: number): string[] => Array.from({ length: count }, (_, index) => users[(offset + index) % users.length] ?? 'warm0');
		const upstreamBefore = http.discogs.requestCount('/users/');
		await batch(discord.gateway, pick(WARMUP, 0));
		await batch(discord.http, pick(WARMUP, 0));

		const measured: Record<Mode, LookupResult[]> = { gateway: [], http: [] };
		const perRound = MEASURED / ROUNDS;
		for (let round = 0; round < ROUNDS; round++) {
			// Alternating which goes first, so drift on a shared machine hits both alike.
			const order: readonly Mode[] = round % 2 === 0 ? ['gateway', 'http'] : ['http', 'gateway'];
			for (const mode of order) measured[mode].push(...(await batch(discord[mode], pick(perRound, round * perRound))));
		}
		const upstream = http.discogs.requestCount('/users/') - upstreamBefore;

		const latency = { gateway: summarize(latencies(measured.gateway)), http: summarize(latencies(measured.http)) };
		const kinds = { gateway: countKinds(measured.gateway), http: countKinds(measured.http) };
		const inline = measured.http.filter((result) => result.firstMs !== undefined && !result.deferred).length;
		const ratios = { p50: ratio(latency.http.p50, latency.gateway.p50), p95: ratio(latency.http.p95, latency.gateway.p95), p99: ratio(latency.http.p99, latency.gateway.p99) };
		return {
			rows: [
				row('gateway: answered with a profile', `${kinds.gateway.answer} / ${MEASURED}`, `${MEASURED}`, kinds.gateway.answer === MEASURED),
				row('HTTP: answered with a profile', `${kinds.http.answer} / ${MEASURED}`, `${MEASURED}`, kinds.http.answer === MEASURED),
				row('upstream requests while measuring', String(upstream), '0 (all cached)', upstream === 0),
				row('HTTP: answered inline (no deferral)', `${inline} / ${MEASURED}`),
				row('gateway p50 / p95 / p99', triple(latency.gateway)),
				row('HTTP p50 / p95 / p99', triple(latency.http)),
				row('HTTP / gateway p50', times(ratios.p50)),
				row('HTTP / gateway p95', times(ratios.p95)),
				row('HTTP / gateway p99', times(ratios.p99)),
			],
			notes: [
				`9: ${MEASURED} measured /discogs profile lookups per mode over ${CACHED_USERS} cached users, ${CONCURRENCY} in flight, in ${ROUNDS} alternating batches after ${WARMUP} unmeasured ones each. Latency: from just before the fake Discord sends the interaction (gateway: INTERACTION_CREATE; HTTP: the signed POST to the replica's /interactions) to the first accepted response (gateway: the callback by REST; HTTP: the inline answer to the POST, as the fake records it). Gateway mode runs through \`npm start\`; the HTTP replica is node on dist/src/index.js (test/helpers/httpStack.ts), both on SQLite.`,
			],
			data: {
				measured: MEASURED,
				latencyMs: { gateway: rounded(latency.gateway), http: rounded(latency.http) },
				ratios: { p50: round(ratios.p50, 3), p95: round(ratios.p95, 3), p99: round(ratios.p99, 3) },
				answers: kinds,
				httpInline: inline,
				upstreamRequestsWhileMeasuring: upstream,
			},
		};
	} finally {
		await gateway?.stop();
		await http.stop();
	}
}

interface Sustained {
	label: string;
	steps: RateStep[];
	answeredBy: number[];
	upstream: number;
}

interface Setup {
	label: string;
	stack: HttpStack;
	users: string[];
}

/**
 * `replicas` processes in HTTP mode on a fresh Redis database (behind nginx when more than one), each profile cached
 * and every replica warmed; `started` gets the stack before anything can fail, so the caller always stops it.
 */
async function startSetup(label: string, replicas: number, redis: StoreServer, started: HttpStack[]): Promise<Setup> {
	const stack = await startTrackedHttpStack({ replicas, discogs: { limit: Number(UNLIMITED) }, env: { DATABASE_URL: await redis.freshUrl(), DISCOGS_RATE_LIMIT: UNLIMITED } });
	started.push(stack);
	const users = addUsers(stack.discogs, 'rate', CACHED_USERS);
	await warm(stack.discord, users, label);
	// Unmeasured: reaches every replica (round robin), so each has warmed its JIT and its Redis connection.
	await paced(stack.discord, users, RATE_WARMUP.ratePerSecond, RATE_WARMUP.durationMs, RATE_TIMEOUTS);
	return { label, stack, users };
}

const describeStep = (step: RateStep): string =>
	`${step.ratePerSecond}/s: p99 ${ms(step.latency?.p99)}${step.failures > 0 ? `, ${step.failures} of ${step.sent} failed` : ''}`;

function sustainedRows(result: Sustained): Row[] {
	const held = highestHeld(result.steps);
	const broke = result.steps.find((step) => !step.held);
	const lastRate = RATES[RATES.length - 1] ?? 0;
	const sent = result.steps.reduce((sum, step) => sum + step.sent, 0);
	const rows = [
		row(`${result.label}: highest rate held at p99 < ${P99_LIMIT_MS} ms`, held ? `${held.ratePerSecond}/s (p99 ${ms(held.latency?.p99)})` : `none (${broke ? describeStep(broke) : 'no step ran'})`),
		row(`${result.label}: first rate not held`, broke ? describeStep(broke) : `none up to ${lastRate}/s`),
		row(`${result.label}: upstream requests while stepping`, String(result.upstream), '0 (all cached)', result.upstream === 0),
	];
	if (result.answeredBy.length > 1) rows.push(row(`${result.label}: answered by each replica`, `${result.answeredBy.join(' / ')} of ${sent}`));
	return rows;
}

function stepData(result: Sustained): Record<string, unknown> {
	return {
		highestHeldPerSecond: highestHeld(result.steps)?.ratePerSecond ?? null,
		answeredByReplica: result.answeredBy,
		upstreamRequestsWhileStepping: result.upstream,
		steps: result.steps.map((step) => ({
			ratePerSecond: step.ratePerSecond,
			sent: step.sent,
			held: step.held,
			failures: step.failures,
			firstFailure: step.firstFailure?.slice(0, 300),
			maxLagMs: round(step.maxLagMs, 1),
			latencyMs: rounded(step.latency),
		})),
	};
}

/**
 * 9b. Interactions per second that one replica, and two behind nginx on one Redis, sustain at p99 under 100 ms. Both
 * setups run side by side and take turns at each rate, so drift on a shared machine hits both alike.
 */
async function sustainedRates(): Promise<Part> {
	const redis = await startTrackedRedis();
	const stacks: HttpStack[] = [];
	try {
		const setups = [await startSetup('1 replica', 1, redis, stacks), await startSetup('2 replicas + nginx', 2, redis, stacks)];
		const upstreamBefore = setups.map((setup) => setup.stack.discogs.requestCount('/users/'));
		const steps = await ramp(
			setups.map((setup) => ({ discord: setup.stack.discord, usernames: setup.users })),
			{ rates: RATES, stepMs: STEP_MS, p99LimitMs: P99_LIMIT_MS, timeouts: RATE_TIMEOUTS, pauseMs: PAUSE_MS },
		);
		const [one, two] = await Promise.all(
			setups.map(async (setup, index): Promise<Sustained> => {
				const ran = steps[index] ?? [];
				return {
					label: setup.label,
					steps: ran,
					answeredBy: await answersPerReplica(setup.stack, new Set(ran.flatMap((step) => step.ids))),
					upstream: setup.stack.discogs.requestCount('/users/') - (upstreamBefore[index] ?? 0),
				};
			}),
		);
		if (one === undefined || two === undefined) throw new Error('both setups should have been measured');
		const heldOne = highestHeld(one.steps)?.ratePerSecond ?? Number.NaN;
		const heldTwo = highestHeld(two.steps)?.ratePerSecond ?? Number.NaN;
		const perStep = (result: Sustained) => `${result.label}: ${result.steps.map(describeStep).join('; ')}`;
		return {
			rows: [...sustainedRows(one), ...sustainedRows(two), row('2 replicas / 1 replica, highest rate held', times(ratio(heldTwo, heldOne)))],
			notes: [
				`9: sustained rate: warm /discogs profile lookups (${CACHED_USERS} cached users) sent open loop, each started at its time on the clock whether or not earlier ones were answered, in steps of ${STEP_MS / 1000} s at ${RATES.join(', ')} per second; the two setups run side by side and take turns at each rate, and each stops at its first step with a failure or a p99 at or over ${P99_LIMIT_MS} ms (latency from each lookup's scheduled start to its first accepted response). Both on one Redis; one replica is the endpoint itself, two stand behind nginx (round robin, a new connection per request).`,
				`9: per step, ${perStep(one)}. ${perStep(two)}. results.json has each step's p50, p95 and the harness's largest lag behind the schedule (a large one means the harness, starved of CPU, was late to send).`,
				`9: no target: on this ${cpus().length}-core machine the fake Discord (which signs and POSTs every interaction, in the harness process), nginx, Redis and the replicas all share the cores, so these figures measure the machine as much as the bot; adding a replica adds no core.`,
			],
			data: { rates: RATES, stepMs: STEP_MS, p99LimitMs: P99_LIMIT_MS, cpus: cpus().length, oneReplica: stepData(one), twoReplicas: stepData(two) },
		};
	} finally {
		for (const stack of stacks) await stack.stop();
		await redis.stop();
	}
}

/** 9. HTTP mode: warm-lookup latency against gateway mode, then the rate one and two replicas sustain. No targets. */
export async function httpMode(): Promise<ScenarioResult> {
	const latency = await latencyAgainstGateway();
	const rates = await sustainedRates();
	return { rows: [...latency.rows, ...rates.rows], notes: [...latency.notes, ...rates.notes], data: { latency: latency.data, sustained: rates.data } };
}
