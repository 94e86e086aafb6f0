import { ApplicationCommandOptionType, type APIUser } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe as vitestDescribe, expect, it } from 'vitest';
import { SEED_USER_ID } from '../fakes/catalog/index.js';
import type { FinalAnswer, InteractionHandle } from '../fakes/discord/index.js';
import { addCollector, addUsers, discogs } from '../helpers/discogsUsers.js';
import { description, run } from '../helpers/flows.js';
import { startHttpStack, type HttpStack } from '../helpers/httpStack.js';
import { NGINX, skipWithout } from '../helpers/requirements.js';
import { REDIS_SERVER, startRedis, type StoreServer } from '../helpers/services.js';
import { BOB, NELLY } from '../helpers/stack.js';

/** Without redis-server or nginx the file is skipped with one line naming each missing package (under CI=true it fails). */
const describe = vitestDescribe.skipIf([REDIS_SERVER, NGINX].map((program) => skipWithout(program)).some(Boolean));

/**
 * A small Discogs budget, the same on both sides: Discogs throttles "by source IP" over "a moving average over a 60
 * second window" (discogs-api.md, Rate limiting; the fake keeps such a window), and both replicas share one IP.
 */
const LIMIT = 10;
const WINDOW_MS = 2_000;
/** More than both replicas' budgets together in one window: each spending LIMIT on its own would get 429s. */
const BURST = 24;
/** Round robin alternates, but nothing here assumes it: a flow is repeated (a bounded number of times) until the other replica took it. */
const TRIES = 6;

const CAROL: APIUser = { id: '1300000000000000004', username: 'carol', discriminator: '0', global_name: 'Carol', avatar: null };

let redis: StoreServer | undefined;
let stack: HttpStack;

beforeAll(async () => {
	redis = await startRedis();
	stack = await startHttpStack({
		replicas: 2,
		discogs: { limit: LIMIT, windowMs: WINDOW_MS },
		env: { DATABASE_URL: await redis.freshUrl(), DISCOGS_RATE_LIMIT: String(LIMIT), DISCOGS_RATE_WINDOW_MS: String(WINDOW_MS) },
	});
	addCollector(stack.discogs);
}, 60_000);

afterAll(async () => {
	await stack?.stop();
	await redis?.stop();
}, 30_000);

/** Sends `send()` until a replica other than `not` answers it, at most TRIES times; each answer is checked by `check`. */
async function untilAnsweredByOther(not: number, send: () => Promise<{ handle: InteractionHandle; answer: FinalAnswer }>, check: (answer: FinalAnswer) => void) {
	const seen: number[] = [];
	for (let attempt = 0; attempt < TRIES; attempt++) {
		const { handle, answer } = await send();
		check(answer);
		const by = await stack.answeredBy(handle.id);
		seen.push(by);
		if (by !== not) return { handle, answer, by };
	}
	throw new Error(`${TRIES} interactions through nginx all went to replica ${not} (${seen.join(', ')}): the other was never reached`);
}

const buttonsOf = (components: unknown): Array<{ label?: string; custom_id?: string }> => {
	const rows = Array.isArray(components) ? (components as Array<{ components?: unknown[] }>) : [];
	return rows.flatMap((row) => (row.components ?? []) as Array<{ label?: string; custom_id?: string }>);
};

const profileOf = (id: string) =>
	stack.discord.slash({ name: 'profile', options: [{ name: 'user', type: ApplicationCommandOptionType.User, value: id }], user: BOB }).then(async (handle) => ({ handle, answer: await handle.final() }));

