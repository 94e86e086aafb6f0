/**
 * Seed data for the fake Discogs API, copied from the documented sample bodies (developers/#page:user-identity).
 * The profile sample's trailing comma after `curr_abbr` is dropped; the documented pagination counts of the
 * contributions (2) and submissions (3) samples do not match the items they list, so the fake recomputes them.
 */

export type Json = Record<string, unknown>;

const API = 'https://api.discogs.com';
const IMG = 'https://api-img.discogs.com';

export const rodneyfoolProfile: Json = {
	profile: 'I am a software developer for Discogs.\r\n\r\n[img=http://i.imgur.com/IAk3Ukk.gif]',
	wantlist_url: `${API}/users/rodneyfool/wants`,
	rank: 149,
	num_pending: 61,
	id: 1578108,
	num_for_sale: 0,
	home_page: '',
	location: "I live in the good ol' Pacific NW",
	collection_folders_url: `${API}/users/rodneyfool/collection/folders`,
	username: 'rodneyfool',
	collection_fields_url: `${API}/users/rodneyfool/collection/fields`,
	releases_contributed: 5,
	registered: '2012-08-15T21:13:36-07:00',
	rating_avg: 3.47,
	num_collection: 78,
	releases_rated: 116,
	num_lists: 0,
	name: 'Rodney',
	num_wantlist: 160,
	inventory_url: `${API}/users/rodneyfool/inventory`,
	avatar_url: 'http://www.gravatar.com/avatar/55502f40dc8b7c769880b10874abc9d0?s=52&r=pg&d=mm',
	banner_url:
		'https://img.discogs.com/dhuJe-pRJmod7hN3cdVi2PugEh4=/1600x400/filters:strip_icc():format(jpeg)/discogs-banners/B-1578108-user-1436314164-9231.jpg.jpg',
	uri: 'https://www.discogs.com/user/rodneyfool',
	resource_url: `${API}/users/rodneyfool`,
	buyer_rating: 100.0,
	buyer_rating_stars: 5,
	buyer_num_ratings: 144,
	seller_rating: 100.0,
	seller_rating_stars: 5,
	seller_num_ratings: 21,
	curr_abbr: 'USD',
};

/** Not in the docs (they only show her submissions and contributions); invented in the documented shape. */
export const shooezgirlProfile: Json = {
	profile: '',
	wantlist_url: `${API}/users/shooezgirl/wants`,
	rank: 12,
	num_pending: 0,
	id: 1234567,
	num_for_sale: 0,
	home_page: '',
	location: '',
	collection_folders_url: `${API}/users/shooezgirl/collection/folders`,
	username: 'shooezgirl',
	collection_fields_url: `${API}/users/shooezgirl/collection/fields`,
	releases_contributed: 2,
	registered: '2013-02-11T09:12:45-08:00',
	rating_avg: 0,
	releases_rated: 0,
	num_lists: 0,
	name: '',
	inventory_url: `${API}/users/shooezgirl/inventory`,
	avatar_url: '',
	banner_url: '',
	uri: 'https://www.discogs.com/user/shooezgirl',
	resource_url: `${API}/users/shooezgirl`,
	buyer_rating: 0,
	buyer_rating_stars: 0,
	buyer_num_ratings: 0,
	seller_rating: 0,
	seller_rating_stars: 0,
	seller_num_ratings: 0,
	curr_abbr: 'USD',
};

const user = (name: string): Json => ({ resource_url: `${API}/users/${name}`, username: name });

function community(otherContributor: string): Json {
	return {
		contributors: [user('shooezgirl'), user(otherContributor)],
		data_quality: 'Needs Vote',
		have: 0,
		rating: { average: 0, count: 0 },
		status: 'Accepted',
		submitter: user('shooezgirl'),
		want: 0,
	};
}

