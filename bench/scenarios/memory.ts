import { startFakeDiscogs } from '../../test/fakes/discogs/index.js';
import { addUsers } from '../../test/helpers/discogsUsers.js';
import { ourEnv, readMemory, sleep, startBot, track, type BotUnderTest, type Memory } from '../lib/bots.js';
import { countKinds, lookup, mapBounded } from '../lib/load.js';
import { mb, rowsFor, times, type ScenarioResult } from '../report.js';
import { ratio, round } from '../stats.js';

const PROFILES = 10_000;
const CONCURRENCY = 20;
/** The fill stops taking new lookups after this long, and says how many it did. */
const FILL_BUDGET_MS = 180_000;
const SETTLE_MS = 3_000;
const ADDED_TARGET_KB = 150 * 1024;
const IDLE_TARGET = 1.25;
const TIMEOUTS = { firstMs: 5_000, finalMs: 10_000 };

function kb(memory: Memory): { rssKb: number; peakKb: number } {
	return { rssKb: memory.rssKb, peakKb: memory.peakKb };
}

/** 4. Resident memory of the bot idle, and after 10,000 distinct profiles went through its cache; the floor's idle RSS. */
export async function memory(): Promise<ScenarioResult> {
	const row = rowsFor('4 memory');
	// A short window keeps the fake's own bookkeeping small; the limit is far above what the fill can reach.
	const discogs = await startFakeDiscogs({ limit: 10_000_000, windowMs: 1_000 });
	const stopDiscogs = track(() => discogs.close());
	const bots: BotUnderTest[] = [];
	try {
		const users = addUsers(discogs, 'mem', PROFILES);
		const floor = await startBot('floor');
		bots.push(floor);
		const ours = await startBot('ours', ourEnv(discogs, { DISCOGS_RATE_LIMIT: '10000000', DISCOGS_RATE_WINDOW_MS: '1000' }));
		bots.push(ours);
		await sleep(SETTLE_MS);
		const idleOurs = readMemory(ours.pid);
		const idleFloor = readMemory(floor.pid);
		const launcher = ours.launcherPid === undefined ? undefined : readMemory(ours.launcherPid).rssKb;
		await floor.stop();

		const started = performance.now();
		const deadline = Date.now() + FILL_BUDGET_MS;
		const results = await mapBounded(users, CONCURRENCY, (username) => lookup(ours.discord, username, TIMEOUTS), () => Date.now() < deadline);
		const fillMs = performance.now() - started;
		await sleep(SETTLE_MS);
		const filled = readMemory(ours.pid);
		const kinds = countKinds(results);
		const upstream = discogs.requestCount('/users/');
		const added = filled.rssKb - idleOurs.rssKb;
		const idleRatio = ratio(idleOurs.rssKb, idleFloor.rssKb);
		const complete = results.length === PROFILES;

		return {
			rows: [
				row('idle RSS ours / floor', `${mb(idleOurs.rssKb)} / ${mb(idleFloor.rssKb)}`),
				row('idle RSS ours / floor', times(idleRatio), `<= ${IDLE_TARGET.toFixed(2)}x`, idleRatio <= IDLE_TARGET),
				row('lookups done (distinct users)', `${results.length} in ${(fillMs / 1000).toFixed(1)} s`, `${PROFILES}`, complete),
				row('answered with a profile', `${kinds.answer} (upstream requests ${upstream})`, `${results.length}`, kinds.answer === results.length),
				row('RSS after the fill', `${mb(filled.rssKb)} (peak ${mb(filled.peakKb)})`),
				row(`RSS added by ${results.length} profiles`, mb(added), `<= ${mb(ADDED_TARGET_KB)}`, added <= ADDED_TARGET_KB),
			],
			notes: [
				`4: RSS is VmRSS of the node process running the bot, both built and run by node (ours through \`npm start\`, whose own process is excluded: ${launcher === undefined ? 'n/a' : mb(launcher)}). Read ${SETTLE_MS / 1000} s after start and ${SETTLE_MS / 1000} s after the fill, without forcing a GC; the cache itself lives in SQLite, so its rows are on disk (and in SQLite's page cache).`,
				...(complete ? [] : [`4: the fill stopped at its ${FILL_BUDGET_MS / 1000} s budget after ${results.length} of ${PROFILES} lookups.`]),
			],
			data: {
				profilesTarget: PROFILES,
				lookupsDone: results.length,
				concurrency: CONCURRENCY,
				fillMs: Math.round(fillMs),
				fillPerSecond: round((1000 * results.length) / fillMs, 1),
				upstreamRequests: upstream,
				answers: kinds,
				idle: { ours: kb(idleOurs), floor: kb(idleFloor) },
				afterFill: kb(filled),
				addedKb: added,
				idleRatio: round(idleRatio, 3),
				npmRssKb: launcher,
				targets: { addedKbMax: ADDED_TARGET_KB, idleRatioMax: IDLE_TARGET },
				pass: { added: added <= ADDED_TARGET_KB, idle: idleRatio <= IDLE_TARGET, complete },
			},
		};
	} finally {
		for (const bot of bots) await bot.stop();
		await stopDiscogs();
	}
}
