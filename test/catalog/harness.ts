import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createCatalogClient, type CatalogClient } from '../../src/catalog/client.js';
import { ACCESS_TOKEN_CONTEXT, ACCESS_TOKEN_KEY, REFRESH_TOKEN_CONTEXT, REFRESH_TOKEN_KEY } from '../../src/catalog/tokens.js';
import type { Config } from '../../src/core/config.js';
import { DEFAULT_TTLS } from '../../src/core/constants.js';
import { SecretBox, type Sealed } from '../../src/core/secrets.js';
import { openStore, type Store } from '../../src/core/store.js';
import { ResourceCache } from '../../src/providers/cache.js';
import { BOT_EMAIL, BOT_PASSWORD, startFakeCatalog, type FakeCatalog, type FakeCatalogOptions } from '../fakes/catalog/index.js';

export const NOT_FOUND_TTL_MS = 60_000;

export interface LogLine {
	level: number;
	msg: string;
	raw: string;
	[key: string]: unknown;
}

type Credentials = Config['catalog']['credentials'];

export interface CatalogHarnessOptions {
	fake?: FakeCatalogOptions;
	/** The bot's credentials (default: BOT_EMAIL and BOT_PASSWORD); `null` for a bot without any. */
	credentials?: Credentials | null;
	config?: Partial<Omit<Config['catalog'], 'credentials'>>;
	/** How often each client's background renewal checks, once started (default hourly). */
	renewCheckMs?: number;
}

export interface CatalogHarness {
	fake: FakeCatalog;
	store: Store;
	box: SecretBox;
	cache: ResourceCache;
	client: CatalogClient;
	config: Config['catalog'];
	logs: LogLine[];
	/** Another client on the same database, as after a restart. */
	newClient(credentials?: Credentials | null): CatalogClient;
	/** Moves the clock the cache ages entries by. */
	advanceCacheClock(ms: number): void;
	/** Moves the clock the session judges token expiry by. */
	advanceSessionClock(ms: number): void;
	/** The bot's refresh token as stored, opened. */
	storedRefreshToken(): Promise<string | undefined>;
	/** The shared access token as stored, opened. */
	storedAccessToken(): Promise<string | undefined>;
	/** Puts a session in the store, sealed, as a bot process would have left it (say, days ago). */
	storeSession(pair: { refreshToken: string; accessToken: string }): Promise<void>;
	/** Every byte of the SQLite database, WAL and journal included. */
	databaseBytes(): Buffer;
	/** Every token the fake saw or the store holds: none of them may appear in a log line. */
	knownSecrets(): Promise<string[]>;
	close(): Promise<void>;
}

export const BOT_CREDENTIALS: NonNullable<Credentials> = { refreshToken: undefined, email: BOT_EMAIL, password: BOT_PASSWORD };

/** A real fake catalog on 127.0.0.1, a real SQLite store in a temp dir, and a client wired as the bot wires it. */
export async function createCatalogHarness(options: CatalogHarnessOptions = {}): Promise<CatalogHarness> {
	// The harness's default bot logs in with email and password, which only a deployment that whitelists it allows.
	const fake = await startFakeCatalog({ loginRecaptcha: 'whitelisted', ...options.fake });
	const dir = mkdtempSync(join(tmpdir(), 'catalog-client-'));
	const store = openStore(`sqlite://${join(dir, 'bot.sqlite')}`);
	const box = new SecretBox(randomBytes(32));
	let cacheOffset = 0;
	let sessionOffset = 0;
	const cache = new ResourceCache(store.namespace('cache'), {
		staleKeepMs: 24 * 60 * 60_000,
		notFoundTtlMs: NOT_FOUND_TTL_MS,
		now: () => Date.now() + cacheOffset,
	});
	const baseConfig = {
		apiUrl: fake.url,
		timeoutMs: 2_000,
		profileTtlMs: DEFAULT_TTLS.catalogProfileMs,
		songsTtlMs: DEFAULT_TTLS.catalogSongsMs,
		...options.config,
	};
	const configFor = (credentials: Credentials | null | undefined): Config['catalog'] => ({
		...baseConfig,
		credentials: credentials === null ? undefined : (credentials ?? BOT_CREDENTIALS),
	});
	const logs: LogLine[] = [];
	// No redaction here on purpose: the client itself must never put a token in a log record.
	const logger = pino({ level: 'trace' }, { write: (line: string) => void logs.push({ ...(JSON.parse(line) as LogLine), raw: line }) });
	const clients: CatalogClient[] = [];
	const build = (credentials: Credentials | null | undefined): CatalogClient => {
		const client = createCatalogClient({
			config: configFor(credentials),
			cache,
			secrets: store.namespace('secrets'),
			box,
			leases: store.leases,
			logger,
			now: () => Date.now() + sessionOffset,
			...(options.renewCheckMs !== undefined && { renewCheckMs: options.renewCheckMs }),
		});
		clients.push(client);
		return client;
	};
	const client = build(options.credentials);
	const opened = async (key: string, context: string): Promise<string | undefined> => {
		const sealed = (await store.namespace('secrets').get(key)) as Sealed | undefined;
		return sealed && box.open(sealed, context);
	};
	const storedRefreshToken = () => opened(REFRESH_TOKEN_KEY, REFRESH_TOKEN_CONTEXT);
	const storedAccessToken = () => opened(ACCESS_TOKEN_KEY, ACCESS_TOKEN_CONTEXT);

	return {
		fake,
		store,
		box,
		cache,
		client,
		config: configFor(options.credentials),
		logs,
		newClient: build,
		advanceCacheClock(ms) {
			cacheOffset += ms;
		},
		advanceSessionClock(ms) {
			sessionOffset += ms;
		},
		storedRefreshToken,
		storedAccessToken,
		async storeSession(pair) {
			const secrets = store.namespace('secrets');
			await secrets.set(REFRESH_TOKEN_KEY, box.seal(pair.refreshToken, REFRESH_TOKEN_CONTEXT));
			await secrets.set(ACCESS_TOKEN_KEY, box.seal(pair.accessToken, ACCESS_TOKEN_CONTEXT));
		},
		databaseBytes() {
			return Buffer.concat(
				readdirSync(dir)
					.filter((name) => name.startsWith('bot.sqlite'))
					.map((name) => readFileSync(join(dir, name))),
			);
		},
		async knownSecrets() {
			const seen = fake.requests.flatMap((request) => (request.authorization ? [request.authorization.replace(/^Bearer\s+/i, '')] : []));
			const stored = [await storedRefreshToken(), await storedAccessToken()].filter((token) => token !== undefined);
			const tokens = [...new Set([...seen, ...stored])].filter((token) => token.length > 0);
			// The signature alone is enough to forge nothing, but finding it would still mean a token leaked.
			const signatures = tokens.flatMap((token) => token.split('.').slice(2)).filter((part) => part.length >= 16);
			return [...tokens, ...signatures, BOT_PASSWORD];
		},
		async close() {
			await Promise.all(clients.map((each) => each.close()));
			await fake.close();
			await store.close();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** The rejection of a promise; fails the test if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (error) {
		return error;
	}
	throw new Error('expected the call to fail, but it succeeded');
}

/** Asserts that no log line carries any secret the harness knows of. */
export async function expectNoSecretsLogged(harness: CatalogHarness, extra: string[] = []): Promise<void> {
	const secrets = [...(await harness.knownSecrets()), ...extra];
	const leaks = harness.logs.filter((line) => secrets.some((secret) => line.raw.includes(secret)));
	if (leaks.length > 0) throw new Error(`secrets in logs: ${leaks.map((line) => line.msg).join(' | ')}`);
}
