import type { Json } from './fixtures.js';

/**
 * Answers other client libraries captured, where they differ from the documented samples in fixtures.ts. Each
 * variation is named with the fixture it comes from, so the fake serves what Discogs was seen to send rather
 * than what the bot expects.
 */

const API = 'https://api.discogs.com';

/**
 * joalla/discogs_client (python3-discogs-client) `discogs_client/tests/res/users/example.json`, also in
 * discogs/discogs_client at the same path: a profile with no `uri`, and no avatar, banner, ratings or currency.
 * The fixture stores URLs relative to its test host; Discogs sends them absolute, as the documented sample does.
 */
export const exampleProfile: Json = {
	username: 'example',
	profile: "I'm an example user!",
	num_lists: 0,
	name: 'Example Sampleman',
	num_for_sale: 3,
	collection_fields_url: `${API}/users/example/collection/fields`,
	home_page: 'http://www.example.com/',
	wantlist_url: `${API}/users/example/wants`,
	registered: '2011-01-01T00:00:42-08:00',
	inventory_url: `${API}/users/example/inventory`,
	rating_avg: 3.14,
	num_collection: 14,
	rank: 1.0,
	releases_rated: 8,
	releases_contributed: 0,
	location: 'Example Town, Exampland',
	num_pending: 0,
	collection_folders_url: `${API}/users/example/collection/folders`,
	resource_url: `${API}/users/example`,
	num_wantlist: 3,
	id: 1,
};

const user = (name: string): Json => ({ resource_url: `${API}/users/${name}`, username: name });

/** A submitted release of the java fixture below, without its tracklist, credits, identifiers, images and videos. */
function capturedRelease(id: number): Json {
	return {
		artists_sort: 'Artist1',
		// Embedded user objects carry only `resource_url` and `username`: no `uri`, no id.
		community: {
			contributors: [user('UserName1'), user('UserName2')],
			data_quality: 'Needs Vote',
			have: 2492,
			rating: { average: 4.34, count: 240 },
			status: 'Accepted',
			submitter: user('UserName1'),
			want: 247,
		},
		country: 'US',
		format_quantity: 1,
		// `qty` is a number here; the documented samples write it as a string.
		formats: [{ descriptions: ['Album'], name: 'CD', qty: 1 }],
		blocked_from_sale: false,
		is_offensive: false,
		labels: [
			{
				catno: '4 987423-1',
				entity_type: '1',
				entity_type_name: 'Label',
				name: 'Record Label',
				thumbnail_url: 'https://i.discogs.com/RecordLabelThumbnail.jpeg',
				id: 3456,
				resource_url: `${API}/labels/3456`,
			},
		],
		master_id: 12345678,
		master_url: `${API}/masters/12345678`,
		released: '2000-07-07',
		released_formatted: '07 Jul 2000',
		status: 'Accepted',
		artists: [
			{
				anv: '',
				join: '',
				name: 'Artist1',
				role: '',
				tracks: '',
				thumbnail_url: 'https://i.discogs.com/ArtistThumbnail1.jpeg',
				id: 5678901,
				resource_url: `${API}/artists/5678901`,
			},
		],
		data_quality: 'Needs Vote',
		date_added: '2009-06-26T19:24:42Z',
		date_changed: '2024-12-09T19:00:25Z',
		genres: ['Rock'],
		thumb: 'https://i.discogs.com/ReleaseThumbnail.jpeg',
		title: 'Album Title',
		uri: `https://www.discogs.com/release/${id}-Test-Album`,
		year: 2000,
		id,
		resource_url: `${API}/releases/${id}`,
	};
}

/**
 * andy-miles/discogs-java-client `src/test/resources/useridentity/GetUserSubmissionsResponse.json`: its label
 * entries have no `name` (nor `uri` or `data_quality`), only a catalogue number, the entity type and the id.
 * The `someurl` addresses are the fixture's own placeholders.
 */
export const exampleSubmissions: { artists: Json[]; labels: Json[]; releases: Json[] } = {
	artists: [0, 1].map((n) => ({
		data_quality: 'Data Quality Value',
		name: `Artist Name ${n}`,
		namevariations: ['Variation 1', 'Variation 2'],
		releases_url: `https://someurl/5432${n}/releases/`,
		uri: `https://someurl/5432${n}`,
		id: 5432 + n,
		resource_url: `https://someurl/5432${n}`,
	})),
	labels: [0, 1].map((n) => ({
		catno: `Catalog Number ${n}`,
		entity_type: 'label',
		entity_type_name: 'label',
		id: 678 + n,
		resource_url: `https://someurl/678${n}`,
	})),
	releases: [capturedRelease(1234567), capturedRelease(1234568)],
};
