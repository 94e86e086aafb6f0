import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUsers, discogs, profileNamed } from '../helpers/discogsUsers.js';
import { startStack, type Stack } from '../helpers/stack.js';

const DISCOGS_TOKEN = 'discogs-secret-token-1234';

const description = (answer: Awaited<ReturnType<typeof discogs>>['answer']) => answer.data.embeds?.[0]?.description ?? '';

describe('Discogs failures each get their own answer, and the bot keeps serving', () => {
	let stack: Stack;
	beforeAll(async () => {
		// Profiles go stale after a second, so an outage can be met with a cached copy.
		stack = await startStack({
			discogs: { token: DISCOGS_TOKEN },
			env: { DISCOGS_TOKEN, DISCOGS_PROFILE_TTL_MS: '1000', DISCOGS_TIMEOUT_MS: '2500' },
		});
		addUsers(stack.discogs, 'fail_', 5);
	});
	afterAll(async () => {
		await stack?.stop();
	});

	const stillServes = async () => {
		stack.discogs.mode = 'normal';
		const { answer } = await discogs(stack.discord, 'profile', [{ name: 'username', value: 'rodneyfool' }]);
		expect(answer.data.embeds?.[0]?.title).toBe('Rodney (rodneyfool)');
	};

	it('an unknown user: no such user, ephemerally', async () => {
		const { answer } = await discogs(stack.discord, 'profile', [{ name: 'username', value: 'nobody_here' }]);
		expect(answer.ephemeral).toBe(true);
		expect(description(answer)).toBe('No Discogs user named **nobody\\_here** exists.');
		await stillServes();
	});

	it('a malformed username is refused before any request', async () => {
		const before = stack.discogs.requests.length;
		const { answer } = await discogs(stack.discord, 'profile', [{ name: 'username', value: '../oauth/identity' }]);
		expect(description(answer)).toContain('is not a valid Discogs username');
		expect(stack.discogs.requests.length).toBe(before);
	});

	it('5xx without a cached copy: Discogs is unavailable', async () => {
		stack.discogs.mode = 'error500';
		const { answer } = await discogs(stack.discord, 'profile', [{ name: 'username', value: 'fail_0' }]);
		expect(answer.ephemeral).toBe(true);
		expect(description(answer)).toMatch(/^Discogs is unavailable right now/);
		await stillServes();
	});

	it('5xx with a cached copy: the copy, with its age in the footer', async () => {
		const first = await discogs(stack.discord, 'profile', [{ name: 'username', value: 'fail_1' }]);
		expect(first.answer.data.embeds?.[0]?.footer?.text).toBe('Discogs');
		await new Promise((resolve) => setTimeout(resolve, 1200));
		stack.discogs.mode = 'error500';
		const { answer } = await discogs(stack.discord, 'profile', [{ name: 'username', value: 'fail_1' }]);
		expect(answer.data.embeds?.[0]?.title).toContain('fail\\_1');
		expect(answer.data.embeds?.[0]?.footer?.text).toBe('Cached copy from less than a minute ago — Discogs is unavailable right now');
		await stillServes();
	});

	it('a timeout: unavailable, after the answer was deferred in time', async () => {
		stack.discogs.mode = 'hang';
		const { handle, answer } = await discogs(stack.discord, 'profile', [{ name: 'username', value: 'fail_2' }]);
		const first = await handle.firstResponse();
		expect(first.type).toBe(5);
		expect(first.at - handle.dispatchedAt).toBeLessThan(3000);
		expect(answer.ephemeral).toBe(true);
		expect(description(answer)).toMatch(/^Discogs is unavailable right now/);
		await stillServes();
	});

	it('malformed JSON and wrong types: unavailable, with the payload only in the log', async () => {
		for (const mode of ['malformed', 'wrongTypes'] as const) {
			stack.discogs.mode = mode;
			const { handle, answer } = await discogs(stack.discord, 'profile', [{ name: 'username', value: mode === 'malformed' ? 'fail_3' : 'fail_4' }]);
			expect(description(answer)).toMatch(/^Discogs is unavailable right now/);
			const logged = await stack.bot.waitForLog((line) => line.msg === 'provider error answered' && line.interaction === handle.id);
			expect(logged.detail).toBeTruthy();
		}
		await stillServes();
	});

	it('never writes a token to its output, through all of the above', () => {
		const output = stack.bot.stdout() + stack.bot.stderr();
		expect(output.length).toBeGreaterThan(0);
		expect(output).not.toContain(DISCOGS_TOKEN);
		expect(output).not.toContain(stack.discord.token);
	});
});

