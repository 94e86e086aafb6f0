import { startFakeDiscogs } from '../../test/fakes/discogs/index.js';
import { ourEnv, startBot, track, type BotKind } from '../lib/bots.js';
import { ms, rowsFor, times, type ScenarioResult } from '../report.js';
import { ratio, round, summarize } from '../stats.js';

/** Starts per bot, alternating which goes first, so drift on a shared machine hits both alike. */
const STARTS = 5;
const STARTUP_TARGET = 2;

/** 7. From spawning to the first IDENTIFY: ours through `npm start`, the floor with node on its built script. */
export async function startup(): Promise<ScenarioResult> {
	const row = rowsFor('7 start-up');
	const discogs = await startFakeDiscogs({});
	const stopDiscogs = track(() => discogs.close());
	const samples: Record<BotKind, number[]> = { ours: [], floor: [] };
	try {
		for (let round = 0; round < STARTS; round++) {
			const order: readonly BotKind[] = round % 2 === 0 ? ['ours', 'floor'] : ['floor', 'ours'];
			for (const kind of order) {
				const bot = await startBot(kind, kind === 'ours' ? ourEnv(discogs) : {});
				samples[kind].push(bot.startupMs);
				await bot.stop();
			}
		}
	} finally {
		await stopDiscogs();
	}
	const ours = summarize(samples.ours);
	const floor = summarize(samples.floor);
	const medianRatio = ratio(ours.p50, floor.p50);
	return {
		rows: [
			row('ours (npm start): median / min / max', `${ms(ours.p50)} / ${ms(ours.min)} / ${ms(ours.max)}`),
			row('floor (node): median / min / max', `${ms(floor.p50)} / ${ms(floor.min)} / ${ms(floor.max)}`),
			row('start-up ours / floor (medians)', times(medianRatio), `<= ${STARTUP_TARGET.toFixed(2)}x`, medianRatio <= STARTUP_TARGET),
		],
		notes: [
			`7: ${STARTS} starts of each bot, alternating which goes first, each on its own fake Discord; from spawn() to the fake's first IDENTIFY (Date.now() in this process, which hosts the fake). Ours runs \`npm start\` (npm itself included), on SQLite in a fresh temp directory.`,
		],
		data: {
			starts: STARTS,
			startupMs: { ours: samples.ours, floor: samples.floor },
			medianMs: { ours: ours.p50, floor: floor.p50 },
			ratio: round(medianRatio, 3),
			targets: { ratioMax: STARTUP_TARGET },
			pass: { startup: medianRatio <= STARTUP_TARGET },
		},
	};
}
