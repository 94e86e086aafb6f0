/** The pager: its buttons (each at most 80 characters, cut by fitLabel) and the "Page 1 of 3" of a list's footer. */
export const pages = {
	buttons: {
		first: '« First',
		previous: '‹ Previous',
		/** The disabled middle button: where the reader is. */
		current: '{{page}} / {{pages}}',
		next: 'Next ›',
		last: 'Last »',
	},
	footer: {
		page: 'Page {{page}} of {{pages}}',
		items_one: '{{count, number}} item',
		items_many: '{{count, number}} items',
		items_other: '{{count, number}} items',
	},
} as const;
