import type { LocaleResources } from '../../resources.js';

/** HTML, as the English: the same tags, `&lt;` for a `<` that is not one. Discord's French names: « Rôles liés », « Paramètres utilisateur → Applications autorisées ». */
export const web = {
	linkedRoles: {
		notSetUp: {
			title: 'Les Rôles liés ne sont pas configurés',
			text: "La personne qui gère ce bot n'a pas terminé la configuration des Rôles liés : rien ne peut encore être connecté.",
			short: 'Rien ne peut encore être connecté.',
		},
		failed: {
			denied: {
				title: "Rien n'a été connecté",
				text: "Tu as annulé sur Discord, donc rien n'a changé. Tu peux recommencer depuis le menu Rôles liés quand tu veux.",
			},
			state: {
				title: 'Ce lien a expiré',
				text: "Cette page a été ouverte depuis un lien de connexion ancien, déjà utilisé ou inconnu, donc rien n'a changé. Recommence depuis le menu Rôles liés dans Discord.",
			},
			browser: {
				title: 'Termine dans le même navigateur',
				text: "Cette connexion a été commencée dans un autre navigateur (ou son cookie a été bloqué), donc rien n'a changé. Recommence depuis le menu Rôles liés et termine dans le navigateur qui s'ouvre.",
			},
			grant: {
				title: "Discord n'a pas accepté la connexion",
				text: "Discord a refusé l'autorisation (elle a peut-être expiré). Rien n'a changé ; recommence depuis le menu Rôles liés.",
			},
			unavailable: {
				title: "Discord ou un service musical n'a pas répondu",
				text: "La connexion n'a pas pu aboutir, car un service n'a pas répondu correctement. Rien n'a été fait à moitié ; réessaie dans quelques minutes.",
			},
		},
		connected: {
			title: 'Connecté',
			intro:
				"Ton compte Discord <strong>{{username}}</strong> est connecté. Les serveurs peuvent maintenant t'attribuer les rôles auxquels ces chiffres te donnent droit ; tu peux fermer cette page et retourner sur Discord.",
			introPlatform:
				"Ton compte Discord <strong>{{username}}</strong> est connecté à <strong>{{platform}}</strong>. Les serveurs peuvent maintenant t'attribuer les rôles auxquels ces chiffres te donnent droit ; tu peux fermer cette page et retourner sur Discord.",
			noAccounts: "Tu n'as encore lié aucun compte Discogs ou du catalogue : utilise <code>/lier</code> dans Discord, et les chiffres suivront.",
			connections: 'Affiché sur ton <code>/profil</code> (les comptes que tu as rendus visibles par tout le monde) :',
			connection: '{{service}} : {{name}}',
			disconnect: "Pour te déconnecter, utilise <code>/dissocier</code> dans Discord, ou retire l'application dans Paramètres utilisateur → Applications autorisées.",
		},
	},
	discogsSignIn: {
		failed: {
			off: {
				title: "La connexion avec Discogs n'est pas configurée",
				text: "La personne qui gère ce bot n'a pas configuré la connexion avec Discogs ici, donc rien ne peut être lié sur cette page. Dans Discord, <code>/lier discogs pseudo:&lt;nom&gt;</code> fonctionne toujours.",
			},
			expired: {
				title: 'Ce lien a expiré',
				text: "Ce lien de connexion est ancien, a été remplacé par un plus récent ou est inconnu, donc rien n'a changé. Pour lier ton compte Discogs, lance <code>/lier discogs</code> dans Discord pour obtenir un nouveau lien.",
			},
			opened: {
				title: 'Ce lien a déjà été ouvert',
				text: "Chaque lien de connexion ne s'ouvre qu'une fois. S'il s'est ouvert dans un autre onglet ou navigateur, termine là-bas ; sinon, lance <code>/lier discogs</code> dans Discord pour obtenir un nouveau lien.",
			},
			used: {
				title: 'Cette connexion est déjà terminée',
				text: "Discogs t'a déjà renvoyé ici, et une connexion ne compte qu'une fois, donc rien n'a changé cette fois-ci. <code>/lier statut</code> dans Discord montre ce qui est lié ; pour lier à nouveau, lance <code>/lier discogs</code> dans Discord pour obtenir un nouveau lien.",
			},
			browser: {
				title: 'Termine dans le même navigateur',
				text: "Cette connexion a été commencée dans un autre navigateur (ou son cookie a été bloqué), donc rien n'a changé. Pour réessayer, lance <code>/lier discogs</code> dans Discord pour obtenir un nouveau lien, et ouvre-le dans le navigateur que tu utilises pour Discogs.",
			},
			denied: {
				title: "Rien n'a été lié",
				text: "Tu n'as pas autorisé le bot sur Discogs, donc rien n'a changé. Quand tu voudras lier ton compte, lance <code>/lier discogs</code> dans Discord pour obtenir un nouveau lien.",
			},
			rejected: {
				title: "Discogs n'a pas accepté la connexion",
				text: "Discogs a refusé l'autorisation (elle dure 15 minutes, elle a donc peut-être expiré). Rien n'a changé ; lance <code>/lier discogs</code> dans Discord pour obtenir un nouveau lien.",
			},
			unavailable: {
				title: "Discogs n'a pas répondu",
				text: "Discogs est indisponible ou surchargé pour le moment : la connexion n'a pas pu aboutir et rien n'a changé. Dans quelques minutes, lance <code>/lier discogs</code> dans Discord pour obtenir un nouveau lien.",
			},
			store: {
				title: "Le bot n'a pas pu joindre son stockage",
				text: "Rien n'a changé. Réessaie dans quelques minutes : lance <code>/lier discogs</code> dans Discord pour obtenir un nouveau lien.",
			},
			error: {
				title: 'Un problème est survenu',
				text: "Le bot n'a pas pu terminer la connexion, donc rien n'a changé ; la personne qui le gère peut en voir la raison dans son journal. Plus tard, lance <code>/lier discogs</code> dans Discord pour obtenir un nouveau lien.",
			},
		},
		refusedTitle: "Rien n'a été lié",
		linked: {
			title: 'Compte Discogs lié',
			text: 'Le compte Discogs <strong>{{username}}</strong> est maintenant lié à ton compte Discord ; tu peux fermer cette page.',
			next: 'Dans Discord, <code>/lier statut</code> affiche la liaison, et <code>/discogs modifier</code> permet de modifier ton profil Discogs.',
		},
	},
} as const satisfies LocaleResources['web'];