function image(type: string, size: string, hash: string, hash150: string, file: string, width: number, height: number): Json {
	const big = `${IMG}/${hash}=/fit-in/${size}/filters:strip_icc():format(jpeg):mode_rgb():quality(96)/discogs-images/${file}`;
	return {
		height,
		resource_url: big,
		type,
		uri: big,
		uri150: `${IMG}/${hash150}=/fit-in/150x150/filters:strip_icc():format(jpeg):mode_rgb()/discogs-images/${file}`,
		width,
	};
}

function video(description: string, duration: number, uri: string): Json {
	return { description, duration, embed: true, title: description, uri };
}

/** The one release of the documented contributions sample (Cher & Peter Cetera, "After All"). */
export const shooezgirlContributions: Json[] = [
	{
		artists: [{ anv: '', id: 17961, join: 'And', name: 'Cher', resource_url: `${API}/artists/17961`, role: '', tracks: '' }],
		community: community('Aquacrash_Dj'),
		companies: [],
		country: 'US',
		data_quality: 'Needs Vote',
		date_added: '2014-03-25T15:16:13-07:00',
		date_changed: '2014-05-14T13:36:00-07:00',
		estimated_weight: 60,
		format_quantity: 1,
		formats: [{ descriptions: ['7"', '45 RPM', 'Single', 'Promo'], name: 'Vinyl', qty: '1' }],
		genres: ['Rock', 'Pop'],
		id: 5531933,
		images: [
			image('primary', '600x605', 'e0X1tNZv6nkdOOTPJAn-dtCbFa0', '8et0xtf9REFloKoqi6NSJ6AJvFI', 'R-5531933-1400099758-6444.jpeg.jpg', 600, 605),
		],
		labels: [{ catno: '7-27529-DJ', entity_type: '1', id: 821, name: 'Geffen Records', resource_url: `${API}/labels/821` }],
		master_id: 223379,
		master_url: `${API}/masters/223379`,
		notes: 'Promotion Not For Sale',
		released: '1989',
		released_formatted: '1989',
		resource_url: `${API}/releases/5531933`,
		series: [],
		status: 'Accepted',
		styles: ['Ballad'],
		thumb: `${IMG}/8et0xtf9REFloKoqi6NSJ6AJvFI=/fit-in/150x150/filters:strip_icc():format(jpeg):mode_rgb()/discogs-images/R-5531933-1400099758-6444.jpeg.jpg`,
		title: 'After All',
		uri: 'https://www.discogs.com/Cher-And-Peter-Cetera-After-All/release/5531933',
		videos: [video('Cher & Peter Cetera - After All [On-Screen Lyrics]', 247, 'https://www.youtube.com/watch?v=qy717J3Iscw')],
		year: 1989,
	},
];

