import type { LocaleResources } from '../../resources.js';

/**
 * Names a French member would type, lower case, no spaces (Discord's naming rule); accents are letters to Discord,
 * and the picker completes them. The other files write these names wherever they tell a member what to run.
 */
const accountPrivate = { name: 'privé', description: 'Réponse visible uniquement par toi' } as const;

const discogsAccount = {
	username: { name: 'pseudo', description: 'Pseudo Discogs (par défaut : ton compte lié)' },
	user: { name: 'membre', description: 'Un utilisateur Discord dont afficher le compte Discogs lié' },
	private: accountPrivate,
} as const;

const discogsPage = { name: 'page', description: 'Page de départ (par défaut : 1)' } as const;

const catalogAccount = {
	id: { name: 'id', description: "Identifiant d'utilisateur du catalogue (par défaut : ton compte lié)" },
	user: { name: 'membre', description: 'Un utilisateur Discord dont afficher le compte du catalogue lié' },
	private: accountPrivate,
} as const;

export const commands = {
	profile: {
		name: 'profil',
		description: "Affiche la carte de profil d'un utilisateur : profil Discord, badges et comptes musicaux liés.",
		options: {
			user: { name: 'membre', description: 'Le profil à afficher (par défaut : le tien)' },
			private: accountPrivate,
		},
	},
	viewProfile: { name: 'Voir le profil' },
	discogs: {
		name: 'discogs',
		description: 'Consulte les profils, notes, contributions et soumissions Discogs.',
		options: {
			profile: { name: 'profil', description: 'Un profil Discogs : rang, notes, collection et plus', options: discogsAccount },
			ratings: { name: 'notes', description: "Réputation d'acheteur et de vendeur, et notes données", options: discogsAccount },
			contributions: {
				name: 'contributions',
				description: 'Les sorties auxquelles un utilisateur a contribué, page par page',
				options: {
					...discogsAccount,
					sort: {
						name: 'tri',
						description: "Trier par (par défaut : date d'ajout)",
						choices: {
							label: 'label',
							artist: 'artiste',
							title: 'titre',
							catno: 'n° de catalogue',
							format: 'format',
							rating: 'note',
							year: 'année',
							added: "date d'ajout",
						},
					},
					order: { name: 'ordre', description: 'Ordre de tri', choices: { asc: 'croissant', desc: 'décroissant' } },
					page: discogsPage,
				},
			},
			submissions: {
				name: 'soumissions',
				description: 'Les artistes, labels et sorties soumis ou modifiés par un utilisateur',
				options: { ...discogsAccount, page: discogsPage },
			},
			edit: { name: 'modifier', description: "Modifie ton propre profil Discogs (nécessite l'autorisation Discogs)" },
		},
	},
	catalog: {
		name: 'catalogue',
		description: 'Consulte les profils du catalogue musical et les chansons publiées.',
		options: {
			profile: { name: 'profil', description: 'Un profil du catalogue : rôle, genre, liens', options: catalogAccount },
			songs: { name: 'chansons', description: "Les chansons publiées d'un artiste, page par page", options: catalogAccount },
		},
	},
	link: {
		name: 'lier',
		description: "Lie ton compte Discogs ou du catalogue à ton compte Discord, en prouvant qu'il t'appartient.",
		options: {
			discogs: {
				name: 'discogs',
				description: 'Lier Discogs : autorise le bot, ou (avec un pseudo) mets un code dans ton profil',
				options: { username: { name: 'pseudo', description: 'Ton pseudo Discogs, à vérifier avec un code dans le profil' } },
			},
			catalog: {
				name: 'catalogue',
				description: "Lier le catalogue : colle un jeton d'accès, ou (avec un id) mets un code dans ta biographie",
				options: { id: { name: 'id', description: 'Ton identifiant du catalogue, à vérifier avec un code dans la biographie' } },
			},
			status: { name: 'statut', description: 'Consulte et gère tes comptes liés' },
		},
	},
	unlink: {
		name: 'dissocier',
		description: 'Dissocie un compte, ou supprime tout ce que le bot garde sur toi.',
		options: {
			service: {
				name: 'service',
				description: "Ce qu'il faut dissocier",
				choices: { discogs: 'Discogs', catalog: 'Catalogue', all: 'Tout (supprimer toutes mes données)' },
			},
		},
	},
	privacy: {
		name: 'confidentialité',
		description: 'Choisis qui peut voir tes comptes liés via ton profil Discord.',
		options: {
			lookups: {
				name: 'visibilité',
				description: 'Qui peut rechercher tes comptes liés via /profil, Voir le profil et les options membre:',
				choices: { everyone: 'Tout le monde', nobody: 'Personne à part moi' },
			},
		},
	},
} as const satisfies LocaleResources['commands'];
