import { startFakeDiscogs } from '../../test/fakes/discogs/index.js';
import { addUsers } from '../../test/helpers/discogsUsers.js';
import { ourEnv, startBot, track, type BotUnderTest } from '../lib/bots.js';
import { countKinds, lookup, mapBounded, profileCommand, type LookupResult } from '../lib/load.js';
import { ms, rowsFor, times, type ScenarioResult } from '../report.js';
import { ratio, round, summarize, type Summary } from '../stats.js';

const CACHED_USERS = 50;
const MEASURED = 1000;
const WARMUP = 100;
const CONCURRENCY = 20;
/** Measured batches alternate between the bots, so drift on a shared machine hits both alike. */
const ROUNDS = 20;
const TIMEOUTS = { firstMs: 5_000, finalMs: 10_000 };
const P50_TARGET = 1.25;
const P99_TARGET = 1.5;

interface Series {
	results: LookupResult[];
	wallMs: number;
}

async function batch(bot: BotUnderTest, usernames: readonly string[]): Promise<Series> {
	const started = performance.now();
	const results = await mapBounded(usernames, CONCURRENCY, (username) => lookup(bot.discord, username, TIMEOUTS));
	return { results, wallMs: performance.now() - started };
}

function latencies(results: readonly LookupResult[]): number[] {
	return results.flatMap((result) => (result.firstMs === undefined ? [] : [result.firstMs]));
}

function rounded(summary: Summary): Summary {
	return {
		count: summary.count,
		min: round(summary.min, 3),
		mean: round(summary.mean, 3),
		p50: round(summary.p50, 3),
		p95: round(summary.p95, 3),
		p99: round(summary.p99, 3),
		max: round(summary.max, 3),
	};
}

/** 1. Cached `/discogs profile` lookups against a bare discord.js bot answering a fixed embed, both built and run by node. */
export async function warmLookups(): Promise<ScenarioResult> {
	const row = rowsFor('1 warm lookups');
	const discogs = await startFakeDiscogs({ limit: 1_000_000 });
	const stopDiscogs = track(() => discogs.close());
	const bots: BotUnderTest[] = [];
	try {
		const users = addUsers(discogs, 'warm', CACHED_USERS);
		const ours = await startBot('ours', ourEnv(discogs, { DISCOGS_RATE_LIMIT: '1000000' }));
		bots.push(ours);
		const warming = await batch(ours, users);
		const warmed = countKinds(warming.results).answer;
		if (warmed !== users.length) throw new Error(`only ${warmed} of ${users.length} profiles could be cached first`);
		// The floor answers with one of our cards, fixed: the fake's work per answer (validating and keeping it) is the same for both.
		const card = (await (await ours.discord.slash(profileCommand(users[0] ?? 'warm0'))).final(TIMEOUTS.finalMs)).data.embeds?.[0];
		if (!card) throw new Error('our bot answered a warm lookup without an embed');
		const floor = await startBot('floor', { FLOOR_EMBED: JSON.stringify(card) });
		bots.push(floor);
		const upstreamBefore = discogs.requestCount('/users/');
		const pick = (count: number, offset: number): string[] =>
			Array.from({ length: count }, (_, index) => users[(offset + index) % users.length] ?? 'warm0');
		// Unmeasured: lets both processes' JITs and connection pools warm up the same way.
		await batch(ours, pick(WARMUP, 0));
		await batch(floor, pick(WARMUP, 0));

		const measured: Record<'ours' | 'floor', Series> = { ours: { results: [], wallMs: 0 }, floor: { results: [], wallMs: 0 } };
		const perRound = MEASURED / ROUNDS;
		for (let round = 0; round < ROUNDS; round++) {
			const order = round % 2 === 0 ? ([ours, floor] as const) : ([floor, ours] as const);
			for (const bot of order) {
				const series = await batch(bot, pick(perRound, round * perRound));
				measured[bot.kind].results.push(...series.results);
				measured[bot.kind].wallMs += series.wallMs;
			}
		}
		const upstreamDuring = discogs.requestCount('/users/') - upstreamBefore;

		const oursLatency = summarize(latencies(measured.ours.results));
		const floorLatency = summarize(latencies(measured.floor.results));
		const oursRate = (1000 * measured.ours.results.length) / measured.ours.wallMs;
		const floorRate = (1000 * measured.floor.results.length) / measured.floor.wallMs;
		const oursKinds = countKinds(measured.ours.results);
		const floorKinds = countKinds(measured.floor.results);
		const p50Ratio = ratio(oursLatency.p50, floorLatency.p50);
		const p99Ratio = ratio(oursLatency.p99, floorLatency.p99);

		const rows = [
			row('ours: answered with a profile', `${oursKinds.answer} / ${MEASURED}`, `${MEASURED}`, oursKinds.answer === MEASURED),
			row('floor: answered', `${floorKinds.answer} / ${MEASURED}`, `${MEASURED}`, floorKinds.answer === MEASURED),
			row('upstream requests while measuring', String(upstreamDuring), '0 (all cached)', upstreamDuring === 0),
			row('ours p50 / p95 / p99', `${ms(oursLatency.p50)} / ${ms(oursLatency.p95)} / ${ms(oursLatency.p99)}`),
			row('floor p50 / p95 / p99', `${ms(floorLatency.p50)} / ${ms(floorLatency.p95)} / ${ms(floorLatency.p99)}`),
			row('ours / floor p50', times(p50Ratio), `<= ${P50_TARGET.toFixed(2)}x`, p50Ratio <= P50_TARGET),
			row('ours / floor p95', times(ratio(oursLatency.p95, floorLatency.p95))),
			row('ours / floor p99', times(p99Ratio), `<= ${P99_TARGET.toFixed(2)}x`, p99Ratio <= P99_TARGET),
			row('throughput ours / floor', `${oursRate.toFixed(0)} / ${floorRate.toFixed(0)} per s`),
			row('throughput ours / floor', times(ratio(oursRate, floorRate))),
		];
		return {
			rows,
			notes: [
				`1: ${MEASURED} measured lookups per bot over ${CACHED_USERS} cached users, ${CONCURRENCY} in flight, in ${ROUNDS} alternating batches, after ${WARMUP} unmeasured ones each. Latency: from just before the fake sends INTERACTION_CREATE to the first accepted callback (performance.now in the harness, which hosts the fake). Both bots are built JavaScript run by node: ours through \`npm start\`, the floor as \`node dist/bench/floorBot.js\`, answering every lookup with one of our profile cards (so the fake Discord, which shares the two cores, validates and keeps answers of the same size for both).`,
			],
			data: {
				measured: MEASURED,
				cachedUsers: CACHED_USERS,
				concurrency: CONCURRENCY,
				rounds: ROUNDS,
				warmup: WARMUP,
				latencyMs: { ours: rounded(oursLatency), floor: rounded(floorLatency) },
				ratios: {
					p50: round(p50Ratio, 3),
					p95: round(ratio(oursLatency.p95, floorLatency.p95), 3),
					p99: round(p99Ratio, 3),
					throughput: round(ratio(oursRate, floorRate), 3),
				},
				throughputPerSecond: { ours: round(oursRate, 1), floor: round(floorRate, 1) },
				answers: { ours: oursKinds, floor: floorKinds },
				upstreamRequestsWhileMeasuring: upstreamDuring,
				targets: { p50RatioMax: P50_TARGET, p99RatioMax: P99_TARGET },
				pass: { p50: p50Ratio <= P50_TARGET, p99: p99Ratio <= P99_TARGET },
			},
		};
	} finally {
		for (const bot of bots) await bot.stop();
		await stopDiscogs();
	}
}