describe('a 429 storm', () => {
	let stack: Stack;
	beforeAll(async () => {
		// The fake allows far fewer requests than the bot believes, and asks for a long pause.
		stack = await startStack({ discogs: { limit: 2, windowMs: 60_000, retryAfterSeconds: 60 } });
		addUsers(stack.discogs, 'storm_', 4);
	});
	afterAll(async () => {
		await stack?.stop();
	});

	it('says Discogs is rate-limiting, not that it is down or that the user does not exist', async () => {
		const answers = [];
		for (const username of ['storm_0', 'storm_1', 'storm_2', 'storm_3']) {
			answers.push((await discogs(stack.discord, 'profile', [{ name: 'username', value: username }])).answer);
		}
		expect(answers[0]?.data.embeds?.[0]?.title).toContain('storm\\_0');
		const limited = answers.filter((answer) => description(answer).startsWith('Discogs is rate-limiting the bot right now'));
		expect(limited.length).toBeGreaterThanOrEqual(2);
		expect(limited.every((answer) => answer.ephemeral)).toBe(true);
		// The cached profile is still served while Discogs asks for a pause.
		const cached = await discogs(stack.discord, 'profile', [{ name: 'username', value: 'storm_0' }]);
		expect(cached.answer.data.embeds?.[0]?.title).toContain('storm\\_0');
	});
});

describe('bursts', () => {
	let stack: Stack;
	beforeAll(async () => {
		stack = await startStack({ discogs: { limit: 5, windowMs: 1000 }, env: { DISCOGS_RATE_LIMIT: '5', DISCOGS_RATE_WINDOW_MS: '1000' } });
		addUsers(stack.discogs, 'burst_', 15);
		addUsers(stack.discogs, 'same_', 1);
	});
	afterAll(async () => {
		await stack?.stop();
	});

	it('50 concurrent lookups of one user cause exactly one upstream request; another within the TTL causes none', async () => {
		const results = await Promise.all(Array.from({ length: 50 }, () => discogs(stack.discord, 'profile', [{ name: 'username', value: 'same_0' }])));
		expect(results.every(({ answer }) => answer.data.embeds?.[0]?.title?.includes('same\\_0'))).toBe(true);
		expect(stack.discogs.requestCount('/users/same_0')).toBe(1);
		await discogs(stack.discord, 'ratings', [{ name: 'username', value: 'same_0' }]);
		expect(stack.discogs.requestCount('/users/same_0')).toBe(1);
	});

	it('15 distinct lookups against a limit of 5 a second: no 429, every interaction acknowledged in time', async () => {
		const handles = await Promise.all(
			Array.from({ length: 15 }, async (_, index) => stack.discord.slash({ name: 'discogs', options: [{ type: 1, name: 'profile', options: [{ type: 3, name: 'username', value: `burst_${index}` }] }] })),
		);
		const answers = await Promise.all(handles.map((handle) => handle.final(20_000)));
		const firsts = await Promise.all(handles.map((handle) => handle.firstResponse()));
		expect(stack.discogs.requests.filter((request) => request.status === 429)).toEqual([]);
		firsts.forEach((first, index) => expect(first.at - handles[index]!.dispatchedAt).toBeLessThan(3000));
		answers.forEach((answer, index) => expect(answer.data.embeds?.[0]?.title).toContain(`burst\\_${index}`));
	});
	it('a 20 MB profile: "too large" for that lookup, while every other member is still answered in time', async () => {
		stack.discogs.addUser({ ...profileNamed('huge_profile', 6_000_001), profile: 'words '.repeat(3_500_000) });
		const others = addUsers(stack.discogs, 'bystander_', 6);
		const huge = discogs(stack.discord, 'profile', [{ name: 'username', value: 'huge_profile' }]);
		// The fake refuses an acknowledgement later than 3 s, as Discord does: each of these must be answered in time.
		const answers = await Promise.all([
			...others.map((username) => discogs(stack.discord, 'profile', [{ name: 'username', value: username }])),
			...Array.from({ length: 4 }, () => discogs(stack.discord, 'profile', [{ name: 'username', value: 'rodneyfool' }])),
		]);
		for (const { handle, answer } of answers) {
			expect(handle.events.filter((event) => event.rejected !== undefined)).toEqual([]);
			expect(answer.data.embeds?.[0]?.title).toBeDefined();
		}
		const { answer } = await huge;
		expect(description(answer)).toBe('Discogs sent an answer too large to read (over 1 MB), so I stopped reading it. Try again later.');
	});
});
