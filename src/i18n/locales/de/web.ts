import type { LocaleResources } from '../../resources.js';

/** HTML as in the English: the same tags, `&lt;` for a literal `<`. Discord's German names: Verknüpfte Rollen, Benutzereinstellungen, Autorisierte Apps. */
export const web = {
	linkedRoles: {
		notSetUp: {
			title: 'Verknüpfte Rollen sind nicht eingerichtet',
			text: 'Der Betreiber dieses Bots hat Verknüpfte Rollen noch nicht fertig eingerichtet, deshalb kann noch nichts verbunden werden.',
			short: 'Es kann noch nichts verbunden werden.',
		},
		failed: {
			denied: {
				title: 'Es wurde nichts verbunden',
				text: 'Du hast auf Discord abgebrochen, deshalb hat sich nichts geändert. Du kannst jederzeit über das Menü „Verknüpfte Rollen“ neu beginnen.',
			},
			state: {
				title: 'Dieser Link ist abgelaufen',
				text: 'Diese Seite wurde über einen alten, bereits verwendeten oder unbekannten Anmeldelink geöffnet, deshalb hat sich nichts geändert. Beginne in Discord über das Menü „Verknüpfte Rollen“ neu.',
			},
			browser: {
				title: 'Bitte schließe im selben Browser ab',
				text: 'Diese Anmeldung wurde in einem anderen Browser gestartet (oder ihr Cookie wurde blockiert), deshalb hat sich nichts geändert. Beginne über das Menü „Verknüpfte Rollen“ neu und schließe in dem Browser ab, der sich dann öffnet.',
			},
			grant: {
				title: 'Discord hat die Anmeldung nicht akzeptiert',
				text: 'Discord hat die Autorisierung abgelehnt (vielleicht ist sie abgelaufen). Es hat sich nichts geändert; beginne über das Menü „Verknüpfte Rollen“ neu.',
			},
			unavailable: {
				title: 'Discord oder ein Musikdienst hat nicht geantwortet',
				text: 'Die Verbindung konnte nicht abgeschlossen werden, weil ein Dienst nicht richtig geantwortet hat. Es ist nichts halb erledigt geblieben; bitte versuch es in ein paar Minuten noch einmal.',
			},
		},
		connected: {
			title: 'Verbunden',
			intro:
				'Dein Discord-Konto <strong>{{username}}</strong> ist verbunden. Server können dir jetzt die Rollen geben, für die dich diese Werte qualifizieren; du kannst diese Seite schließen und zu Discord zurückkehren.',
			introPlatform:
				'Dein Discord-Konto <strong>{{username}}</strong> ist mit <strong>{{platform}}</strong> verbunden. Server können dir jetzt die Rollen geben, für die dich diese Werte qualifizieren; du kannst diese Seite schließen und zu Discord zurückkehren.',
			noAccounts: 'Du hast noch kein Discogs- oder Katalogkonto verknüpft: Nutze <code>/verknüpfen</code> in Discord, dann folgen die Werte.',
			connections: 'Angezeigt in deinem <code>/profil</code> (Konten, die du für alle sichtbar gemacht hast):',
			connection: '{{service}}: {{name}}',
			disconnect: 'Zum Trennen nutze <code>/trennen</code> in Discord oder entferne die App unter Benutzereinstellungen → Autorisierte Apps.',
		},
	},
	discogsSignIn: {
		failed: {
			off: {
				title: 'Die Discogs-Anmeldung ist nicht eingerichtet',
				text: 'Der Betreiber dieses Bots hat die Anmeldung mit Discogs hier nicht eingerichtet, deshalb kann auf dieser Seite nichts verknüpft werden. In Discord funktioniert <code>/verknüpfen discogs benutzername:&lt;Name&gt;</code> weiterhin.',
			},
			expired: {
				title: 'Dieser Link ist abgelaufen',
				text: 'Dieser Anmeldelink ist alt, wurde durch einen neueren ersetzt oder ist unbekannt, deshalb hat sich nichts geändert. Um dein Discogs-Konto zu verknüpfen, führe in Discord <code>/verknüpfen discogs</code> aus und hol dir so einen neuen Link.',
			},
			opened: {
				title: 'Dieser Link wurde bereits geöffnet',
				text: 'Jeder Anmeldelink lässt sich nur einmal öffnen. Wenn er in einem anderen Tab oder Browser offen ist, schließe dort ab; sonst führe in Discord <code>/verknüpfen discogs</code> aus, um einen neuen Link zu bekommen.',
			},
			used: {
				title: 'Diese Anmeldung ist bereits abgeschlossen',
				text: 'Discogs hat dich schon einmal hierher zurückgeschickt, und eine Anmeldung zählt nur einmal, deshalb hat sich jetzt nichts geändert. <code>/verknüpfen status</code> in Discord zeigt, was verknüpft ist; um erneut zu verknüpfen, führe in Discord <code>/verknüpfen discogs</code> aus, um einen neuen Link zu bekommen.',
			},
			browser: {
				title: 'Bitte schließe im selben Browser ab',
				text: 'Diese Anmeldung wurde in einem anderen Browser gestartet (oder ihr Cookie wurde blockiert), deshalb hat sich nichts geändert. Für einen neuen Versuch führe in Discord <code>/verknüpfen discogs</code> aus und öffne den neuen Link in dem Browser, den du für Discogs nutzt.',
			},
			denied: {
				title: 'Es wurde nichts verknüpft',
				text: 'Du hast den Bot auf Discogs nicht autorisiert, deshalb hat sich nichts geändert. Wenn du dein Konto verknüpfen möchtest, führe in Discord <code>/verknüpfen discogs</code> aus, um einen neuen Link zu bekommen.',
			},
			rejected: {
				title: 'Discogs hat die Anmeldung nicht akzeptiert',
				text: 'Discogs hat die Autorisierung abgelehnt (sie gilt 15 Minuten, ist also vielleicht abgelaufen). Es hat sich nichts geändert; führe in Discord <code>/verknüpfen discogs</code> aus, um einen neuen Link zu bekommen.',
			},
			unavailable: {
				title: 'Discogs hat nicht geantwortet',
				text: 'Discogs ist gerade nicht erreichbar oder ausgelastet, deshalb konnte die Anmeldung nicht abgeschlossen werden und es hat sich nichts geändert. Führe in ein paar Minuten in Discord <code>/verknüpfen discogs</code> aus, um einen neuen Link zu bekommen.',
			},
			store: {
				title: 'Der Bot hat seinen Speicher nicht erreicht',
				text: 'Es hat sich nichts geändert. Bitte versuch es in ein paar Minuten noch einmal: Führe in Discord <code>/verknüpfen discogs</code> aus, um einen neuen Link zu bekommen.',
			},
			error: {
				title: 'Etwas ist schiefgelaufen',
				text: 'Der Bot konnte die Anmeldung nicht abschließen, deshalb hat sich nichts geändert; sein Betreiber sieht im Log, warum. Führe später in Discord <code>/verknüpfen discogs</code> aus, um einen neuen Link zu bekommen.',
			},
		},
		refusedTitle: 'Es wurde nichts verknüpft',
		linked: {
			title: 'Discogs-Konto verknüpft',
			text: 'Das Discogs-Konto <strong>{{username}}</strong> ist jetzt mit deinem Discord-Konto verknüpft; du kannst diese Seite schließen.',
			next: 'In Discord zeigt <code>/verknüpfen status</code> die Verknüpfung, und mit <code>/discogs bearbeiten</code> bearbeitest du dein Discogs-Profil.',
		},
	},
} as const satisfies LocaleResources['web'];
