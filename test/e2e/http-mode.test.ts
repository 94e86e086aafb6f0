import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USER_ID } from '../fakes/catalog/index.js';
import { startFakeDiscord } from '../fakes/discord/index.js';
import { removeDir, spawnScript } from '../helpers/botProcess.js';
import { addCollector, discogs, profileNamed } from '../helpers/discogsUsers.js';
import { description, run } from '../helpers/flows.js';
import { httpModeEnv, startHttpStack, type HttpStack } from '../helpers/httpStack.js';
import { BOB, NELLY } from '../helpers/stack.js';

/**
 * The bot PROCESS with INTERACTIONS=http (as `npm start` runs it): the fake Discord signs each interaction and POSTs it
 * to the process's /interactions, as Discord does once an app has an Interactions Endpoint URL (discord-api-docs
 * developers/interactions/overview.mdx, "Configuring an Interactions Endpoint URL"). What the handlers answer is
 * pinned in process (test/handlers/); this file pins what needs the process: its start-up, its port, its config.
 */
let stack: HttpStack;
beforeAll(async () => {
	stack = await startHttpStack();
	addCollector(stack.discogs);
});
afterAll(async () => {
	await stack?.stop();
}, 30_000);

const replica = () => {
	const first = stack.replicas[0];
	if (!first) throw new Error('no replica started');
	return first;
};

const buttonsOf = (components: unknown): Array<{ label?: string; custom_id?: string }> => {
	const rows = Array.isArray(components) ? (components as Array<{ components?: unknown[] }>) : [];
	return rows.flatMap((row) => (row.components ?? []) as Array<{ label?: string; custom_id?: string }>);
};

describe('the bot process in HTTP mode', () => {
	it("passes the developer portal's endpoint check and Discord's routine bad-signature check", async () => {
		// overview.mdx, "Setting Up an Endpoint": a signed PING must get 200 {"type":1}, a bad signature 401, or the
		// URL is refused on save; later checks with a bad signature remove a URL that answers otherwise.
		const url = `${replica().url}/interactions`;
		await expect(stack.discord.setInteractionsEndpoint(url)).resolves.toBeUndefined();
		expect(stack.discord.interactionsEndpoint).toBe(url);
		expect(await stack.discord.sendBadSignature()).toBe(401);
		expect(stack.discord.interactionsEndpoint).toBe(url);
	});

	it('/profile: the card, answered as the HTTP reply to the POST (type 4, status 200)', async () => {
		const handle = await stack.discord.slash({ name: 'profile', options: [{ name: 'user', type: ApplicationCommandOptionType.User, value: NELLY.id }], user: BOB });
		const answer = await handle.final();
		// InteractionCallbackTypes 4 CHANNEL_MESSAGE_WITH_SOURCE (openapi.json); inline, not a REST callback, which
		// would have made the POST's answer a 202 (receiving-and-responding.mdx, "Interaction Callback").
		expect(answer.type).toBe(4);
		expect(answer.data.embeds?.[0]?.title).toBe('Nelly');
		expect(handle.delivery).toMatchObject({ status: 200, failure: undefined });
		expect(handle.events.map((event) => event.kind)).toEqual(['callback']);
		expect(await stack.answeredBy(handle.id)).toBe(0);
	});

	it('/discogs profile when Discogs is quick: the profile inline', async () => {
		const username = 'quicklookup';
		stack.discogs.addUser(profileNamed(username, 6_000_000));
		const { handle, answer } = await discogs(stack.discord, 'profile', [{ name: 'username', value: username }]);
		expect(answer.type).toBe(4);
		expect(answer.deferred).toBe(false);
		expect(answer.data.embeds?.[0]?.title).toBe(username);
		expect(handle.delivery?.status).toBe(200);
	});

	it('/discogs profile when Discogs is slow: a deferral (type 5) within 3 s as the HTTP reply, then the edit carries the profile', async () => {
		stack.discogs.slowNext(2600);
		const handle = await stack.discord.slash({
			name: 'discogs',
			options: [{ type: ApplicationCommandOptionType.Subcommand, name: 'profile', options: [{ name: 'username', type: ApplicationCommandOptionType.String, value: 'rodneyfool' }] }],
		});
		// "you must send an initial response within 3 seconds" (receiving-and-responding.mdx, "Responding to an
		// Interaction"); 5 is DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE (openapi.json InteractionCallbackTypes).
		const first = await handle.firstResponse();
		expect(first.type).toBe(5);
		expect(first.at - handle.dispatchedAt).toBeLessThan(3000);
		const answer = await handle.final();
		expect(answer.deferred).toBe(true);
		expect(answer.data.embeds?.[0]?.title).toBe('Rodney (rodneyfool)');
		// The deferral was the reply to the POST; the profile came after it, by PATCH …/messages/@original.
		expect(handle.delivery?.status).toBe(200);
		expect(handle.events.map((event) => event.kind)).toEqual(['callback', 'edit']);
	});

	it('paging buttons: Next is an update of the message (type 7) with page 2, answered inline', async () => {
		const { handle, answer } = await discogs(stack.discord, 'contributions', [{ name: 'username', value: 'crate_digger' }]);
		const next = buttonsOf(answer.data.components).find((button) => button.label === 'Next ›');
		const message = handle.original();
		if (!next?.custom_id || !message) throw new Error(`no Next button in ${JSON.stringify(answer.data)}`);
		const click = await stack.discord.click({ customId: next.custom_id, message, user: BOB });
		const clicked = await click.final();
		// 7 UPDATE_MESSAGE (openapi.json InteractionCallbackTypes): "for components, edit the message the component was
		// attached to" (receiving-and-responding.mdx, "Interaction Callback Type").
		expect(clicked.type).toBe(7);
		expect(clicked.data.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of 3/);
		expect(click.delivery?.status).toBe(200);
	});

	it('a modal: /link catalog opens it (type 9) as the HTTP reply; its submission links the account, which a lookup then uses', async () => {
		const opened = await run(stack.discord, 'link', 'catalog', [], NELLY);
		// 9 MODAL (openapi.json InteractionCallbackTypes), answered to the command's POST itself.
		expect(opened.answer.type).toBe(9);
		expect(opened.handle.delivery?.status).toBe(200);
		const { accessToken } = stack.catalog.issueTokens(SEED_USER_ID);
		const submitted = await (await stack.discord.submitModal({ customId: 'lnkm:ct', fields: { token: accessToken }, user: NELLY })).final();
		expect(description(submitted)).toContain('Linked your catalog account **Johnny**');
		const lookup = await run(stack.discord, 'catalog', 'profile', [], NELLY);
		expect(lookup.answer.data.embeds?.[0]?.title).toBe('Johnny');
	});

	it('never opens a gateway connection', async () => {
		// A gateway session starts with GET /gateway/bot and an IDENTIFY (gateway.mdx, "Connecting"): neither happened.
		expect(stack.discord.identifies).toEqual([]);
		expect(stack.discord.requests.filter((request) => request.path.startsWith('/gateway'))).toEqual([]);
		await stack.discord.waitForDisconnect(100);
		expect(replica().bot.logs().some((line) => line.msg === 'connected to Discord')).toBe(false);
	});

	it("/healthz on the bot's own port: no gateway, the token Discord took, the store; and no /metrics there", async () => {
		const health = await fetch(`${replica().url}/healthz`);
		expect(health.status).toBe(200);
		expect(await health.json()).toMatchObject({ status: 'ok', gateway: 'none', discordToken: 'ok', store: 'ok' });
		expect((await fetch(`${replica().url}/metrics`)).status).toBe(404);
	});
});

