import { startFakeDiscogs } from '../../test/fakes/discogs/index.js';
import { addUsers } from '../../test/helpers/discogsUsers.js';
import { ourEnv, startBot, track, type BotUnderTest } from '../lib/bots.js';
import { countKinds, lookup, mapBounded } from '../lib/load.js';
import { ms, rowsFor, type ScenarioResult } from '../report.js';
import { round, summarize } from '../stats.js';

const BURST = 100;
const WARMUP = 20;
const TIMEOUTS = { firstMs: 5_000, finalMs: 15_000 };

/** 2. 100 concurrent lookups of one uncached user: the cache's single flight should ask Discogs once. */
export async function identicalBurst(): Promise<ScenarioResult> {
	const row = rowsFor('2 identical burst');
	const discogs = await startFakeDiscogs({ limit: 1_000_000 });
	const stopDiscogs = track(() => discogs.close());
	let bot: BotUnderTest | undefined;
	try {
		const [username = 'same0'] = addUsers(discogs, 'same', 1);
		bot = await startBot('ours', ourEnv(discogs, { DISCOGS_RATE_LIMIT: '1000000' }));
		const ours = bot;
		// Unmeasured: a just-started process would otherwise be timing its JIT, not the burst.
		await mapBounded(Array.from({ length: WARMUP }, () => 'rodneyfool'), 5, (name) => lookup(ours.discord, name, TIMEOUTS));
		const path = `/users/${username}`;
		const before = discogs.requestCount(path);
		const results = await Promise.all(Array.from({ length: BURST }, () => lookup(ours.discord, username, TIMEOUTS)));
		const upstream = discogs.requestCount(path) - before;
		const kinds = countKinds(results);
		const start = Math.min(...results.map((result) => result.dispatchedAt));
		const finals = results.flatMap((result) => (result.finalAt === undefined ? [] : [result.finalAt]));
		const lastAnswerMs = finals.length === BURST ? Math.max(...finals) - start : Number.NaN;
		const first = summarize(results.flatMap((result) => (result.firstMs === undefined ? [] : [result.firstMs])));
		const failures = results.flatMap((result) => (result.failure === undefined ? [] : [result.failure]));

		return {
			rows: [
				row('upstream requests', String(upstream), '1', upstream === 1),
				row('answered with the profile', `${kinds.answer} / ${BURST}`, `${BURST}`, kinds.answer === BURST),
				row('time to the last answer', ms(lastAnswerMs)),
				row('first callback p50 / p99', `${ms(first.p50)} / ${ms(first.p99)}`),
			],
			notes: [`2: ${BURST} lookups of one uncached user sent at once (after ${WARMUP} unmeasured lookups of another user); time from the first dispatch to the last answer the users see.`],
			data: {
				burst: BURST,
				upstreamRequests: upstream,
				answers: kinds,
				lastAnswerMs,
				firstCallbackMs: { p50: round(first.p50, 3), p99: round(first.p99, 3), max: round(first.max, 3) },
				failures: failures.slice(0, 5),
				pass: { upstream: upstream === 1 },
			},
		};
	} finally {
		await bot?.stop();
		await stopDiscogs();
	}
}
