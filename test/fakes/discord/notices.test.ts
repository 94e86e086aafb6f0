import { GatewayOpcodes, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startFakeDiscord } from './index.js';
import type { FakeDiscord, InteractionNotice } from './index.js';

/**
 * onInteractionEvent, driven over plain HTTP and a bare gateway socket: the notices must mirror what the bot's
 * requests did, without a discord.js client deciding what gets sent.
 */
let fake: FakeDiscord;
let socket: WebSocket;
const notices: InteractionNotice[] = [];

beforeAll(async () => {
	fake = await startFakeDiscord();
	fake.onInteractionEvent((notice) => notices.push(notice));
	socket = new WebSocket(fake.apiUrl.replace(/^http/, 'ws').replace(/\/api$/, ''));
	socket.on('message', (raw) => {
		const payload = JSON.parse(String(raw)) as { op: number };
		if (payload.op === GatewayOpcodes.Hello) {
			socket.send(JSON.stringify({ op: GatewayOpcodes.Identify, d: { token: fake.token, intents: 0, properties: { os: 'linux', browser: 'test', device: 'test' } } }));
		}
	});
	await fake.waitForReady();
});

afterAll(async () => {
	socket?.terminate();
	await fake?.close();
});

async function post(path: string, body: unknown): Promise<Response> {
	return fetch(`${fake.apiUrl}/v10${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function patch(path: string, body: unknown): Promise<Response> {
	return fetch(`${fake.apiUrl}/v10${path}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

const noticesFor = (id: string): InteractionNotice[] => notices.filter((notice) => notice.interaction.id === id);

describe('onInteractionEvent', () => {
	it('tells of a deferral with the loading message, then of the edit with the finished one, same message id', async () => {
		const handle = await fake.slash({ name: 'ping' });
		expect((await post(`/interactions/${handle.id}/${handle.token}/callback`, { type: InteractionResponseType.DeferredChannelMessageWithSource })).status).toBe(204);
		expect((await patch(`/webhooks/${fake.applicationId}/${handle.token}/messages/@original`, { content: 'pong' })).status).toBe(200);

		const [deferred, edited] = noticesFor(handle.id);
		expect(deferred?.event.kind).toBe('callback');
		expect(deferred?.callback?.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
		expect((deferred?.message?.flags ?? 0) & MessageFlags.Loading).toBe(MessageFlags.Loading);
		expect(edited?.event.kind).toBe('edit');
		expect(edited?.message?.content).toBe('pong');
		expect((edited?.message?.flags ?? 0) & MessageFlags.Loading).toBe(0);
		expect(edited?.message?.id).toBe(deferred?.message?.id);
	});

	it('tells of a refused second callback, with its error code and no message', async () => {
		const handle = await fake.slash({ name: 'ping' });
		await post(`/interactions/${handle.id}/${handle.token}/callback`, { type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'one' } });
		expect((await post(`/interactions/${handle.id}/${handle.token}/callback`, { type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'two' } })).status).toBe(400);

		const [accepted, refused] = noticesFor(handle.id);
		expect(accepted?.message?.content).toBe('one');
		expect(refused?.event.rejected).toBe(40060);
		expect(refused?.message).toBeUndefined();
		expect(refused?.callback).toBeUndefined();
	});

	it('gives a follow-up its own message, a delete the deleted message, and a modal its data without a message', async () => {
		const handle = await fake.slash({ name: 'ping' });
		await post(`/interactions/${handle.id}/${handle.token}/callback`, { type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'reply' } });
		const created = await post(`/webhooks/${fake.applicationId}/${handle.token}?wait=true`, { content: 'more', flags: MessageFlags.Ephemeral });
		const followUpId = ((await created.json()) as { id: string }).id;
		const deleted = await fetch(`${fake.apiUrl}/v10/webhooks/${fake.applicationId}/${handle.token}/messages/${followUpId}`, { method: 'DELETE' });
		expect(deleted.status).toBe(204);

		const [, followUp, deletion] = noticesFor(handle.id);
		expect(followUp?.event.kind).toBe('followup');
		expect(followUp?.message).toMatchObject({ id: followUpId, content: 'more', flags: MessageFlags.Ephemeral });
		expect(deletion?.event.kind).toBe('delete');
		expect(deletion?.message?.id).toBe(followUpId);

		const modal = await fake.slash({ name: 'ask' });
		const data = { custom_id: 'm', title: 'Ask', components: [{ type: 1, components: [{ type: 4, custom_id: 'q', label: 'Question', style: 1 }] }] };
		await post(`/interactions/${modal.id}/${modal.token}/callback`, { type: InteractionResponseType.Modal, data });
		const [shown] = noticesFor(modal.id);
		expect(shown?.callback?.type).toBe(InteractionResponseType.Modal);
		expect(shown?.callback?.data?.custom_id).toBe('m');
		expect(shown?.message).toBeUndefined();
	});

	it('keeps answering when a listener throws, and stops telling a listener that unsubscribed', async () => {
		const seen: string[] = [];
		const undo = fake.onInteractionEvent((notice) => seen.push(notice.interaction.id));
		const undoThrowing = fake.onInteractionEvent(() => {
			throw new Error('listener bug');
		});
		const first = await fake.slash({ name: 'ping' });
		expect((await post(`/interactions/${first.id}/${first.token}/callback`, { type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'ok' } })).status).toBe(204);
		undo();
		undoThrowing();
		const second = await fake.slash({ name: 'ping' });
		await post(`/interactions/${second.id}/${second.token}/callback`, { type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'ok' } });
		expect(seen).toEqual([first.id]);
		expect(noticesFor(second.id)).toHaveLength(1);
	});
});
