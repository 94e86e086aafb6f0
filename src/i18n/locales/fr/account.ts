import type { LocaleResources } from '../../resources.js';

export const account = {
	unlink: {
		done: {
			discogs: 'Ton compte Discogs a été dissocié.',
			catalog: 'Ton compte du catalogue a été dissocié.',
		},
		nothing: {
			discogs: "Tu n'avais aucun compte Discogs lié, il n'y avait donc rien à dissocier.",
			catalog: "Tu n'avais aucun compte du catalogue lié, il n'y avait donc rien à dissocier.",
		},
	},
	deleteAll: {
		done: "J'ai supprimé tout ce que je gardais sur toi : comptes liés, jetons, paramètres, codes en attente, recherches récentes et copies en cache de tes profils.",
		// « Tout » is the choice's French name, as the member picks it under `service:`.
		partial: "Je n'ai pas pu tout supprimer : mon stockage a refusé de supprimer {{parts}}. Le reste a été effacé. Relance `/dissocier service:Tout` dans un instant pour terminer.",
		parts: {
			linkedRoles: 'ton autorisation Discord pour les Rôles liés',
			caches: 'les copies en cache de tes profils',
			links: 'tes comptes liés, jetons, paramètres et codes en attente',
			editDraft: 'un formulaire de profil Discogs non enregistré',
			recent: 'tes recherches récentes',
		},
	},
	privacy: {
		nobody: 'Tes comptes liés sont désormais privés : les autres ne peuvent plus les voir via `/profil`, **Voir le profil** ou une option `membre:`.',
		everyone: 'Tout le monde peut désormais voir tes comptes liés via `/profil`, **Voir le profil** et les options `membre:`.',
	},
} as const satisfies LocaleResources['account'];
