import type { LocaleResources } from '../../resources.js';

export const account = {
	unlink: {
		done: {
			discogs: 'Discogsアカウントの連携を解除しました。',
			catalog: 'カタログアカウントの連携を解除しました。',
		},
		nothing: {
			discogs: '連携済みのDiscogsアカウントがないため、解除するものはありませんでした。',
			catalog: '連携済みのカタログアカウントがないため、解除するものはありませんでした。',
		},
	},
	deleteAll: {
		done: 'このBotが保存していたあなたのデータをすべて削除しました（連携アカウント、トークン、設定、保留中のコード、最近の検索履歴、プロフィールのキャッシュ）。',
		partial:
			'一部のデータを削除できませんでした。ストレージが{{parts}}の削除を受け付けませんでした。それ以外は削除済みです。しばらくしてからもう一度 `/連携解除 サービス:すべて` を実行して、削除を完了してください。',
		// Intl.ListFormat joins these with 「、」, so a part lists its own items with 「・」.
		parts: {
			linkedRoles: 'リンクされたロール用のDiscord認証',
			caches: 'プロフィールのキャッシュ',
			links: '連携アカウント・トークン・設定・保留中のコード',
			editDraft: '保存されていないDiscogsプロフィールの入力内容',
			recent: '最近の検索履歴',
		},
	},
	privacy: {
		nobody: '連携アカウントを非公開にしました。ほかの人は `/プロフィール`、**プロフィールを表示**、`ユーザー:` オプションからあなたの連携アカウントを見られなくなります。',
		everyone: '連携アカウントを全員に公開しました。`/プロフィール`、**プロフィールを表示**、`ユーザー:` オプションから誰でも見られます。',
	},
} as const satisfies LocaleResources['account'];
