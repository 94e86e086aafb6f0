import type { LocaleResources } from '../../resources.js';

export const pages = {
	buttons: {
		first: '« Primeira',
		previous: '‹ Anterior',
		current: '{{page}} / {{pages}}',
		next: 'Próxima ›',
		last: 'Última »',
	},
	footer: {
		page: 'Página {{page}} de {{pages}}',
		items_one: '{{count, number}} item',
		items_many: '{{count, number}} de itens',
		items_other: '{{count, number}} itens',
	},
} as const satisfies LocaleResources['pages'];
