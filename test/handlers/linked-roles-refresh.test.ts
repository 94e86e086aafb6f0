import type { APIConnection } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USER as ALICE } from '../fakes/discord/index.js';
import { startInProcess, type InProcessBot } from '../helpers/inProcess.js';
import { callbackOf, eventually, registerMetadata, SCOPE } from '../helpers/linkedRoles.js';
import { cookieOf, visit } from '../helpers/webSignIn.js';

/**
 * The periodic push, in process: connections are read again and the role connection pushed again every
 * LINKED_ROLES_REFRESH_MS, by the process holding the store's lease. Connection fields and visibility as in the Users
 * resource (Connection Object); the fake Discord serves GET /users/@me/connections.
 */
const PUBLIC_URL = 'https://bot.example.test';
let bot: InProcessBot;

const connection = (type: string, id: string, name: string): APIConnection => ({
	id,
	name,
	type: type as APIConnection['type'],
	verified: true,
	friend_sync: false,
	show_activity: true,
	two_way_link: false,
	visibility: 1,
});

beforeAll(async () => {
	bot = await startInProcess({
		discord: { redirectUris: [callbackOf(PUBLIC_URL)] },
		env: { PUBLIC_URL, DISCORD_APPLICATION_ID: '1100000000000000001', DISCORD_CLIENT_SECRET: 'fake-client-secret', LINKED_ROLES_REFRESH_MS: '400' },
		envFor: ({ discord }) => ({ DISCORD_WEB_URL: new URL(discord.authorizeUrl).origin }),
	});
	await registerMetadata(bot.discord);
});
afterAll(async () => {
	await bot?.stop();
});

describe('Linked Roles, periodically', () => {
	it('reads the connections again and pushes again, without anything changing on the bot', async () => {
		bot.discord.addConnection(ALICE.id, connection('spotify', 'alice.spins', 'Alice Spins'));
		// The browser's steps, against the in-process server (PUBLIC_URL is where a proxy would forward from).
		const start = await visit(`${PUBLIC_URL}/linked-roles`, { server: bot.url });
		const state = new URL(start.location ?? '').searchParams.get('state') ?? '';
		const redirect = bot.discord.authorize({ userId: ALICE.id, scope: SCOPE, redirectUri: callbackOf(PUBLIC_URL), state });
		const landed = await visit(redirect, { server: bot.url, cookie: cookieOf(start.setCookies[0]).pair });
		expect(landed.status).toBe(200);
		expect(await bot.context.grants.connections(ALICE.id)).toEqual([{ type: 'spotify', id: 'alice.spins', name: 'Alice Spins' }]);
		expect(bot.discord.roleConnectionOf(ALICE.id)).toMatchObject({ metadata: {} });

		bot.discord.addConnection(ALICE.id, connection('youtube', 'UC42', 'Alice on YouTube'));
		const refreshed = await eventually(async () => {
			const shown = await bot.context.grants.connections(ALICE.id);
			return shown.length === 2 ? shown : undefined;
		}, 'the periodic read of connections');
		expect(refreshed.map((entry) => entry.type).sort()).toEqual(['spotify', 'youtube']);
		// Paced: after each member the run waits its share of the Discogs budget, then says what it did.
		const line = await eventually(() => bot.logs().find((entry) => entry.msg === 'linked roles refreshed' && entry['members'] === 1), 'the refresh summary');
		expect(line).toMatchObject({ members: 1, pushed: 1 });
	});
});
