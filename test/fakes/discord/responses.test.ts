import { ButtonStyle, ComponentType, GatewayOpcodes, InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { isRecord } from './http.js';
import { startFakeDiscord } from './index.js';
import type { FakeDiscord } from './index.js';
import { component, responseSchema, validateAgainst } from './validate/index.js';

/**
 * The fake's own answers against the response schemas of Discord's description (../openapi/, e.g.
 * ApplicationCommandResponse, MessageResponse, InteractionCallbackResponse, ErrorResponse): a bot that reads back
 * what it registered or sent must see the shape Discord returns, not an echo of its request.
 */
let fake: FakeDiscord;
let socket: WebSocket;
const GUILD = '1200000000000000001';

beforeAll(async () => {
	fake = await startFakeDiscord();
	socket = new WebSocket(fake.apiUrl.replace(/^http/, 'ws').replace(/\/api$/, ''));
	socket.on('message', (raw) => {
		const payload: unknown = JSON.parse(String(raw));
		if (isRecord(payload) && payload['op'] === GatewayOpcodes.Hello) {
			socket.send(JSON.stringify({ op: GatewayOpcodes.Identify, d: { token: fake.token, intents: 0, properties: { os: 'linux', browser: 'test', device: 'test' } } }));
		}
	});
	await fake.waitForReady();
});

afterAll(async () => {
	socket?.terminate();
	await fake?.close();
});

interface Answer {
	readonly status: number;
	readonly body: unknown;
}

async function call(method: string, path: string, body?: unknown, bot = false): Promise<Answer> {
	const headers: Record<string, string> = { 'content-type': 'application/json', ...(bot ? { authorization: `Bot ${fake.token}` } : {}) };
	const response = await fetch(`${fake.apiUrl}/v10${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
	const text = await response.text();
	return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

/** The answer has the status expected and fits the spec's schema for that operation and status. */
function expectShape(answer: Answer, operationId: string, status: number): void {
	expect(answer.status, JSON.stringify(answer.body)).toBe(status);
	const schema = responseSchema(operationId, String(status));
	if (!schema) throw new Error(`the spec has no ${status} schema for ${operationId}`);
	expect(validateAgainst(answer.body, schema)).toEqual([]);
}

const idOf = (answer: Answer): string => (isRecord(answer.body) && typeof answer.body['id'] === 'string' ? answer.body['id'] : '');

const reply = {
	content: 'Profile of <@1300000000000000001>',
	embeds: [
		{
			title: 'rodneyfool',
			url: 'https://www.discogs.com/user/rodneyfool',
			color: null,
			timestamp: '2026-07-18T12:00:00.000Z',
			fields: [{ name: 'Rating', value: '5' }],
			footer: { text: 'Discogs', icon_url: null },
			thumbnail: { url: 'https://i.discogs.com/a.jpg' },
		},
	],
	components: [
		{
			type: ComponentType.ActionRow,
			components: [
				{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: 'next', label: 'Next', emoji: null },
				{ type: ComponentType.Button, style: ButtonStyle.Link, url: 'https://www.discogs.com', label: 'Open' },
			],
		},
		{ type: ComponentType.ActionRow, components: [{ type: ComponentType.StringSelect, custom_id: 'sort', options: [{ label: 'Newest', value: 'new' }] }] },
	],
	allowed_mentions: { parse: [] },
};

describe('the fake answers in the shapes of Discord\'s description', () => {
	it('command registration: PUT, POST, PATCH and GET, global and guild (ApplicationCommandResponse)', async () => {
		const app = `/applications/${fake.applicationId}`;
		const commands = [
			{
				name: 'discogs',
				description: 'Discogs lookups',
				default_member_permissions: null,
				integration_types: [0, 1],
				contexts: [0, 1, 2],
				name_localizations: { fr: 'discogs' },
				options: [
					{
						type: 1,
						name: 'profile',
						description: 'A profile',
						options: [{ type: 3, name: 'username', description: 'Who', required: null, autocomplete: true, max_length: 100 }],
					},
					{ type: 1, name: 'contributions', description: 'Contributions', options: [{ type: 3, name: 'sort', description: 'Order', choices: [{ name: 'Newest', value: 'new' }] }] },
				],
			},
			{ type: 2, name: 'View profile', default_member_permissions: '0' },
		];
		expectShape(await call('PUT', `${app}/commands`, commands, true), 'bulk_set_application_commands', 200);
		const created = await call('POST', `${app}/commands`, { name: 'privacy', description: 'Who may look you up', dm_permission: null }, true);
		expectShape(created, 'create_application_command', 201);
		expectShape(await call('PATCH', `${app}/commands/${idOf(created)}`, { description: 'Privacy settings' }, true), 'update_application_command', 200);
		expectShape(await call('GET', `${app}/commands/${idOf(created)}`, undefined, true), 'get_application_command', 200);
		expectShape(await call('GET', `${app}/commands`, undefined, true), 'list_application_commands', 200);
		expectShape(await call('PUT', `${app}/guilds/${GUILD}/commands`, commands, true), 'bulk_set_guild_application_commands', 200);
		expectShape(await call('GET', `${app}/guilds/${GUILD}/commands`, undefined, true), 'list_guild_application_commands', 200);
	});

	it('a reply with embeds and components, read back, edited and followed up (MessageResponse, InteractionCallbackResponse)', async () => {
		const handle = await fake.slash({ name: 'discogs' });
		const callback = `/interactions/${handle.id}/${handle.token}/callback`;
		const webhook = `/webhooks/${fake.applicationId}/${handle.token}`;
		expectShape(await call('POST', `${callback}?with_response=true`, { type: InteractionResponseType.ChannelMessageWithSource, data: reply }), 'create_interaction_response', 200);
		expectShape(await call('GET', `${webhook}/messages/@original`), 'get_original_webhook_message', 200);
		expectShape(await call('PATCH', `${webhook}/messages/@original`, { embeds: [{ description: 'edited', author: { name: 'a', url: null } }] }), 'update_original_webhook_message', 200);
		const followUp = await call('POST', `${webhook}?wait=true`, { ...reply, flags: 64 });
		expectShape(followUp, 'execute_webhook', 200);
		expectShape(await call('PATCH', `${webhook}/messages/${idOf(followUp)}`, { content: 'edited', components: [] }), 'update_webhook_message', 200);
		expectShape(await call('GET', `${webhook}/messages/${idOf(followUp)}`), 'get_webhook_message', 200);
	});

	it('an update of a clicked message (UpdateMessageInteractionCallbackResponse), and a refusal (Error)', async () => {
		const command = await fake.slash({ name: 'discogs' });
		await call('POST', `/interactions/${command.id}/${command.token}/callback`, { type: InteractionResponseType.ChannelMessageWithSource, data: reply });
		const message = command.original();
		if (!message) throw new Error('the reply has no message');
		const click = await fake.click({ customId: 'next', message });
		const update = { type: InteractionResponseType.UpdateMessage, data: { content: 'page 2', components: reply.components } };
		expectShape(await call('POST', `/interactions/${click.id}/${click.token}/callback?with_response=true`, update), 'create_interaction_response', 200);
		const another = await fake.slash({ name: 'discogs' });
		const refused = await call('POST', `/interactions/${another.id}/${another.token}/callback`, { type: 4, data: { content: 'x'.repeat(2001) } });
		// The spec's ErrorResponse types `_errors[].code` as an integer (it reuses Error), while Discord sends strings
		// such as "BASE_TYPE_MAX_LENGTH" there; only the top level is held to the spec.
		expect(refused.status).toBe(400);
		expect(validateAgainst(refused.body, component('Error'))).toEqual([]);
		expect(refused.body).toMatchObject({ code: 50035, errors: { data: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } });
	});

	it('checks the payload_json of a multipart body like a JSON one', async () => {
		const handle = await fake.slash({ name: 'discogs' });
		await call('POST', `/interactions/${handle.id}/${handle.token}/callback`, { type: InteractionResponseType.DeferredChannelMessageWithSource });
		const upload = (payload: unknown): Promise<Response> => {
			const form = new FormData();
			form.append('payload_json', JSON.stringify(payload));
			form.append('files[0]', new Blob(['hello']), 'note.txt');
			return fetch(`${fake.apiUrl}/v10/webhooks/${fake.applicationId}/${handle.token}/messages/@original`, { method: 'PATCH', body: form });
		};
		const refused = await upload({ content: 'x'.repeat(2001), attachments: [{ id: '0', filename: 'note.txt' }] });
		expect(refused.status).toBe(400);
		expect(await refused.json()).toMatchObject({ code: 50035, errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } });
		const accepted = await upload({ content: 'with a file', attachments: [{ id: '0', filename: 'note.txt' }] });
		expectShape({ status: accepted.status, body: await accepted.json() }, 'update_original_webhook_message', 200);
	});

	it('stores components with ids and embeds as rich, the way Discord returns them', async () => {
		const handle = await fake.slash({ name: 'discogs' });
		await call('POST', `/interactions/${handle.id}/${handle.token}/callback`, { type: InteractionResponseType.ChannelMessageWithSource, data: reply });
		const stored = handle.original();
		expect(stored?.embeds[0]).toMatchObject({ type: 'rich', fields: [{ name: 'Rating', value: '5', inline: false }] });
		expect(stored?.embeds[0]).not.toHaveProperty('color');
		expect(stored?.components).toMatchObject([
			{ id: 1, components: [{ id: 2 }, { id: 3 }] },
			{ id: 4, components: [{ id: 5, min_values: 1, max_values: 1 }] },
		]);
	});
});
