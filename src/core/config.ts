import { hkdfSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { DEFAULT_STALE_KEEP_MS, DEFAULT_SWEEP_INTERVAL_MS, DEFAULT_TTLS, DEFAULT_URLS } from './constants.js';

const optionalText = z
	.string()
	.trim()
	.transform((value) => (value === '' ? undefined : value))
	.optional();

const url = (fallback: string) =>
	z
		.string()
		.trim()
		.default(fallback)
		.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }))
		.transform((value) => value.replace(/\/+$/, ''));

const snowflake = z
	.string()
	.trim()
	.regex(/^\d{17,20}$/, 'must be a Discord snowflake (17 to 20 digits)');

const positiveInt = (fallback: number) =>
	z.coerce.number({ error: 'must be a number' }).int('must be a whole number').positive('must be positive').default(fallback);

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The variables every entry point shares. */
const baseShape = {
	DISCORD_API_URL: url(DEFAULT_URLS.discordApi),
	DISCORD_APPLICATION_ID: snowflake.optional(),
	DISCORD_GUILD_ID: snowflake.optional(),
	LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
};

const botSchema = z.object({
	...baseShape,
	DISCORD_TOKEN: z.string({ error: 'is required' }).trim().min(1, 'is required'),
	DATABASE_URL: z
		.string()
		.trim()
		.default('sqlite://data/bot.sqlite')
		.refine((value) => /^(sqlite|redis|rediss|postgres|postgresql):\/\/./.test(value), 'must be a sqlite://, redis:// or postgres:// URL'),
	METRICS_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0, 'must be a port number').max(65535, 'must be a port number').optional(),
	METRICS_HOST: z.string().trim().default('127.0.0.1'),
	HTTP_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0, 'must be a port number').max(65535, 'must be a port number').optional(),
	HTTP_HOST: z.string().trim().default('127.0.0.1'),
	DISCORD_CDN_URL: url(DEFAULT_URLS.discordCdn),
	// The key that signs HTTP interactions; checked as a key by createVerifier when HTTP mode starts.
	DISCORD_PUBLIC_KEY: optionalText.refine((value) => value === undefined || /^[0-9a-f]{64}$/i.test(value), {
		error: "must be 64 hex characters (the Public Key on the developer portal's General Information page)",
	}),
	INTERACTIONS: z.enum(['gateway', 'http'], { error: "must be 'gateway' or 'http'" }).default('gateway'),
	SHARD_COUNT: z
		.string()
		.trim()
		.refine((value) => value !== 'auto', "must be a number: 'auto' would ask discord.com directly, past DISCORD_API_URL")
		.transform(Number)
		.pipe(z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1'))
		.optional(),
	DISCOGS_API_URL: url(DEFAULT_URLS.discogsApi),
	DISCOGS_WEB_URL: url(DEFAULT_URLS.discogsWeb),
	DISCOGS_TOKEN: optionalText,
	DISCOGS_USER_AGENT: optionalText,
	DISCOGS_RATE_LIMIT: z.coerce.number().int().positive('must be positive').optional(),
	DISCOGS_RATE_WINDOW_MS: positiveInt(60_000),
	DISCOGS_TIMEOUT_MS: positiveInt(10_000),
	DISCOGS_PROFILE_TTL_MS: positiveInt(DEFAULT_TTLS.discogsProfileMs),
	DISCOGS_PAGE_TTL_MS: positiveInt(DEFAULT_TTLS.discogsPageMs),
	DISCOGS_CONSUMER_KEY: optionalText,
	DISCOGS_CONSUMER_SECRET: optionalText,
	CATALOG_API_URL: url(DEFAULT_URLS.catalogApi),
	CATALOG_WEB_URL: url(DEFAULT_URLS.catalogWeb),
	DISCORD_WEB_URL: url(DEFAULT_URLS.discordWeb),
	DISCORD_CLIENT_SECRET: optionalText,
	// Where members reach the bot's web pages (Linked Roles, sign-in callbacks): the public side of HTTP_PORT.
	PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional()).transform((value) => value?.replace(/\/+$/, '')),
	LINKED_ROLES_REFRESH_MS: positiveInt(24 * 60 * 60_000),
	CATALOG_REFRESH_TOKEN: optionalText,
	CATALOG_EMAIL: optionalText,
	CATALOG_PASSWORD: optionalText,
	CATALOG_TIMEOUT_MS: positiveInt(10_000),
	CATALOG_PROFILE_TTL_MS: positiveInt(DEFAULT_TTLS.catalogProfileMs),
	CATALOG_SONGS_TTL_MS: positiveInt(DEFAULT_TTLS.catalogSongsMs),
	LINK_CODE_TTL_MS: positiveInt(15 * 60_000),
	CACHE_STALE_KEEP_MS: positiveInt(DEFAULT_STALE_KEEP_MS),
	CACHE_SWEEP_INTERVAL_MS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 (off) or more').default(DEFAULT_SWEEP_INTERVAL_MS),
	ENCRYPTION_KEY: optionalText.refine((value) => value === undefined || encryptionKeyBytes(value) !== undefined, {
		error: 'must be 32 bytes, as 64 hex characters or base64',
	}),
});

