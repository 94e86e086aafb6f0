import { sign } from 'node:crypto';
import { ApplicationCommandType, ChannelType, InteractionContextType, InteractionResponseType, InteractionType, Locale } from 'discord-api-types/v10';
import type { APIChatInputApplicationCommandInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import type { HttpRoutes, HttpServer } from '../../src/http/server.js';
import { INTERACTION_BODY_LIMIT_BYTES } from '../../src/interactions/http/route.js';
import { startFakeDiscord } from '../fakes/discord/index.js';
import type { FakeDiscord } from '../fakes/discord/index.js';
import { keyPair, nowSeconds, startRoute } from './interactionsRouteHarness.js';
import type { RouteHarness, Signing } from './interactionsRouteHarness.js';

/**
 * `POST /interactions`, as Discord's Interactions Endpoint URL (discord-api-docs developers/interactions/overview.mdx,
 * "Setting Up an Endpoint" and "Validating Security Request Headers"): Ed25519 over `X-Signature-Timestamp + rawBody`,
 * 401 whenever the check fails (the docs' sample answers `invalid request signature`), PING answered with 200 and
 * `{"type":1}` with a valid Content-Type; other interactions answered inline with 200 and an interaction response
 * (receiving-and-responding.mdx, "Inline HTTP Response Behavior"). The interaction types are the OpenAPI description's
 * `InteractionTypes` (/work/shared/reference/discord-openapi/openapi.json) as discord-api-types knows them; its
 * `PongInteractionCallbackRequest` is `{type: 1}`.
 */

const discord = keyPair();

const COMMAND = {
	id: '1300000000000000001',
	application_id: '1100000000000000001',
	type: InteractionType.ApplicationCommand,
	token: 'aW50ZXJhY3Rpb246dGVzdA',
	version: 1,
	locale: Locale.EnglishUS,
	// A DM: `user` and no `member` (receiving-and-responding.mdx, Interaction Structure).
	context: InteractionContextType.BotDM,
	channel_id: '1200000000000000002',
	channel: { id: '1200000000000000002', type: ChannelType.DM, last_message_id: null, recipients: [] },
	app_permissions: '2048',
	entitlements: [],
	authorizing_integration_owners: { 0: '0' },
	attachment_size_limit: 10_485_760,
	user: { id: '1400000000000000001', username: 'björk', discriminator: '0', global_name: 'Björk', avatar: null },
	data: { id: '1500000000000000001', name: 'profile', type: ApplicationCommandType.ChatInput },
} satisfies APIChatInputApplicationCommandInteraction;

const PING = { id: '1300000000000000002', application_id: COMMAND.application_id, type: InteractionType.Ping, token: 'cGluZw', version: 1 };
const ANSWER = { type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'Björk on Discogs', flags: 64 } } satisfies APIInteractionResponse;

const open: Array<HttpServer | FakeDiscord> = [];
afterEach(async () => {
	await Promise.all(open.splice(0).map((server) => server.close()));
});

async function start(publicHex = discord.publicHex, extraRoutes: HttpRoutes[] = []): Promise<RouteHarness> {
	const harness = await startRoute({ publicHex, privateKey: discord.privateKey, answer: async () => ANSWER, extraRoutes });
	open.push(harness.server);
	return harness;
}

const INVALID = { status: 401, contentType: 'text/plain; charset=utf-8', text: 'invalid request signature\n' };

