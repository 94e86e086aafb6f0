import type { LocaleResources } from '../../resources.js';

export const account = {
	unlink: {
		done: {
			discogs: 'Dein Discogs-Konto wurde getrennt.',
			catalog: 'Dein Katalogkonto wurde getrennt.',
		},
		nothing: {
			discogs: 'Du hattest kein verknüpftes Discogs-Konto, es gab also nichts zu trennen.',
			catalog: 'Du hattest kein verknüpftes Katalogkonto, es gab also nichts zu trennen.',
		},
	},
	deleteAll: {
		done: 'Ich habe alles gelöscht, was ich über dich gespeichert hatte: verknüpfte Konten, Tokens, Einstellungen, offene Codes, letzte Abfragen und die zwischengespeicherten Kopien deiner Profile.',
		partial: 'Ich konnte nicht alles löschen: Mein Speicher hat das Löschen von {{parts}} verweigert. Der Rest ist weg. Führe gleich noch einmal `/trennen dienst:Alles` aus, um es abzuschließen.',
		// Each part follows "das Löschen von", so each is in the dative; Intl.ListFormat joins them with "und".
		parts: {
			linkedRoles: 'deiner Discord-Autorisierung für Verknüpfte Rollen',
			caches: 'den zwischengespeicherten Kopien deiner Profile',
			links: 'deinen verknüpften Konten, Tokens, Einstellungen und offenen Codes',
			editDraft: 'einem nicht gespeicherten Discogs-Profilformular',
			recent: 'deinen letzten Abfragen',
		},
	},
	privacy: {
		nobody: 'Deine verknüpften Konten sind jetzt privat: Andere können sie nicht über `/profil`, **Profil ansehen** oder die Option `mitglied:` sehen.',
		everyone: 'Jetzt können alle deine verknüpften Konten über `/profil`, **Profil ansehen** und die Option `mitglied:` sehen.',
	},
} as const satisfies LocaleResources['account'];
