import type { LocaleResources } from '../../resources.js';

export const catalog = {
	profile: {
		unnamed: 'Naamloze catalogusgebruiker',
		role: 'Rol',
		genre: 'Genre',
		location: 'Locatie',
		memberSince: 'Lid sinds',
		links: 'Links',
		website: 'Website',
		email: 'E-mail',
		walletAddress: 'Walletadres',
		oauthType: 'Logt in met',
		footer: 'Catalogus',
	},
	songs: {
		title: 'Nummers van {{name}}',
		none: 'Nog geen uitgebrachte nummers.',
		released: 'uitgebracht op {{date}}',
		total_one: '{{count, number}} nummer',
		total_many: '{{count, number}} nummers',
		total_other: '{{count, number}} nummers',
	},
	errors: {
		notConfigured: 'De catalogus is niet ingesteld voor deze bot.',
		notAnId: '`{{input}}` is geen ID van een catalogusgebruiker. Een ID is een UUID zoals `123e4567-e89b-12d3-a456-426614174000`: 32 hexadecimale tekens in groepen van 8-4-4-4-12.',
		noSuchId: 'Er is geen catalogusgebruiker met de ID `{{id}}`.',
		offset: 'De offset moet een geheel getal vanaf 0 zijn.',
		limit: 'Het aantal nummers moet een geheel getal van 1 tot en met {{max}} zijn.',
		tokenMalformed: 'Dat is geen toegangstoken voor de catalogus. Kopieer de hele token en probeer het opnieuw.',
		tokenRefused: 'De catalogus accepteerde die token niet: misschien is hij verlopen (tokens zijn een uur geldig). Kopieer een nieuwe en probeer het opnieuw.',
	},
} as const satisfies LocaleResources['catalog'];