describe('POST /interactions', () => {
	it('answers a signed PING with 200 and {"type":1} as JSON, without calling the handler', async () => {
		const bot = await start();
		const answer = await bot.post(JSON.stringify(PING));
		expect(answer.status).toBe(200);
		expect(answer.contentType).toMatch(/^application\/json/);
		expect(JSON.parse(answer.text)).toEqual({ type: 1 });
		expect(bot.calls).toEqual([]);
	});

	it('hands a signed command to the handler once, parsed and with every field kept, and sends its answer', async () => {
		const bot = await start();
		// Fields this code has never heard of stay as Discord sent them.
		const sent = { ...COMMAND, some_future_field: { nested: [1, 2] } };
		const answer = await bot.post(JSON.stringify(sent));
		expect(answer.status).toBe(200);
		expect(answer.contentType).toMatch(/^application\/json/);
		expect(JSON.parse(answer.text)).toEqual(ANSWER);
		expect(bot.calls).toEqual([sent]);
	});

	it('takes a timestamp a few minutes old (inside the 5-minute window)', async () => {
		const bot = await start();
		expect((await bot.post(JSON.stringify(COMMAND), { timestamp: String(nowSeconds() - 240) })).status).toBe(200);
		expect(bot.calls).toHaveLength(1);
	});

	it('refuses with 401 every request whose signature check fails, and never calls the handler', async () => {
		const bot = await start();
		const body = JSON.stringify(COMMAND);
		const good = sign(null, Buffer.from(`${nowSeconds()}${body}`), discord.privateKey).toString('hex');
		const cases: Array<[string, Signing, string]> = [
			['signed by another key', { privateKey: keyPair().privateKey }, 'wrong_signature'],
			['a body altered after signing', { sentBody: body.replace('profile', 'profilf') }, 'wrong_signature'],
			['the same JSON re-serialized', { sentBody: JSON.stringify(COMMAND, null, 1) }, 'wrong_signature'],
			['a timestamp 10 minutes old', { timestamp: String(nowSeconds() - 600) }, 'stale_timestamp'],
			['a timestamp 10 minutes ahead', { timestamp: String(nowSeconds() + 600) }, 'future_timestamp'],
			['no signature header', { signature: null }, 'missing_signature'],
			['signature not hex', { signature: `${good.slice(0, 126)}zz` }, 'malformed_signature'],
			['signature too short', { signature: good.slice(0, 64) }, 'malformed_signature'],
			['timestamp not seconds', { timestamp: new Date().toISOString() }, 'malformed_timestamp'],
		];
		for (const [what, signing, reason] of cases) {
			expect(await bot.post(body, signing), what).toEqual(INVALID);
			expect(bot.lines.at(-1), what).toMatchObject({ level: 20, reason, msg: 'interaction refused: bad signature' });
		}
		// No timestamp header at all, and no headers or body at all.
		const bare = await request(`${bot.base}/interactions`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-ed25519': good }, body });
		expect([bare.statusCode, await bare.body.text()]).toEqual([401, INVALID.text]);
		expect(bot.lines.at(-1)).toMatchObject({ reason: 'missing_timestamp' });
		const empty = await request(`${bot.base}/interactions`, { method: 'POST' });
		expect([empty.statusCode, await empty.body.text()]).toEqual([401, INVALID.text]);

		// The signature comes before anything is read from the body: junk with a bad signature is a 401, not a 400.
		for (const junk of ['{"type":1', '[]', '{"type":99}']) {
			expect(await bot.post(junk, { privateKey: keyPair().privateKey }), junk).toEqual(INVALID);
		}

		expect(bot.calls).toEqual([]);
		// The reason only: neither the body nor a header's value reaches the log.
		const logged = JSON.stringify(bot.lines);
		for (const secret of [COMMAND.token, good.slice(0, 32), 'profile']) expect(logged).not.toContain(secret);
	});

	it('refuses a body over the route limit with 413, whether it says its length or is chunked', async () => {
		const bot = await start();
		// Valid JSON and signed: only the size is wrong.
		const oversized = JSON.stringify({ ...COMMAND, padding: 'x'.repeat(INTERACTION_BODY_LIMIT_BYTES) });
		for (const chunked of [false, true]) {
			const answer = await bot.post(oversized, { chunked });
			expect([answer.status, answer.text], `chunked: ${chunked}`).toEqual([413, 'Payload Too Large\n']);
		}
		expect(bot.calls).toEqual([]);
	});

	it("takes a body larger than the server's default limit but inside the route's", async () => {
		const bot = await start();
		const large = { ...COMMAND, padding: 'x'.repeat(400 * 1024) };
		expect((await bot.post(JSON.stringify(large))).status).toBe(200);
		expect(bot.calls).toHaveLength(1);
	});

	it('refuses a Content-Type other than JSON with 415, before reading the body', async () => {
		const bot = await start();
		for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', null]) {
			const answer = await bot.post(JSON.stringify(COMMAND), { contentType });
			expect([answer.status, answer.text], String(contentType)).toEqual([415, 'Unsupported Media Type\n']);
		}
		// A charset parameter is still JSON.
		expect((await bot.post(JSON.stringify(COMMAND), { contentType: 'application/json; charset=utf-8' })).status).toBe(200);
		expect(bot.calls).toHaveLength(1);
	});

	it('refuses a correctly signed body that is not JSON with 400', async () => {
		const bot = await start();
		for (const body of ['{"type":1', '', 'type=1', Buffer.from([0xff, 0xfe, 0x00])]) {
			const answer = await bot.post(body);
			expect([answer.status, answer.text], String(body)).toEqual([400, 'body is not JSON\n']);
		}
		expect(bot.calls).toEqual([]);
		expect(bot.lines.at(-1)).toMatchObject({ level: 40, msg: 'interaction refused: the signed body is not JSON' });
	});

	it('refuses correctly signed JSON that is not an interaction with 400, naming the fields in the log only', async () => {
		const bot = await start();
		const { id: _id, ...noId } = COMMAND;
		const { data: _data, ...noData } = COMMAND;
		const bodies: unknown[] = [
			[],
			null,
			'profile',
			{ type: 2 },
			noId,
			noData,
			{ ...COMMAND, type: 99 },
			{ ...COMMAND, type: '2' },
			{ ...COMMAND, id: 1300000000000000001 },
			{ ...COMMAND, application_id: null },
			{ ...COMMAND, token: '' },
			{ ...COMMAND, token: 42 },
			{ ...COMMAND, data: 'profile' },
		];
		for (const body of bodies) {
			const answer = await bot.post(JSON.stringify(body));
			expect([answer.status, answer.text], JSON.stringify(body)).toEqual([400, 'body is not an interaction\n']);
		}
		expect(bot.calls).toEqual([]);
		expect(bot.lines.at(-1)).toMatchObject({ level: 40, problems: ['data: invalid_type'] });
	});

	it('answers 500 when the handler rejects, logs it, and answers the next request', async () => {
		const bot = await start();
		bot.answer = async () => {
			throw new Error('a bug');
		};
		const failed = await bot.post(JSON.stringify(COMMAND));
		expect([failed.status, failed.text]).toEqual([500, 'Internal Server Error\n']);
		expect(bot.lines.at(-1)).toMatchObject({ level: 50, msg: 'interaction handler rejected', interactionId: COMMAND.id, err: { message: 'a bug' } });

		bot.answer = async () => ANSWER;
		expect((await bot.post(JSON.stringify(COMMAND))).status).toBe(200);
		expect(bot.calls).toHaveLength(2);
	});

	it("changes nothing for other routes: they keep fastify's JSON body parser and the server's limit", async () => {
		const echo: HttpRoutes = async (app) => {
			app.post('/echo', async (request) => ({ received: request.body }));
		};
		const bot = await start(discord.publicHex, [echo]);
		const echoed = await request(`${bot.base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
		expect(await echoed.body.json()).toEqual({ received: { a: 1 } });
		const large = await request(`${bot.base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ a: 'x'.repeat(400 * 1024) }) });
		expect(large.statusCode).toBe(413);
		await large.body.dump();
	});
});

