import type { FakeDiscogs } from '../fakes/discogs/index.js';
import { discogsImageUrl, makeRelease, rodneyfoolProfile, shooezgirlContributions, shooezgirlProfile, shooezgirlSubmissions } from '../fakes/discogs/index.js';

/**
 * The demo Discogs members. Each profile's counts match what it lists (releases_contributed is the length of its
 * contributions), each has its own text, ratings and pictures, and every picture is served by the demo server.
 */

type Json = Record<string, unknown>;

const API = 'https://api.discogs.com';
const TITLES = [
	'Late Trains', 'Velvet Static', 'Harbour Lights', 'Blue Hour', 'Second Spring', 'Copper Skies', 'Quiet Engines', 'Lantern Songs', 'Sunday Dub',
	'Afterhours', 'Mirror Lake', 'Dust & Gold', 'Northbound', 'Open Water', 'Heat Haze', 'Slow Orbit', 'Tape Hiss', 'Citrus', 'Undertow',
	'Long Way Home', 'Parallel Lines', 'Fog Lamp', 'Ivory Keys', 'Loop Garden', 'Low Sun', 'Paper Kites', 'Night Market', 'Salt Roads', 'Glass Bells',
];
const ARTISTS = ['Mira Kolt', 'The Low Hums', 'Deep Arcade', 'Solène', 'Kofi Mensah Trio', 'Night Ferry', 'Ulla Brand', 'Paper Satellites', 'Rico Alvarez', 'Glasshouse Orchestra', 'Yumi Sato'];
const LABELS = ['Groove Orchard', 'Basement Tapes', 'Lumen Records', 'Tidepool', 'Kiln Audio', 'Northern Wax'];

export interface DemoDiscogsUser {
	readonly profile: Json;
	readonly contributions: Json[];
}

/** `count` releases in the documented shape, numbered from `first`, each with its own cover on the demo server. */
function releases(web: string, first: number, count: number): Json[] {
	return Array.from({ length: count }, (_, offset) => {
		const index = first + offset;
		const title = TITLES[index % TITLES.length] ?? 'Untitled';
		const base = makeRelease(index);
		const artistId = 300 + (index % ARTISTS.length);
		const labelId = 400 + (index % LABELS.length);
		return {
			...base,
			title,
			artists: [{ anv: '', id: artistId, join: '', name: ARTISTS[index % ARTISTS.length] ?? 'Unknown Artist', resource_url: `${API}/artists/${artistId}`, role: '', tracks: '' }],
			labels: [{ catno: `${(LABELS[index % LABELS.length] ?? 'X').slice(0, 3).toUpperCase()}-${String(100 + index)}`, id: labelId, name: LABELS[index % LABELS.length], resource_url: `${API}/labels/${labelId}` }],
			thumb: discogsImageUrl(web, 'cover', title),
		};
	});
}

/** A whole profile in the documented shape (developers/#page:user-identity,header:user-identity-profile). */
function profile(web: string, username: string, fields: Json & { releases_contributed: number }): Json {
	return {
		wantlist_url: `${API}/users/${username}/wants`,
		collection_folders_url: `${API}/users/${username}/collection/folders`,
		collection_fields_url: `${API}/users/${username}/collection/fields`,
		inventory_url: `${API}/users/${username}/inventory`,
		uri: `https://www.discogs.com/user/${username}`,
		resource_url: `${API}/users/${username}`,
		username,
		num_lists: 0,
		num_pending: 0,
		avatar_url: discogsImageUrl(web, 'avatar', username),
		banner_url: discogsImageUrl(web, 'banner', username),
		...fields,
	};
}

export function demoDiscogsUsers(web: string): DemoDiscogsUser[] {
	const rodneyfool = releases(web, 25, 5);
	const crateDigger = releases(web, 0, 25);
	const djNova = releases(web, 30, 4);
	return [
		{
			// The documented sample, with pictures the demo server draws and a count its list now matches.
			profile: {
				...rodneyfoolProfile,
				profile: `I am a software developer for Discogs. 💿\r\n\r\n[img=${discogsImageUrl(web, 'cover', 'rodneyfool')}]`,
				avatar_url: discogsImageUrl(web, 'avatar', 'rodneyfool'),
				banner_url: discogsImageUrl(web, 'banner', 'rodneyfool'),
				releases_contributed: rodneyfool.length,
			},
			contributions: rodneyfool,
		},
		{
			profile: profile(web, 'crate_digger', {
				id: 4_000_000,
				name: 'Sam Okafor',
				profile: 'Digging since 1998: [b]soul[/b], [b]jazz-funk[/b] and anything on 7". Most of my submissions are Lagos and Accra pressings.',
				location: 'Leeds, UK',
				home_page: 'https://crate-digger.example/records/collection/rare-grooves',
				registered: '2009-03-02T10:21:08-08:00',
				rank: 2841,
				releases_contributed: crateDigger.length,
				releases_rated: 2310,
				rating_avg: 4.12,
				num_collection: 3402,
				num_wantlist: 977,
				num_for_sale: 58,
				buyer_rating: 99.6,
				buyer_rating_stars: 5,
				buyer_num_ratings: 512,
				seller_rating: 98.9,
				seller_rating_stars: 5,
				seller_num_ratings: 1840,
				curr_abbr: 'GBP',
			}),
			contributions: crateDigger,
		},
		{
			profile: profile(web, 'dj_nova', {
				id: 4_100_000,
				name: 'Nova',
				profile: '🎧 [b]Selector[/b] and [i]late-night[/i] DJ.\r\nFavourite label: [url=https://www.discogs.com/label/1-Planet-E]Planet E[/url].',
				location: 'Berlin',
				home_page: '',
				registered: '2016-11-19T23:05:44-08:00',
				rank: 1024,
				releases_contributed: djNova.length,
				releases_rated: 87,
				rating_avg: 3.9,
				num_collection: 640,
				num_wantlist: 212,
				num_for_sale: 0,
				buyer_rating: 100,
				buyer_rating_stars: 5,
				buyer_num_ratings: 12,
				seller_rating: 0,
				seller_rating_stars: 0,
				seller_num_ratings: 0,
				curr_abbr: 'EUR',
			}),
			contributions: djNova,
		},
	];
}

/** The release with its cover on the demo server instead of Discogs's image host. */
const withDemoCover = (web: string, release: Json): Json => ({ ...release, thumb: discogsImageUrl(web, 'cover', String(release['title'])) });

/** The demo members, and the documented sample shooezgirl with the count of the one release she lists and pictures. */
export function seedDiscogs(discogs: FakeDiscogs): void {
	const web = discogs.url;
	for (const user of demoDiscogsUsers(web)) discogs.addUser(user.profile, { contributions: user.contributions });
	discogs.addUser(
		{ ...shooezgirlProfile, releases_contributed: shooezgirlContributions.length, avatar_url: discogsImageUrl(web, 'avatar', 'shooezgirl') },
		{
			contributions: shooezgirlContributions.map((release) => withDemoCover(web, release)),
			submissions: { ...shooezgirlSubmissions, releases: shooezgirlSubmissions.releases.map((release) => withDemoCover(web, release)) },
		},
	);
}

/** The Discogs usernames the playground tells its visitors about. */
export const DEMO_DISCOGS_USERNAMES = ['rodneyfool', 'crate_digger', 'dj_nova', 'shooezgirl'] as const;
