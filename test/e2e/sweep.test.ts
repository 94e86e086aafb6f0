import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USER } from '../fakes/discord/index.js';
import { addUsers, discogs } from '../helpers/discogsUsers.js';
import { run } from '../helpers/flows.js';
import { startStack, type Stack } from '../helpers/stack.js';
import { allKeys } from '../helpers/storeFile.js';

describe('the running bot sweeps its store', () => {
	let stack: Stack;
	beforeAll(async () => {
		stack = await startStack({ env: { CACHE_SWEEP_INTERVAL_MS: '500', DISCOGS_PROFILE_TTL_MS: '200', CACHE_STALE_KEEP_MS: '200' } });
	});
	afterAll(async () => {
		await stack?.stop();
	});

	it('deletes the cached profiles once they expired, and keeps what has not', async () => {
		await run(stack.discord, 'privacy', undefined, [{ name: 'lookups', value: 'nobody' }]);
		const names = addUsers(stack.discogs, 'swept_', 5);
		for (const username of names) await discogs(stack.discord, 'profile', [{ name: 'username', value: username }]);
		const cached = (keys: string[]) => keys.filter((key) => key.includes('discogs:profile:swept_'));
		// Each lookup cached its profile (the earliest may already be gone again: they live 400 ms).
		expect(cached(await allKeys(stack.bot.databaseUrl)).length).toBeGreaterThan(0);
		// Each sweep takes whatever has expired by then: the five may go in one sweep or over several.
		const deadline = Date.now() + 15_000;
		while (cached(await allKeys(stack.bot.databaseUrl)).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
		expect(cached(await allKeys(stack.bot.databaseUrl))).toEqual([]);
		const swept = stack.bot.logs().filter((line) => line.msg === 'store swept').reduce((sum, line) => sum + Number(line['deleted']), 0);
		expect(swept).toBeGreaterThanOrEqual(5);
		// A setting never expires: it is still there.
		expect(await allKeys(stack.bot.databaseUrl)).toContain(`settings:privacy:${DEFAULT_USER.id}`);
	});
});
