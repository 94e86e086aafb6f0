/**
 * /discogs: the profile and ratings cards, the contributions and submissions pages, the edit form, and what the
 * Discogs client refuses. Names, titles and what Discogs itself said arrive escaped, as parameters.
 */
export const discogs = {
	/** The footer of a fresh single card. */
	cardFooter: 'Discogs',
	fields: {
		location: 'Location',
		homePage: 'Home page',
		registered: 'Registered',
		rank: 'Rank',
		releasesContributed: 'Releases contributed',
		releasesRated: 'Releases rated',
		collection: 'Collection',
		wantlist: 'Wantlist',
		forSale: 'For sale',
		buyerRating: 'Buyer rating',
		sellerRating: 'Seller rating',
		ratingsGiven: 'Ratings given',
		currency: 'Currency',
		email: 'Email',
	},
	profile: {
		/** Two Discord timestamp tags: the date, and how long ago. */
		registered: '{{date}} ({{relative}})',
		/** "116 (avg 3.47)": how many releases the user rated and the average they gave. */
		rated: '{{rated}} (avg {{average}})',
	},
	/** A buyer or seller rating: "100% ★★★★★ (144 ratings)". */
	reputation: {
		none: 'No ratings yet',
		counted_one: '{{percent}} {{stars}} ({{count, number}} rating)',
		counted_many: '{{percent}} {{stars}} ({{count, number}} ratings)',
		counted_other: '{{percent}} {{stars}} ({{count, number}} ratings)',
	},
	ratings: {
		title: 'Ratings of {{name}}',
		none: 'Discogs has no ratings for this user.',
		givenNone: 'No releases rated yet',
		given_one: '{{count, number}} release rated',
		given_many: '{{count, number}} releases rated',
		given_other: '{{count, number}} releases rated',
		givenAverage_one: '{{count, number}} release rated, average {{average}} {{stars}}',
		givenAverage_many: '{{count, number}} releases rated, average {{average}} {{stars}}',
		givenAverage_other: '{{count, number}} releases rated, average {{average}} {{stars}}',
	},
	contributions: {
		title: 'Contributions by {{username}}',
		none: 'No contributions yet.',
	},
	submissions: {
		title: 'Submissions by {{username}}',
		none: 'No submissions yet.',
		artists: 'Artists',
		labels: 'Labels',
		releases: 'Releases',
	},
	list: {
		emptyPage: 'Nothing on this page.',
		sorted: 'sorted by {{sort}}',
		sortedInOrder: 'sorted by {{sort}} ({{order}})',
		/** An entry Discogs sent that does not match its documented shape, by what is known of it. */
		incomplete: '{{entry}} · incomplete on Discogs',
		incompleteUnknown: 'An entry Discogs sent incomplete',
		/** What an entry is called when only its id is known. */
		unnamed: {
			artist: 'Artist {{id}}',
			label: 'Label {{id}}',
			release: 'Release {{id}}',
		},
	},
	/** The contributions' sort keys as a footer names them (the command's own choices are in `commands`). */
	sorts: {
		label: 'label',
		artist: 'artist',
		title: 'title',
		catno: 'catno',
		format: 'format',
		rating: 'rating',
		year: 'year',
		added: 'added',
	},
	orders: {
		asc: 'asc',
		desc: 'desc',
	},
	edit: {
		/** At most 45 characters (fitLabel cuts a longer one); with the username only when it fits. */
		title: 'Edit {{username}} on Discogs',
		titleUnnamed: 'Edit your Discogs profile',
		/** The form's text inputs, each at most 45 characters. */
		labels: {
			name: 'Name',
			home_page: 'Home page',
			location: 'Location',
			profile: 'Profile text (Discogs markup works)',
			curr_abbr: 'Currency (a three-letter code)',
		},
		/** The fields as a refusal names them. */
		fieldNames: {
			name: 'Name',
			home_page: 'Home page',
			location: 'Location',
			profile: 'Profile text',
			curr_abbr: 'Currency',
		},
		problems: {
			tooLong: '{{field}}: at most {{max}} characters',
			homePage: 'Home page: must be a web address',
			currency: 'Currency: one of {{codes}}',
		},
		refused: {
			intro: 'Nothing was changed:',
			retry: 'Press **Try again** to fix it: what you typed is kept for {{duration}}.',
			notKept: "I couldn't keep what you typed, so run `/discogs edit` again to fix it.",
			button: 'Try again',
		},
		saved: '✅ Your Discogs profile was updated.',
		notConfigured: 'Editing Discogs profiles is not available: this bot has no Discogs application configured.',
		notLinked: 'Link your Discogs account first: `/link discogs` (editing needs Discogs authorization).',
		revoked: 'Discogs no longer accepts your authorization (it may have been revoked). Run `/link discogs` to authorize again.',
		linkedByCode:
			'Editing needs Discogs authorization, and your account was linked with a profile code. Run `/link discogs` (without a username) to authorize the bot.',
		nothingToChange: 'Say what to change: name, home page, location, profile or currency.',
		currency: 'The currency must be one of {{codes}}.',
		forbidden: 'Discogs refused: you can only edit your own profile.',
		/** Discogs's own words about a refused edit (422), shortened and escaped: shown as they are. */
		discogsSaid: '{{reason}}',
		refusedByDiscogs: 'Discogs refused those changes.',
	},
	oauth: {
		codeRejected: 'Discogs did not accept that code: it may be mistyped or expired (codes last 15 minutes). Start again with /link discogs.',
		notConfigured: 'Signing in to Discogs is not set up on this bot: its operator has not configured Discogs OAuth.',
	},
	/** What the client refuses before asking Discogs. */
	input: {
		noUsername: 'Give a Discogs username.',
		badUsername: '`{{username}}` is not a valid Discogs username.',
		page: 'The page number must be a whole number from 1.',
		pageSize: 'The page size must be a whole number from 1 to {{max, number}}.',
		sort: 'Contributions can be sorted by {{sorts}}.',
		order: 'The sort order must be asc or desc.',
	},
} as const;
