import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { discogsCacheKeys } from '../../src/discogs/client.js';
import { DEFAULT_TTLS } from '../../src/core/constants.js';
import { isIncomplete, type ContributionSort, type IncompleteEntry } from '../../src/discogs/schemas.js';
import { makeRelease } from '../fakes/discogs/index.js';
import { createHarness, expectKind, type Harness, profileFor } from './harness.js';

/** The entries of a page, failing the test if Discogs' answer had any the schema could not read. */
function complete<T extends object>(entries: ReadonlyArray<T | IncompleteEntry>): T[] {
	expect(entries.filter(isIncomplete)).toEqual([]);
	return entries.filter((entry): entry is T => !isIncomplete(entry));
}

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

async function setup(): Promise<Harness> {
	harness = await createHarness();
	harness.fake.addUser(profileFor('crate_digger', 42), { contributions: Array.from({ length: 120 }, (_, i) => makeRelease(i)) });
	harness.fake.addUser(profileFor('lurker', 43));
	return harness;
}

describe('getContributions', () => {
	it('returns the documented sample for shooezgirl', async () => {
		const { client } = await setup();
		const { value } = await client.getContributions('shooezgirl');
		const contributions = complete(value.contributions);
		expect(contributions.map((release) => release.title)).toEqual(['After All']);
		expect(contributions[0]?.labels[0]).toMatchObject({ name: 'Geffen Records', catno: '7-27529-DJ' });
		expect(value.pagination).toMatchObject({ page: 1, pages: 1, items: 1, per_page: 50, urls: {} });
	});

	it('passes paging and sorting through to Discogs and returns that page', async () => {
		const { client, fake } = await setup();
		const { value } = await client.getContributions('crate_digger', { page: 2, perPage: 50, sort: 'year', sortOrder: 'desc' });
		const query = fake.requests[0]?.query;
		expect(Object.fromEntries(query ?? [])).toEqual({ page: '2', per_page: '50', sort: 'year', sort_order: 'desc' });
		expect(value.pagination).toMatchObject({ page: 2, pages: 3, items: 120, per_page: 50 });
		expect(Object.keys(value.pagination.urls).sort()).toEqual(['first', 'last', 'next', 'prev']);
		const years = complete(value.contributions).map((release) => release.year ?? 0);
		expect(years).toHaveLength(50);
		expect(years).toEqual([...years].sort((a, b) => b - a));
	});

	it('caches each page, size and sort apart, for 30 minutes', async () => {
		const { client, fake } = await setup();
		await client.getContributions('crate_digger', { page: 1 });
		await client.getContributions('Crate_Digger', { page: 1 });
		expect(fake.requestCount()).toBe(1);
		await client.getContributions('crate_digger', { page: 2 });
		await client.getContributions('crate_digger', { page: 1, sort: 'artist' });
		await client.getContributions('crate_digger', { page: 1, perPage: 100 });
		expect(fake.requestCount()).toBe(4);
		harness?.advanceCacheClock(DEFAULT_TTLS.discogsPageMs - 1_000);
		await client.getContributions('crate_digger', { page: 1 });
		expect(fake.requestCount()).toBe(4);
		harness?.advanceCacheClock(2_000);
		await client.getContributions('crate_digger', { page: 1 });
		expect(fake.requestCount()).toBe(5);
		expect(discogsCacheKeys.contributions('Crate_Digger', 1, 50, 'year', 'desc')).toBe('discogs:contributions:crate_digger:1:50:year:desc');
	});

	it('refuses a bad page, page size or sort before asking Discogs', async () => {
		const { client, fake } = await setup();
		await expect(client.getContributions('crate_digger', { page: 0 })).rejects.toBeInstanceOf(UserError);
		await expect(client.getContributions('crate_digger', { perPage: 101 })).rejects.toBeInstanceOf(UserError);
		await expect(client.getContributions('crate_digger', { sort: 'price' as ContributionSort })).rejects.toBeInstanceOf(UserError);
		expect(fake.requestCount()).toBe(0);
	});

	it('maps an unknown user to not_found', async () => {
		const { client } = await setup();
		expect((await expectKind(client.getContributions('ghost'), 'not_found')).message).toContain('ghost');
	});
});

describe('getSubmissions', () => {
	it('returns the documented sample for shooezgirl, grouped', async () => {
		const { client, fake } = await setup();
		const { value } = await client.getSubmissions('shooezgirl');
		expect(value.submissions.artists.map((artist) => artist.name)).toEqual(['Grimy']);
		expect(value.submissions.labels).toEqual([]);
		expect(complete(value.submissions.releases).map((release) => release.title)).toEqual(['Love Of A Lifetime']);
		expect(value.pagination.items).toBe(2);
		expect(Object.fromEntries(fake.requests[0]?.query ?? [])).toEqual({ page: '1', per_page: '50' });
	});

	it('reads the [] Discogs sends for a user with no submissions as empty groups', async () => {
		const { client } = await setup();
		const { value } = await client.getSubmissions('lurker');
		expect(value.submissions).toEqual({ artists: [], labels: [], releases: [] });
	});
});
