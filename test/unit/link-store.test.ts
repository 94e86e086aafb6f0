import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LinkStore } from '../../src/accounts/linkStore.js';
import { SecretBox } from '../../src/core/secrets.js';
import { connectStore, type Store } from '../../src/core/store.js';
import { ResourceCache } from '../../src/providers/cache.js';
import { describeNeeding } from '../helpers/requirements.js';
import { REDIS_SERVER, startRedis, STORE_BACKENDS, type StoreServer } from '../helpers/services.js';

const box = new SecretBox(Buffer.alloc(32, 1));

describe.each(STORE_BACKENDS)('LinkStore on $name', ({ start }) => {
	let server: StoreServer | undefined;
	let url: string;
	let store: Store;
	let links: LinkStore;
	const linksOn = (opened: Store) => new LinkStore({ links: opened.namespace('links'), settings: opened.namespace('settings'), box, leases: opened.leases });

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
		links = linksOn(store);
	});
	afterEach(async () => {
		await store?.close();
	});

	it('lets exactly one of two simultaneous claims of one account win', async () => {
		const results = await Promise.allSettled([
			links.linkDiscogs('1', { username: 'RodneyFool', id: 1, method: 'profile-code' }),
			links.linkDiscogs('2', { username: 'rodneyfool', id: 1, method: 'profile-code' }),
		]);
		expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
		expect(await links.ownerOf('discogs', 'RODNEYFOOL')).toBe(results[0]?.status === 'fulfilled' ? '1' : '2');
	});

	it('frees the old account when a user links another one, and on unlink', async () => {
		await links.linkDiscogs('1', { username: 'first', id: 1, method: 'profile-code' });
		await links.linkDiscogs('1', { username: 'second', id: 2, method: 'profile-code' });
		expect(await links.ownerOf('discogs', 'first')).toBeUndefined();
		await links.linkDiscogs('2', { username: 'first', id: 1, method: 'profile-code' });
		expect(await links.unlink('1', 'discogs')).toBe(true);
		expect(await links.ownerOf('discogs', 'second')).toBeUndefined();
		expect(await links.unlink('1', 'discogs')).toBe(false);
	});

	it('seals OAuth tokens to their Discord user, and deleteAll forgets everything', async () => {
		await links.linkDiscogs('1', { username: 'rodneyfool', id: 1, method: 'oauth', oauth: { token: 'access-token-xyz', secret: 'access-secret-xyz' } });
		await links.linkCatalog('1', { id: '7BD2862F-8DEB-4814-8943-156D9DAB80DD', method: 'token', privateFields: { email: 'john@example.com' } });
		await links.setPrivacy('1', 'nobody');
		await links.createCode('1', 'discogs', 'someone');
		const record = await links.get('1');
		expect(JSON.stringify(record)).not.toMatch(/access-token-xyz|access-secret-xyz|john@example\.com/);
		expect(record.catalog?.id).toBe('7bd2862f-8deb-4814-8943-156d9dab80dd');
		expect(await links.discogsOAuth('1')).toEqual({ token: 'access-token-xyz', secret: 'access-secret-xyz' });
		expect(box.open(record.discogs!.oauth!, 'discogs-oauth:2')).toBeUndefined();
		expect(await links.catalogPrivateFields('1')).toEqual({ email: 'john@example.com' });

		await links.deleteAll('1');
		expect(await links.get('1')).toEqual({});
		expect(await links.privacy('1')).toBe('everyone');
		expect(await links.pendingCode('1', 'discogs')).toBeUndefined();
		expect(await links.ownerOf('catalog', '7bd2862f-8deb-4814-8943-156d9dab80dd')).toBeUndefined();
	});

	it('takes an OAuth request once, and not after it expired', async () => {
		let now = 1000;
		// The store's own TTL is real time: long enough that a loaded machine never expires it first; the clock moves past it.
		const timed = new LinkStore({ links: store.namespace('links'), settings: store.namespace('settings'), box, leases: store.leases, codeTtlMs: 10_000, now: () => now });
		await timed.putOAuthRequest('1', { token: 't', secret: 's' });
		expect(await timed.takeOAuthRequest('1')).toEqual({ token: 't', secret: 's' });
		expect(await timed.takeOAuthRequest('1')).toBeUndefined();
		await timed.putOAuthRequest('1', { token: 't', secret: 's' });
		now += 20_000;
		expect(await timed.takeOAuthRequest('1')).toBeUndefined();
	});

	it('tells a used OAuth request from an expired one, and keeps no token once it is taken', async () => {
		let now = 1000;
		const timed = new LinkStore({ links: store.namespace('links'), settings: store.namespace('settings'), box, leases: store.leases, codeTtlMs: 60_000, now: () => now });
		await timed.putOAuthRequest('1', { token: 'request-token-xyz', secret: 'request-secret-xyz' });
		expect(await timed.oauthRequestUsed('1')).toBe(false);
		await timed.takeOAuthRequest('1');
		expect(await timed.oauthRequestUsed('1')).toBe(true);
		expect(JSON.stringify(await store.namespace('links').get('oauth-request:1'))).not.toMatch(/request-(token|secret)-xyz/);
		now += 61_000;
		expect(await timed.oauthRequestUsed('1')).toBe(false);
	});

	it('keeps the code that linked its account as used, not pending, for a while; other codes are not used', async () => {
		let now = 1000;
		const timed = new LinkStore({ links: store.namespace('links'), settings: store.namespace('settings'), box, leases: store.leases, codeTtlMs: 60_000, now: () => now });
		const code = await timed.createCode('1', 'discogs', 'RodneyFool');
		expect(await timed.usedCode('1', 'discogs')).toBeUndefined();
		await timed.linkDiscogs('1', { username: 'rodneyfool', id: 1, method: 'profile-code' });
		expect(await timed.pendingCode('1', 'discogs')).toBeUndefined();
		expect((await timed.usedCode('1', 'discogs'))?.code).toBe(code.code);
		// A fresh code replaces it, as before.
		expect((await timed.createCode('1', 'discogs', 'rodneyfool')).code).not.toBe(code.code);
		now += 61_000;
		expect(await timed.usedCode('1', 'discogs')).toBeUndefined();

		// Linked some other way while a code for another account was pending: that code was not used.
		await timed.createCode('2', 'discogs', 'someone');
		await timed.linkDiscogs('2', { username: 'other', id: 2, method: 'oauth' });
		expect(await timed.usedCode('2', 'discogs')).toBeUndefined();
		expect(await timed.pendingCode('2', 'discogs')).toBeUndefined();
	});

	it("refuses before any code is handed out an account linked to someone else, not one's own or a free one", async () => {
		await links.linkCatalog('1', { id: '7BD2862F-8DEB-4814-8943-156D9DAB80DD', method: 'token' });
		await expect(links.assertClaimable('catalog', '7bd2862f-8deb-4814-8943-156d9dab80dd', '2')).rejects.toThrow(
			'That catalog account is already linked to another Discord user. If it is yours, unlink it from the other account first.',
		);
		await expect(links.assertClaimable('catalog', '7bd2862f-8deb-4814-8943-156d9dab80dd', '1')).resolves.toBeUndefined();
		await expect(links.assertClaimable('discogs', 'nobody-has-this', '2')).resolves.toBeUndefined();
	});

	it('keeps links across a reopen of the same database', async () => {
		await links.linkDiscogs('1', { username: 'rodneyfool', id: 1, method: 'profile-code' });
		await links.setPrivacy('1', 'nobody');
		await store.close();
		store = await connectStore(url);
		const reopened = linksOn(store);
		expect((await reopened.get('1')).discogs?.username).toBe('rodneyfool');
		expect(await reopened.privacy('1')).toBe('nobody');
	});
});

