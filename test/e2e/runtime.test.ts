import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, removeDir, spawnScript } from '../helpers/botProcess.js';
import { startFakeDiscord } from '../fakes/discord/index.js';
import { NELLY, startStack, type Stack } from '../helpers/stack.js';

describe('the error boundary keeps the bot serving', () => {
	let stack: Stack;
	beforeAll(async () => {
		stack = await startStack();
	});
	afterAll(async () => {
		await stack?.stop();
	});

	const stillServes = async () => {
		const answer = await (await stack.discord.slash({ name: 'profile', options: [{ name: 'user', type: ApplicationCommandOptionType.User, value: NELLY.id }] })).final();
		expect(answer.data.embeds?.[0]?.title).toBe('Nelly');
	};

	it('answers an unknown command ephemerally with its reference id', async () => {
		const handle = await stack.discord.slash({ name: 'no-such-command' });
		const answer = await handle.final();
		expect(answer.ephemeral).toBe(true);
		expect(answer.data.embeds?.[0]?.description).toContain("I don't know that command");
		expect(answer.data.embeds?.[0]?.description).toContain(handle.id);
		await stillServes();
	});

	it('answers options that do not fit the command (a forged payload) privately, and logs it with the id', async () => {
		// A user option whose value is no snowflake: the command's option schema refuses it before any handler runs.
		const handle = await stack.discord.slash({ name: 'profile', options: [{ name: 'user', type: ApplicationCommandOptionType.User, value: 'bogus' }] });
		const answer = await handle.final();
		expect(answer.ephemeral).toBe(true);
		expect(answer.data.embeds?.[0]?.description).toContain("That command's options did not make sense to me");
		await stack.bot.waitForLog((line) => line.msg === 'command options refused' && line.interaction === handle.id);
		await stillServes();
	});

	it('survives a malformed gateway payload', async () => {
		// discord.js throws while building an interaction without `entitlements`; that must not end the process.
		await stack.discord.dispatchRaw({ id: '1400000000000000001', type: 2, token: 'x', application_id: stack.discord.applicationId, version: 1 });
		await stack.bot.waitForLog((line) => ['uncaught exception', 'unhandled rejection', 'discord client error'].includes(line.msg ?? ''));
		await stillServes();
		expect(stack.bot.child.exitCode).toBeNull();
	});

	it('shuts down cleanly on SIGTERM with exit code 0', async () => {
		const code = await stack.bot.stop();
		expect(code).toBe(0);
		expect(stack.bot.logs().some((line) => line.msg === 'stopped')).toBe(true);
		await stack.discord.waitForDisconnect(5000);
	});
});

describe('start-up configuration', () => {
	it('exits 1 with one line naming DISCORD_TOKEN when it is missing', async () => {
		const bot = spawnScript({ env: {} });
		try {
			expect(await bot.waitForExit()).toBe(1);
			expect(bot.stderr().trim()).toBe('Configuration error: DISCORD_TOKEN is required');
			expect(bot.stdout()).toBe('');
		} finally {
			removeDir(bot.dir);
		}
	});

	it('exits 1 naming ENCRYPTION_KEY when Discogs OAuth is configured without it', async () => {
		const bot = spawnScript({ env: { DISCORD_TOKEN: 'x', DISCOGS_CONSUMER_KEY: 'key', DISCOGS_CONSUMER_SECRET: 'consumer-secret-value-9' } });
		try {
			expect(await bot.waitForExit()).toBe(1);
			expect(bot.stderr().trim()).toBe('Configuration error: ENCRYPTION_KEY is required when DISCOGS_CONSUMER_KEY is set (it encrypts OAuth tokens)');
			expect(bot.stderr()).not.toContain('consumer-secret-value-9');
		} finally {
			removeDir(bot.dir);
		}
	});

	it.each([
		['with .env copied from .env.example', true, {}],
		['with an empty variable in the environment', false, { SHARD_COUNT: '' }],
	])('%s, names the real cause: an empty variable is not set', async (_case, withDotEnv, extra) => {
		// .env.example has `SHARD_COUNT=`; discord.js reads SHARD_COUNT itself, and took '' for 0 shards.
		const dir = mkdtempSync(join(tmpdir(), 'bot-test-'));
		if (withDotEnv) copyFileSync(join(REPO_ROOT, '.env.example'), join(dir, '.env'));
		const bot = spawnScript({ dir, env: { DISCORD_TOKEN: 'x', DISCORD_API_URL: 'http://127.0.0.1:9/api', ...extra } });
		try {
			expect(await bot.waitForExit(60_000)).toBe(1);
			expect(bot.stderr().trim().split('\n')).toHaveLength(1);
			expect(bot.stderr()).toMatch(/^Start-up failed: could not connect to Discord at http:\/\/127\.0\.0\.1:9\/api: .*ECONNREFUSED/);
			expect(bot.stderr()).not.toContain('shardCount');
		} finally {
			removeDir(dir);
		}
	});

	it('a SIGTERM while it still starts (connected to Discord, the rest loading) stops it cleanly, exit 0', async () => {
		const discord = await startFakeDiscord();
		const bot = spawnScript({ env: { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl } });
		try {
			// The door opens before the bot's graph is built (src/bot/start.ts): the IDENTIFY is the earliest sign of life.
			const deadline = Date.now() + 20_000;
			while (discord.identifies.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
			expect(discord.identifies).toHaveLength(1);
			bot.child.kill('SIGTERM');
			expect(await bot.waitForExit(15_000)).toBe(0);
			expect(bot.logs().map((line) => line.msg)).toContain('stopped');
			await discord.waitForDisconnect(5000);
		} finally {
			await bot.stop();
			removeDir(bot.dir);
			await discord.close();
		}
	});

	it('exits 1 with one line when Discord is unreachable', async () => {
		const bot = spawnScript({ env: { DISCORD_TOKEN: 'x', DISCORD_API_URL: 'http://127.0.0.1:9/api' } });
		try {
			expect(await bot.waitForExit(60_000)).toBe(1);
			expect(bot.stderr().trim().split('\n')).toHaveLength(1);
			expect(bot.stderr()).toMatch(/^Start-up failed: could not connect to Discord at http:\/\/127\.0\.0\.1:9\/api/);
		} finally {
			removeDir(bot.dir);
		}
	});
});
