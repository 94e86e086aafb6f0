import type { LocaleResources } from '../../resources.js';

export const catalog = {
	profile: {
		unnamed: '名前のないカタログユーザー',
		// The catalog's own role (artist, …), not a Discord role: 「ロール」 would read as the latter.
		role: '役割',
		genre: 'ジャンル',
		location: '所在地',
		memberSince: '登録日',
		links: 'リンク',
		website: 'ウェブサイト',
		email: 'メールアドレス',
		walletAddress: 'ウォレットアドレス',
		oauthType: 'ログイン方法',
		footer: 'カタログ',
	},
	songs: {
		title: '{{name}}の楽曲',
		none: 'リリース済みの楽曲はまだありません。',
		released: '{{date}}リリース',
		total_one: '{{count, number}}曲',
		total_many: '{{count, number}}曲',
		total_other: '{{count, number}}曲',
	},
	errors: {
		notConfigured: 'このBotではカタログが設定されていません。',
		notAnId:
			'`{{input}}` はカタログのユーザーIDではありません。IDは `123e4567-e89b-12d3-a456-426614174000` のようなUUIDで、32桁の16進数を8-4-4-4-12に区切ったものです。',
		noSuchId: 'ID `{{id}}` のカタログユーザーは存在しません。',
		offset: 'オフセットは0以上の整数で指定してください。',
		limit: '曲数は1から{{max}}までの整数で指定してください。',
		tokenMalformed: 'カタログのアクセストークンではありません。トークン全体をコピーして、もう一度お試しください。',
		tokenRefused: 'カタログがそのトークンを受け付けませんでした。有効期限（1時間）が切れている可能性があります。新しいトークンをコピーして、もう一度お試しください。',
	},
} as const satisfies LocaleResources['catalog'];
