import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Config } from '../../src/core/config.js';
import { ProviderError, type ProviderErrorKind } from '../../src/core/errors.js';
import { openStore, type Store } from '../../src/core/store.js';
import { createDiscogsClient, type DiscogsClient } from '../../src/discogs/client.js';
import { ResourceCache } from '../../src/providers/cache.js';
import { startFakeDiscogs, type FakeDiscogs, type FakeDiscogsOptions } from '../fakes/discogs/index.js';
import { DEFAULT_TTLS } from '../../src/core/constants.js';

export const TEST_USER_AGENT = 'CrossfadeBotTest/0.1 +https://example.test/bot';
export const NOT_FOUND_TTL_MS = 60_000;

export interface LogLine {
	level: number;
	msg: string;
	raw: string;
	[key: string]: unknown;
}

export interface Harness {
	fake: FakeDiscogs;
	store: Store;
	cache: ResourceCache;
	client: DiscogsClient;
	config: Config['discogs'];
	logs: LogLine[];
	/** Moves the cache's clock forward, to age cached entries. */
	advanceCacheClock(ms: number): void;
	close(): Promise<void>;
}

export interface HarnessOptions {
	fake?: FakeDiscogsOptions;
	config?: Partial<Config['discogs']>;
	maxWaitMs?: number;
	random?: () => number;
}

/** A real fake Discogs on 127.0.0.1, a real SQLite cache in a temp dir, and a client wired as the bot wires it. */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
	const fake = await startFakeDiscogs(options.fake);
	const dir = mkdtempSync(join(tmpdir(), 'discogs-client-'));
	const store = openStore(`sqlite://${join(dir, 'cache.sqlite')}`);
	let offset = 0;
	const cache = new ResourceCache(store.namespace('cache'), {
		staleKeepMs: 24 * 60 * 60_000,
		notFoundTtlMs: NOT_FOUND_TTL_MS,
		now: () => Date.now() + offset,
	});
	const config: Config['discogs'] = {
		apiUrl: fake.url,
		webUrl: 'https://www.discogs.com',
		token: undefined,
		userAgent: TEST_USER_AGENT,
		rateLimit: 25,
		rateWindowMs: 60_000,
		timeoutMs: 2_000,
		profileTtlMs: DEFAULT_TTLS.discogsProfileMs,
		pageTtlMs: DEFAULT_TTLS.discogsPageMs,
		oauth: undefined,
		...options.config,
	};
	const logs: LogLine[] = [];
	// No redaction here on purpose: the client itself must never put the token in a log record.
	const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push({ ...(JSON.parse(line) as LogLine), raw: line }) });
	const client = createDiscogsClient({
		config,
		cache,
		logger,
		...(options.maxWaitMs === undefined ? {} : { maxWaitMs: options.maxWaitMs }),
		...(options.random === undefined ? {} : { random: options.random }),
	});
	return {
		fake,
		store,
		cache,
		client,
		config,
		logs,
		advanceCacheClock(ms) {
			offset += ms;
		},
		async close() {
			await client.close();
			await fake.close();
			await store.close();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** The ProviderError a promise rejected with; fails the test if it resolved or threw anything else. */
export async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof ProviderError) return error;
		throw error;
	}
	throw new Error('expected a ProviderError, but the call succeeded');
}

export async function expectKind(promise: Promise<unknown>, kind: ProviderErrorKind): Promise<ProviderError> {
	const error = await providerError(promise);
	if (error.kind !== kind) throw new Error(`expected ${kind}, got ${error.kind} (${error.detail ?? ''})`);
	return error;
}

/** A profile in the documented shape for a generated user. */
export function profileFor(username: string, id: number): Record<string, unknown> {
	return {
		id,
		username,
		resource_url: `https://api.discogs.com/users/${username}`,
		uri: `https://www.discogs.com/user/${username}`,
		name: '',
		profile: '',
		num_lists: 0,
	};
}
