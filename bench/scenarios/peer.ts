import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/core/logger.js';
import { openStore } from '../../src/core/store.js';
import { createDiscogsClient } from '../../src/discogs/client.js';
import { ResourceCache } from '../../src/providers/cache.js';
import { startFakeDiscogs, type FakeDiscogs } from '../../test/fakes/discogs/index.js';
import { addUsers } from '../../test/helpers/discogsUsers.js';
import { removeDir } from '../../test/helpers/botProcess.js';
import { sleep, track } from '../lib/bots.js';
import { disconnectAgainstFake, statusOf } from '../lib/disconnect.js';
import { ms, rowsFor, type Row, type ScenarioResult } from '../report.js';

const DISTINCT = 30;
const IDENTICAL = 30;
const WINDOW_MS = 2_000;
const TOKEN = 'bench-discogs-token';
const CALL_TIMEOUT_MS = 30_000;

interface Variant {
	label: string;
	limit: number;
	token: string | undefined;
}

const VARIANTS: readonly Variant[] = [
	{ label: `token, 60 per ${WINDOW_MS} ms`, limit: 60, token: TOKEN },
	{ label: `anonymous, 25 per ${WINDOW_MS} ms`, limit: 25, token: undefined },
];

type ClientName = 'disconnect' | 'ours';

interface Outcome {
	client: ClientName;
	variant: string;
	upstream: number;
	status429: number;
	ok: number;
	/** Failed calls by cause, e.g. { 'server 429': 1, 'local 429 (queue full)': 15 }. */
	errors: Record<string, number>;
	timeMs: number;
}

function bounded<T>(promise: Promise<T>): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer within ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** 30 distinct users and 30 lookups of one more, all at once, as a bot would see them in a busy minute. */
function workload(discogs: FakeDiscogs): string[] {
	const distinct = addUsers(discogs, 'peer', DISTINCT);
	const [same = 'peersame0'] = addUsers(discogs, 'peersame', 1);
	return [...distinct, ...Array.from({ length: IDENTICAL }, () => same)];
}

async function measure(client: ClientName, variant: Variant, getProfile: (name: string) => Promise<unknown>, discogs: FakeDiscogs, names: string[]): Promise<Outcome> {
	const started = performance.now();
	const settled = await Promise.allSettled(names.map((name) => bounded(getProfile(name))));
	const timeMs = performance.now() - started;
	const errors: Record<string, number> = {};
	for (const result of settled) {
		if (result.status === 'fulfilled') continue;
		const reason: unknown = result.reason;
		const status = statusOf(reason);
		const message = reason instanceof Error ? reason.message : String(reason);
		const cause =
			client === 'disconnect' && status === 429 && message === 'Too many requests' ? 'local 429 (queue full)'
			: status !== undefined ? `HTTP ${status}`
			: message.split(' ').slice(0, 4).join(' ');
		errors[cause] = (errors[cause] ?? 0) + 1;
	}
	const upstream = discogs.requests.filter((request) => request.path.startsWith('/users/'));
	return {
		client,
		variant: variant.label,
		upstream: upstream.length,
		status429: upstream.filter((request) => request.status === 429).length,
		ok: settled.filter((result) => result.status === 'fulfilled').length,
		errors,
		timeMs: Math.round(timeMs),
	};
}

async function withFake<T>(variant: Variant, run: (discogs: FakeDiscogs, names: string[]) => Promise<T>): Promise<T> {
	const discogs = await startFakeDiscogs({ limit: variant.limit, windowMs: WINDOW_MS, ...(variant.token === undefined ? {} : { token: variant.token }) });
	const stop = track(() => discogs.close());
	try {
		return await run(discogs, workload(discogs));
	} finally {
		await stop();
	}
}

async function viaDisconnect(variant: Variant): Promise<Outcome> {
	// disconnect's queue is one fixed window shared by the whole process: start each run on a fresh window.
	await sleep(WINDOW_MS + 100);
	return withFake(variant, async (discogs, names) => {
		const client = disconnectAgainstFake({ port: Number(new URL(discogs.url).port), userToken: variant.token, windowMs: WINDOW_MS });
		try {
			return await measure('disconnect', variant, (name) => client.getProfile(name), discogs, names);
		} finally {
			client.restore();
		}
	});
}

function viaOurs(variant: Variant): Promise<Outcome> {
	return withFake(variant, async (discogs, names) => {
		const dir = mkdtempSync(join(tmpdir(), 'bench-peer-'));
		const store = openStore(`sqlite://${join(dir, 'cache.sqlite')}`);
		const client = createDiscogsClient({
			config: {
				apiUrl: discogs.url,
				webUrl: 'https://www.discogs.com',
				token: variant.token,
				userAgent: 'BenchAgent/1.0 +http://localhost',
				rateLimit: variant.limit,
				rateWindowMs: WINDOW_MS,
				timeoutMs: 5_000,
				profileTtlMs: 600_000,
				pageTtlMs: 600_000,
				oauth: undefined,
			},
			cache: new ResourceCache(store.namespace('cache'), { staleKeepMs: 3_600_000, notFoundTtlMs: 60_000 }),
			logger: createLogger('silent'),
		});
		const stop = track(async () => {
			await client.close();
			await store.close();
			removeDir(dir);
		});
		try {
			return await measure('ours', variant, (name) => client.getProfile(name), discogs, names);
		} finally {
			await stop();
		}
	});
}

function errorText(errors: Record<string, number>): string {
	const entries = Object.entries(errors);
	return entries.length === 0 ? '0' : entries.map(([cause, count]) => `${count} ${cause}`).join(', ');
}

/** 5. The same Discogs workload through the `disconnect` npm client and through our client, in-process. */
export async function peer(): Promise<ScenarioResult> {
	const row = rowsFor('5 peer');
	const outcomes: Outcome[] = [];
	const rows: Row[] = [];
	for (const variant of VARIANTS) {
		for (const outcome of [await viaDisconnect(variant), await viaOurs(variant)]) {
			outcomes.push(outcome);
			const who = `${outcome.client} (${variant.label})`;
			const isOurs = outcome.client === 'ours';
			const errorCount = Object.values(outcome.errors).reduce((sum, count) => sum + count, 0);
			rows.push(
				row(`${who}: upstream / 429s`, `${outcome.upstream} / ${outcome.status429}`, isOurs ? `${DISTINCT + 1} / 0` : '', isOurs ? outcome.upstream === DISTINCT + 1 && outcome.status429 === 0 : null),
				row(`${who}: ok / errors`, `${outcome.ok} / ${errorText(outcome.errors)}`, isOurs ? `${DISTINCT + IDENTICAL} / 0` : '', isOurs ? errorCount === 0 : null),
				row(`${who}: time`, ms(outcome.timeMs)),
			);
		}
	}
	return {
		rows,
		notes: [
			`5: ${DISTINCT} distinct users + ${IDENTICAL} lookups of one more, all started at once, against a fresh fake Discogs per client (moving window ${WINDOW_MS} ms). Both clients are told the limit and window (disconnect: requestLimit(Auth) and requestLimitInterval; ours: rateLimit and rateWindowMs).`,
			'5: disconnect builds every request with https.request and no agent option, from its config host and port; while it runs, https.globalAgent is replaced by an https.Agent whose createConnection opens plain TCP to the fake on 127.0.0.1 (restored after). Its queue is one fixed-window counter for the whole process (so each of its runs starts a window after the last) and refuses locally past 20 queued calls ("local 429").',
		],
		data: { distinct: DISTINCT, identical: IDENTICAL, windowMs: WINDOW_MS, outcomes },
	};
}
