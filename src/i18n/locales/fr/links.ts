import type { LocaleResources } from '../../resources.js';

/** Commands are named as the French picker shows them (`/lier`, `pseudo:`), so what a member reads is what they type. */
export const links = {
	code: {
		title: "Prouve que {{target}} t'appartient",
		where: {
			discogs: "1. Ajoute ce code n'importe où dans le texte du profil de **{{name}}** sur Discogs : `{{code}}`",
			catalog: "1. Ajoute ce code n'importe où dans la biographie de ton profil du catalogue (**{{name}}**) : `{{code}}`",
		},
		// « sous 15 minutes » reads as a limit, as « dans 15 minutes » would read as a wait.
		deadline: '2. Appuie sur **Vérifier** sous {{duration}} : le code expire à {{time}}.',
		afterwards: 'Tu pourras retirer le code une fois le compte lié.',
		verify: 'Vérifier',
		editProfile: 'Modifier le profil',
	},
	oauth: {
		title: 'Lie ton compte Discogs',
		authorize: "1. Appuie sur **Autoriser sur Discogs** et accorde l'accès au bot.",
		paste: "2. Discogs t'affiche un code : appuie sur **Saisir le code** et colle-le.",
		deadline: 'Fais les deux sous {{duration}} : la demande expire à {{time}}.',
		authorizeButton: 'Autoriser sur Discogs',
		enterCodeButton: 'Saisir le code',
		modal: {
			title: "Code d'autorisation Discogs",
			label: 'Le code affiché par Discogs',
		},
	},
	webSignIn: {
		authorize: "1. Appuie sur **Autoriser sur Discogs** et accorde l'accès au bot sur place.",
		comeBack: "2. Discogs te renvoie vers une de mes pages qui confirme que le compte est lié : il n'y a aucun code à copier.",
		deadline: "Fais-le sous {{duration}} : le lien expire à {{time}} et ne fonctionne qu'une fois, dans un seul navigateur.",
	},
	catalogToken: {
		title: 'Lie ton compte du catalogue',
		label: "Ton jeton d'accès au catalogue",
		placeholder: 'Utilisé une fois pour savoir qui tu es, puis oublié',
	},
	linked: {
		discogsCode: 'Ton compte Discogs **{{name}}** est lié. Tu peux maintenant retirer le code de ton profil.',
		discogsOAuth: "Ton compte Discogs **{{name}}** est lié grâce à l'autorisation Discogs. Tu peux modifier ton profil avec `/discogs modifier`.",
		catalogToken: "Ton compte du catalogue **{{name}}** est lié. J'ai utilisé le jeton une seule fois et je ne l'ai pas conservé.",
		catalogCode: 'Ton compte du catalogue **{{name}}** est lié. Tu peux maintenant retirer le code.',
	},
	status: {
		title: 'Tes comptes liés',
		discogs: '**Discogs** : {{name}} · {{verified}}',
		catalog: '**Catalogue** : {{name}} · {{verified}}',
		catalogId: '-# identifiant `{{id}}`',
		// `when` is a relative timestamp: « il y a 3 jours ».
		verified: {
			oauth: "vérifié par l'autorisation Discogs {{when}}",
			profileCode: 'vérifié par un code dans le profil Discogs {{when}}',
			token: "vérifié par un jeton d'accès au catalogue {{when}}",
			bioCode: 'vérifié par un code dans la biographie du catalogue {{when}}',
		},
		revoked: '⚠️ autorisation révoquée : relie le compte pour modifier le profil',
		none: 'Aucun compte lié. Utilise `/lier discogs` ou `/lier catalogue`.',
		footer: {
			everyone: 'Les autres peuvent voir tes comptes liés. Modifie ce réglage avec /confidentialité.',
			nobody: 'Tes comptes liés sont privés : les autres ne peuvent pas te trouver via Discord. Modifie ce réglage avec /confidentialité.',
		},
		unlinkDiscogs: 'Dissocier Discogs',
		unlinkCatalog: 'Dissocier le catalogue',
	},
	errors: {
		codeUsed: {
			discogs: 'Ce code a déjà été utilisé : ton compte Discogs **{{name}}** est lié. Tu peux maintenant retirer le code de ton profil.',
			catalog: 'Ce code a déjà été utilisé : ton compte du catalogue est lié (voir `/lier statut`). Tu peux maintenant retirer le code de ta biographie.',
		},
		codeExpired: {
			discogs: 'Ce code a expiré (les codes durent {{duration}}). Relance `/lier discogs pseudo:<nom>` pour en obtenir un nouveau.',
			catalog: 'Ce code a expiré (les codes durent {{duration}}). Relance `/lier catalogue id:<id>` pour en obtenir un nouveau.',
		},
		codeMissing: {
			discogs: 'Je ne trouve pas encore `{{code}}` dans le texte du profil de **{{name}}**. Enregistre ton profil Discogs avec le code, puis appuie à nouveau sur **Vérifier**.',
			catalog: 'Je ne trouve pas encore `{{code}}` dans cette biographie du catalogue. Enregistre la biographie avec le code, puis appuie à nouveau sur **Vérifier**.',
		},
		usernameNeeded: "Indique ton pseudo Discogs : `/lier discogs pseudo:<nom>`. Je te donnerai un code à mettre dans ton profil, pour prouver qu'il t'appartient.",
		oauthUsed: "Cette demande d'autorisation a déjà été utilisée. Pour autoriser à nouveau le bot, lance `/lier discogs`.",
		oauthExpired: "Cette demande d'autorisation a expiré (elles durent {{duration}}). Relance `/lier discogs`.",
		taken: {
			discogs: "Ce compte Discogs est déjà lié à un autre utilisateur Discord. S'il t'appartient, dissocie-le d'abord de l'autre compte.",
			catalog: "Ce compte du catalogue est déjà lié à un autre utilisateur Discord. S'il t'appartient, dissocie-le d'abord de l'autre compte.",
		},
		busy: {
			discogs: "Ce compte Discogs est en train d'être lié. Réessaie dans quelques secondes.",
			catalog: "Ce compte du catalogue est en train d'être lié. Réessaie dans quelques secondes.",
			linkedRoles: 'Les Rôles liés sont occupés pour le moment.',
			linkedRolesIndex: 'Les Rôles liés sont occupés pour le moment. Réessaie dans quelques secondes.',
		},
	},
	lookup: {
		private: '<@{{user}}> garde ses comptes liés privés, je ne peux donc pas les rechercher de cette façon. Désolé !',
		ownNotLinked: {
			discogs: "Tu n'as pas lié de compte Discogs. Lie le tien avec `/lier discogs`, ou indique `pseudo:` pour en rechercher un, par ex. `/discogs profil pseudo:rodneyfool`.",
			catalog: "Tu n'as pas lié de compte du catalogue. Lie le tien avec `/lier catalogue`, ou indique `id:` pour en rechercher un, par ex. `/catalogue profil id:<uuid>`.",
		},
		otherNotLinked: {
			discogs: "<@{{user}}> n'a pas lié de compte Discogs. Indique `pseudo:` pour en rechercher un par son nom.",
			catalog: "<@{{user}}> n'a pas lié de compte du catalogue. Indique `id:` pour en rechercher un par son identifiant.",
		},
	},
} as const satisfies LocaleResources['links'];
