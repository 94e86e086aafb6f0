/**
 * `npm run bench`: starts the fakes and the real bot process(es) on 127.0.0.1, runs each scenario, prints a
 * table and writes bench/results.json. A benchmark, not a test: it exits 0 whatever the figures say, and 1
 * only when a scenario could not run. Every figure that has a target is a ratio or a count measured in this
 * one run, because the machines it runs on are shared and noisy.
 */
import { writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem } from 'node:os';
import { stopAll } from './lib/bots.js';
import { formatTable, type Row, type Scenario, type ScenarioResult } from './report.js';
import { distinctBurst } from './scenarios/distinctBurst.js';
import { hugeBody } from './scenarios/hugeBody.js';
import { identicalBurst } from './scenarios/identicalBurst.js';
import { memory } from './scenarios/memory.js';
import { peer } from './scenarios/peer.js';
import { startup } from './scenarios/startup.js';
import { sweep } from './scenarios/sweep.js';
import { warmLookups } from './scenarios/warmLookups.js';
import { httpMode } from './scenarios/httpMode.js';

interface Planned {
	key: string;
	title: string;
	run: Scenario;
	/** Past this the scenario is abandoned, its processes stopped, and the run reports it as not run. */
	timeoutMs: number;
}

const PLAN: readonly Planned[] = [
	{ key: 'warmLookups', title: '1 warm lookups', run: warmLookups, timeoutMs: 120_000 },
	{ key: 'identicalBurst', title: '2 identical burst', run: identicalBurst, timeoutMs: 90_000 },
	{ key: 'distinctBurst', title: '3 distinct burst', run: distinctBurst, timeoutMs: 120_000 },
	{ key: 'memory', title: '4 memory', run: memory, timeoutMs: 300_000 },
	{ key: 'peer', title: '5 peer', run: peer, timeoutMs: 120_000 },
	{ key: 'hugeBody', title: '6 huge body canary', run: hugeBody, timeoutMs: 120_000 },
	{ key: 'startup', title: '7 start-up', run: startup, timeoutMs: 120_000 },
	{ key: 'sweep', title: '8 store sweep', run: sweep, timeoutMs: 300_000 },
	{ key: 'httpMode', title: '9 HTTP mode', run: httpMode, timeoutMs: 300_000 },
];

const RESULTS = new URL('./results.json', import.meta.url);

function say(line: string): void {
	process.stdout.write(`${line}\n`);
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function machine(): Record<string, unknown> {
	const cores = cpus();
	return {
		cpus: cores.length,
		cpuModel: cores[0]?.model ?? 'unknown',
		totalMemMb: Math.round(totalmem() / 2 ** 20),
		freeMemMb: Math.round(freemem() / 2 ** 20),
		loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
		node: process.version,
		platform: `${process.platform} ${release()} ${process.arch}`,
		date: new Date().toISOString(),
	};
}

/** `npm run bench -- warm peer`: only the scenarios whose key contains one of the words (all by default). */
function selected(): readonly Planned[] {
	const words = process.argv.slice(2).map((word) => word.toLowerCase());
	if (words.length === 0) return PLAN;
	const chosen = PLAN.filter((planned) => words.some((word) => planned.key.toLowerCase().includes(word)));
	if (chosen.length === 0) throw new Error(`no scenario matches ${words.join(' ')}; they are ${PLAN.map((planned) => planned.key).join(', ')}`);
	return chosen;
}

async function main(): Promise<number> {
	const started = Date.now();
	const plan = selected();
	const info = machine();
	say(`crossfade-bot benchmark: ${String(info['cpus'])} cpus, node ${process.version}, ${String(info['date'])}, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
	const rows: Row[] = [];
	const notes: string[] = [];
	const scenarios: Record<string, unknown> = {};
	const failures: Array<{ scenario: string; error: string }> = [];
	for (const planned of plan) {
		const scenarioStart = Date.now();
		say(`- ${planned.title}…`);
		try {
			const result: ScenarioResult = await withTimeout(planned.run(), planned.timeoutMs, planned.title);
			rows.push(...result.rows);
			notes.push(...result.notes);
			scenarios[planned.key] = { ...result.data, durationMs: Date.now() - scenarioStart };
		} catch (error) {
			const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
			failures.push({ scenario: planned.title, error: message });
			rows.push({ scenario: planned.title, metric: 'could not run', value: message.slice(0, 160), target: '', pass: false });
			scenarios[planned.key] = { error: message };
		} finally {
			// Whatever the scenario left behind (it stops its own on success) goes before the next one starts.
			await stopAll();
		}
		say(`  done in ${((Date.now() - scenarioStart) / 1000).toFixed(1)} s`);
	}

	const durationMs = Date.now() - started;
	say('');
	say(formatTable(rows));
	say('');
	for (const note of notes) say(note);
	const passed = rows.filter((row) => row.pass === true).length;
	const targeted = rows.filter((row) => row.pass !== null).length;
	say('');
	say(`${passed} of ${targeted} targets met; total ${(durationMs / 1000).toFixed(1)} s; load average now ${loadavg().map((value) => value.toFixed(2)).join(' ')}. Results in bench/results.json.`);
	for (const failure of failures) say(`Could not run ${failure.scenario}: ${failure.error}`);

	const results = { only: plan.length === PLAN.length ? null : plan.map((planned) => planned.key), machine: { ...info, loadAverageAtEnd: loadavg().map((value) => Math.round(value * 100) / 100) }, durationMs, rows, notes, scenarios, failures };
	writeFileSync(RESULTS, `${JSON.stringify(results, null, '\t')}\n`);
	return failures.length === 0 ? 0 : 1;
}

let exiting = false;
async function abort(signal: string): Promise<void> {
	if (exiting) return;
	exiting = true;
	process.stderr.write(`\n${signal}: stopping every process and server the benchmark started…\n`);
	await stopAll();
	process.exit(1);
}
process.on('SIGINT', () => void abort('SIGINT'));
process.on('SIGTERM', () => void abort('SIGTERM'));

try {
	const code = await main();
	process.exit(code);
} catch (error) {
	process.stderr.write(`The benchmark could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	await stopAll();
	process.exit(1);
}
