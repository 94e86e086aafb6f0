import type { LocaleResources } from '../../resources.js';

export const pages = {
	buttons: {
		first: '« Eerste',
		previous: '‹ Vorige',
		current: '{{page}} / {{pages}}',
		next: 'Volgende ›',
		last: 'Laatste »',
	},
	footer: {
		page: 'Pagina {{page}} van {{pages}}',
		items_one: '{{count, number}} item',
		items_many: '{{count, number}} items',
		items_other: '{{count, number}} items',
	},
} as const satisfies LocaleResources['pages'];
