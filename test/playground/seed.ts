import type { APIUser } from 'discord-api-types/v10';
import type { FakeCatalog } from '../fakes/catalog/index.js';
import { SEED_USER_ID } from '../fakes/catalog/index.js';
import type { FakeDiscogs } from '../fakes/discogs/index.js';
import { makeRelease } from '../fakes/discogs/index.js';
import type { FakeDiscord } from '../fakes/discord/index.js';
import { DEFAULT_USER } from '../fakes/discord/index.js';
import { addCollector, profileNamed } from '../helpers/discogsUsers.js';
import { linkCatalogByToken, linkDiscogsByOAuth } from '../helpers/flows.js';
import { BOB, NELLY } from '../helpers/stack.js';

/** Who the page can send as: the fake's default user, a plain user with an animated avatar, and Nelly with a badge (flags 64). */
export const DEMO_USERS: readonly APIUser[] = [DEFAULT_USER, BOB, NELLY];

/** The catalog artist added beside the seed user: enough songs for two pages. */
export const DEMO_ARTIST_ID = '5e1f0c2a-7b3d-4c9e-8a6f-2d4b6c8e0a13';

const SONG_TITLES = ['Northern Lights', 'Salt Water', 'Glass Houses', 'Slow Burn', 'Paper Moon', 'Tidal', 'Afterglow', 'Static', 'Wildflower', 'Low Tide', 'Ember', 'Harbour'];

/** Discogs users beyond the documented samples: a collector with three pages of contributions, and one with formatted profile text. */
export function seedDiscogs(discogs: FakeDiscogs): void {
	addCollector(discogs, 'crate_digger');
	discogs.addUser(
		{
			...profileNamed('dj_nova', 4_100_000),
			name: 'Nova',
			location: 'Berlin',
			rank: 1024,
			profile: '[b]Selector[/b] and [i]crate digger[/i].\r\nFavourite label: [url=https://www.discogs.com/label/1-Planet-E]Planet E[/url].',
			avatar_url: '',
			banner_url: '',
		},
		{ contributions: Array.from({ length: 4 }, (_, index) => makeRelease(100 + index)) },
	);
}

export function seedCatalog(catalog: FakeCatalog): void {
	catalog.addUser({
		id: DEMO_ARTIST_ID,
		createdAt: '2023-09-01T12:00:00.000001',
		email: 'mara.lind@example.test',
		firstName: 'Mara',
		lastName: 'Lind',
		nickname: 'Mara',
		role: 'Singer',
		genre: 'Indie Folk',
		location: 'Gothenburg, Sweden',
		biography: 'Songs about the sea, written on a borrowed guitar.',
		websiteUrl: 'https://maralind.example',
	});
	catalog.addSongs(
		DEMO_ARTIST_ID,
		SONG_TITLES.map((title, index) => ({
			title,
			genres: ['Folk'],
			moods: ['Calm'],
			releaseDate: `2024-${String(index + 1).padStart(2, '0')}-15`,
			duration: 180 + index * 7,
			mintingStatus: 'Released',
		})),
	);
}

/**
 * Links Nelly to rodneyfool on Discogs (with OAuth, so `/discogs edit` works for her) and to the catalog's seed user,
 * through the bot's own link commands: `/profile` then shows linked accounts without anyone linking by hand first.
 */
export async function linkDemoAccounts(discord: FakeDiscord, discogs: FakeDiscogs, catalog: FakeCatalog): Promise<void> {
	const discogsAnswer = await linkDiscogsByOAuth(discord, discogs, NELLY, 'rodneyfool');
	const catalogAnswer = await linkCatalogByToken(discord, catalog, NELLY, SEED_USER_ID);
	for (const answer of [discogsAnswer, catalogAnswer]) {
		const text = JSON.stringify(answer.data.embeds ?? []) + (answer.data.content ?? '');
		if (!text.includes('Linked your')) throw new Error(`linking a demo account was refused: ${text}`);
	}
}
