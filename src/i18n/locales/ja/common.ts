import type { LocaleResources } from '../../resources.js';

// Japanese has one plural form: `_one`, `_many` and `_other` say the same.
export const common = {
	// `now` is read inside `cached` as 「（1分以内に取得）」.
	age: {
		now: '1分以内',
		minutes_one: '{{count, number}}分前',
		minutes_many: '{{count, number}}分前',
		minutes_other: '{{count, number}}分前',
		hours_one: '{{count, number}}時間前',
		hours_many: '{{count, number}}時間前',
		hours_other: '{{count, number}}時間前',
		days_one: '{{count, number}}日前',
		days_many: '{{count, number}}日前',
		days_other: '{{count, number}}日前',
	},
	duration: {
		aMinute: '1分',
		minutes_one: '{{count, number}}分',
		minutes_many: '{{count, number}}分',
		minutes_other: '{{count, number}}分',
		hours_one: '{{count, number}}時間',
		hours_many: '{{count, number}}時間',
		hours_other: '{{count, number}}時間',
		// 「1時間30分」: Japanese writes the two parts without a space.
		hoursAndMinutes: '{{hours}}{{minutes}}',
	},
	cached: {
		Discogs: 'キャッシュを表示中（{{age}}に取得）— Discogsは現在利用できません',
		Discord: 'キャッシュを表示中（{{age}}に取得）— Discordは現在利用できません',
		catalog: 'キャッシュを表示中（{{age}}に取得）— カタログは現在利用できません',
	},
	more_one: '…ほか{{count, number}}件',
	more_many: '…ほか{{count, number}}件',
	more_other: '…ほか{{count, number}}件',
} as const satisfies LocaleResources['common'];
