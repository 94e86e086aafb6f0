import type { LocaleResources } from '../../resources.js';

/** `_many` is what Intl.PluralRules('fr') picks for large round numbers: « 1 000 000 de minutes ». */
export const common = {
	age: {
		now: "il y a moins d'une minute",
		minutes_one: 'il y a {{count, number}} minute',
		minutes_many: 'il y a {{count, number}} de minutes',
		minutes_other: 'il y a {{count, number}} minutes',
		hours_one: 'il y a {{count, number}} heure',
		hours_many: "il y a {{count, number}} d'heures",
		hours_other: 'il y a {{count, number}} heures',
		days_one: 'il y a {{count, number}} jour',
		days_many: 'il y a {{count, number}} de jours',
		days_other: 'il y a {{count, number}} jours',
	},
	duration: {
		aMinute: 'une minute',
		minutes_one: '{{count, number}} minute',
		minutes_many: '{{count, number}} de minutes',
		minutes_other: '{{count, number}} minutes',
		hours_one: '{{count, number}} heure',
		hours_many: "{{count, number}} d'heures",
		hours_other: '{{count, number}} heures',
		hoursAndMinutes: '{{hours}} {{minutes}}',
	},
	// `age` already says « il y a … », so it goes in brackets rather than after « de ».
	cached: {
		Discogs: 'Copie en cache ({{age}}) — Discogs est indisponible pour le moment',
		Discord: 'Copie en cache ({{age}}) — Discord est indisponible pour le moment',
		catalog: 'Copie en cache ({{age}}) — le catalogue est indisponible pour le moment',
	},
	more_one: '…et {{count, number}} autre',
	more_many: "…et {{count, number}} d'autres",
	more_other: '…et {{count, number}} autres',
} as const satisfies LocaleResources['common'];
