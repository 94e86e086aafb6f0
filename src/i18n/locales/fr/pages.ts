import type { LocaleResources } from '../../resources.js';

/** « Page » is feminine: « Première », « Précédente »… */
export const pages = {
	buttons: {
		first: '« Première',
		previous: '‹ Précédente',
		current: '{{page}} / {{pages}}',
		next: 'Suivante ›',
		last: 'Dernière »',
	},
	footer: {
		page: 'Page {{page}} sur {{pages}}',
		items_one: '{{count, number}} élément',
		items_many: "{{count, number}} d'éléments",
		items_other: '{{count, number}} éléments',
	},
} as const satisfies LocaleResources['pages'];
