import type { LocaleResources } from '../../resources.js';

// `_many` is what Intl picks for large round numbers ("1.000.000 de minutos"), hence the "de".
export const common = {
	age: {
		now: 'hace menos de un minuto',
		minutes_one: 'hace {{count, number}} minuto',
		minutes_many: 'hace {{count, number}} de minutos',
		minutes_other: 'hace {{count, number}} minutos',
		hours_one: 'hace {{count, number}} hora',
		hours_many: 'hace {{count, number}} de horas',
		hours_other: 'hace {{count, number}} horas',
		days_one: 'hace {{count, number}} día',
		days_many: 'hace {{count, number}} de días',
		days_other: 'hace {{count, number}} días',
	},
	duration: {
		aMinute: 'un minuto',
		minutes_one: '{{count, number}} minuto',
		minutes_many: '{{count, number}} de minutos',
		minutes_other: '{{count, number}} minutos',
		hours_one: '{{count, number}} hora',
		hours_many: '{{count, number}} de horas',
		hours_other: '{{count, number}} horas',
		hoursAndMinutes: '{{hours}} y {{minutes}}',
	},
	cached: {
		Discogs: 'Copia en caché de {{age}} — Discogs no está disponible en este momento',
		Discord: 'Copia en caché de {{age}} — Discord no está disponible en este momento',
		catalog: 'Copia en caché de {{age}} — el catálogo no está disponible en este momento',
	},
	more_one: '…y {{count, number}} más',
	more_many: '…y {{count, number}} más',
	more_other: '…y {{count, number}} más',
} as const satisfies LocaleResources['common'];
