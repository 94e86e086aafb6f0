/** The music catalog: /catalog profile and songs, and what its client tells a member. */
export const catalog = {
	profile: {
		unnamed: 'Unnamed catalog user',
		role: 'Role',
		genre: 'Genre',
		location: 'Location',
		memberSince: 'Member since',
		links: 'Links',
		website: 'Website',
		email: 'Email',
		walletAddress: 'Wallet address',
		oauthType: 'Signs in with',
		footer: 'Catalog',
	},
	songs: {
		title: 'Songs by {{name}}',
		none: 'No released songs yet.',
		released: 'released {{date}}',
		total_one: '{{count, number}} song',
		total_many: '{{count, number}} songs',
		total_other: '{{count, number}} songs',
	},
	errors: {
		notConfigured: 'The catalog is not configured on this bot.',
		notAnId: '`{{input}}` is not a catalog user id. An id is a UUID such as `123e4567-e89b-12d3-a456-426614174000`: 32 hexadecimal digits in groups of 8-4-4-4-12.',
		noSuchId: 'No catalog user has the id `{{id}}`.',
		offset: 'The offset must be a whole number from 0.',
		limit: 'The number of songs must be a whole number from 1 to {{max}}.',
		tokenMalformed: 'That is not a catalog access token. Copy the whole token and try again.',
		tokenRefused: 'The catalog did not accept that token: it may have expired (they last an hour). Copy a fresh one and try again.',
	},
} as const;
