import type { LocaleResources } from '../../resources.js';

export const pages = {
	buttons: {
		first: '« 最初',
		previous: '‹ 前へ',
		current: '{{page}} / {{pages}}',
		next: '次へ ›',
		last: '最後 »',
	},
	footer: {
		page: '{{page}} / {{pages}} ページ',
		items_one: '{{count, number}}件',
		items_many: '{{count, number}}件',
		items_other: '{{count, number}}件',
	},
} as const satisfies LocaleResources['pages'];
