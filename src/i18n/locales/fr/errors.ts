import type { LocaleResources } from '../../resources.js';

export const errors = {
	provider: {
		not_found: {
			Discord: "Cet utilisateur n'existe pas sur Discord.",
			Discogs: "Cet utilisateur n'existe pas sur Discogs.",
			catalog: "Cet utilisateur n'existe pas dans le catalogue.",
		},
		not_found_named: {
			Discord: "Aucun utilisateur Discord ne s'appelle **{{subject}}**.",
			Discogs: "Aucun utilisateur Discogs ne s'appelle **{{subject}}**.",
			catalog: "Aucun utilisateur du catalogue ne s'appelle **{{subject}}**.",
		},
		forbidden: {
			Discord: "Discord ne permet pas au bot de voir ça : c'est privé.",
			Discogs: "Discogs ne permet pas au bot de voir ça : c'est privé.",
			catalog: "Le catalogue ne permet pas au bot de voir ça : c'est privé.",
		},
		rate_limited: {
			Discord: 'Discord limite les requêtes du bot en ce moment. Réessaie dans une minute.',
			Discogs: 'Discogs limite les requêtes du bot en ce moment. Réessaie dans une minute.',
			catalog: 'Le catalogue limite les requêtes du bot en ce moment. Réessaie dans une minute.',
		},
		unavailable: {
			Discord: "Discord est indisponible pour le moment (il n'a pas répondu correctement). Réessaie plus tard.",
			Discogs: "Discogs est indisponible pour le moment (il n'a pas répondu correctement). Réessaie plus tard.",
			catalog: "Le catalogue est indisponible pour le moment (il n'a pas répondu correctement). Réessaie plus tard.",
		},
		misconfigured: {
			Discord: 'Les identifiants Discord du bot ont été refusés. La personne qui gère le bot a été prévenue.',
			Discogs: 'Les identifiants Discogs du bot ont été refusés. La personne qui gère le bot a été prévenue.',
			catalog: 'Les identifiants du bot pour le catalogue ont été refusés. La personne qui gère le bot a été prévenue.',
		},
		unauthorized: {
			Discord: "Discord n'accepte plus ton autorisation (elle a peut-être été révoquée). Relie ton compte.",
			Discogs: "Discogs n'accepte plus ton autorisation (elle a peut-être été révoquée). Relie ton compte.",
			catalog: "Le catalogue n'accepte plus ton autorisation (elle a peut-être été révoquée). Relie ton compte.",
		},
		too_large: {
			Discord: "Discord a envoyé une réponse trop volumineuse (plus de {{megabytes}} Mo), j'ai donc arrêté de la lire. Réessaie plus tard.",
			Discogs: "Discogs a envoyé une réponse trop volumineuse (plus de {{megabytes}} Mo), j'ai donc arrêté de la lire. Réessaie plus tard.",
			catalog: "Le catalogue a envoyé une réponse trop volumineuse (plus de {{megabytes}} Mo), j'ai donc arrêté de la lire. Réessaie plus tard.",
		},
	},
	stale: "Ce bouton n'est plus à jour (ou ne vient pas de moi), je n'ai donc rien fait. Relance la commande pour en avoir un nouveau.",
	storeWrite: "Je n'ai pas pu enregistrer ça : mon stockage a refusé la modification, donc rien n'a changé. Réessaie dans un instant.",
	storeRead: "Je n'arrive pas à joindre mon stockage pour le moment, je ne peux donc pas vérifier les comptes liés ni les paramètres. Réessaie dans un instant.",
	generic: 'Un problème est survenu de notre côté. Si ça se reproduit, donne cette référence à la personne qui gère le bot : `{{reference}}`.',
	unknownCommand: "Je ne connais pas cette commande ou ce bouton (il vient peut-être d'une ancienne version du bot). Référence : `{{reference}}`.",
	optionsRefused: "Je n'ai pas compris les options de cette commande (elle vient peut-être d'une ancienne version du bot). Choisis à nouveau la commande dans la liste.",
} as const satisfies LocaleResources['errors'];
