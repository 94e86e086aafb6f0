import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectStore, type Store } from '../../src/core/store.js';
import { DiscogsSignInTickets, type OpenResult } from '../../src/web/discogsSignInTickets.js';
import { STORE_BACKENDS, type StoreServer } from '../helpers/services.js';
import { allKeys, rawDatabase } from '../helpers/storeFile.js';

const ALICE = '1300000000000000001';
const BOB = '1300000000000000002';
const LIFE_MS = 15 * 60_000;

function opened(result: OpenResult): Extract<OpenResult, { ok: true }> {
	if (!result.ok) throw new Error(`expected the start link to open, got ${result.reason}`);
	return result;
}

/**
 * OAuth 1.0a (RFC 5849) has no `state`: the one-time start token and the browser nonce are what bind a callback to
 * the member and the browser that began it (issue 15, "Web sign-in for Discogs"). Run on every store, since
 * "once" rests on the store's atomic lease.
 */
describe.each(STORE_BACKENDS)('Discogs web sign-in tickets on $name', ({ start }) => {
	let server: StoreServer | undefined;
	let url: string;
	let store: Store;
	let clock: number;
	let tickets: DiscogsSignInTickets;

	beforeAll(async () => {
		server = await start();
	});
	afterAll(async () => {
		await server?.stop();
	});
	beforeEach(async () => {
		if (!server) throw new Error('the server did not start');
		url = await server.freshUrl();
		store = await connectStore(url);
		clock = Date.now();
		tickets = new DiscogsSignInTickets({ links: store.namespace('links'), leases: store.leases, now: () => clock });
	});
	afterEach(async () => {
		await store?.close();
	});

	it('binds the browser that opened the start link, and counts its callback once', async () => {
		const ticket = await tickets.issue(ALICE, 'request-1', clock + LIFE_MS);
		const start = opened(await tickets.open(ticket));
		expect(start.request).toBe('request-1');
		expect(start.expiresAt).toBe(clock + LIFE_MS);
		expect(await tickets.claim('request-1', start.browserNonce)).toEqual({ ok: true, discordUserId: ALICE });
		expect(await tickets.claim('request-1', start.browserNonce)).toEqual({ ok: false, reason: 'used' });
	});

	it('opens a start link once; an unknown one is expired', async () => {
		const ticket = await tickets.issue(ALICE, 'request-1', clock + LIFE_MS);
		opened(await tickets.open(ticket));
		expect(await tickets.open(ticket)).toEqual({ ok: false, reason: 'used' });
		expect(await tickets.open('made-up')).toEqual({ ok: false, reason: 'expired' });
		expect(await tickets.open(undefined)).toEqual({ ok: false, reason: 'expired' });
	});

	it('refuses a callback from another browser without spending it: no cookie, a wrong one, or no start at all', async () => {
		const ticket = await tickets.issue(ALICE, 'request-1', clock + LIFE_MS);
		// Someone sent the member Discogs' authorize URL directly: no browser was ever bound.
		expect(await tickets.claim('request-1', 'anything')).toEqual({ ok: false, reason: 'browser' });
		const start = opened(await tickets.open(ticket));
		expect(await tickets.claim('request-1', undefined)).toEqual({ ok: false, reason: 'browser' });
		expect(await tickets.claim('request-1', `${start.browserNonce}x`)).toEqual({ ok: false, reason: 'browser' });
		expect(await tickets.claim('request-1', start.browserNonce)).toEqual({ ok: true, discordUserId: ALICE });
	});

	it('forgets a sign-in once its request token expires', async () => {
		const ticket = await tickets.issue(ALICE, 'request-1', clock + LIFE_MS);
		const start = opened(await tickets.open(ticket));
		clock += LIFE_MS;
		expect(await tickets.claim('request-1', start.browserNonce)).toEqual({ ok: false, reason: 'expired' });
		const late = await tickets.issue(BOB, 'request-2', clock + LIFE_MS);
		clock += LIFE_MS + 1;
		expect(await tickets.open(late)).toEqual({ ok: false, reason: 'expired' });
	});

	it("keeps only the member's newest sign-in: an older link and an older callback are expired", async () => {
		const first = await tickets.issue(ALICE, 'request-1', clock + LIFE_MS);
		const firstStart = opened(await tickets.open(first));
		const second = await tickets.issue(ALICE, 'request-2', clock + LIFE_MS);
		expect(await tickets.claim('request-1', firstStart.browserNonce)).toEqual({ ok: false, reason: 'expired' });
		const secondStart = opened(await tickets.open(second));
		expect(await tickets.claim('request-2', secondStart.browserNonce)).toEqual({ ok: true, discordUserId: ALICE });
		// Another member's sign-in is their own.
		const bobs = opened(await tickets.open(await tickets.issue(BOB, 'request-3', clock + LIFE_MS)));
		expect(await tickets.claim('request-3', secondStart.browserNonce)).toEqual({ ok: false, reason: 'browser' });
		expect(await tickets.claim('request-3', bobs.browserNonce)).toEqual({ ok: true, discordUserId: BOB });
	});

	it('lets exactly one of two simultaneous opens, and of two simultaneous callbacks, through', async () => {
		const ticket = await tickets.issue(ALICE, 'request-1', clock + LIFE_MS);
		const opens = await Promise.all([tickets.open(ticket), tickets.open(ticket)]);
		expect(opens.map((result) => result.ok).sort()).toEqual([false, true]);
		const start = opened(opens.find((result) => result.ok) ?? opens[0] ?? { ok: false, reason: 'expired' });
		const claims = await Promise.all([tickets.claim('request-1', start.browserNonce), tickets.claim('request-1', start.browserNonce)]);
		expect(claims.filter((result) => result.ok)).toEqual([{ ok: true, discordUserId: ALICE }]);
		expect(claims.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'used' }]);
	});

	it('forgets the member on /unlink all: their links stop working, and no entry names them', async () => {
		const ticket = await tickets.issue(ALICE, 'request-1', clock + LIFE_MS);
		const start = opened(await tickets.open(ticket));
		const bobs = await tickets.issue(BOB, 'request-2', clock + LIFE_MS);
		await tickets.forget(ALICE);
		await tickets.forget('1300000000000000009');
		expect(await tickets.claim('request-1', start.browserNonce)).toEqual({ ok: false, reason: 'expired' });
		expect((await tickets.open(bobs)).ok).toBe(true);
		if (!url.startsWith('sqlite://')) return;
		await store.close();
		expect((await allKeys(url)).filter((key) => key.includes(ALICE))).toEqual([]);
		store = await connectStore(url);
	});

	it('keeps neither the start token nor the browser nonce in the store, only their hashes', async () => {
		if (!url.startsWith('sqlite://')) return;
		const ticket = await tickets.issue(ALICE, 'request-1', clock + LIFE_MS);
		const start = opened(await tickets.open(ticket));
		await store.close();
		const keys = (await allKeys(url)).join('\n');
		const raw = rawDatabase(url);
		for (const secret of [ticket, start.browserNonce]) {
			expect(keys).not.toContain(secret);
			expect(raw).not.toContain(secret);
		}
		store = await connectStore(url);
	});
});
