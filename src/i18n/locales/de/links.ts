import type { LocaleResources } from '../../resources.js';

/** "Verknüpfen" for linking an account, "Prüfen" for the button that checks a code; command names as in ./commands.ts. */
export const links = {
	code: {
		title: 'Beweise, dass {{target}} dir gehört',
		where: {
			discogs: '1. Füge diesen Code irgendwo in den Profiltext von **{{name}}** auf Discogs ein: `{{code}}`',
			catalog: '1. Füge diesen Code irgendwo in die Biografie deines Katalogprofils (**{{name}}**) ein: `{{code}}`',
		},
		// The duration in the accusative ("gilt noch 15 Minuten"), the moment as Discord shows it ("bis 14:30").
		deadline: '2. Drücke auf **Prüfen**. Der Code gilt noch {{duration}} (bis {{time}}).',
		afterwards: 'Sobald das Konto verknüpft ist, kannst du den Code wieder entfernen.',
		verify: 'Prüfen',
		editProfile: 'Profil bearbeiten',
	},
	oauth: {
		title: 'Verknüpfe dein Discogs-Konto',
		authorize: '1. Drücke auf **Auf Discogs autorisieren** und erlaube dem Bot den Zugriff.',
		paste: '2. Discogs zeigt dir einen Code: Drücke auf **Code eingeben** und füge ihn ein.',
		deadline: 'Du hast für beides {{duration}} Zeit: Die Anfrage läuft um {{time}} ab.',
		authorizeButton: 'Auf Discogs autorisieren',
		enterCodeButton: 'Code eingeben',
		modal: {
			title: 'Discogs-Autorisierungscode',
			label: 'Der Code, den Discogs dir angezeigt hat',
		},
	},
	webSignIn: {
		authorize: '1. Drücke auf **Auf Discogs autorisieren** und erlaube dort dem Bot den Zugriff.',
		comeBack: '2. Discogs schickt dich danach zu einer Seite von mir zurück, die bestätigt, dass das Konto verknüpft ist: Du musst keinen Code kopieren.',
		deadline: 'Du hast dafür {{duration}} Zeit: Der Link läuft um {{time}} ab und funktioniert nur einmal, in einem einzigen Browser.',
	},
	catalogToken: {
		title: 'Verknüpfe dein Katalogkonto',
		label: 'Dein Katalog-Zugriffstoken',
		placeholder: 'Wird einmal genutzt, um dich zu erkennen, und dann vergessen',
	},
	linked: {
		discogsCode: 'Dein Discogs-Konto **{{name}}** ist verknüpft. Du kannst den Code jetzt aus deinem Profil entfernen.',
		discogsOAuth: 'Dein Discogs-Konto **{{name}}** ist per Discogs-Autorisierung verknüpft. Mit `/discogs bearbeiten` kannst du dein Profil bearbeiten.',
		catalogToken: 'Dein Katalogkonto **{{name}}** ist verknüpft. Ich habe das Token einmal genutzt und nicht behalten.',
		catalogCode: 'Dein Katalogkonto **{{name}}** ist verknüpft. Du kannst den Code jetzt entfernen.',
	},
	status: {
		title: 'Deine verknüpften Konten',
		// A label with a colon, as German writes one; without it the line would say the English word for word.
		discogs: '**Discogs:** {{name}} · {{verified}}',
		catalog: '**Katalog:** {{name}} · {{verified}}',
		catalogId: '-# ID `{{id}}`',
		// `when` is a relative Discord timestamp, which reads "vor 3 Tagen" in German: it leads the phrase.
		verified: {
			oauth: '{{when}} per Discogs-Autorisierung bestätigt',
			profileCode: '{{when}} per Code im Discogs-Profil bestätigt',
			token: '{{when}} per Katalog-Zugriffstoken bestätigt',
			bioCode: '{{when}} per Code in der Katalogbiografie bestätigt',
		},
		revoked: '⚠️ Autorisierung widerrufen: Verknüpfe das Konto erneut, um zu bearbeiten',
		none: 'Keine Konten verknüpft. Nutze `/verknüpfen discogs` oder `/verknüpfen katalog`.',
		footer: {
			everyone: 'Andere können deine verknüpften Konten sehen. Ändern kannst du das mit /privatsphäre.',
			nobody: 'Deine verknüpften Konten sind privat: Andere können dich nicht über Discord nachschlagen. Ändern kannst du das mit /privatsphäre.',
		},
		unlinkDiscogs: 'Discogs trennen',
		unlinkCatalog: 'Katalog trennen',
	},
	errors: {
		codeUsed: {
			discogs: 'Dieser Code wurde schon verwendet: Dein Discogs-Konto **{{name}}** ist verknüpft. Du kannst den Code jetzt aus deinem Profil entfernen.',
			catalog: 'Dieser Code wurde schon verwendet: Dein Katalogkonto ist verknüpft (siehe `/verknüpfen status`). Du kannst den Code jetzt aus deiner Biografie entfernen.',
		},
		codeExpired: {
			discogs: 'Dieser Code ist abgelaufen (Codes gelten {{duration}}). Führe `/verknüpfen discogs benutzername:<Name>` noch einmal aus, um einen neuen zu bekommen.',
			catalog: 'Dieser Code ist abgelaufen (Codes gelten {{duration}}). Führe `/verknüpfen katalog id:<ID>` noch einmal aus, um einen neuen zu bekommen.',
		},
		codeMissing: {
			discogs: 'Ich finde `{{code}}` noch nicht im Profiltext von **{{name}}**. Speichere dein Discogs-Profil mit dem Code und drücke dann erneut auf **Prüfen**.',
			catalog: 'Ich finde `{{code}}` noch nicht in dieser Katalogbiografie. Speichere die Biografie mit dem Code und drücke dann erneut auf **Prüfen**.',
		},
		usernameNeeded: 'Gib deinen Discogs-Benutzernamen an: `/verknüpfen discogs benutzername:<Name>`. Ich gebe dir dann einen Code für dein Profil, mit dem du beweist, dass es dir gehört.',
		oauthUsed: 'Diese Autorisierungsanfrage wurde schon verwendet. Um erneut zu autorisieren, führe `/verknüpfen discogs` aus.',
		oauthExpired: 'Diese Autorisierungsanfrage ist abgelaufen (sie gilt {{duration}}). Führe `/verknüpfen discogs` noch einmal aus.',
		taken: {
			discogs: 'Dieses Discogs-Konto ist schon mit einem anderen Discord-Nutzer verknüpft. Wenn es dir gehört, trenne es zuerst vom anderen Konto.',
			catalog: 'Dieses Katalogkonto ist schon mit einem anderen Discord-Nutzer verknüpft. Wenn es dir gehört, trenne es zuerst vom anderen Konto.',
		},
		busy: {
			discogs: 'Dieses Discogs-Konto wird gerade verknüpft. Versuch es in ein paar Sekunden noch einmal.',
			catalog: 'Dieses Katalogkonto wird gerade verknüpft. Versuch es in ein paar Sekunden noch einmal.',
			linkedRoles: 'Verknüpfte Rollen sind gerade ausgelastet.',
			linkedRolesIndex: 'Verknüpfte Rollen sind gerade ausgelastet. Versuch es in ein paar Sekunden noch einmal.',
		},
	},
	lookup: {
		private: '<@{{user}}> hat die verknüpften Konten auf privat gestellt, deshalb kann ich sie auf diesem Weg nicht nachschlagen. Tut mir leid!',
		ownNotLinked: {
			discogs: 'Du hast kein Discogs-Konto verknüpft. Verknüpfe deins mit `/verknüpfen discogs` oder gib `benutzername:` an, um eins nachzuschlagen, z. B. `/discogs profil benutzername:rodneyfool`.',
			catalog: 'Du hast kein Katalogkonto verknüpft. Verknüpfe deins mit `/verknüpfen katalog` oder gib `id:` an, um eins nachzuschlagen, z. B. `/katalog profil id:<UUID>`.',
		},
		otherNotLinked: {
			discogs: '<@{{user}}> hat kein Discogs-Konto verknüpft. Gib `benutzername:` an, um eins über den Namen nachzuschlagen.',
			catalog: '<@{{user}}> hat kein Katalogkonto verknüpft. Gib `id:` an, um eins über die ID nachzuschlagen.',
		},
	},
} as const satisfies LocaleResources['links'];
