/** The profile card (/profile, View profile): the Discord user, their linked accounts and their connections. */
export const profile = {
	card: {
		bot: '🤖 Bot',
		system: '⚙️ Official Discord system user',
		created: 'Account created',
		createdValue: '{{date}} ({{relative}})',
		userId: 'User ID',
		badges_one: 'Badge',
		badges_many: 'Badges',
		badges_other: 'Badges',
		decoration: 'Avatar decoration',
		decorationLink: '[View]({{url}})',
	},
	linked: {
		title: 'Linked accounts',
		private: '🔒 Private',
		discogs: '**Discogs** {{details}}',
		catalog: '**Catalog** {{details}}',
		unavailable: 'unavailable right now',
		rank: 'rank {{rank}}',
		seller: 'seller {{rating}}',
	},
	connections: {
		title: 'Connections',
		/** The one connection type that is a word, not a service's name. */
		domain: 'Domain',
	},
	errors: {
		noSuchUser: 'Discord has no user with the id `{{id}}`.',
	},
	/** Discord's badge names, as its client shows them on a profile. */
	badges: {
		staff: 'Discord Employee',
		partner: 'Partnered Server Owner',
		hypesquadEvents: 'HypeSquad Events Member',
		bugHunter1: 'Bug Hunter Level 1',
		bravery: 'HypeSquad House Bravery',
		brilliance: 'HypeSquad House Brilliance',
		balance: 'HypeSquad House Balance',
		earlySupporter: 'Early Nitro Supporter',
		teamUser: 'Team User',
		bugHunter2: 'Bug Hunter Level 2',
		verifiedBot: 'Verified Bot',
		earlyVerifiedBotDeveloper: 'Early Verified Bot Developer',
		moderatorAlumni: 'Moderator Programs Alumni',
		httpInteractionsBot: 'HTTP Interactions Bot',
		activeDeveloper: 'Active Developer',
	},
} as const;
