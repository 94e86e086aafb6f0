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
		expect(cached(await allKeys(stack.bot.databaseUrl))).toHaveLength(5);
		await stack.bot.waitForLog((line) => line.msg === 'store swept' && Number(line['deleted']) >= 5, 10_000);
		expect(cached(await allKeys(stack.bot.databaseUrl))).toEqual([]);
		// A setting never expires: it is still there.
		expect(await allKeys(stack.bot.databaseUrl)).toContain(`settings:privacy:${DEFAULT_USER.id}`);
	});
});
