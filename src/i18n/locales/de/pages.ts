import type { LocaleResources } from '../../resources.js';

export const pages = {
	buttons: {
		first: '« Erste',
		previous: '‹ Zurück',
		current: '{{page}} / {{pages}}',
		next: 'Weiter ›',
		last: 'Letzte »',
	},
	footer: {
		page: 'Seite {{page}} von {{pages}}',
		items_one: '{{count, number}} Eintrag',
		items_many: '{{count, number}} Einträge',
		items_other: '{{count, number}} Einträge',
	},
} as const satisfies LocaleResources['pages'];
