import type { LocaleResources } from '../../resources.js';

/** Texts every area's views share, made in src/views/format.ts. German has one plural form besides the singular: `_many` is `_other`. */
export const common = {
	// The cached footer reads "Kopie aus dem Cache, vor 12 Minuten abgerufen": each age carries its own "vor".
	age: {
		now: 'vor weniger als einer Minute',
		minutes_one: 'vor {{count, number}} Minute',
		minutes_many: 'vor {{count, number}} Minuten',
		minutes_other: 'vor {{count, number}} Minuten',
		hours_one: 'vor {{count, number}} Stunde',
		hours_many: 'vor {{count, number}} Stunden',
		hours_other: 'vor {{count, number}} Stunden',
		days_one: 'vor {{count, number}} Tag',
		days_many: 'vor {{count, number}} Tagen',
		days_other: 'vor {{count, number}} Tagen',
	},
	// Every sentence that takes a duration uses it in the accusative ("gilt eine Minute", "hast eine Minute Zeit").
	duration: {
		aMinute: 'eine Minute',
		minutes_one: '{{count, number}} Minute',
		minutes_many: '{{count, number}} Minuten',
		minutes_other: '{{count, number}} Minuten',
		hours_one: '{{count, number}} Stunde',
		hours_many: '{{count, number}} Stunden',
		hours_other: '{{count, number}} Stunden',
		hoursAndMinutes: '{{hours}} und {{minutes}}',
	},
	cached: {
		Discogs: 'Kopie aus dem Cache, {{age}} abgerufen — Discogs ist gerade nicht erreichbar',
		Discord: 'Kopie aus dem Cache, {{age}} abgerufen — Discord ist gerade nicht erreichbar',
		catalog: 'Kopie aus dem Cache, {{age}} abgerufen — der Katalog ist gerade nicht erreichbar',
	},
	more_one: '…und {{count, number}} weitere',
	more_many: '…und {{count, number}} weitere',
	more_other: '…und {{count, number}} weitere',
} as const satisfies LocaleResources['common'];
