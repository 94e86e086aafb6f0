import type { LocaleResources } from '../../resources.js';

export const catalog = {
	profile: {
		unnamed: 'Utilisateur du catalogue sans nom',
		role: 'Rôle',
		genre: 'Genre',
		location: 'Localisation',
		memberSince: 'Membre depuis',
		links: 'Liens',
		website: 'Site web',
		email: 'E-mail',
		walletAddress: 'Adresse du portefeuille',
		oauthType: 'Se connecte avec',
		footer: 'Catalogue',
	},
	songs: {
		title: 'Chansons de {{name}}',
		none: "Aucune chanson publiée pour l'instant.",
		// Follows a song's title: « publiée » agrees with « chanson ».
		released: 'publiée le {{date}}',
		total_one: '{{count, number}} chanson',
		total_many: '{{count, number}} de chansons',
		total_other: '{{count, number}} chansons',
	},
	errors: {
		notConfigured: "Le catalogue n'est pas configuré sur ce bot.",
		notAnId:
			"`{{input}}` n'est pas un identifiant d'utilisateur du catalogue. Un identifiant est un UUID comme `123e4567-e89b-12d3-a456-426614174000` : 32 chiffres hexadécimaux en groupes de 8-4-4-4-12.",
		noSuchId: "Aucun utilisateur du catalogue n'a l'identifiant `{{id}}`.",
		offset: 'Le décalage doit être un nombre entier à partir de 0.',
		limit: 'Le nombre de chansons doit être un nombre entier de 1 à {{max}}.',
		tokenMalformed: "Ce n'est pas un jeton d'accès au catalogue. Copie le jeton en entier et réessaie.",
		tokenRefused: "Le catalogue n'a pas accepté ce jeton : il a peut-être expiré (les jetons durent une heure). Copies-en un nouveau et réessaie.",
	},
} as const satisfies LocaleResources['catalog'];
