import type { LocaleResources } from '../../resources.js';

/** Discord's German words for its own features: Benutzer-ID, Abzeichen, Avatardeko, Verknüpfungen. */
export const profile = {
	card: {
		bot: '🤖 Bot',
		system: '⚙️ Offizieller Discord-Systembenutzer',
		created: 'Konto erstellt',
		createdValue: '{{date}} ({{relative}})',
		userId: 'Benutzer-ID',
		badges_one: 'Abzeichen',
		badges_many: 'Abzeichen',
		badges_other: 'Abzeichen',
		decoration: 'Avatardeko',
		decorationLink: '[Ansehen]({{url}})',
	},
	linked: {
		title: 'Verknüpfte Konten',
		private: '🔒 Privat',
		discogs: '**Discogs** {{details}}',
		catalog: '**Katalog** {{details}}',
		unavailable: 'gerade nicht verfügbar',
		rank: 'Rang {{rank}}',
		seller: 'Verkäufer {{rating}}',
	},
	connections: {
		title: 'Verknüpfungen',
		domain: 'Domain',
	},
	errors: {
		noSuchUser: 'Bei Discord gibt es keinen Nutzer mit der ID `{{id}}`.',
	},
	badges: {
		staff: 'Discord-Mitarbeiter',
		partner: 'Besitzer eines Partnerservers',
		hypesquadEvents: 'Mitglied von HypeSquad Events',
		bugHunter1: 'Bug Hunter – Stufe 1',
		bravery: 'HypeSquad-Haus Bravery',
		brilliance: 'HypeSquad-Haus Brilliance',
		balance: 'HypeSquad-Haus Balance',
		earlySupporter: 'Früher Nitro-Unterstützer',
		teamUser: 'Teambenutzer',
		bugHunter2: 'Bug Hunter – Stufe 2',
		verifiedBot: 'Verifizierter Bot',
		earlyVerifiedBotDeveloper: 'Früher verifizierter Bot-Entwickler',
		moderatorAlumni: 'Absolvent der Moderatorenprogramme',
		httpInteractionsBot: 'HTTP-Interaktions-Bot',
		activeDeveloper: 'Aktiver Entwickler',
	},
} as const satisfies LocaleResources['profile'];
