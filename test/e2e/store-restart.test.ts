import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USER as ALICE } from '../fakes/discord/index.js';
import { description, linkDiscogsByOAuth, run, text } from '../helpers/flows.js';
import { BOB, startStack, type Stack } from '../helpers/stack.js';
import { startPostgres, startRedis, STORE_BACKENDS, type StoreServer } from '../helpers/services.js';

const SERVERS = { Redis: () => startRedis({ persistent: true }), PostgreSQL: startPostgres } as const;
const networked = STORE_BACKENDS.filter((backend) => backend.name !== 'SQLite');

describe.each(networked)('the bot through a $name outage', ({ name }) => {
	let server: StoreServer | undefined;
	let stack: Stack;
	beforeAll(async () => {
		server = await SERVERS[name === 'Redis' ? 'Redis' : 'PostgreSQL']();
		stack = await startStack({ env: { DATABASE_URL: await server.freshUrl() } });
	});
	afterAll(async () => {
		await stack?.stop();
		await server?.stop();
	});

	it('answers lookups by name, says storage is down for the rest, writes nothing wrongly, and recovers by itself', async () => {
		await linkDiscogsByOAuth(stack.discord, stack.discogs, ALICE, 'rodneyfool');
		const outage = server?.outage;
		if (!outage || !server) throw new Error('the server cannot be restarted');
		await outage.call(server, async () => {
			// By name: the provider answers; the cache only misses.
			const byName = await run(stack.discord, 'discogs', 'profile', [{ name: 'username', value: 'shooezgirl' }], BOB);
			expect(byName.answer.data.embeds?.[0]?.title).toContain('shooezgirl');
			// Through the link: the store is needed, and says so (not "you have not linked an account").
			const linked = await run(stack.discord, 'discogs', 'profile', []);
			expect(description(linked.answer)).toBe("I can't reach my storage right now, so I can't check linked accounts or settings. Please try again in a moment.");
			const privacy = await run(stack.discord, 'privacy', undefined, [{ name: 'lookups', value: 'nobody' }]);
			expect(description(privacy.answer)).toContain("I couldn't save that");
		});
		// Back: the link survived, the refused privacy change did not happen, and nobody restarted the bot.
		let recovered = '';
		for (let attempt = 0; attempt < 40 && !recovered.includes('rodneyfool'); attempt++) {
			await new Promise((resolve) => setTimeout(resolve, 250));
			recovered = text((await run(stack.discord, 'discogs', 'profile', [])).answer);
		}
		expect(recovered).toContain('rodneyfool');
		const card = await run(stack.discord, 'profile', undefined, [{ name: 'user', value: ALICE.id }], BOB);
		expect(text(card.answer)).not.toContain('🔒 Private');
		expect(stack.bot.child.exitCode).toBeNull();
		expect(stack.bot.logs().filter((line) => ['uncaught exception', 'unhandled rejection'].includes(line.msg ?? ''))).toEqual([]);
	}, 90_000);
});
