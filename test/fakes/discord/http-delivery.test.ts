import { InteractionResponseType } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { codesAt } from './validate/expect-form-error.js';
import { DiscordHttpError } from './http.js';
import { startFakeDiscord } from './index.js';
import type { FakeDiscord, FakeDiscordOptions } from './index.js';
import { idAndToken, TestEndpoint } from './test-endpoint.js';

/**
 * Interactions delivered by HTTP (discord-api-docs developers/interactions/receiving-and-responding.mdx, "Interaction
 * Callback": answer inline with 200 and an interaction response, or call back by REST and "respond to the original
 * HTTP request with a 202 and no body"; "you must send an initial response within 3 seconds"). No bot is on the
 * gateway in these tests: every interaction reaches the endpoint by POST alone. An inline response is checked by the
 * fake's validator as a callback would be; the bot hears nothing of a refusal (its answer is already sent), the user
 * sees "This interaction failed", and the test sees the refused event.
 */
let fake: FakeDiscord;
let endpoint: TestEndpoint;

async function start(options: FakeDiscordOptions = {}): Promise<void> {
	fake = await startFakeDiscord(options);
	endpoint = await TestEndpoint.start(fake.publicKey);
	await fake.setInteractionsEndpoint(endpoint.url);
}

afterEach(async () => {
	await endpoint?.close();
	await fake?.close();
});