const deploySchema = z.object({
	...baseShape,
	DISCORD_TOKEN: optionalText,
});

export type BotEnv = z.output<typeof botSchema>;
export type DeployEnv = z.output<typeof deploySchema>;

export interface Config {
	discord: {
		token: string;
		apiUrl: string;
		/** Where avatars, banners and decorations are linked from; the playground serves its own. */
		cdnUrl: string;
		applicationId: string | undefined;
		guildId: string | undefined;
		/** DISCORD_PUBLIC_KEY: the hex Ed25519 key Discord signs HTTP interactions with; undefined: not set. */
		publicKey: string | undefined;
	};
	databaseUrl: string;
	/** Where /healthz and /metrics are served; undefined: not served. Port 0 picks a free port (logged). */
	metrics: { host: string; port: number } | undefined;
	/** The public listener (/healthz, never /metrics); undefined: none. Port 0 picks a free port (logged). */
	http: { host: string; port: number } | undefined;
	/** Shards to start with discord.js's ShardingManager; undefined: one process, no manager. */
	shardCount: number | undefined;
	/**
	 * INTERACTIONS: how interactions arrive. `gateway`: over discord.js's gateway session. `http`: Discord POSTs them
	 * to /interactions on HTTP_PORT, and the bot holds no gateway session at all.
	 */
	interactions: 'gateway' | 'http';
	logLevel: (typeof LOG_LEVELS)[number];
	discogs: {
		apiUrl: string;
		webUrl: string;
		token: string | undefined;
		userAgent: string;
		/** Requests allowed per window; Discogs allows 60 a minute with a token, 25 without. */
		rateLimit: number;
		rateWindowMs: number;
		timeoutMs: number;
		/** How long a profile, and a page of contributions or submissions, is served from the cache. */
		profileTtlMs: number;
		pageTtlMs: number;
		/** OAuth 1.0a consumer credentials, for linking accounts and editing profiles as their owner. */
		oauth: { consumerKey: string; consumerSecret: string } | undefined;
	};
	/** CATALOG_WEB_URL, the site base for links to catalog profiles; apart from `catalog`, which is the client's own. */
	catalogWebUrl: string;
	catalog: {
		apiUrl: string;
		/** The bot's own catalog credentials; without any, catalog commands say the catalog is not configured. */
		credentials: { refreshToken: string | undefined; email: string | undefined; password: string | undefined } | undefined;
		timeoutMs: number;
		profileTtlMs: number;
		songsTtlMs: number;
	};
	/** How long a link code (and a Discogs OAuth request) stays valid. */
	linkCodeTtlMs: number;
	/** PUBLIC_URL: the public address of HTTP_PORT, which the web flows' links and redirects are built on. */
	publicUrl: string | undefined;
	/**
	 * Linked Roles (Discord OAuth2): on when DISCORD_CLIENT_SECRET, DISCORD_APPLICATION_ID, PUBLIC_URL and HTTP_PORT are
	 * all set; otherwise `off` says which is missing, for the start-up line and the members' answer.
	 */
	linkedRoles:
		| { enabled: true; clientId: string; clientSecret: string; redirectUri: string; webUrl: string; refreshMs: number }
		| { enabled: false; missing: string[] };
	cache: {
		/** How long a copy is kept after it went stale, to answer with while its provider is down. */
		staleKeepMs: number;
		/** How often expired rows are deleted from the store; 0: never. */
		sweepIntervalMs: number;
	};
	/** The AES-256 key that seals secrets in the store: ENCRYPTION_KEY, else derived from DISCORD_TOKEN. */
	encryptionKey: Buffer;
	/** Whether encryptionKey came from ENCRYPTION_KEY (stable across bot-token rotations). */
	encryptionKeyConfigured: boolean;
}

/** A configuration problem an operator can fix; its message is one line naming the variable. */
export class ConfigError extends Error {
	override name = 'ConfigError';
}

