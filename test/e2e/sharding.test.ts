import { spawnSync } from 'node:child_process';
import { ApplicationCommandOptionType, type APIApplicationCommandInteractionDataOption, type APIUser } from 'discord-api-types/v10';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SEED_USER_ID } from '../fakes/catalog/index.js';
import { DEFAULT_USER, shardForGuild, startFakeDiscord, type FinalAnswer, type InteractionHandle } from '../fakes/discord/index.js';
import { removeDir, spawnScript, type BotProcess, type LogLine } from '../helpers/botProcess.js';
import { addUsers } from '../helpers/discogsUsers.js';
import { describeNeeding } from '../helpers/requirements.js';
import { REDIS_SERVER, startRedis, type StoreServer } from '../helpers/services.js';
import { startStack, type Stack } from '../helpers/stack.js';

/** Without redis-server the file is skipped with one line naming the package (under CI=true it fails). */
const describe = describeNeeding(REDIS_SERVER);

/** Two guilds Discord puts on different shards of two (checked below, not assumed). */
const GUILD_A = { id: '1210000000000000000', name: 'Guild A' };
const GUILD_B = { id: '1220000000000000000', name: 'Guild B' };
/** A small Discogs budget, so a burst from both shards together would overrun it without sharing. */
const LIMIT = 5;
const WINDOW_MS = 2000;
const BURST = 10;
const ALICE: APIUser = DEFAULT_USER;

let redis: StoreServer | undefined;
let stack: Stack;

beforeAll(async () => {
	redis = await startRedis();
	stack = await startStack({
		discord: { guilds: [GUILD_A, GUILD_B] },
		discogs: { limit: LIMIT, windowMs: WINDOW_MS },
		env: {
			SHARD_COUNT: '2',
			DATABASE_URL: await redis.freshUrl(),
			DISCOGS_RATE_LIMIT: String(LIMIT),
			DISCOGS_RATE_WINDOW_MS: String(WINDOW_MS),
		},
		readyLog: (line) => line.msg === 'all shards ready',
		// The manager waits 5.5 s between shards, as Discord allows one IDENTIFY per 5 s.
		readyTimeoutMs: 45_000,
	});
}, 90_000);

afterAll(async () => {
	await stack?.stop();
	await redis?.stop();
}, 30_000);

const subcommand = (name: string, options: Record<string, string> = {}): APIApplicationCommandInteractionDataOption[] => [
	{
		type: ApplicationCommandOptionType.Subcommand,
		name,
		options: Object.entries(options).map(([option, value]) => ({ name: option, type: ApplicationCommandOptionType.String, value })),
	},
];

async function slash(command: string, options: APIApplicationCommandInteractionDataOption[], guildId: string): Promise<{ handle: InteractionHandle; answer: FinalAnswer }> {
	const handle = await stack.discord.slash({ name: command, options, guildId, user: ALICE });
	return { handle, answer: await handle.final(30_000) };
}

/** The processes of a sharded bot: the manager (the process spawned, as `npm start` runs it) and its shards, the latest of each. */
function processes(bot: BotProcess): { manager: number | undefined; shards: Map<number, number> } {
	const logs = bot.logs();
	const shards = new Map<number, number>();
	for (const line of logs) if (line.msg === 'connected to Discord' && typeof line.shard === 'number' && typeof line.pid === 'number') shards.set(line.shard, line.pid);
	const manager = logs.find((line) => line.msg === 'starting shards')?.pid;
	return { manager: typeof manager === 'number' ? manager : undefined, shards };
}

/** The pino `time` (ms) of a log line. */
function timeOf(line: LogLine): number {
	if (typeof line['time'] !== 'number') throw new Error(`no time on ${JSON.stringify(line)}`);
	return line['time'];
}

/** Which of these pids `ps` lists as running: an orphan that exited stays a zombie (Z) until init reaps it, and is gone. */
function stillRunning(pids: ReadonlyArray<number | undefined>): number[] {
	const known = pids.filter((pid): pid is number => pid !== undefined);
	const ps = spawnSync('ps', ['-o', 'pid=,stat=', '-p', known.join(',')], { encoding: 'utf8' });
	return ps.stdout.split('\n').flatMap((line) => {
		const [pid, stat] = line.trim().split(/\s+/);
		return pid && stat && !stat.startsWith('Z') ? [Number(pid)] : [];
	});
}