async function rest(method: string, path: string, body: unknown): Promise<{ status: number; body: unknown }> {
	const response = await fetch(`${fake.apiUrl}/v10${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
	const text = await response.text();
	return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

/** Short, to keep the tests quick; long enough for a PING on a busy machine (validation has the same deadline). */
const DEADLINE_MS = 1000;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the endpoint's answer to be recorded on the handle. */
async function deliveryOf(handle: { readonly delivery: unknown }): Promise<void> {
	for (let waited = 0; handle.delivery === undefined; waited += 10) {
		if (waited > 5000) throw new Error('the endpoint answer was never recorded');
		await sleep(10);
	}
}

describe('HTTP delivery', () => {
	it('POSTs each interaction, signed, to the endpoint instead of the gateway', async () => {
		await start();
		const handle = await fake.slash({ name: 'ping' });
		await deliveryOf(handle);
		const [received] = endpoint.interactions();
		expect(received).toMatchObject({ id: handle.id, token: handle.token, type: 2, data: { name: 'ping' } });
		expect(endpoint.received.at(-1)?.signature).toMatchObject({ ok: true });
		expect(handle.shard).toBeUndefined();
	});

	it('records an inline answer (200 and an interaction response) as the callback', async () => {
		await start();
		endpoint.answer = () => ({ status: 200, body: { type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'pong' } } });
		const handle = await fake.slash({ name: 'ping' });
		expect(await handle.firstResponse()).toMatchObject({ type: 4, data: { content: 'pong' } });
		expect(await handle.final()).toMatchObject({ type: 4, data: { content: 'pong' }, deferred: false, ephemeral: false });
		expect(handle.original()?.content).toBe('pong');
		expect(handle.events).toEqual([expect.objectContaining({ kind: 'callback', body: { type: 4, data: { content: 'pong' } } })]);
		expect(handle.events[0]?.rejected).toBeUndefined();
		expect(handle.delivery).toMatchObject({ status: 200, failure: undefined });
		// It came inline: the bot made no REST callback.
		expect(fake.requests.filter((request) => request.path.endsWith('/callback'))).toEqual([]);
	});

	it('takes a REST callback and a 202 with no body, then the edit that completes a deferred answer', async () => {
		await start();
		endpoint.answer = async (interaction) => {
			const { id, token } = idAndToken(interaction);
			const callback = await rest('POST', `/interactions/${id}/${token}/callback`, { type: 5, data: { flags: 64 } });
			expect(callback.status).toBe(204);
			setTimeout(() => void rest('PATCH', `/webhooks/${fake.applicationId}/${token}/messages/@original`, { content: 'done' }), 50);
			return { status: 202 };
		};
		const handle = await fake.slash({ name: 'ping' });
		expect(await handle.firstResponse()).toMatchObject({ type: 5 });
		expect(await handle.final()).toMatchObject({ type: 5, data: { content: 'done' }, deferred: true, ephemeral: true });
		await deliveryOf(handle);
		expect(handle.delivery).toMatchObject({ status: 202, failure: undefined });
		expect(handle.events.map((event) => [event.kind, event.rejected])).toEqual([
			['callback', undefined],
			['edit', undefined],
		]);
	});

	it('refuses a callback after the deadline with 10062, as over the gateway', async () => {
		await start({ ackDeadlineMs: DEADLINE_MS });
		const late = new Promise<{ status: number; body: unknown }>((resolve) => {
			endpoint.answer = (interaction) => {
				const { id, token } = idAndToken(interaction);
				resolve(sleep(DEADLINE_MS + 100).then(() => rest('POST', `/interactions/${id}/${token}/callback`, { type: 4, data: { content: 'late' } })));
				return { status: 202 };
			};
		});
		const handle = await fake.slash({ name: 'ping' });
		expect(await late).toEqual({ status: 404, body: { code: 10062, message: 'Unknown interaction' } });
		expect(handle.events).toEqual([expect.objectContaining({ kind: 'callback', rejected: 10062 })]);
		await expect(handle.firstResponse(100)).rejects.toThrow('no accepted callback');
	});

	it('gives up on an answer that takes longer than the deadline, and records why', async () => {
		await start({ ackDeadlineMs: DEADLINE_MS });
		endpoint.answer = async () => {
			await sleep(DEADLINE_MS + 300);
			return { status: 200, body: { type: 4, data: { content: 'too late' } } };
		};
		const handle = await fake.slash({ name: 'ping' });
		await deliveryOf(handle);
		expect(handle.delivery).toMatchObject({ status: undefined, failure: `no answer within ${DEADLINE_MS} ms` });
		expect(handle.events).toEqual([]);
		await expect(handle.firstResponse(100)).rejects.toThrow(`endpoint answer: none (no answer within ${DEADLINE_MS} ms)`);
	});

	it('refuses an inline response that breaks a rule, naming the field as the callback route would', async () => {
		await start();
		endpoint.answer = () => ({ status: 200, body: { type: 4, data: { content: 'x'.repeat(2001) } } });
		const handle = await fake.slash({ name: 'ping' });
		await deliveryOf(handle);
		const [event] = handle.events;
		expect(event).toMatchObject({ kind: 'callback', rejected: 50035, error: { code: 50035, message: 'Invalid Form Body' } });
		const error = new DiscordHttpError(400, { code: 50035, message: 'Invalid Form Body', errors: event?.error?.errors });
		expect(codesAt(error, 'data.content')).toEqual(['BASE_TYPE_MAX_LENGTH']);
		expect(handle.delivery?.failure).toMatch(/^the inline response was refused/);
		await expect(handle.firstResponse(100)).rejects.toThrow('callback (refused 50035)');
		expect(handle.original()).toBeUndefined();
	});

	it('refuses an inline answer that is not JSON, or has no JSON Content-Type', async () => {
		await start();
		const answers = [
			{ reply: { status: 200, body: 'pong', contentType: 'application/json' }, code: 50109 },
			{ reply: { status: 200, body: JSON.stringify({ type: 4, data: { content: 'pong' } }), contentType: 'text/plain' }, code: 0 },
			{ reply: { status: 200 }, code: 0 },
		];
		for (const { reply, code } of answers) {
			endpoint.answer = () => reply;
			const handle = await fake.slash({ name: 'ping' });
			await deliveryOf(handle);
			expect(handle.events, JSON.stringify(reply)).toEqual([expect.objectContaining({ kind: 'callback', rejected: code })]);
		}
	});

	it('records an error status as the failure Discord shows, with no callback', async () => {
		await start();
		endpoint.answer = () => ({ status: 500, body: 'boom', contentType: 'text/plain' });
		const handle = await fake.slash({ name: 'ping' });
		await deliveryOf(handle);
		expect(handle.delivery).toMatchObject({ status: 500, failure: 'the endpoint answered 500 with "boom"' });
		expect(handle.events).toEqual([]);
	});

	it('refuses the second acknowledgement of a redelivered interaction with 40060', async () => {
		await start();
		endpoint.answer = () => ({ status: 200, body: { type: 4, data: { content: 'pong' } } });
		const handle = await fake.slash({ name: 'ping' });
		await handle.firstResponse();
		await fake.redeliver(handle);
		for (let waited = 0; handle.events.length < 2 && waited < 5000; waited += 10) await sleep(10);
		expect(handle.events.map((event) => event.rejected)).toEqual([undefined, 40060]);
		expect(endpoint.interactions()).toHaveLength(2);
	});

	it('rejects the send when the endpoint has gone away, as the gateway does without a bot', async () => {
		await start();
		await endpoint.close();
		await expect(fake.slash({ name: 'ping' })).rejects.toThrow(`The interactions endpoint ${endpoint.url} could not be reached`);
	});

	it('delivers component clicks and modal submits the same way', async () => {
		await start();
		endpoint.answer = () => ({ status: 200, body: { type: 4, data: { content: 'with a button' } } });
		const reply = await fake.slash({ name: 'ping' });
		await reply.firstResponse();
		const message = reply.original();
		if (!message) throw new Error('the reply was stored');
		endpoint.answer = (interaction) =>
			interaction['type'] === 3
				? { status: 200, body: { type: InteractionResponseType.DeferredMessageUpdate } }
				: { status: 200, body: { type: 4, data: { content: 'saved', flags: 64 } } };
		const click = await fake.click({ customId: 'page:2', message });
		expect(await click.firstResponse()).toMatchObject({ type: 6 });
		const submit = await fake.submitModal({ customId: 'edit', fields: { bio: 'hello' } });
		expect(await submit.final()).toMatchObject({ type: 4, data: { content: 'saved' }, ephemeral: true });
		expect(endpoint.interactions().map((interaction) => interaction['type'])).toEqual([2, 3, 5]);
	});
});