/**
 * The route behind the fake Discord, which checks an endpoint as the developer portal does on save (a signed PING must
 * get PONG, a bad signature 401) and sends bad signatures later as Discord's routine checks do (overview.mdx: "we will
 * remove your interactions URL" if one is accepted).
 */
describe('POST /interactions behind the fake Discord', () => {
	it('passes the endpoint validation and the routine bad-signature check, and answers a click inline', async () => {
		const fake = await startFakeDiscord();
		open.push(fake);
		const bot = await start(fake.publicKey);
		bot.answer = async (interaction) =>
			interaction.type === InteractionType.MessageComponent ? { type: InteractionResponseType.DeferredMessageUpdate } : ANSWER;

		await fake.setInteractionsEndpoint(`${bot.base}/interactions`);
		expect(fake.interactionsEndpoint).toBe(`${bot.base}/interactions`);
		await expect(fake.sendBadSignature()).resolves.toBe(401);
		expect(fake.interactionsEndpoint).toBe(`${bot.base}/interactions`);
		expect(bot.calls).toEqual([]);

		const slash = await fake.slash({ name: 'profile' });
		expect(await slash.firstResponse()).toMatchObject({ type: 4, data: { content: 'Björk on Discogs' } });
		const message = slash.original();
		if (!message) throw new Error('the inline answer was stored as the original message');
		const click = await fake.click({ customId: 'page:2', message });
		expect(await click.firstResponse()).toMatchObject({ type: 6 });
		const [command, component] = bot.calls;
		expect(command).toMatchObject({ type: 2, data: { name: 'profile' } });
		expect(component).toMatchObject({ type: 3, data: { custom_id: 'page:2' }, message: { id: message.id } });
	});
});