describeNeeding(REDIS_SERVER)('LinkStore when its Redis server goes away', () => {
	it('fails a read rather than answer "not linked", while the cache only misses', async () => {
		const server = await startRedis();
		const store = await connectStore(await server.freshUrl());
		try {
			const links = new LinkStore({ links: store.namespace('links'), settings: store.namespace('settings'), box, leases: store.leases });
			await links.linkDiscogs('1', { username: 'rodneyfool', id: 1, method: 'profile-code' });
			const cache = new ResourceCache(store.namespace('cache'), { staleKeepMs: 60_000, notFoundTtlMs: 5_000 });
			await cache.lookup('k', { ttlMs: 60_000, load: async () => 'first' });
			await server.stop();
			await expect(links.get('1')).rejects.toThrow();
			await expect(links.linkCatalog('1', { id: 'abc', method: 'bio-code' })).rejects.toThrow();
			// The cache is only a cache: without its server, a fresh copy still answers from memory, and anything
			// else is loaded again rather than failing the lookup.
			expect((await cache.lookup('k', { ttlMs: 60_000, load: async () => 'again' })).value).toBe('first');
			expect((await cache.lookup('other', { ttlMs: 60_000, load: async () => 'loaded' })).value).toBe('loaded');
		} finally {
			await store.close();
			await server.stop();
		}
	});
});
