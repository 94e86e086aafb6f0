import type { LocaleResources } from '../../resources.js';

/** Discord's own French names where the card shows a Discord feature: « Connexions », « Décoration d'avatar ». */
export const profile = {
	card: {
		bot: '🤖 Bot',
		system: '⚙️ Utilisateur système officiel de Discord',
		created: 'Compte créé',
		createdValue: '{{date}} ({{relative}})',
		userId: 'Identifiant utilisateur',
		badges_one: 'Badge',
		badges_many: 'Badges',
		badges_other: 'Badges',
		decoration: "Décoration d'avatar",
		decorationLink: '[Voir]({{url}})',
	},
	linked: {
		title: 'Comptes liés',
		private: '🔒 Privé',
		discogs: '**Discogs** {{details}}',
		catalog: '**Catalogue** {{details}}',
		unavailable: 'indisponible pour le moment',
		rank: 'rang {{rank}}',
		seller: 'vendeur {{rating}}',
	},
	connections: {
		title: 'Connexions',
		domain: 'Domaine',
	},
	errors: {
		noSuchUser: "Discord n'a aucun utilisateur avec l'identifiant `{{id}}`.",
	},
	/** The HypeSquad houses keep their English names (Bravery, Brilliance, Balance): they are names, not words. */
	badges: {
		staff: 'Staff Discord',
		partner: "Propriétaire d'un serveur partenaire",
		hypesquadEvents: 'Membre des événements HypeSquad',
		bugHunter1: 'Chasseur de bugs niveau 1',
		bravery: 'Maison HypeSquad Bravery',
		brilliance: 'Maison HypeSquad Brilliance',
		balance: 'Maison HypeSquad Balance',
		earlySupporter: 'Soutien Nitro de la première heure',
		teamUser: "Utilisateur d'équipe",
		bugHunter2: 'Chasseur de bugs niveau 2',
		verifiedBot: 'Bot vérifié',
		earlyVerifiedBotDeveloper: 'Développeur de bot vérifié de la première heure',
		moderatorAlumni: 'Ancien des programmes de modération',
		httpInteractionsBot: "Bot d'interactions HTTP",
		activeDeveloper: 'Développeur actif',
	},
} as const satisfies LocaleResources['profile'];
