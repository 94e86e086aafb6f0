import type { LocaleResources } from '../../resources.js';

// `_many` is what Intl picks for large round numbers ("1.000.000 de minutos"), hence the "de".
export const common = {
	age: {
		now: 'há menos de um minuto',
		minutes_one: 'há {{count, number}} minuto',
		minutes_many: 'há {{count, number}} de minutos',
		minutes_other: 'há {{count, number}} minutos',
		hours_one: 'há {{count, number}} hora',
		hours_many: 'há {{count, number}} de horas',
		hours_other: 'há {{count, number}} horas',
		days_one: 'há {{count, number}} dia',
		days_many: 'há {{count, number}} de dias',
		days_other: 'há {{count, number}} dias',
	},
	duration: {
		aMinute: 'um minuto',
		minutes_one: '{{count, number}} minuto',
		minutes_many: '{{count, number}} de minutos',
		minutes_other: '{{count, number}} minutos',
		hours_one: '{{count, number}} hora',
		hours_many: '{{count, number}} de horas',
		hours_other: '{{count, number}} horas',
		hoursAndMinutes: '{{hours}} e {{minutes}}',
	},
	cached: {
		Discogs: 'Cópia em cache salva {{age}} — o Discogs está indisponível no momento',
		Discord: 'Cópia em cache salva {{age}} — o Discord está indisponível no momento',
		catalog: 'Cópia em cache salva {{age}} — o catálogo está indisponível no momento',
	},
	more_one: '…e mais {{count, number}}',
	more_many: '…e mais {{count, number}}',
	more_other: '…e mais {{count, number}}',
} as const satisfies LocaleResources['common'];
