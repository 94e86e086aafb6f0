import type { LocaleResources } from '../../resources.js';

export const errors = {
	provider: {
		not_found: {
			Discord: 'Discord kennt diesen Nutzer nicht.',
			Discogs: 'Discogs kennt diesen Nutzer nicht.',
			catalog: 'Der Katalog kennt diesen Nutzer nicht.',
		},
		not_found_named: {
			Discord: 'Es gibt keinen Discord-Nutzer namens **{{subject}}**.',
			Discogs: 'Es gibt keinen Discogs-Nutzer namens **{{subject}}**.',
			catalog: 'Es gibt keinen Katalognutzer namens **{{subject}}**.',
		},
		forbidden: {
			Discord: 'Discord erlaubt dem Bot nicht, das zu sehen: Es ist privat.',
			Discogs: 'Discogs erlaubt dem Bot nicht, das zu sehen: Es ist privat.',
			catalog: 'Der Katalog erlaubt dem Bot nicht, das zu sehen: Es ist privat.',
		},
		rate_limited: {
			Discord: 'Discord bremst den Bot gerade aus (Rate-Limit). Versuch es in einer Minute noch einmal.',
			Discogs: 'Discogs bremst den Bot gerade aus (Rate-Limit). Versuch es in einer Minute noch einmal.',
			catalog: 'Der Katalog bremst den Bot gerade aus (Rate-Limit). Versuch es in einer Minute noch einmal.',
		},
		unavailable: {
			Discord: 'Discord ist gerade nicht erreichbar (es kam keine brauchbare Antwort). Versuch es später noch einmal.',
			Discogs: 'Discogs ist gerade nicht erreichbar (es kam keine brauchbare Antwort). Versuch es später noch einmal.',
			catalog: 'Der Katalog ist gerade nicht erreichbar (es kam keine brauchbare Antwort). Versuch es später noch einmal.',
		},
		misconfigured: {
			Discord: 'Die Discord-Zugangsdaten des Bots wurden abgelehnt. Der Betreiber des Bots wurde benachrichtigt.',
			Discogs: 'Die Discogs-Zugangsdaten des Bots wurden abgelehnt. Der Betreiber des Bots wurde benachrichtigt.',
			catalog: 'Die Katalog-Zugangsdaten des Bots wurden abgelehnt. Der Betreiber des Bots wurde benachrichtigt.',
		},
		unauthorized: {
			Discord: 'Discord akzeptiert deine Autorisierung nicht mehr (vielleicht wurde sie widerrufen). Verknüpfe dein Konto erneut.',
			Discogs: 'Discogs akzeptiert deine Autorisierung nicht mehr (vielleicht wurde sie widerrufen). Verknüpfe dein Konto erneut.',
			catalog: 'Der Katalog akzeptiert deine Autorisierung nicht mehr (vielleicht wurde sie widerrufen). Verknüpfe dein Konto erneut.',
		},
		too_large: {
			Discord: 'Discord hat eine zu große Antwort geschickt (über {{megabytes}} MB), deshalb habe ich sie nicht zu Ende gelesen. Versuch es später noch einmal.',
			Discogs: 'Discogs hat eine zu große Antwort geschickt (über {{megabytes}} MB), deshalb habe ich sie nicht zu Ende gelesen. Versuch es später noch einmal.',
			catalog: 'Der Katalog hat eine zu große Antwort geschickt (über {{megabytes}} MB), deshalb habe ich sie nicht zu Ende gelesen. Versuch es später noch einmal.',
		},
	},
	stale: 'Dieser Button ist veraltet (oder stammt nicht von mir), deshalb habe ich nichts getan. Führe den Befehl erneut aus, um einen neuen zu bekommen.',
	storeWrite: 'Ich konnte das nicht speichern: Mein Speicher hat die Änderung nicht angenommen, es hat sich also nichts geändert. Versuch es gleich noch einmal.',
	storeRead: 'Ich erreiche meinen Speicher gerade nicht und kann deshalb keine verknüpften Konten oder Einstellungen prüfen. Versuch es gleich noch einmal.',
	generic: 'Bei uns ist etwas schiefgelaufen. Wenn das öfter passiert, gib dem Betreiber des Bots diese Referenz: `{{reference}}`.',
	unknownCommand: 'Diesen Befehl oder Button kenne ich nicht (vielleicht stammt er aus einer älteren Version des Bots). Referenz: `{{reference}}`.',
	optionsRefused: 'Mit den Optionen dieses Befehls konnte ich nichts anfangen (vielleicht stammt er aus einer älteren Version des Bots). Wähle den Befehl noch einmal aus der Liste aus.',
} as const satisfies LocaleResources['errors'];
