import type { LocaleResources } from '../../resources.js';

/** Texts every area's views share, made in src/views/format.ts. Dutch has one plural form besides the singular: `_many` is `_other`. */
export const common = {
	// Dutch counts hours without a plural ("3 uur geleden").
	age: {
		now: 'minder dan een minuut geleden',
		minutes_one: '{{count, number}} minuut geleden',
		minutes_many: '{{count, number}} minuten geleden',
		minutes_other: '{{count, number}} minuten geleden',
		hours_one: '{{count, number}} uur geleden',
		hours_many: '{{count, number}} uur geleden',
		hours_other: '{{count, number}} uur geleden',
		days_one: '{{count, number}} dag geleden',
		days_many: '{{count, number}} dagen geleden',
		days_other: '{{count, number}} dagen geleden',
	},
	duration: {
		aMinute: 'een minuut',
		minutes_one: '{{count, number}} minuut',
		minutes_many: '{{count, number}} minuten',
		minutes_other: '{{count, number}} minuten',
		hours_one: '{{count, number}} uur',
		hours_many: '{{count, number}} uur',
		hours_other: '{{count, number}} uur',
		hoursAndMinutes: '{{hours}} en {{minutes}}',
	},
	cached: {
		Discogs: 'Kopie uit de cache van {{age}} — Discogs is nu niet bereikbaar',
		Discord: 'Kopie uit de cache van {{age}} — Discord is nu niet bereikbaar',
		catalog: 'Kopie uit de cache van {{age}} — de catalogus is nu niet bereikbaar',
	},
	more_one: '…en nog {{count, number}}',
	more_many: '…en nog {{count, number}}',
	more_other: '…en nog {{count, number}}',
} as const satisfies LocaleResources['common'];