describe('two replicas in HTTP mode behind nginx, sharing one Redis', () => {
	it('each replica passed the endpoint check on its own, and the fake POSTs to nginx', () => {
		expect(stack.replicas).toHaveLength(2);
		expect(new Set(stack.replicas.map((replica) => replica.port)).size).toBe(2);
		expect(stack.discord.interactionsEndpoint).toBe(`${stack.nginx?.url}/interactions`);
		expect(stack.discord.identifies).toEqual([]);
	});

	it('a catalog link made through one replica is used by a lookup on the other', async () => {
		const opened = await run(stack.discord, 'link', 'catalog', [], CAROL);
		expect(opened.answer.type).toBe(9);
		const { accessToken } = stack.catalog.issueTokens(SEED_USER_ID);
		const submit = await stack.discord.submitModal({ customId: 'lnkm:ct', fields: { token: accessToken }, user: CAROL });
		expect(description(await submit.final())).toContain('Linked your catalog account **Johnny**');
		const linkedBy = await stack.answeredBy(submit.id);

		// No id: the account comes from the link store, which the other replica can only have read from Redis.
		const lookup = await untilAnsweredByOther(
			linkedBy,
			() => run(stack.discord, 'catalog', 'profile', [], CAROL),
			(answer) => expect(answer.data.embeds?.[0]?.title).toBe('Johnny'),
		);
		expect(lookup.by).not.toBe(linkedBy);
	});

	it("a paging button on replica A's message is handled by replica B", async () => {
		const { handle, answer } = await discogs(stack.discord, 'contributions', [{ name: 'username', value: 'crate_digger' }]);
		const sentBy = await stack.answeredBy(handle.id);
		const next = buttonsOf(answer.data.components).find((button) => button.label === 'Next ›');
		const message = handle.original();
		const customId = next?.custom_id;
		if (!customId || !message) throw new Error(`no Next button in ${JSON.stringify(answer.data)}`);
		const clicked = await untilAnsweredByOther(
			sentBy,
			async () => {
				const click = await stack.discord.click({ customId, message, user: BOB });
				return { handle: click, answer: await click.final() };
			},
			// 7 UPDATE_MESSAGE edits the message the button was on (openapi.json InteractionCallbackTypes).
			(update) => {
				expect(update.type).toBe(7);
				expect(update.data.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of 3/);
			},
		);
		expect(clicked.by).not.toBe(sentBy);
	});

	it('a burst of distinct Discogs lookups through both replicas stays within the one shared budget: no 429', async () => {
		const names = addUsers(stack.discogs, 'burst', BURST);
		const before = stack.discogs.requests.length;
		const handles = await Promise.all(
			names.map((username) =>
				stack.discord.slash({ name: 'discogs', options: [{ type: ApplicationCommandOptionType.Subcommand, name: 'profile', options: [{ name: 'username', type: ApplicationCommandOptionType.String, value: username }] }] }),
			),
		);
		const answers = await Promise.all(handles.map((handle) => handle.final(30_000)));
		expect(answers.map((answer) => answer.data.embeds?.[0]?.title)).toEqual(names);
		// Each profile fetched once, by one replica: exact paths, since `burst1` is a prefix of `burst10`.
		const fetched = (username: string) => stack.discogs.requests.filter((request) => request.path === `/users/${username}`).length;
		expect(names.map(fetched)).toEqual(names.map(() => 1));
		expect(stack.discogs.requests.slice(before).filter((request) => request.status === 429)).toEqual([]);
		const by = await Promise.all(handles.map((handle) => stack.answeredBy(handle.id)));
		expect(new Set(by)).toEqual(new Set([0, 1]));
	}, 60_000);

	it('when one replica is killed (SIGKILL), every new interaction is answered by the other', async () => {
		// Between interactions: nginx retries a refused connection on the next replica, but a POST already sent to the
		// one that dies is not retried (nginx.ts: proxy_next_upstream without non_idempotent), and would get 502.
		const { handle } = await profileOf(NELLY.id);
		const victim = await stack.answeredBy(handle.id);
		const survivor = 1 - victim;
		const killed = stack.replicas[victim];
		if (!killed) throw new Error('no such replica');
		killed.bot.child.kill('SIGKILL');
		expect(await killed.bot.waitForExit(5_000)).toBeNull();

		for (let index = 0; index < 6; index++) {
			const { handle: after, answer } = await profileOf(index % 2 === 0 ? NELLY.id : BOB.id);
			expect(answer.data.embeds?.[0]?.title).toBe(index % 2 === 0 ? 'Nelly' : 'Bob');
			expect(after.delivery).toMatchObject({ status: 200, failure: undefined });
			expect(await stack.answeredBy(after.id)).toBe(survivor);
		}
		const health = await fetch(`${stack.nginx?.url}/healthz`);
		expect(health.status).toBe(200);
	});
});
