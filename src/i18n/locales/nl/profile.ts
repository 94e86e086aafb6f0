import type { LocaleResources } from '../../resources.js';

/** Discord's Dutch words for its own features: Gebruikers-ID, Badges, Avatardecoratie, Verbindingen. */
export const profile = {
	card: {
		bot: '🤖 Bot',
		system: '⚙️ Officiële Discord-systeemgebruiker',
		created: 'Account aangemaakt',
		createdValue: '{{date}} ({{relative}})',
		userId: 'Gebruikers-ID',
		badges_one: 'Badge',
		badges_many: 'Badges',
		badges_other: 'Badges',
		decoration: 'Avatardecoratie',
		decorationLink: '[Bekijken]({{url}})',
	},
	linked: {
		title: 'Gekoppelde accounts',
		private: '🔒 Privé',
		discogs: '**Discogs** {{details}}',
		catalog: '**Catalogus** {{details}}',
		unavailable: 'nu niet beschikbaar',
		rank: 'rang {{rank}}',
		seller: 'verkoper {{rating}}',
	},
	connections: {
		title: 'Verbindingen',
		domain: 'Domein',
	},
	errors: {
		noSuchUser: 'Discord heeft geen gebruiker met de ID `{{id}}`.',
	},
	badges: {
		staff: 'Discord-medewerker',
		partner: 'Eigenaar van een partnerserver',
		hypesquadEvents: 'Lid van HypeSquad Events',
		bugHunter1: 'Bug Hunter niveau 1',
		bravery: 'HypeSquad-huis Bravery',
		brilliance: 'HypeSquad-huis Brilliance',
		balance: 'HypeSquad-huis Balance',
		earlySupporter: 'Vroege Nitro-supporter',
		teamUser: 'Teamgebruiker',
		bugHunter2: 'Bug Hunter niveau 2',
		verifiedBot: 'Geverifieerde bot',
		earlyVerifiedBotDeveloper: 'Vroege geverifieerde botontwikkelaar',
		moderatorAlumni: "Alumni van de moderatorprogramma's",
		httpInteractionsBot: 'HTTP-interactiebot',
		activeDeveloper: 'Actieve ontwikkelaar',
	},
} as const satisfies LocaleResources['profile'];
