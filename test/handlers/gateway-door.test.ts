import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { createLogger } from '../../src/core/logger.js';
import { gatewayDoor } from '../../src/doors/gateway.js';
import type { Door } from '../../src/doors/door.js';
import type { Dispatch } from '../../src/interactions/dispatcher.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';
import { TEST_PACKAGE } from '../helpers/config.js';

/**
 * The gateway door in this process, on a real discord.js client against the fake gateway. start.ts opens it while
 * the rest of the bot is still loading, so an interaction can arrive before there is a dispatcher to take it.
 */
let discord: FakeDiscord;
let door: Door;
let hand: (dispatch: Dispatch) => void = () => undefined;
let opening: Promise<void>;

beforeAll(async () => {
	discord = await startFakeDiscord();
	const config = loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl }, TEST_PACKAGE);
	door = gatewayDoor(config, createLogger('silent'));
	opening = door.open(new Promise<Dispatch>((resolve) => (hand = resolve)));
	await discord.waitForReady(10_000);
});
afterAll(async () => {
	await door?.close();
	await discord?.close();
});

describe('the gateway door before the bot is built', () => {
	it('connects at once, holds an interaction until the dispatcher is there, and dates its deadline from its arrival', async () => {
		await opening;
		const handle = await discord.slash({ name: 'profile' });
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(handle.events).toEqual([]);
		const handedAt = performance.now();
		const seen: Array<{ id: string; receivedAt: number | undefined }> = [];
		hand(async (interaction, responder, receivedAt) => {
			seen.push({ id: interaction.id, receivedAt });
			await responder.initial({ type: 4, data: { content: 'held, then answered' } });
		});
		const answer = await handle.final();
		expect(answer.data.content).toBe('held, then answered');
		expect(seen).toHaveLength(1);
		// The 3 s rule counts the time it waited: the dispatcher is told when the door took it, before it was handed over.
		expect(seen[0]?.receivedAt).toBeLessThan(handedAt - 250);
	});
});
