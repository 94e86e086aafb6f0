import { startFakeDiscogs } from '../../test/fakes/discogs/index.js';
import { addUsers } from '../../test/helpers/discogsUsers.js';
import { RATE_LIMIT_MARGIN } from '../../src/discogs/rateLimiter.js';
import { DEFAULT_MAX_WAIT_MS } from '../../src/discogs/client.js';
import { ourEnv, startBot, track, type BotUnderTest } from '../lib/bots.js';
import { countKinds, lookup } from '../lib/load.js';
import { ms, percent, rowsFor, times, type ScenarioResult } from '../report.js';
import { ratio, round } from '../stats.js';

const REQUESTS = 200;
const LIMIT = 60;
const WINDOW_MS = 2_000;
const ACK_DEADLINE_MS = 3_000;
const FINISH_TARGET = 1.15;
const TIMEOUTS = { firstMs: 5_000, finalMs: DEFAULT_MAX_WAIT_MS + 15_000 };

/**
 * The least time `requests` can take under a moving window of `limit` per `windowMs`: `limit` go at once, each
 * later batch a full window after the one before, so the last batch leaves after (ceil(requests / limit) - 1)
 * windows. Its answer time is not counted: an ideal client would answer at once.
 */
export function minimumMs(requests: number, limit: number, windowMs: number): number {
	return (Math.ceil(requests / limit) - 1) * windowMs;
}

/** The most requests the fake accepted within any `windowMs` (its own rule: a request counts for windowMs after it arrived). */
function busiestWindow(arrivals: readonly number[], windowMs: number): number {
	const sorted = [...arrivals].sort((a, b) => a - b);
	let most = 0;
	let first = 0;
	for (let last = 0; last < sorted.length; last++) {
		while ((sorted[first] ?? 0) <= (sorted[last] ?? 0) - windowMs) first++;
		most = Math.max(most, last - first + 1);
	}
	return most;
}

/** 3. 200 lookups of distinct uncached users against a fake Discogs enforcing 60 per 2 s. */
export async function distinctBurst(): Promise<ScenarioResult> {
	const row = rowsFor('3 distinct burst');
	const discogs = await startFakeDiscogs({ limit: LIMIT, windowMs: WINDOW_MS });
	const stopDiscogs = track(() => discogs.close());
	let bot: BotUnderTest | undefined;
	try {
		const users = addUsers(discogs, 'distinct', REQUESTS);
		bot = await startBot('ours', ourEnv(discogs, { DISCOGS_RATE_LIMIT: String(LIMIT), DISCOGS_RATE_WINDOW_MS: String(WINDOW_MS) }));
		const ours = bot;
		discogs.reset();
		const results = await Promise.all(users.map((username) => lookup(ours.discord, username, TIMEOUTS)));

		const upstream = discogs.requests.filter((request) => request.path.startsWith('/users/'));
		const refused = upstream.filter((request) => request.status === 429).length;
		const busiest = busiestWindow(
			upstream.filter((request) => request.status !== 429).map((request) => request.at),
			WINDOW_MS,
		);
		const acked = results.filter((result) => result.firstAt !== undefined && result.firstAt - result.dispatchedAt <= ACK_DEADLINE_MS).length;
		const kinds = countKinds(results);
		const deferred = results.filter((result) => result.deferred).length;
		const start = Math.min(...results.map((result) => result.dispatchedAt));
		const finals = results.flatMap((result) => (result.finalAt === undefined ? [] : [result.finalAt]));
		const finishMs = finals.length === REQUESTS ? Math.max(...finals) - start : Number.NaN;
		const budget = Math.max(1, Math.floor(LIMIT * RATE_LIMIT_MARGIN));
		const minimum = minimumMs(REQUESTS, LIMIT, WINDOW_MS);
		const ownMinimum = minimumMs(REQUESTS, budget, WINDOW_MS);
		const finishRatio = ratio(finishMs, minimum);
		// Splits the finish time: pacing by the rate limiter (up to the last request) and answering after it.
		const lastUpstreamMs = upstream.length === 0 ? Number.NaN : Math.max(...upstream.map((request) => request.at)) - start;
		const failures = results.flatMap((result) => (result.failure === undefined ? [] : [`${result.username}: ${result.failure}`]));

		return {
			rows: [
				row('429s at the fake', String(refused), '0', refused === 0),
				row('upstream requests', String(upstream.length), `${REQUESTS}`),
				row(`most accepted in any ${WINDOW_MS} ms`, String(busiest), `<= ${LIMIT}`, busiest <= LIMIT),
				row('acknowledged within 3 s', `${percent(acked, REQUESTS)} (${acked} / ${REQUESTS})`, '100 %', acked === REQUESTS),
				row('answers: profile / rate-limited / error / none', `${kinds.answer} / ${kinds.rate_limited} / ${kinds.error} / ${kinds.none}`, `${REQUESTS} / 0 / 0 / 0`, kinds.answer === REQUESTS),
				row('deferred (answered after 2 s)', `${deferred} / ${REQUESTS}`),
				row('last upstream request sent at', ms(lastUpstreamMs)),
				row('time to finish', ms(finishMs)),
				row('minimum the limit allows', ms(minimum)),
				row('time to finish / minimum', times(finishRatio), `<= ${FINISH_TARGET.toFixed(2)}x`, finishRatio <= FINISH_TARGET),
			],
			notes: [
				`3: minimum = (ceil(N / L) - 1) x W = (ceil(${REQUESTS} / ${LIMIT}) - 1) x ${WINDOW_MS} ms = ${minimum} ms (N requests, L = the fake's limit per moving window W: L may go at once, each later batch one window after the one before; the last batch's answer time is not counted). With the bot's own budget floor(${RATE_LIMIT_MARGIN} x L) = ${budget}, the same formula gives ${ownMinimum} ms.`,
				`3: the bot waits at most ${DEFAULT_MAX_WAIT_MS} ms for a rate-limit slot, then answers "rate-limited"; the answers row counts those. Time to finish: first dispatch to the last answer the users see.`,
			],
			data: {
				requests: REQUESTS,
				limit: LIMIT,
				windowMs: WINDOW_MS,
				botBudgetPerWindow: budget,
				upstreamRequests: upstream.length,
				status429: refused,
				busiestWindow: busiest,
				acknowledgedWithin3s: acked,
				answers: kinds,
				deferred,
				lastUpstreamMs,
				finishMs,
				minimumMs: minimum,
				minimumWithBotBudgetMs: ownMinimum,
				minimumFormula: '(ceil(N / L) - 1) * W',
				finishRatio: round(finishRatio, 3),
				failures: failures.slice(0, 5),
				pass: { no429: refused === 0, acked: acked === REQUESTS, finish: finishRatio <= FINISH_TARGET, allProfiles: kinds.answer === REQUESTS },
			},
		};
	} finally {
		await bot?.stop();
		await stopDiscogs();
	}
}
