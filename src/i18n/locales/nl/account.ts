import type { LocaleResources } from '../../resources.js';

export const account = {
	unlink: {
		done: {
			discogs: 'Je Discogs-account is ontkoppeld.',
			catalog: 'Je catalogusaccount is ontkoppeld.',
		},
		nothing: {
			discogs: 'Je had geen gekoppeld Discogs-account, dus er viel niets te ontkoppelen.',
			catalog: 'Je had geen gekoppeld catalogusaccount, dus er viel niets te ontkoppelen.',
		},
	},
	deleteAll: {
		done: 'Alles wat ik over je bewaarde, is verwijderd: gekoppelde accounts, tokens, instellingen, openstaande codes, recente opzoekingen en de gecachete kopieën van je profielen.',
		partial: 'Ik kon niet alles verwijderen: mijn opslag weigerde {{parts}} te verwijderen. De rest is weg. Voer zo meteen nog eens `/ontkoppelen dienst:Alles` uit om het af te maken.',
		// Objects of "weigerde … te verwijderen"; Intl.ListFormat joins them with "en".
		parts: {
			linkedRoles: 'je Discord-autorisatie voor Gekoppelde rollen',
			caches: 'de gecachete kopieën van je profielen',
			links: 'je gekoppelde accounts, tokens, instellingen en openstaande codes',
			editDraft: 'een niet-opgeslagen Discogs-profielformulier',
			recent: 'je recente opzoekingen',
		},
	},
	privacy: {
		nobody: 'Je gekoppelde accounts zijn nu privé: anderen kunnen ze niet zien via `/profiel`, **Profiel bekijken** of de optie `gebruiker:`.',
		everyone: 'Iedereen kan je gekoppelde accounts nu zien via `/profiel`, **Profiel bekijken** en de optie `gebruiker:`.',
	},
} as const satisfies LocaleResources['account'];
