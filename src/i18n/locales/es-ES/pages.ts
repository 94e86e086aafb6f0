import type { LocaleResources } from '../../resources.js';

export const pages = {
	buttons: {
		first: '« Primera',
		previous: '‹ Anterior',
		current: '{{page}} / {{pages}}',
		next: 'Siguiente ›',
		last: 'Última »',
	},
	footer: {
		page: 'Página {{page}} de {{pages}}',
		items_one: '{{count, number}} elemento',
		items_many: '{{count, number}} de elementos',
		items_other: '{{count, number}} elementos',
	},
} as const satisfies LocaleResources['pages'];
