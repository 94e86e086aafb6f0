import { ApplicationCommandType } from 'discord-api-types/v10';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/core/errors.js';
import { chatInputCommand, type CommandSet } from '../../src/interactions/types.js';
import { description } from '../helpers/flows.js';
import { startInProcess, type InProcessBot } from '../helpers/inProcess.js';

/** Commands that fail on purpose, behind the real dispatcher and HTTP door: what each failure tells the member. */
const failing = (name: string, run: () => Promise<never>, ephemeral = false) =>
	chatInputCommand({
		definition: { name, description: 'fails', type: ApplicationCommandType.ChatInput },
		options: z.object({}),
		ephemeral: () => ephemeral,
		execute: run,
	});

const slowThenThrow = () =>
	new Promise<never>((_, reject) => {
		setTimeout(() => reject(new Error('a bug, after the deferral')), 2200);
	});

const commands: CommandSet = {
	chatInput: [
		failing('bug', () => Promise.reject(new Error('a bug'))),
		failing('down', () => Promise.reject(new ProviderError({ provider: 'Discogs', kind: 'unavailable', detail: 'test' }))),
		failing('slowbug', slowThenThrow),
	],
	userContext: [],
	components: [],
	modals: [],
};

let bot: InProcessBot;
beforeAll(async () => {
	bot = await startInProcess({ commands });
});
afterAll(async () => {
	await bot?.stop();
});

describe('the error boundary, in process', () => {
	it('a handler that throws: the generic answer with the reference, privately, and an error log line with it', async () => {
		const handle = await bot.discord.slash({ name: 'bug' });
		const answer = await handle.final();
		expect(answer.ephemeral).toBe(true);
		expect(description(answer)).toBe(`Something went wrong on our side. If it keeps happening, give the bot's operator this reference: \`${handle.id}\`.`);
		const logged = bot.logs().find((line) => line.msg === 'handler failed' && line['interaction'] === handle.id);
		expect(logged?.level).toBe(50);
	});

	it('a provider that is down: says which, never the generic answer', async () => {
		const answer = await (await bot.discord.slash({ name: 'down' })).final();
		expect(answer.ephemeral).toBe(true);
		expect(description(answer)).toMatch(/Discogs/);
		expect(description(answer)).not.toContain('Something went wrong on our side');
	});

	it('a bug after a public deferral: the "thinking…" placeholder goes, and the answer is a private follow-up', async () => {
		const handle = await bot.discord.slash({ name: 'slowbug' });
		const answer = await handle.final();
		expect(answer.deferred).toBe(true);
		expect(answer.ephemeral).toBe(true);
		expect(handle.events.map((event) => event.kind)).toEqual(['callback', 'delete', 'followup']);
		expect(handle.events.every((event) => event.rejected === undefined)).toBe(true);
	});
});
