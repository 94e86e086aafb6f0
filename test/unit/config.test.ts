import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadDotEnv } from '../../src/core/config.js';
import { configError, TEST_PACKAGE } from '../helpers/config.js';

const pkg = TEST_PACKAGE;


describe('loadConfig', () => {
	it('applies the documented defaults', () => {
		const config = loadConfig({ DISCORD_TOKEN: 'abc' }, pkg);
		expect(config.discord.apiUrl).toBe('https://discord.com/api');
		expect(config.discord.cdnUrl).toBe('https://cdn.discordapp.com');
		expect(config.databaseUrl).toBe('sqlite://data/bot.sqlite');
		expect(config.logLevel).toBe('info');
		expect(config.discogs.apiUrl).toBe('https://api.discogs.com');
		expect(config.discogs.userAgent).toBe('crossfade-bot/1.2.3 +https://example.org/bot');
		expect(config.discogs.rateLimit).toBe(25);
	});

	it('gives authenticated Discogs clients the higher limit', () => {
		expect(loadConfig({ DISCORD_TOKEN: 'abc', DISCOGS_TOKEN: 't' }, pkg).discogs.rateLimit).toBe(60);
		const application = { DISCOGS_CONSUMER_KEY: 'k', DISCOGS_CONSUMER_SECRET: 's', ENCRYPTION_KEY: 'ab'.repeat(32) };
		expect(loadConfig({ DISCORD_TOKEN: 'abc', ...application }, pkg).discogs.rateLimit).toBe(60);
	});

	it('names a missing or empty DISCORD_TOKEN', () => {
		expect(configError({})).toBe('DISCORD_TOKEN is required');
		expect(configError({ DISCORD_TOKEN: '  ' })).toBe('DISCORD_TOKEN is required');
	});

	it('names an invalid variable and says what is wrong', () => {
		expect(configError({ DISCORD_TOKEN: 'a', DISCORD_API_URL: 'not a url' })).toMatch(/^DISCORD_API_URL must be an http\(s\) URL/);
		expect(configError({ DISCORD_TOKEN: 'a', DISCORD_GUILD_ID: '12' })).toMatch(/^DISCORD_GUILD_ID must be a Discord snowflake/);
		expect(configError({ DISCORD_TOKEN: 'a', LOG_LEVEL: 'loud' })).toMatch(/^LOG_LEVEL must be one of/);
		expect(configError({ DISCORD_TOKEN: 'a', DATABASE_URL: 'mysql://x' })).toBe('DATABASE_URL must be a sqlite://, redis:// or postgres:// URL');
		expect(configError({ DISCORD_TOKEN: 'a', SHARD_COUNT: 'auto' })).toMatch(/^SHARD_COUNT must be a number: 'auto' would ask discord.com/);
		expect(configError({ DISCORD_TOKEN: 'a', METRICS_PORT: '70000' })).toBe('METRICS_PORT must be a port number');
	});

	it('strips a trailing slash from base URLs', () => {
		expect(loadConfig({ DISCORD_TOKEN: 'a', DISCORD_API_URL: 'http://127.0.0.1:5/api/' }, pkg).discord.apiUrl).toBe('http://127.0.0.1:5/api');
		expect(loadConfig({ DISCORD_TOKEN: 'a', DISCORD_CDN_URL: 'http://127.0.0.1:6/cdn/' }, pkg).discord.cdnUrl).toBe('http://127.0.0.1:6/cdn');
		expect(configError({ DISCORD_TOKEN: 'a', DISCORD_CDN_URL: 'ftp://cdn' })).toMatch(/^DISCORD_CDN_URL must be an http\(s\) URL/);
	});

	it('requires ENCRYPTION_KEY once Discogs OAuth is configured, and both halves of a credential pair', () => {
		expect(configError({ DISCORD_TOKEN: 'a', DISCOGS_CONSUMER_KEY: 'k', DISCOGS_CONSUMER_SECRET: 's' })).toBe(
			'ENCRYPTION_KEY is required when DISCOGS_CONSUMER_KEY is set (it encrypts OAuth tokens)',
		);
		expect(configError({ DISCORD_TOKEN: 'a', DISCOGS_CONSUMER_KEY: 'k' })).toBe('DISCOGS_CONSUMER_SECRET is required when DISCOGS_CONSUMER_KEY is set');
		expect(configError({ DISCORD_TOKEN: 'a', CATALOG_PASSWORD: 'p' })).toBe('CATALOG_EMAIL is required when CATALOG_PASSWORD is set');
		expect(configError({ DISCORD_TOKEN: 'a', ENCRYPTION_KEY: 'short' })).toBe('ENCRYPTION_KEY must be 32 bytes, as 64 hex characters or base64');
	});

	it('takes ENCRYPTION_KEY as hex or base64, and otherwise derives a stable key from the bot token', () => {
		const hex = 'ab'.repeat(32);
		expect(loadConfig({ DISCORD_TOKEN: 'a', ENCRYPTION_KEY: hex }, pkg).encryptionKey.toString('hex')).toBe(hex);
		const base64 = Buffer.alloc(32, 7).toString('base64');
		expect(loadConfig({ DISCORD_TOKEN: 'a', ENCRYPTION_KEY: base64 }, pkg).encryptionKey).toEqual(Buffer.alloc(32, 7));
		const derived = loadConfig({ DISCORD_TOKEN: 'a' }, pkg);
		expect(derived.encryptionKeyConfigured).toBe(false);
		expect(derived.encryptionKey).toEqual(loadConfig({ DISCORD_TOKEN: 'a' }, pkg).encryptionKey);
		expect(derived.encryptionKey).not.toEqual(loadConfig({ DISCORD_TOKEN: 'b' }, pkg).encryptionKey);
	});

	it('turns catalog credentials on only when some are given', () => {
		expect(loadConfig({ DISCORD_TOKEN: 'a' }, pkg).catalog.credentials).toBeUndefined();
		expect(loadConfig({ DISCORD_TOKEN: 'a', CATALOG_REFRESH_TOKEN: 'r' }, pkg).catalog.credentials).toEqual({ refreshToken: 'r', email: undefined, password: undefined });
	});
});

describe('loadDotEnv', () => {
	function withDotEnv(text: string, run: (path: string) => void): void {
		const dir = mkdtempSync(join(tmpdir(), 'dotenv-'));
		try {
			writeFileSync(join(dir, '.env'), text);
			run(join(dir, '.env'));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}

	it('fills in what the environment leaves unset, and an empty variable is unset wherever it is', () => {
		withDotEnv('SHARD_COUNT=\nLOG_LEVEL=debug\nDISCORD_TOKEN=from-file\nDISCOGS_TOKEN=from-file\n', (path) => {
			const env: NodeJS.ProcessEnv = { DISCORD_TOKEN: 'from-env', DISCOGS_TOKEN: '', METRICS_PORT: '  ' };
			loadDotEnv(path, env);
			// The environment wins; an empty variable in it is none, so the file's value counts.
			expect(env).toEqual({ DISCORD_TOKEN: 'from-env', DISCOGS_TOKEN: 'from-file', LOG_LEVEL: 'debug' });
			expect('SHARD_COUNT' in env).toBe(false);
		});
	});

	it('drops empty variables without a .env too', () => {
		const env: NodeJS.ProcessEnv = { SHARD_COUNT: '', DISCORD_TOKEN: 'x' };
		loadDotEnv(join(tmpdir(), 'no-such-dir', '.env'), env);
		expect(env).toEqual({ DISCORD_TOKEN: 'x' });
	});
});