describe('SHARD_COUNT=2: a ShardingManager with two shard processes sharing one Redis', () => {
	it('picks guilds that land on different shards', () => {
		expect([shardForGuild(GUILD_A.id, 2), shardForGuild(GUILD_B.id, 2)]).toEqual([0, 1]);
	});

	it('starts both shards, each identifying as its own shard from its own process', async () => {
		await stack.discord.waitForReady({ shards: 2 });
		// Each shard logs as its client gets ready, about when the manager hears of it: wait for both lines.
		for (const shard of [0, 1]) await stack.bot.waitForLog((line) => line.msg === 'connected to Discord' && line.shard === shard);
		expect(stack.discord.identifies.map((identify) => identify.shard)).toEqual([
			[0, 2],
			[1, 2],
		]);
		const { manager, shards } = processes(stack.bot);
		expect([...shards.keys()].sort()).toEqual([0, 1]);
		expect(manager).toBe(stack.bot.child.pid);
		expect(new Set([manager, ...shards.values()]).size).toBe(3);
		const logged = stack.bot.logs().filter((line) => line.pid === manager);
		for (const msg of ['shard spawned', 'shard ready']) expect(logged.filter((line) => line.msg === msg).map((line) => line.shard)).toEqual([0, 1]);
	});

	it('sees a link made through guild A (shard 0) on /profile through guild B (shard 1)', async () => {
		const opened = await slash('link', subcommand('catalog'), GUILD_A.id);
		expect(opened.handle.shard).toBe(0);
		expect(opened.answer.type).toBe(9);
		const { accessToken } = stack.catalog.issueTokens(SEED_USER_ID);
		const submitted = await stack.discord.submitModal({ customId: 'lnkm:ct', fields: { token: accessToken }, user: ALICE, guildId: GUILD_A.id });
		expect(submitted.shard).toBe(0);
		expect((await submitted.final()).data.embeds?.[0]?.description).toContain('Linked your catalog account **Johnny**');

		const card = await slash('profile', [], GUILD_B.id);
		expect(card.handle.shard).toBe(1);
		expect(card.answer.data.embeds?.[0]?.fields?.find((field) => field.name === 'Linked accounts')?.value).toContain('Johnny');
	});

	it('serves a Discogs profile that shard 0 fetched to shard 1 from the shared cache', async () => {
		const first = await slash('discogs', subcommand('profile', { username: 'rodneyfool' }), GUILD_A.id);
		expect(first.handle.shard).toBe(0);
		expect(first.answer.data.embeds?.[0]?.title).toBe('Rodney (rodneyfool)');
		expect(stack.discogs.requestCount('/users/rodneyfool')).toBe(1);

		const second = await slash('discogs', subcommand('profile', { username: 'rodneyfool' }), GUILD_B.id);
		expect(second.handle.shard).toBe(1);
		expect(second.answer.data.embeds).toEqual(first.answer.data.embeds);
		expect(stack.discogs.requestCount('/users/rodneyfool')).toBe(1);
	});

	it('keeps a burst of distinct lookups on both shards within the one Discogs budget: not a single 429', async () => {
		const names = addUsers(stack.discogs, 'burst', BURST);
		const handles = await Promise.all(
			names.map((username, index) =>
				stack.discord.slash({ name: 'discogs', options: subcommand('profile', { username }), guildId: index % 2 === 0 ? GUILD_A.id : GUILD_B.id, user: ALICE }),
			),
		);
		expect(handles.map((handle) => handle.shard)).toEqual(names.map((_, index) => index % 2));
		const answers = await Promise.all(handles.map((handle) => handle.final(30_000)));
		expect(answers.map((answer) => answer.data.embeds?.[0]?.title)).toEqual(names);
		expect(names.map((username) => stack.discogs.requestCount(`/users/${username}`))).toEqual(names.map(() => 1));
		expect(stack.discogs.requests.filter((request) => request.status === 429)).toEqual([]);
	}, 60_000);

	// discord.js's ShardingManager respawns a dead shard at once, so a shard that crashes on start would fork and
	// IDENTIFY in a busy loop; ours waits 1 s, then 2 s, … (src/bot/restartBackoff.ts, pinned in test/unit/restart-backoff.test.ts).
	it('restarts a shard that dies after 1 s, and after 2 s when it dies again soon, and the restarted shard answers', async () => {
		const identifies = stack.discord.identifies.length;
		for (const expectedWait of [1_000, 2_000]) {
			const pid = processes(stack.bot).shards.get(1);
			if (pid === undefined) throw new Error('shard 1 logged no pid');
			const seen = stack.bot.logs().length;
			process.kill(pid, 'SIGKILL');
			const died = await stack.bot.waitForLog((line) => line.msg === 'shard died' && line.shard === 1 && line['shardPid'] === pid, 10_000);
			expect(died['signal']).toBe('SIGKILL');
			expect(died['restartInMs']).toBe(expectedWait);
			const restarted = await stack.bot.waitForLog((line) => line.msg === 'restarting shard' && line.shard === 1 && timeOf(line) >= timeOf(died), 10_000);
			expect(timeOf(restarted) - timeOf(died)).toBeGreaterThanOrEqual(expectedWait - 5);
			await stack.bot.waitForLog((line) => line.msg === 'connected to Discord' && line.shard === 1 && timeOf(line) >= timeOf(restarted), 20_000);
			// Only the dead shard came back: one shard spawned since, and shard 0 untouched.
			const since = stack.bot.logs().slice(seen);
			expect(since.filter((line) => line.msg === 'shard spawned').map((line) => line.shard)).toEqual([1]);
		}
		expect(stack.discord.identifies.slice(identifies).map((identify) => identify.shard)).toEqual([
			[1, 2],
			[1, 2],
		]);
		const answer = await slash('discogs', subcommand('profile', { username: 'rodneyfool' }), GUILD_B.id);
		expect(answer.handle.shard).toBe(1);
		expect(answer.answer.data.embeds?.[0]?.title).toBe('Rodney (rodneyfool)');
	}, 60_000);

	it('stops both shards on SIGTERM to the manager, which exits 0 and leaves no process behind', async () => {
		const { manager, shards } = processes(stack.bot);
		expect(stillRunning([manager, ...shards.values()])).toHaveLength(3);

		const seen = stack.bot.logs().length;
		expect(await stack.bot.stop(15_000)).toBe(0);
		const logs = stack.bot.logs().slice(seen);
		expect(logs.filter((line) => line.msg === 'stopped').map((line) => line.shard ?? 'manager').sort()).toEqual([0, 1, 'manager']);
		expect(logs.filter((line) => line.pid === manager && line.msg === 'shard exited').map((line) => line.code)).toEqual([0, 0]);
		expect(logs.filter((line) => line.msg === 'shard died' || line.msg === 'restarting shard')).toEqual([]);
		await stack.discord.waitForDisconnect(5000);
		expect(stillRunning([manager, ...shards.values()])).toEqual([]);
	}, 30_000);

	it('stops the shards on their own when the manager is killed outright', async () => {
		await stack.restart();
		// Both shards' own start-up lines, which can reach the log after the manager's "all shards ready" on a busy machine.
		for (const shard of [0, 1]) await stack.bot.waitForLog((line) => line.msg === 'connected to Discord' && line.shard === shard, 15_000);
		const { manager, shards } = processes(stack.bot);
		// Never kill(undefined ?? 0): pid 0 is this whole process group.
		if (manager === undefined) throw new Error('the manager logged no pid');
		expect(shards.size).toBe(2);
		process.kill(manager, 'SIGKILL');
		await stack.bot.waitForLog((line) => line.msg === 'stopped' && line.shard === 1, 15_000);
		await stack.bot.waitForLog((line) => line.msg === 'stopped' && line.shard === 0, 15_000);
		expect(stack.bot.logs().filter((line) => line.msg === 'shutting down' && line.shard !== undefined).map((line) => line.signal)).toEqual(['manager gone', 'manager gone']);
		await stack.discord.waitForDisconnect(5000);
		const deadline = Date.now() + 5000;
		while (stillRunning([...shards.values()]).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
		expect(stillRunning([manager, ...shards.values()])).toEqual([]);
	}, 90_000);
});

describe('SHARD_COUNT=2 when a shard cannot start', () => {
	it('exits 1 with the reason, and restarts no shard after', async () => {
		const discord = await startFakeDiscord();
		// Nothing listens on port 9: every shard fails to reach its store and exits 1.
		const bot = spawnScript({ env: { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, SHARD_COUNT: '2', DATABASE_URL: 'redis://127.0.0.1:9/0' } });
		try {
			expect(await bot.waitForExit(45_000)).toBe(1);
			expect(bot.stderr().trim().split('\n').at(-1)).toBe("Start-up failed: shards did not start: Shard 0's process exited before its Client became ready.");
			const spawned = bot.logs().flatMap((line) => (line.msg === 'shard spawned' && typeof line.shardPid === 'number' ? [line.shardPid] : []));
			expect(spawned.length).toBeGreaterThan(0);
			expect(stillRunning(spawned)).toEqual([]);
			// The restart it had scheduled for the dead shard is called off with the rest.
			await new Promise((resolve) => setTimeout(resolve, 1_500));
			expect(bot.logs().filter((line) => line.msg === 'restarting shard')).toEqual([]);
		} finally {
			await bot.stop();
			removeDir(bot.dir);
			await discord.close();
		}
	}, 60_000);
});
