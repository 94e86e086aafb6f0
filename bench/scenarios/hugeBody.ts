import { startFakeDiscogs } from '../../test/fakes/discogs/index.js';
import { addUsers, profileNamed } from '../../test/helpers/discogsUsers.js';
import { ourEnv, readMemory, startBot, track, type BotUnderTest } from '../lib/bots.js';
import { lookup, mapBounded, type LookupResult } from '../lib/load.js';
import { mb, ms, rowsFor, times, type ScenarioResult } from '../report.js';
import { ratio, round, summarize } from '../stats.js';

const HUGE_LOOKUPS = 5;
const OTHERS = 40;
const CONCURRENCY = 5;
/** About 20 MB of profile text, sent chunked (no Content-Length), so the bot must stop reading it itself. */
const HUGE_PROFILE = 'words '.repeat(3_500_000);
const TIMEOUTS = { firstMs: 5_000, finalMs: 15_000 };
const TOO_LARGE = 'Discogs sent an answer too large to read (over 1 MB), so I stopped reading it. Try again later.';

function firstMs(results: readonly LookupResult[]) {
	return summarize(results.flatMap((result) => (result.firstMs === undefined ? [] : [result.firstMs])));
}

/** Acknowledged within Discord's 3 s: the fake refuses a later first callback, so a late one shows as none. */
function inTime(results: readonly LookupResult[]): number {
	return results.filter((result) => result.firstAt !== undefined && result.firstAt - result.dispatchedAt < 3_000).length;
}

/**
 * 6. The canary: while members look up a 20 MB profile, everyone else's lookups are timed, and the bot's peak
 * RSS is read. The same lookups without the huge ones, first, are the reference.
 */
export async function hugeBody(): Promise<ScenarioResult> {
	const row = rowsFor('6 huge body canary');
	const discogs = await startFakeDiscogs({ limit: 1_000_000, chunked: true });
	const stopDiscogs = track(() => discogs.close());
	let bot: BotUnderTest | undefined;
	try {
		discogs.addUser({ ...profileNamed('huge_profile', 6_000_001), profile: HUGE_PROFILE });
		const calm = addUsers(discogs, 'calm_', OTHERS);
		const stormy = addUsers(discogs, 'stormy_', OTHERS);
		bot = await startBot('ours', ourEnv(discogs, { DISCOGS_RATE_LIMIT: '1000000' }));
		const ours = bot;
		await mapBounded(Array.from({ length: 10 }, () => 'rodneyfool'), CONCURRENCY, (name) => lookup(ours.discord, name, TIMEOUTS));
		const before = readMemory(ours.pid);
		const reference = await mapBounded(calm, CONCURRENCY, (name) => lookup(ours.discord, name, TIMEOUTS));
		const [huge, during] = await Promise.all([
			Promise.all(Array.from({ length: HUGE_LOOKUPS }, () => ours.discord.slash({ name: 'discogs', options: [{ type: 1, name: 'profile', options: [{ type: 3, name: 'username', value: 'huge_profile' }] }] }).then((handle) => handle.final(TIMEOUTS.finalMs)))),
			mapBounded(stormy, CONCURRENCY, (name) => lookup(ours.discord, name, TIMEOUTS)),
		]);
		const after = readMemory(ours.pid);
		const tooLarge = huge.filter((answer) => answer.data.embeds?.[0]?.description === TOO_LARGE).length;
		const calmFirst = firstMs(reference);
		const stormyFirst = firstMs(during);
		const p99Ratio = ratio(stormyFirst.p99, calmFirst.p99);
		const growthKb = after.peakKb - before.rssKb;
		return {
			rows: [
				row('huge lookups answered "too large"', `${tooLarge} / ${HUGE_LOOKUPS}`, `${HUGE_LOOKUPS}`, tooLarge === HUGE_LOOKUPS),
				row('other members acknowledged within 3 s', `${inTime(during)} / ${OTHERS}`, `${OTHERS}`, inTime(during) === OTHERS),
				row('others first callback p50 / p99 (alone)', `${ms(calmFirst.p50)} / ${ms(calmFirst.p99)}`),
				row('others first callback p50 / p99 (with huge)', `${ms(stormyFirst.p50)} / ${ms(stormyFirst.p99)}`, '', null),
				row('others p99 with huge vs alone', times(p99Ratio)),
				row('peak RSS growth during the huge lookups', mb(growthKb), '≤ 50 MB', growthKb <= 50 * 1024),
			],
			notes: [
				`6: ${HUGE_LOOKUPS} lookups of a ${Math.round(HUGE_PROFILE.length / 1e6)} MB profile (sent chunked, so only the bot's own cap stops it) alongside ${OTHERS} lookups of other users, ${CONCURRENCY} at a time; "alone" is the same number of other users first, without them. RSS growth: peak (VmHWM) after, minus RSS before.`,
			],
			data: {
				hugeLookups: HUGE_LOOKUPS,
				tooLarge,
				others: OTHERS,
				inTime: inTime(during),
				alone: { p50: round(calmFirst.p50, 3), p99: round(calmFirst.p99, 3) },
				withHuge: { p50: round(stormyFirst.p50, 3), p99: round(stormyFirst.p99, 3) },
				memoryKb: { before: before.rssKb, peakAfter: after.peakKb, growth: growthKb },
				pass: { tooLarge: tooLarge === HUGE_LOOKUPS, inTime: inTime(during) === OTHERS, memory: growthKb <= 50 * 1024 },
			},
		};
	} finally {
		await bot?.stop();
		await stopDiscogs();
	}
}