/** A well-formed key that signs nothing here: config checks come before any key is used. */
const SOME_PUBLIC_KEY = 'ab'.repeat(32);

describe('HTTP mode refuses an incomplete configuration at start-up', () => {
	const complete = { DISCORD_TOKEN: 'x', DISCORD_API_URL: 'http://127.0.0.1:9/api', ...httpModeEnv(SOME_PUBLIC_KEY) };
	const without = (name: string): Record<string, string> => Object.fromEntries(Object.entries(complete).filter(([key]) => key !== name));

	it.each([
		['without HTTP_PORT', without('HTTP_PORT'), /^Configuration error: INTERACTIONS=http needs HTTP_PORT\b/],
		['without DISCORD_PUBLIC_KEY', without('DISCORD_PUBLIC_KEY'), /^Configuration error: INTERACTIONS=http needs DISCORD_PUBLIC_KEY\b/],
		['with SHARD_COUNT', { ...complete, SHARD_COUNT: '2' }, /^Configuration error: INTERACTIONS=http takes no SHARD_COUNT\b/],
	])('%s: exits 1 with one line naming the variable', async (_case, env, line) => {
		const bot = spawnScript({ env });
		try {
			expect(await bot.waitForExit()).toBe(1);
			expect(bot.stderr().trim().split('\n')).toHaveLength(1);
			expect(bot.stderr().trim()).toMatch(line);
			expect(bot.stdout()).toBe('');
		} finally {
			await bot.stop();
			removeDir(bot.dir);
		}
	});

	it('a DISCORD_TOKEN Discord rejects: exits 1 naming it, before listening, and never prints the token', async () => {
		const discord = await startFakeDiscord();
		const wrongToken = 'not-the-fake-token-7f3a';
		const bot = spawnScript({ env: { DISCORD_TOKEN: wrongToken, DISCORD_API_URL: discord.apiUrl, ...httpModeEnv(discord.publicKey) } });
		try {
			expect(await bot.waitForExit()).toBe(1);
			expect(bot.stderr().trim().split('\n')).toHaveLength(1);
			expect(bot.stderr()).toMatch(/^Start-up failed: .*DISCORD_TOKEN/);
			expect(bot.stderr() + bot.stdout()).not.toContain(wrongToken);
			// With no gateway login to tell, the HTTP door asks GET /users/@me (openapi.json get_my_user, whose 4XX is
			// ClientErrorResponse; Discord answers a bad bot token with 401 Unauthorized).
			expect(discord.requests.filter((request) => request.method === 'GET' && request.path === '/users/@me').map((request) => request.authorization)).toEqual([
				`Bot ${wrongToken}`,
			]);
			expect(bot.logs().some((line) => line.msg === 'http listening')).toBe(false);
		} finally {
			await bot.stop();
			removeDir(bot.dir);
			await discord.close();
		}
	});
});
