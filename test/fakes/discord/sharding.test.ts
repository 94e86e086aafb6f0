import { once } from 'node:events';
import { REST } from '@discordjs/rest';
import { Client, Events, GatewayIntentBits, Routes } from 'discord.js';
import type { RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { shardForGuild, startFakeDiscord } from './index.js';
import type { FakeDiscord } from './index.js';

/** Two guilds that Discord would put on different shards of two. */
const GUILD_A = { id: '1210000000000000000', name: 'Guild A' };
const GUILD_B = { id: '1220000000000000000', name: 'Guild B' };

/** One shard of a bot, as a process of a ShardingManager runs it: a discord.js client that knows its shard. */
async function shardClient(fake: FakeDiscord, shard: number, count: number): Promise<{ client: Client; shards: number[] }> {
	const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl }, shards: [shard], shardCount: count });
	// Which shard each interaction reached, as the client saw it.
	const shards: number[] = [];
	client.on(Events.InteractionCreate, (interaction) => {
		shards.push(interaction.guild?.shardId ?? shard);
		if (interaction.isChatInputCommand()) void interaction.reply({ content: `shard ${shard}` });
	});
	await Promise.all([once(client, Events.ClientReady), client.login(fake.token)]);
	return { client, shards };
}

describe('fake Discord with a bot in two shards', () => {
	let fake: FakeDiscord;
	let zero: { client: Client; shards: number[] };
	let one: { client: Client; shards: number[] };

	beforeAll(async () => {
		fake = await startFakeDiscord({ guilds: [GUILD_A, GUILD_B] });
		zero = await shardClient(fake, 0, 2);
		one = await shardClient(fake, 1, 2);
		await fake.waitForReady({ shards: 2, timeoutMs: 2000 });
	});

	afterAll(async () => {
		await zero?.client.destroy();
		await one?.client.destroy();
		await fake?.close();
	});

	it('picks guilds that land on different shards', () => {
		expect([shardForGuild(GUILD_A.id, 2), shardForGuild(GUILD_B.id, 2)]).toEqual([0, 1]);
	});

	it('records both IDENTIFYs with their shard and gives each shard only the guilds it owns', () => {
		expect(fake.identifies.map((identify) => identify.shard)).toEqual([
			[0, 2],
			[1, 2],
		]);
		expect([...zero.client.guilds.cache.keys()]).toEqual([GUILD_A.id]);
		expect([...one.client.guilds.cache.keys()]).toEqual([GUILD_B.id]);
	});

	it("sends a guild's interactions to the shard that owns it and DMs to shard 0", async () => {
		const inA = await fake.slash({ name: 'ping', guildId: GUILD_A.id });
		const inB = await fake.slash({ name: 'ping', guildId: GUILD_B.id });
		const inDm = await fake.slash({ name: 'ping', guildId: null });
		expect([inA.shard, inB.shard, inDm.shard]).toEqual([0, 1, 0]);
		expect((await inA.final()).data.content).toBe('shard 0');
		expect((await inB.final()).data.content).toBe('shard 1');
		expect((await inDm.final()).data.content).toBe('shard 0');
		expect(zero.shards).toEqual([0, 0]);
		expect(one.shards).toEqual([1]);
	});

	it('still recommends one shard unless told otherwise', async () => {
		const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
		expect(((await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult).shards).toBe(1);
		const told = await startFakeDiscord({ recommendedShards: 3 });
		try {
			const toldRest = new REST({ api: told.apiUrl }).setToken(told.token);
			expect(((await toldRest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult).shards).toBe(3);
		} finally {
			await told.close();
		}
	});
});

describe('fake Discord with a shard missing', () => {
	it('waits for the number of shards asked for, and refuses to deliver to a shard that is not connected', async () => {
		const fake = await startFakeDiscord({ guilds: [GUILD_A, GUILD_B] });
		let zero: { client: Client } | undefined;
		try {
			zero = await shardClient(fake, 0, 2);
			await fake.waitForReady(500);
			await expect(fake.waitForReady({ shards: 2, timeoutMs: 300 })).rejects.toThrow(/Only 1 of 2 shards identified/);
			await expect(fake.slash({ name: 'ping', guildId: GUILD_B.id })).rejects.toThrow(/Shard \[1, 2\] \(which owns guild 1220000000000000000\) is not connected/);
			expect((await fake.slash({ name: 'ping', guildId: GUILD_A.id })).shard).toBe(0);
		} finally {
			await zero?.client.destroy();
			await fake.close();
		}
	});

	it('closes with 4010 when IDENTIFY names an impossible shard', async () => {
		const fake = await startFakeDiscord();
		try {
			const socket = new WebSocket(fake.apiUrl.replace(/^http/, 'ws').replace(/\/api$/, ''));
			const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
			socket.on('message', (raw) => {
				const message: unknown = JSON.parse(String(raw));
				if (typeof message === 'object' && message !== null && 'op' in message && message.op === 10) {
					socket.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 0, properties: {}, shard: [2, 2] } }));
				}
			});
			expect(await closed).toBe(4010);
			expect(fake.identifies).toEqual([]);
		} finally {
			await fake.close();
		}
	});
});
