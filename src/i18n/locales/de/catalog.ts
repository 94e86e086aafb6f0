import type { LocaleResources } from '../../resources.js';

export const catalog = {
	profile: {
		unnamed: 'Unbenannter Katalognutzer',
		role: 'Rolle',
		genre: 'Genre',
		location: 'Ort',
		memberSince: 'Mitglied seit',
		links: 'Links',
		website: 'Website',
		email: 'E-Mail',
		walletAddress: 'Wallet-Adresse',
		oauthType: 'Anmeldung über',
		footer: 'Katalog',
	},
	songs: {
		title: 'Songs von {{name}}',
		none: 'Noch keine veröffentlichten Songs.',
		released: 'veröffentlicht am {{date}}',
		total_one: '{{count, number}} Song',
		total_many: '{{count, number}} Songs',
		total_other: '{{count, number}} Songs',
	},
	errors: {
		notConfigured: 'Der Katalog ist für diesen Bot nicht eingerichtet.',
		notAnId: '`{{input}}` ist keine Katalognutzer-ID. Eine ID ist eine UUID wie `123e4567-e89b-12d3-a456-426614174000`: 32 Hexadezimalziffern in Gruppen von 8-4-4-4-12.',
		noSuchId: 'Es gibt keinen Katalognutzer mit der ID `{{id}}`.',
		offset: 'Der Offset muss eine ganze Zahl ab 0 sein.',
		limit: 'Die Anzahl der Songs muss eine ganze Zahl von 1 bis {{max}} sein.',
		tokenMalformed: 'Das ist kein Katalog-Zugriffstoken. Kopiere das ganze Token und versuch es noch einmal.',
		tokenRefused: 'Der Katalog hat dieses Token nicht akzeptiert: Vielleicht ist es abgelaufen (Tokens gelten eine Stunde). Kopiere ein neues und versuch es noch einmal.',
	},
} as const satisfies LocaleResources['catalog'];