/** `FOO=` (or only spaces): not set, in `.env` as in the environment. */
const isBlank = (value: string | undefined) => value === undefined || value.trim() === '';

/**
 * Reads `.env` (when present) into `env` without overriding variables that are set, then drops every empty
 * variable from `env`: an empty one means "not set", to the bot and to what reads process.env itself, as
 * discord.js does (it takes SHARD_COUNT= from .env.example for 0 shards and refuses to start).
 */
export function loadDotEnv(path = '.env', env: NodeJS.ProcessEnv = process.env): void {
	const file = existsSync(path) ? parseEnv(readFileSync(path, 'utf8')) : {};
	for (const [name, value] of Object.entries(file)) if (isBlank(env[name]) && !isBlank(value)) env[name] = value;
	for (const [name, value] of Object.entries(env)) if (isBlank(value)) delete env[name];
}

function parse<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.output<T> {
	// An empty variable counts as unset, as operators expect from `FOO=` lines in .env files.
	const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
	const result = schema.safeParse(cleaned);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const variable = String(issue?.path[0] ?? 'environment');
	const message = issue?.code === 'invalid_type' && cleaned[variable] === undefined ? 'is required' : (issue?.message ?? 'is invalid');
	throw new ConfigError(`${variable} ${message}`);
}

export function defaultUserAgent(pkg: { name: string; version: string; homepage: string }): string {
	return `${pkg.name}/${pkg.version} +${pkg.homepage}`;
}

/** ENCRYPTION_KEY as 32 bytes: 64 hex characters, or base64 of 32 bytes. */
export function encryptionKeyBytes(value: string): Buffer | undefined {
	const bytes = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
	return bytes.length === 32 ? bytes : undefined;
}

/** Without ENCRYPTION_KEY, secrets are sealed under a key derived from the bot token, never stored in clear. */
function derivedKey(discordToken: string): Buffer {
	return Buffer.from(hkdfSync('sha256', discordToken, 'crossfade-bot', 'store-encryption-v1', 32));
}

function both(first: [string, string | undefined], second: [string, string | undefined]): void {
	if (first[1] !== undefined && second[1] === undefined) throw new ConfigError(`${second[0]} is required when ${first[0]} is set`);
	if (second[1] !== undefined && first[1] === undefined) throw new ConfigError(`${first[0]} is required when ${second[0]} is set`);
}

function linkedRolesConfig(parsed: BotEnv): Config['linkedRoles'] {
	const needed: Array<[string, string | number | undefined]> = [
		['DISCORD_CLIENT_SECRET', parsed.DISCORD_CLIENT_SECRET],
		['DISCORD_APPLICATION_ID', parsed.DISCORD_APPLICATION_ID],
		['PUBLIC_URL', parsed.PUBLIC_URL],
		['HTTP_PORT', parsed.HTTP_PORT],
	];
	const missing = needed.filter(([, value]) => value === undefined).map(([name]) => name);
	if (missing.length > 0 || !parsed.DISCORD_CLIENT_SECRET || !parsed.DISCORD_APPLICATION_ID || !parsed.PUBLIC_URL) return { enabled: false, missing };
	return {
		enabled: true,
		clientId: parsed.DISCORD_APPLICATION_ID,
		clientSecret: parsed.DISCORD_CLIENT_SECRET,
		// Must match a redirect registered in the developer portal exactly (OAuth2 > Redirects).
		redirectUri: `${parsed.PUBLIC_URL}/oauth/discord/callback`,
		webUrl: parsed.DISCORD_WEB_URL,
		refreshMs: parsed.LINKED_ROLES_REFRESH_MS,
	};
}

