/** Texts every area's views share, made in src/views/format.ts. `{{count, number}}` is the count in the reader's digits. */
export const common = {
	/** A footer cannot hold a Discord timestamp tag, so a copy's age is in words. */
	age: {
		now: 'less than a minute ago',
		minutes_one: '{{count, number}} minute ago',
		minutes_many: '{{count, number}} minutes ago',
		minutes_other: '{{count, number}} minutes ago',
		hours_one: '{{count, number}} hour ago',
		hours_many: '{{count, number}} hours ago',
		hours_other: '{{count, number}} hours ago',
		days_one: '{{count, number}} day ago',
		days_many: '{{count, number}} days ago',
		days_other: '{{count, number}} days ago',
	},
	/** How long something lasts (a code, a kept form), rounded up to the minute. */
	duration: {
		aMinute: 'a minute',
		minutes_one: '{{count, number}} minute',
		minutes_many: '{{count, number}} minutes',
		minutes_other: '{{count, number}} minutes',
		hours_one: '{{count, number}} hour',
		hours_many: '{{count, number}} hours',
		hours_other: '{{count, number}} hours',
		/** "1 hour 30 minutes": both parts are the two texts above. */
		hoursAndMinutes: '{{hours}} {{minutes}}',
	},
	/** The footer of a copy served from the cache because its provider failed; `age` is one of `age`'s texts. */
	cached: {
		Discogs: 'Cached copy from {{age}} — Discogs is unavailable right now',
		Discord: 'Cached copy from {{age}} — Discord is unavailable right now',
		catalog: 'Cached copy from {{age}} — The catalog is unavailable right now',
	},
	/** The last line of a list cut short. */
	more_one: '…and {{count, number}} more',
	more_many: '…and {{count, number}} more',
	more_other: '…and {{count, number}} more',
} as const;