/** The documented submissions sample: one artist (Grimy), no labels, one release (Chaka Khan). */
export const shooezgirlSubmissions: { artists: Json[]; labels: Json[]; releases: Json[] } = {
	artists: [
		{
			data_quality: 'Needs Vote',
			id: 240177,
			name: 'Grimy',
			namevariations: ['Grimmy'],
			releases_url: `${API}/artists/240177/releases`,
			resource_url: `${API}/artists/240177`,
			uri: 'https://www.discogs.com/artist/240177-Grimy',
		},
	],
	labels: [],
	releases: [
		{
			artists: [{ anv: '', id: 17035, join: '', name: 'Chaka Khan', resource_url: `${API}/artists/17035`, role: '', tracks: '' }],
			community: community('Diognes_The_Fox'),
			companies: [],
			country: 'US',
			data_quality: 'Needs Vote',
			date_added: '2014-03-25T14:52:18-07:00',
			date_changed: '2014-05-14T13:28:21-07:00',
			estimated_weight: 60,
			format_quantity: 1,
			formats: [{ descriptions: ['7"', '45 RPM', 'Promo'], name: 'Vinyl', qty: '1' }],
			genres: ['Funk / Soul'],
			id: 5531861,
			images: [
				image('primary', '600x594', 'i3jf6S4S7LMNBuWxstCxAQs2Rw0', 'xMSwaqP2T8SNwDUTO-gXmHXWt6s', 'R-5531861-1400099290-9223.jpeg.jpg', 600, 594),
				image('secondary', '600x600', 'sT0plDMoOcfJz-1JEui8XQr69kw', 'f2QfdjBjpuP-Eht4DVSlCfPtTe8', 'R-5531861-1400099290-9749.jpeg.jpg', 600, 600),
			],
			labels: [{ catno: '7-28671', entity_type: '1', id: 1000, name: 'Warner Bros. Records', resource_url: `${API}/labels/1000` }],
			master_id: 174698,
			master_url: `${API}/masters/174698`,
			notes: 'Promotion Not for Sale',
			released: '1986',
			released_formatted: '1986',
			resource_url: `${API}/releases/5531861`,
			series: [],
			status: 'Accepted',
			styles: ['Rhythm & Blues'],
			thumb: `${IMG}/xMSwaqP2T8SNwDUTO-gXmHXWt6s=/fit-in/150x150/filters:strip_icc():format(jpeg):mode_rgb()/discogs-images/R-5531861-1400099290-9223.jpeg.jpg`,
			title: 'Love Of A Lifetime',
			uri: 'https://www.discogs.com/Chaka-Khan-Love-Of-A-Lifetime/release/5531861',
			videos: [
				video('Chaka Khan - Love you all my lifetime (live)', 285, 'https://www.youtube.com/watch?v=WOrCYzfchTI'),
				video('Chaka Khan - Love Of A Lifetime [Official Video]', 257, 'https://www.youtube.com/watch?v=5K6-q2VqJdE'),
				video('CHAKA KHAN - COLTRANE DREAMS  ~{The 45 VERSION}~', 151, 'https://www.youtube.com/watch?v=11eaG7KdS9g'),
			],
			year: 1986,
		},
	],
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A release in the documented shape, numbered `i`. Sortable fields are scrambled (not in `i` order), so a
 * sorted page differs from the insertion order.
 */
export function makeRelease(i: number, overrides: Json = {}): Json {
	const letter = LETTERS[(i * 7) % 26] ?? 'A';
	const labelLetter = LETTERS[(i * 11 + 3) % 26] ?? 'A';
	const day = String((i % 28) + 1).padStart(2, '0');
	return {
		id: 9_000_000 + i,
		title: `${LETTERS[(i * 5 + 1) % 26] ?? 'A'} Title ${i}`,
		artists: [{ anv: '', id: 100 + i, join: '', name: `${letter} Artist ${i}`, resource_url: `${API}/artists/${100 + i}`, role: '', tracks: '' }],
		labels: [{ catno: `CAT-${(i * 13) % 97}`, id: 200 + i, name: `${labelLetter} Records`, resource_url: `${API}/labels/${200 + i}` }],
		formats: [{ descriptions: ['LP'], name: i % 3 === 0 ? 'CD' : 'Vinyl', qty: '1' }],
		community: { rating: { average: (i * 37) % 5, count: i }, status: 'Accepted' },
		country: 'US',
		data_quality: 'Needs Vote',
		date_added: `20${String(10 + (i % 13)).padStart(2, '0')}-03-${day}T12:00:00-07:00`,
		status: 'Accepted',
		resource_url: `${API}/releases/${9_000_000 + i}`,
		uri: `https://www.discogs.com/release/${9_000_000 + i}`,
		year: 1960 + ((i * 17) % 60),
		...overrides,
	};
}

/** Valid JSON in which every field any Discogs schema reads has the wrong type. */
export const WRONG_TYPES: Json = {
	id: '1578108',
	username: 1578108,
	resource_url: null,
	uri: false,
	pagination: '1 of 1',
	contributions: { items: 1 },
	submissions: 7,
};
