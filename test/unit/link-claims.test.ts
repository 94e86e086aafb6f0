import { describe, expect, it } from 'vitest';
import { CLAIM_WAIT_MS } from '../../src/accounts/claimLease.js';
import { LinkStore } from '../../src/accounts/linkStore.js';
import { StoreError, UserError } from '../../src/core/errors.js';
import { SecretBox } from '../../src/core/secrets.js';
import { connectStore, type Store } from '../../src/core/store.js';
import { describeNeeding } from '../helpers/requirements.js';
import { REDIS_SERVER, startRedis, STORE_BACKENDS } from '../helpers/services.js';
import { storesPerTest } from '../helpers/storeProcesses.js';

const box = new SecretBox(Buffer.alloc(32, 1));
const CLAIMERS = 12;
const TAKEN_DISCOGS = 'That Discogs account is already linked to another Discord user. If it is yours, unlink it from the other account first.';
const TAKEN_CATALOG = 'That catalog account is already linked to another Discord user. If it is yours, unlink it from the other account first.';
const BUSY_DISCOGS = 'That Discogs account is being linked right now. Try again in a few seconds.';

const linksOn = (store: Store) => new LinkStore({ links: store.namespace('links'), settings: store.namespace('settings'), box, leases: store.leases });

/** The two bot processes of a test: each its own connection to one database, as two replicas would have. */
function pair(stores: Store[]): [LinkStore, LinkStore, Store, Store] {
	const [a, b] = stores;
	if (!a || !b) throw new Error('two stores');
	return [linksOn(a), linksOn(b), a, b];
}

/** Which claims won, and the messages of those that lost; a loss that is not a UserError fails the test. */
function outcomes(results: PromiseSettledResult<void>[]): { winners: number[]; messages: string[] } {
	const winners = results.flatMap((result, index) => (result.status === 'fulfilled' ? [index] : []));
	const messages = results.flatMap((result) => {
		if (result.status === 'fulfilled') return [];
		if (!(result.reason instanceof UserError)) throw result.reason;
		return [result.reason.message];
	});
	return { winners, messages };
}

describe.each(STORE_BACKENDS)('claims of one account across processes on $name', ({ start }) => {
	const processes = storesPerTest(start);

	it('gives a Discogs account to exactly one of many members claiming it at once through two processes', async () => {
		const [a, b] = pair(processes.stores());
		const users = Array.from({ length: CLAIMERS }, (_, index) => String(1000 + index));
		// Spellings differ in case: Discogs usernames are case-insensitive, so they are one account.
		const results = await Promise.allSettled(
			users.map((user, index) => (index % 2 === 0 ? a : b).linkDiscogs(user, { username: index % 3 === 0 ? 'RodneyFool' : 'rodneyfool', id: 1, method: 'profile-code' })),
		);
		const { winners, messages } = outcomes(results);
		expect(winners).toHaveLength(1);
		expect(messages).toEqual(Array.from({ length: CLAIMERS - 1 }, () => TAKEN_DISCOGS));
		const winner = users[winners[0] ?? -1];
		expect(await a.ownerOf('discogs', 'RODNEYFOOL')).toBe(winner);
		expect(await b.ownerOf('discogs', 'rodneyfool')).toBe(winner);
		expect((await b.get(winner ?? '')).discogs?.username.toLowerCase()).toBe('rodneyfool');
		const losers = users.filter((user) => user !== winner);
		expect(await Promise.all(losers.map((user) => a.get(user)))).toEqual(losers.map(() => ({})));
	});

	it('gives a catalog account to exactly one of many members claiming it at once through two processes', async () => {
		const [a, b] = pair(processes.stores());
		const users = Array.from({ length: CLAIMERS }, (_, index) => String(2000 + index));
		const id = '7BD2862F-8DEB-4814-8943-156D9DAB80DD';
		const results = await Promise.allSettled(
			users.map((user, index) => (index % 2 === 0 ? b : a).linkCatalog(user, { id: index % 2 === 0 ? id : id.toLowerCase(), method: 'bio-code' })),
		);
		const { winners, messages } = outcomes(results);
		expect(winners).toHaveLength(1);
		expect(messages).toEqual(Array.from({ length: CLAIMERS - 1 }, () => TAKEN_CATALOG));
		const winner = users[winners[0] ?? -1] ?? '';
		expect(await a.ownerOf('catalog', id)).toBe(winner);
		expect((await a.get(winner)).catalog?.id).toBe(id.toLowerCase());
	});

	it('answers "being linked right now" while another process holds the claim, and writes nothing', async () => {
		const [a, , , storeB] = pair(processes.stores());
		// As another process mid-claim would hold it: the lease of the account's owner entry.
		const lease = 'link-claim:owner:discogs:rodneyfool';
		expect(await storeB.leases.acquire(lease, 'other-process', 60_000)).toBe(true);
		const started = Date.now();
		await expect(a.linkDiscogs('1', { username: 'RodneyFool', id: 1, method: 'profile-code' })).rejects.toMatchObject({ key: 'links:errors.busy.discogs', message: BUSY_DISCOGS });
		// The wait is bounded: it gave up after about CLAIM_WAIT_MS, not at the lease's 60 s.
		expect(Date.now() - started).toBeGreaterThanOrEqual(CLAIM_WAIT_MS / 2);
		expect(Date.now() - started).toBeLessThan(CLAIM_WAIT_MS + 2_000);
		expect(await a.ownerOf('discogs', 'rodneyfool')).toBeUndefined();
		expect(await a.get('1')).toEqual({});
		// Claims of other accounts do not wait for it; once it is released, this one goes through.
		await a.linkDiscogs('2', { username: 'someone-else', id: 2, method: 'profile-code' });
		await storeB.leases.release(lease, 'other-process');
		await a.linkDiscogs('1', { username: 'RodneyFool', id: 1, method: 'profile-code' });
		expect(await a.ownerOf('discogs', 'rodneyfool')).toBe('1');
	});

	it("leaves an old account's owner entry alone when someone else holds it by then, on relink and on unlink", async () => {
		const [a, , storeA] = pair(processes.stores());
		await a.linkDiscogs('1', { username: 'first', id: 1, method: 'profile-code' });
		// Member 2 took `first` in between (its entry already names 2), while member 1's record still shows it.
		await storeA.namespace('links').set('owner:discogs:first', '2');
		await a.linkDiscogs('1', { username: 'second', id: 2, method: 'profile-code' });
		expect(await a.ownerOf('discogs', 'first')).toBe('2');
		await storeA.namespace('links').set('user:1', { discogs: { username: 'first', id: 1, method: 'profile-code', linkedAt: 0 } });
		expect(await a.unlink('1', 'discogs')).toBe(true);
		expect(await a.ownerOf('discogs', 'first')).toBe('2');
	});
});

describeNeeding(REDIS_SERVER)('a claim when the store is gone', () => {
	it('fails with a StoreError, never "taken" or "linked"', async () => {
		const server = await startRedis();
		const processes: Store[] = [];
		try {
			processes.push(await connectStore(await server.freshUrl()));
			const [store] = processes;
			if (!store) throw new Error('a store');
			const links = linksOn(store);
			await server.stop();
			await expect(links.linkDiscogs('1', { username: 'rodneyfool', id: 1, method: 'profile-code' })).rejects.toBeInstanceOf(StoreError);
		} finally {
			await Promise.all(processes.map((store) => store.close()));
			await server.stop();
		}
	});
});
