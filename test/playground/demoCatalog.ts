import type { FakeCatalog } from '../fakes/catalog/index.js';
import { catalogImageUrl } from '../fakes/catalog/index.js';

/**
 * The demo catalog artists. Each can sign in to the demo NEWM Studio (the catalog fake's /login) with the email and
 * password below, has its own biography, pictures and songs, and every picture is served by the demo server.
 */

export interface DemoCatalogArtist {
	readonly id: string;
	readonly name: string;
	readonly email: string;
	readonly password: string;
}

/** Mara has enough songs for two pages of /catalog songs. */
export const MARA: DemoCatalogArtist = { id: '5e1f0c2a-7b3d-4c9e-8a6f-2d4b6c8e0a13', name: 'Mara Lind', email: 'mara.lind@example.test', password: 'Mara-Lind-2024' };
/** Linked to Nelly when the playground starts. */
export const THEO: DemoCatalogArtist = { id: '9c4e2b7a-1f3d-4a6b-8c2e-5d7f9a1b3c5e', name: 'Theo Marsh', email: 'theo.marsh@example.test', password: 'Theo-Marsh-2024' };
export const INES: DemoCatalogArtist = { id: '2a6c8e0b-4d1f-4e3a-9b5c-7d9f1b3d5e7a', name: 'Ines Duarte', email: 'ines.duarte@example.test', password: 'Ines-Duarte-2024' };
export const DEMO_CATALOG_ARTISTS: readonly DemoCatalogArtist[] = [MARA, THEO, INES];

interface SongSeed {
	title: string;
	genre: string;
	mood: string;
	releaseDate: string;
	seconds: number;
}

const MARA_SONGS = ['Northern Lights', 'Salt Water', 'Glass Houses', 'Slow Burn', 'Paper Moon', 'Tidal', 'Afterglow', 'Static', 'Wildflower', 'Low Tide', 'Ember', 'Harbour'].map(
	(title, index): SongSeed => ({ title, genre: 'Folk', mood: index % 2 === 0 ? 'Calm' : 'Melancholic', releaseDate: `2024-${String(index + 1).padStart(2, '0')}-15`, seconds: 180 + index * 7 }),
);
const THEO_SONGS: SongSeed[] = [
	{ title: 'Concrete Bloom', genre: 'Electronic', mood: 'Energetic', releaseDate: '2023-05-05', seconds: 312 },
	{ title: 'Rainy Platform', genre: 'Electronic', mood: 'Chill', releaseDate: '2023-10-20', seconds: 268 },
	{ title: 'Ancoats', genre: 'House', mood: 'Happy', releaseDate: '2024-06-07', seconds: 345 },
];
const INES_SONGS: SongSeed[] = [
	{ title: 'Sol de Inverno', genre: 'House', mood: 'Romantic', releaseDate: '2024-02-14', seconds: 401 },
	{ title: 'Alfama 5am', genre: 'Deep House', mood: 'Chill', releaseDate: '2024-09-27', seconds: 377 },
];

function addSongs(catalog: FakeCatalog, artist: DemoCatalogArtist, songs: SongSeed[]): void {
	catalog.addSongs(
		artist.id,
		songs.map((song) => ({
			title: song.title,
			genres: [song.genre],
			moods: [song.mood],
			releaseDate: song.releaseDate,
			// Milliseconds, as the server stores it (test/fakes/catalog/fixtures.ts seedSongs).
			duration: song.seconds * 1000,
			coverArtUrl: catalogImageUrl(catalog.url, 'cover', song.title),
			mintingStatus: 'Released',
			createdAt: `${song.releaseDate}T09:00:00.000001`,
		})),
	);
}

const pictures = (catalog: FakeCatalog, artist: DemoCatalogArtist) => ({
	pictureUrl: catalogImageUrl(catalog.url, 'picture', artist.name),
	bannerUrl: catalogImageUrl(catalog.url, 'banner', artist.name),
});

export function seedCatalog(catalog: FakeCatalog): void {
	catalog.addUser({
		id: MARA.id,
		createdAt: '2023-09-01T12:00:00.000001',
		email: MARA.email,
		password: MARA.password,
		firstName: 'Mara',
		lastName: 'Lind',
		nickname: 'Mara',
		role: 'Singer',
		genre: 'Indie Folk',
		location: 'Gothenburg, Sweden',
		biography: 'Songs about the sea, written on a borrowed guitar. 🌊',
		websiteUrl: 'https://maralind.example',
		...pictures(catalog, MARA),
	});
	catalog.addUser({
		id: THEO.id,
		createdAt: '2022-11-14T18:30:00.000001',
		email: THEO.email,
		password: THEO.password,
		firstName: 'Theo',
		lastName: 'Marsh',
		role: 'Producer',
		genre: 'Electronic',
		location: 'Manchester, UK',
		biography: 'Warehouse techno and rainy-day house, made on old drum machines.',
		soundCloudProfile: 'https://soundcloud.com/theo-marsh',
		companyName: 'Marsh Sound',
		companyLogoUrl: catalogImageUrl(catalog.url, 'picture', 'Marsh Sound'),
		walletAddress: 'addr1theomarsh0000000000000',
		...pictures(catalog, THEO),
	});
	catalog.addUser({
		id: INES.id,
		createdAt: '2024-01-08T08:15:00.000001',
		email: INES.email,
		password: INES.password,
		firstName: 'Ines',
		lastName: 'Duarte',
		nickname: 'Ines D',
		role: 'DJ',
		genre: 'House',
		location: 'Lisbon, Portugal',
		biography: 'Sunrise sets by the river; deep house with Lisbon warmth.',
		instagramUrl: 'https://instagram.com/inesduarte.example',
		...pictures(catalog, INES),
	});
	addSongs(catalog, MARA, MARA_SONGS);
	addSongs(catalog, THEO, THEO_SONGS);
	addSongs(catalog, INES, INES_SONGS);
}