export function loadConfig(env: NodeJS.ProcessEnv, pkg: { name: string; version: string; homepage: string }): Config {
	const parsed = parse(botSchema, env);
	const discogsToken = parsed.DISCOGS_TOKEN;
	both(['DISCOGS_CONSUMER_KEY', parsed.DISCOGS_CONSUMER_KEY], ['DISCOGS_CONSUMER_SECRET', parsed.DISCOGS_CONSUMER_SECRET]);
	both(['CATALOG_EMAIL', parsed.CATALOG_EMAIL], ['CATALOG_PASSWORD', parsed.CATALOG_PASSWORD]);
	const oauth =
		parsed.DISCOGS_CONSUMER_KEY && parsed.DISCOGS_CONSUMER_SECRET
			? { consumerKey: parsed.DISCOGS_CONSUMER_KEY, consumerSecret: parsed.DISCOGS_CONSUMER_SECRET }
			: undefined;
	// OAuth tokens are kept for ever; their key must not change when the bot token is rotated.
	if (oauth && !parsed.ENCRYPTION_KEY) throw new ConfigError('ENCRYPTION_KEY is required when DISCOGS_CONSUMER_KEY is set (it encrypts OAuth tokens)');
	// Both would bind one socket: the second fails, and /metrics must never be what the public port serves.
	if (parsed.HTTP_PORT !== undefined && parsed.HTTP_PORT !== 0 && parsed.HTTP_PORT === parsed.METRICS_PORT && parsed.HTTP_HOST === parsed.METRICS_HOST)
		throw new ConfigError('HTTP_PORT must differ from METRICS_PORT: /metrics stays on its own private port');
	if (parsed.INTERACTIONS === 'http') {
		if (parsed.HTTP_PORT === undefined) throw new ConfigError('INTERACTIONS=http needs HTTP_PORT: Discord POSTs interactions to /interactions on it');
		if (parsed.DISCORD_PUBLIC_KEY === undefined) throw new ConfigError("INTERACTIONS=http needs DISCORD_PUBLIC_KEY (the Public Key on the developer portal's General Information page)");
		if (parsed.SHARD_COUNT !== undefined) throw new ConfigError('INTERACTIONS=http takes no SHARD_COUNT: it holds no gateway session; run replicas behind a load balancer instead');
	}
	const catalogCredentials =
		parsed.CATALOG_REFRESH_TOKEN || parsed.CATALOG_EMAIL
			? { refreshToken: parsed.CATALOG_REFRESH_TOKEN, email: parsed.CATALOG_EMAIL, password: parsed.CATALOG_PASSWORD }
			: undefined;
	return {
		discord: {
			token: parsed.DISCORD_TOKEN,
			apiUrl: parsed.DISCORD_API_URL,
			cdnUrl: parsed.DISCORD_CDN_URL,
			applicationId: parsed.DISCORD_APPLICATION_ID,
			guildId: parsed.DISCORD_GUILD_ID,
			publicKey: parsed.DISCORD_PUBLIC_KEY,
		},
		databaseUrl: parsed.DATABASE_URL,
		metrics: parsed.METRICS_PORT === undefined ? undefined : { host: parsed.METRICS_HOST, port: parsed.METRICS_PORT },
		http: parsed.HTTP_PORT === undefined ? undefined : { host: parsed.HTTP_HOST, port: parsed.HTTP_PORT },
		shardCount: parsed.SHARD_COUNT,
		interactions: parsed.INTERACTIONS,
		logLevel: parsed.LOG_LEVEL,
		discogs: {
			apiUrl: parsed.DISCOGS_API_URL,
			webUrl: parsed.DISCOGS_WEB_URL,
			token: discogsToken,
			userAgent: parsed.DISCOGS_USER_AGENT ?? defaultUserAgent(pkg),
			// Discogs counts a token, or an application's key and secret, as authenticated: 60 a minute, else 25.
			rateLimit: parsed.DISCOGS_RATE_LIMIT ?? (discogsToken || oauth ? 60 : 25),
			rateWindowMs: parsed.DISCOGS_RATE_WINDOW_MS,
			timeoutMs: parsed.DISCOGS_TIMEOUT_MS,
			profileTtlMs: parsed.DISCOGS_PROFILE_TTL_MS,
			pageTtlMs: parsed.DISCOGS_PAGE_TTL_MS,
			oauth,
		},
		catalogWebUrl: parsed.CATALOG_WEB_URL,
		publicUrl: parsed.PUBLIC_URL,
		linkedRoles: linkedRolesConfig(parsed),
		catalog: {
			apiUrl: parsed.CATALOG_API_URL,
			credentials: catalogCredentials,
			timeoutMs: parsed.CATALOG_TIMEOUT_MS,
			profileTtlMs: parsed.CATALOG_PROFILE_TTL_MS,
			songsTtlMs: parsed.CATALOG_SONGS_TTL_MS,
		},
		linkCodeTtlMs: parsed.LINK_CODE_TTL_MS,
		cache: { staleKeepMs: parsed.CACHE_STALE_KEEP_MS, sweepIntervalMs: parsed.CACHE_SWEEP_INTERVAL_MS },
		encryptionKey: (parsed.ENCRYPTION_KEY && encryptionKeyBytes(parsed.ENCRYPTION_KEY)) || derivedKey(parsed.DISCORD_TOKEN),
		encryptionKeyConfigured: parsed.ENCRYPTION_KEY !== undefined,
	};
}

export function loadDeployEnv(env: NodeJS.ProcessEnv): DeployEnv {
	return parse(deploySchema, env);
}
