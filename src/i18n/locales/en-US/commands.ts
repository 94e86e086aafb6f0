/**
 * What Discord shows of the commands before one runs: names and descriptions in the command picker, choices in
 * their menus. Each command sits under its English name (camelCased: `viewProfile` for "View profile"), an
 * option or subcommand under `options.<name>`, a choice under `choices.<value>`. The English here must say
 * exactly what the definitions in commands/ say (test/unit/command-localizations.test.ts): a translation is only
 * registered while its English still matches.
 *
 * Discord's rules, for translators: a slash command's or option's name is lower case, 1–32 letters, digits, `-`,
 * `_` or `'`, no spaces; a description and a choice name are 1–100 characters; a context-menu name ("View
 * profile") may have spaces and capitals, up to 32 characters.
 */
const accountPrivate = { name: 'private', description: 'Only you see the answer' } as const;

const discogsAccount = {
	username: { name: 'username', description: 'Discogs username (default: your linked account)' },
	user: { name: 'user', description: 'A Discord user whose linked Discogs account to show' },
	private: accountPrivate,
} as const;

const discogsPage = { name: 'page', description: 'Page to start on (default 1)' } as const;

const catalogAccount = {
	id: { name: 'id', description: 'Catalog user id (default: your linked account)' },
	user: { name: 'user', description: 'A Discord user whose linked catalog account to show' },
	private: accountPrivate,
} as const;

export const commands = {
	profile: {
		name: 'profile',
		description: "Show a user's profile card: Discord profile, badges and linked music accounts.",
		options: {
			user: { name: 'user', description: 'Whose profile to show (default: yours)' },
			private: accountPrivate,
		},
	},
	viewProfile: { name: 'View profile' },
	discogs: {
		name: 'discogs',
		description: 'Look up Discogs profiles, ratings, contributions and submissions.',
		options: {
			profile: { name: 'profile', description: 'A Discogs profile: rank, ratings, collection and more', options: discogsAccount },
			ratings: { name: 'ratings', description: 'Buyer and seller reputation and ratings given', options: discogsAccount },
			contributions: {
				name: 'contributions',
				description: 'Releases a user contributed, page by page',
				options: {
					...discogsAccount,
					sort: {
						name: 'sort',
						description: 'Sort by (default: date added)',
						choices: { label: 'label', artist: 'artist', title: 'title', catno: 'catno', format: 'format', rating: 'rating', year: 'year', added: 'added' },
					},
					order: { name: 'order', description: 'Sort order', choices: { asc: 'ascending', desc: 'descending' } },
					page: discogsPage,
				},
			},
			submissions: {
				name: 'submissions',
				description: 'Artists, labels and releases a user submitted or edited',
				options: { ...discogsAccount, page: discogsPage },
			},
			edit: { name: 'edit', description: 'Edit your own Discogs profile (needs Discogs authorization)' },
		},
	},
	catalog: {
		name: 'catalog',
		description: 'Look up music catalog profiles and released songs.',
		options: {
			profile: { name: 'profile', description: 'A catalog profile: role, genre, links', options: catalogAccount },
			songs: { name: 'songs', description: "An artist's released songs, page by page", options: catalogAccount },
		},
	},
	link: {
		name: 'link',
		description: 'Link your Discogs or catalog account to your Discord account, with proof that it is yours.',
		options: {
			discogs: {
				name: 'discogs',
				description: 'Link Discogs: authorize the bot, or (with a username) put a code in your profile',
				options: { username: { name: 'username', description: 'Your Discogs username, to verify with a profile code' } },
			},
			catalog: {
				name: 'catalog',
				description: 'Link the catalog: paste an access token, or (with an id) put a code in your biography',
				options: { id: { name: 'id', description: 'Your catalog user id, to verify with a biography code' } },
			},
			status: { name: 'status', description: 'See and manage your linked accounts' },
		},
	},
	unlink: {
		name: 'unlink',
		description: 'Unlink an account, or delete everything the bot keeps about you.',
		options: {
			service: {
				name: 'service',
				description: 'What to unlink',
				choices: { discogs: 'Discogs', catalog: 'Catalog', all: 'Everything (delete all my data)' },
			},
		},
	},
	privacy: {
		name: 'privacy',
		description: 'Choose who can see your linked accounts through your Discord profile.',
		options: {
			lookups: {
				name: 'lookups',
				description: 'Who can look up your linked accounts via /profile, View profile and user: options',
				choices: { everyone: 'Everyone', nobody: 'Nobody but me' },
			},
		},
	},
} as const;
