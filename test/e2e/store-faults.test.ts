import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectStore } from '../../src/core/store.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';
import { removeDir, spawnScript } from '../helpers/botProcess.js';
import { startStack, type Stack } from '../helpers/stack.js';

/** `chattr +i` makes a file immutable even for root, where the file system supports it (ext4 does; tmpfs does not). */
function setImmutable(path: string, on: boolean): boolean {
	try {
		execFileSync('chattr', [on ? '+i' : '-i', path], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

describe('a database the bot cannot write', () => {
	let discord: FakeDiscord;
	const dir = mkdtempSync(join(tmpdir(), 'store-readonly-'));
	const path = join(dir, 'bot.sqlite');
	beforeAll(async () => {
		discord = await startFakeDiscord();
		// A database made by an earlier run, then locked against writes.
		const store = await connectStore(`sqlite://${path}`);
		await store.close();
	});
	afterAll(async () => {
		setImmutable(path, false);
		rmSync(dir, { recursive: true, force: true });
		await discord.close();
	});

	it('stops the bot at start-up with one line naming the store and what it said', async (context) => {
		if (!setImmutable(path, true)) {
			context.skip('chattr +i is not supported here (needs root on ext4 or similar)');
			return;
		}
		const bot = spawnScript({ env: { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DATABASE_URL: `sqlite://${path}` } });
		try {
			expect(await bot.waitForExit(20_000)).toBe(1);
			const lines = bot.stderr().trim().split('\n');
			expect(lines).toHaveLength(1);
			expect(lines[0]).toMatch(new RegExp(`could not open the SQLite store at sqlite://${path}: links: SQLITE_(READONLY|CANTOPEN|IOERR|PERM)`));
			// It never got as far as Discord.
			expect(discord.identifies).toEqual([]);
		} finally {
			await bot.stop();
			removeDir(bot.dir);
		}
	});
});

describe('/healthz while the database file goes away', () => {
	let stack: Stack;
	let base: string;
	beforeAll(async () => {
		stack = await startStack({ env: { METRICS_PORT: '0' } });
		const listening = await stack.bot.waitForLog((line) => line.msg === 'metrics listening');
		base = `http://127.0.0.1:${String(listening['port'])}`;
	});
	afterAll(async () => {
		await stack?.stop();
	});

	const health = async () => {
		const response = await fetch(`${base}/healthz`);
		return { status: response.status, body: (await response.json()) as Record<string, unknown> };
	};

	it('turns 503 while the file is read-only, and 200 again once it is writable', async (context) => {
		expect((await health()).status).toBe(200);
		const path = stack.bot.databaseUrl.replace(/^sqlite:\/\//, '');
		if (!setImmutable(path, true)) {
			context.skip('chattr +i is not supported here (needs root on ext4 or similar)');
			return;
		}
		try {
			const locked = await health();
			expect(locked.status).toBe(503);
			expect(String(locked.body['storeError'])).toContain('is read-only (EPERM)');
		} finally {
			setImmutable(path, false);
		}
		expect((await health()).status).toBe(200);
	});

	it('turns 503 when the file was removed, and again when another file was put in its place', async () => {
		expect((await health()).status).toBe(200);
		const path = stack.bot.databaseUrl.replace(/^sqlite:\/\//, '');
		// SQLite keeps writing to the open (now unlinked) file: every write would be lost at the next start.
		for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
		const removed = await health();
		expect(removed.status).toBe(503);
		expect(removed.body).toMatchObject({ status: 'unhealthy', store: 'failed' });
		expect(String(removed.body['storeError'])).toContain('was removed while the bot ran');
		writeFileSync(path, '');
		const replaced = await health();
		expect(replaced.status).toBe(503);
		expect(String(replaced.body['storeError'])).toContain('was replaced while the bot ran');
	});
});
