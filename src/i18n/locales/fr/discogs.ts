import type { LocaleResources } from '../../resources.js';

/**
 * A rating (one score, a percentage) and the ratings (how many were given) are both « note(s) » here, as the
 * `/discogs notes` subcommand calls them; a release is a « sortie ».
 */
export const discogs = {
	cardFooter: 'Discogs',
	fields: {
		location: 'Localisation',
		homePage: 'Site web',
		registered: 'Inscription',
		rank: 'Rang',
		releasesContributed: 'Contributions aux sorties',
		releasesRated: 'Sorties notées',
		collection: 'Collection',
		wantlist: "Liste d'envies",
		forSale: 'En vente',
		buyerRating: "Note d'acheteur",
		sellerRating: 'Note de vendeur',
		ratingsGiven: 'Notes données',
		currency: 'Devise',
		email: 'E-mail',
	},
	profile: {
		registered: '{{date}} ({{relative}})',
		rated: '{{rated}} (moy. {{average}})',
	},
	reputation: {
		none: "Aucune note pour l'instant",
		counted_one: '{{percent}} {{stars}} ({{count, number}} note)',
		counted_many: '{{percent}} {{stars}} ({{count, number}} de notes)',
		counted_other: '{{percent}} {{stars}} ({{count, number}} notes)',
	},
	ratings: {
		title: 'Notes de {{name}}',
		none: "Discogs n'a aucune note pour cet utilisateur.",
		givenNone: "Aucune sortie notée pour l'instant",
		given_one: '{{count, number}} sortie notée',
		given_many: '{{count, number}} de sorties notées',
		given_other: '{{count, number}} sorties notées',
		givenAverage_one: '{{count, number}} sortie notée, moyenne {{average}} {{stars}}',
		givenAverage_many: '{{count, number}} de sorties notées, moyenne {{average}} {{stars}}',
		givenAverage_other: '{{count, number}} sorties notées, moyenne {{average}} {{stars}}',
	},
	contributions: {
		title: 'Contributions de {{username}}',
		none: "Aucune contribution pour l'instant.",
	},
	submissions: {
		title: 'Soumissions de {{username}}',
		none: "Aucune soumission pour l'instant.",
		artists: 'Artistes',
		labels: 'Labels',
		releases: 'Sorties',
	},
	list: {
		emptyPage: 'Rien sur cette page.',
		sorted: 'tri par {{sort}}',
		sortedInOrder: 'tri par {{sort}} ({{order}})',
		incomplete: '{{entry}} · incomplet sur Discogs',
		incompleteUnknown: 'Une entrée que Discogs a envoyée incomplète',
		unnamed: {
			artist: 'Artiste {{id}}',
			label: 'Label {{id}}',
			release: 'Sortie {{id}}',
		},
	},
	sorts: {
		label: 'label',
		artist: 'artiste',
		title: 'titre',
		catno: 'n° de catalogue',
		format: 'format',
		rating: 'note',
		year: 'année',
		added: "date d'ajout",
	},
	orders: {
		asc: 'croissant',
		desc: 'décroissant',
	},
	edit: {
		title: 'Modifier {{username}} sur Discogs',
		titleUnnamed: 'Modifier ton profil Discogs',
		labels: {
			name: 'Nom',
			home_page: 'Site web',
			location: 'Localisation',
			profile: 'Texte du profil (balisage Discogs accepté)',
			curr_abbr: 'Devise (code de trois lettres)',
		},
		fieldNames: {
			name: 'Nom',
			home_page: 'Site web',
			location: 'Localisation',
			profile: 'Texte du profil',
			curr_abbr: 'Devise',
		},
		problems: {
			tooLong: '{{field}} : {{max}} caractères au maximum',
			homePage: 'Site web : doit être une adresse web',
			currency: "Devise : l'un des codes {{codes}}",
		},
		refused: {
			intro: "Rien n'a été modifié :",
			retry: 'Appuie sur **Réessayer** pour corriger : ce que tu as saisi est conservé pendant {{duration}}.',
			notKept: "Je n'ai pas pu conserver ce que tu as saisi : relance `/discogs modifier` pour corriger.",
			button: 'Réessayer',
		},
		saved: '✅ Ton profil Discogs a été mis à jour.',
		notConfigured: "La modification des profils Discogs n'est pas disponible : aucune application Discogs n'est configurée sur ce bot.",
		notLinked: "Lie d'abord ton compte Discogs : `/lier discogs` (la modification nécessite l'autorisation Discogs).",
		revoked: "Discogs n'accepte plus ton autorisation (elle a peut-être été révoquée). Lance `/lier discogs` pour autoriser à nouveau le bot.",
		linkedByCode:
			"La modification nécessite l'autorisation Discogs, or ton compte a été lié avec un code dans le profil. Lance `/lier discogs` (sans pseudo) pour autoriser le bot.",
		nothingToChange: "Indique ce qu'il faut modifier : nom, site web, localisation, texte du profil ou devise.",
		currency: "La devise doit être l'un de ces codes : {{codes}}.",
		forbidden: 'Discogs a refusé : tu ne peux modifier que ton propre profil.',
		discogsSaid: '{{reason}}',
		refusedByDiscogs: 'Discogs a refusé ces modifications.',
	},
	oauth: {
		codeRejected: "Discogs n'a pas accepté ce code : il est peut-être mal saisi ou expiré (les codes durent 15 minutes). Recommence avec /lier discogs.",
		notConfigured: "La connexion à Discogs n'est pas disponible sur ce bot : la personne qui le gère n'a pas configuré l'OAuth Discogs.",
	},
	input: {
		noUsername: 'Indique un pseudo Discogs.',
		badUsername: "`{{username}}` n'est pas un pseudo Discogs valide.",
		page: 'Le numéro de page doit être un nombre entier à partir de 1.',
		pageSize: 'La taille de page doit être un nombre entier de 1 à {{max, number}}.',
		// `sorts` lists the keys Discogs takes (label, artist…), as the client sends them.
		sort: 'Les contributions peuvent être triées par {{sorts}}.',
		order: "L'ordre de tri doit être croissant (asc) ou décroissant (desc).",
	},
} as const satisfies LocaleResources['discogs'];
