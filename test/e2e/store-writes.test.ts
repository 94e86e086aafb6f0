import type { APIUser } from 'discord-api-types/v10';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USER_ID } from '../fakes/catalog/index.js';
import { DEFAULT_USER as ALICE } from '../fakes/discord/index.js';
import { description, linkCatalogByToken, linkDiscogsByOAuth, run, text } from '../helpers/flows.js';
import { BOB, NELLY, startStack, type Stack } from '../helpers/stack.js';

const CAROL: APIUser = { id: '1300000000000000003', username: 'carol', discriminator: '0', global_name: 'Carol', avatar: null };

let stack: Stack;
beforeAll(async () => {
	stack = await startStack();
	stack.discord.addUser(CAROL);
});
afterAll(async () => {
	await stack?.stop();
});

/** A second connection to the bot's database that holds the write lock, as another process would (BEGIN IMMEDIATE). */
async function holdWriteLock(databaseUrl: string): Promise<{ release(): Promise<void> }> {
	const db = await new Promise<sqlite3.Database>((resolve, reject) => {
		const opened = new sqlite3.Database(databaseUrl.replace(/^sqlite:\/\//, ''), (error) => (error ? reject(error) : resolve(opened)));
	});
	const exec = (sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));
	await exec('BEGIN IMMEDIATE');
	return {
		async release() {
			await exec('ROLLBACK');
			await new Promise<void>((resolve) => db.close(() => resolve()));
		},
	};
}

describe('while another process holds the SQLite write lock', () => {
	it('answers every write truthfully, and the state afterwards is what each member was told', async () => {
		// Before the lock: Alice is linked to Discogs, Bob to the catalog; Nelly is half-way through OAuth.
		await linkDiscogsByOAuth(stack.discord, stack.discogs, ALICE, 'rodneyfool');
		await linkCatalogByToken(stack.discord, stack.catalog, BOB, SEED_USER_ID);
		const nellyStart = await run(stack.discord, 'link', 'discogs', [], NELLY);
		const buttons = (nellyStart.answer.data.components ?? []).flatMap<unknown>((row) => ('components' in row ? row.components : [])) as Array<{ url?: string }>;
		const requestToken = new URL(buttons.find((button) => button.url)?.url ?? 'http://x').searchParams.get('oauth_token') ?? '';
		const verifier = stack.discogs.authorize(requestToken, 'shooezgirl');
		const message = nellyStart.handle.original();
		if (!message) throw new Error('no /link message');
		await (await stack.discord.click({ customId: 'lnk:do', message, user: NELLY })).final();

		const lock = await holdWriteLock(stack.bot.databaseUrl);
		let answers;
		try {
			answers = await Promise.all([
				run(stack.discord, 'privacy', undefined, [{ name: 'lookups', value: 'nobody' }], ALICE).then((result) => result.answer),
				run(stack.discord, 'unlink', undefined, [{ name: 'service', value: 'all' }], BOB).then((result) => result.answer),
				run(stack.discord, 'link', 'discogs', [{ name: 'username', value: 'shooezgirl' }], CAROL).then((result) => result.answer),
				stack.discord.submitModal({ customId: 'lnkm:do', fields: { verifier }, user: NELLY }).then((handle) => handle.final()),
			]);
		} finally {
			await lock.release();
		}
		const [privacy, unlinkAll, code, oauth] = answers;
		for (const answer of answers) {
			expect(answer.ephemeral).toBe(true);
			expect(text(answer)).not.toContain('✅');
		}
		expect(description(privacy)).toContain("I couldn't save that");
		expect(description(unlinkAll)).toContain("I couldn't delete everything");
		expect(description(code)).toContain("I couldn't save that");
		expect(description(code)).not.toMatch(/XF-[A-Z0-9]{6}/);
		expect(description(oauth)).toContain("I couldn't save that");

		// What they were told holds: Alice is still visible, Bob still linked, Carol has no code, Nelly no link.
		const card = await run(stack.discord, 'profile', undefined, [{ name: 'user', value: ALICE.id }], BOB);
		expect(text(card.answer)).toContain('rodneyfool');
		expect(text(card.answer)).not.toContain('🔒 Private');
		expect(description((await run(stack.discord, 'link', 'status', [], BOB)).answer)).toContain(SEED_USER_ID);
		expect(description((await run(stack.discord, 'link', 'status', [], NELLY)).answer)).not.toContain('shooezgirl');
		// The failures are in the log, with the namespace that refused.
		expect(stack.bot.logs().some((line) => line.msg === 'store call failed' && line['namespace'] === 'settings')).toBe(true);
		expect(stack.bot.logs().some((line) => line.msg === 'store failure answered')).toBe(true);
	}, 60_000);
});

describe('an interaction delivered twice', () => {
	const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

	it('/link discogs keeps the one code the member was shown, and is acknowledged once', async () => {
		const first = await run(stack.discord, 'link', 'discogs', [{ name: 'username', value: 'shooezgirl' }], CAROL);
		const shown = /`(XF-[A-Z0-9]{6})`/.exec(description(first.answer))?.[1];
		expect(shown).toBeDefined();
		await stack.discord.redeliver(first.handle);
		await stack.bot.waitForLog((line) => line.msg === 'duplicate delivery ignored' && line['interaction'] === first.handle.id);
		await wait(200);
		// Discord would refuse a second acknowledgement (40060): none was even tried.
		expect(first.handle.events.filter((event) => event.rejected !== undefined)).toEqual([]);
		// A new /link for the same account also shows the same code: every message that showed it stays true.
		const again = await run(stack.discord, 'link', 'discogs', [{ name: 'username', value: 'shooezgirl' }], CAROL);
		expect(description(again.answer)).toContain(shown);
	});

	it('a button press acts once', async () => {
		await linkCatalogByToken(stack.discord, stack.catalog, CAROL, SEED_USER_ID);
		const panel = await run(stack.discord, 'link', 'status', [], CAROL);
		const message = panel.handle.original();
		if (!message) throw new Error('no status panel');
		const unlink = await stack.discord.click({ customId: 'lnk:u:catalog', message, user: CAROL });
		await unlink.final();
		await stack.discord.redeliver(unlink);
		await stack.bot.waitForLog((line) => line.msg === 'duplicate delivery ignored' && line['interaction'] === unlink.id);
		await wait(200);
		expect(unlink.events.filter((event) => event.rejected !== undefined)).toEqual([]);
		expect(stack.bot.logs().filter((line) => line['interaction'] === unlink.id && line.msg === 'interaction answered')).toHaveLength(1);
	});
});
