import type { LocaleResources } from '../../resources.js';

/**
 * Japanese names, shown in the picker as a Japanese client shows its own menus (「プロフィール」, 「連携」); Discogs
 * keeps its brand name and `id` stays as the catalog's term. Every text that names a command elsewhere uses these.
 */
const accountPrivate = { name: '非公開', description: '自分だけに結果を表示します' } as const;

const discogsAccount = {
	username: { name: 'ユーザー名', description: 'Discogsのユーザー名（省略時：連携済みのアカウント）' },
	user: { name: 'ユーザー', description: '連携済みのDiscogsアカウントを表示するDiscordユーザー' },
	private: accountPrivate,
} as const;

const discogsPage = { name: 'ページ', description: '最初に表示するページ（省略時：1）' } as const;

const catalogAccount = {
	id: { name: 'id', description: 'カタログのユーザーID（省略時：連携済みのアカウント）' },
	user: { name: 'ユーザー', description: '連携済みのカタログアカウントを表示するDiscordユーザー' },
	private: accountPrivate,
} as const;

export const commands = {
	profile: {
		name: 'プロフィール',
		description: 'ユーザーのプロフィールカード（Discordプロフィール、バッジ、連携している音楽アカウント）を表示します。',
		options: {
			user: { name: 'ユーザー', description: 'プロフィールを表示するユーザー（省略時：自分）' },
			private: accountPrivate,
		},
	},
	viewProfile: { name: 'プロフィールを表示' },
	discogs: {
		name: 'discogs',
		description: 'Discogsのプロフィール、評価、貢献、投稿を調べます。',
		options: {
			profile: { name: 'プロフィール', description: 'Discogsプロフィール：ランク、評価、コレクションなど', options: discogsAccount },
			ratings: { name: '評価', description: '購入者・販売者としての評判と、つけた評価', options: discogsAccount },
			contributions: {
				name: '貢献',
				description: 'ユーザーが貢献したリリースをページごとに表示します',
				options: {
					...discogsAccount,
					sort: {
						name: '並び替え',
						description: '並び替えの基準（省略時：追加日）',
						choices: {
							label: 'レーベル',
							artist: 'アーティスト',
							title: 'タイトル',
							catno: 'カタログ番号',
							format: 'フォーマット',
							rating: '評価',
							year: 'リリース年',
							added: '追加日',
						},
					},
					order: { name: '順序', description: '並び順', choices: { asc: '昇順', desc: '降順' } },
					page: discogsPage,
				},
			},
			submissions: {
				name: '投稿',
				description: 'ユーザーが投稿・編集したアーティスト、レーベル、リリース',
				options: { ...discogsAccount, page: discogsPage },
			},
			edit: { name: '編集', description: '自分のDiscogsプロフィールを編集します（Discogsでの認証が必要です）' },
		},
	},
	catalog: {
		name: 'カタログ',
		description: '音楽カタログのプロフィールとリリース済みの楽曲を調べます。',
		options: {
			profile: { name: 'プロフィール', description: 'カタログプロフィール：役割、ジャンル、リンク', options: catalogAccount },
			songs: { name: '楽曲', description: 'アーティストのリリース済み楽曲をページごとに表示します', options: catalogAccount },
		},
	},
	link: {
		name: '連携',
		description: 'DiscogsまたはカタログのアカウントをDiscordアカウントに連携します（本人確認つき）。',
		options: {
			discogs: {
				name: 'discogs',
				description: 'Discogsを連携：Botを認証するか、（ユーザー名を指定して）プロフィールにコードを入れます',
				options: { username: { name: 'ユーザー名', description: 'あなたのDiscogsユーザー名（プロフィールのコードで確認します）' } },
			},
			catalog: {
				name: 'カタログ',
				description: 'カタログを連携：アクセストークンを貼り付けるか、（IDを指定して）自己紹介文にコードを入れます',
				options: { id: { name: 'id', description: 'あなたのカタログユーザーID（自己紹介文のコードで確認します）' } },
			},
			status: { name: 'ステータス', description: '連携アカウントを確認・管理します' },
		},
	},
	unlink: {
		name: '連携解除',
		description: 'アカウントの連携を解除するか、Botが保存しているあなたのデータをすべて削除します。',
		options: {
			service: {
				name: 'サービス',
				description: '連携を解除する対象',
				choices: { discogs: 'Discogs', catalog: 'カタログ', all: 'すべて（自分のデータを全削除）' },
			},
		},
	},
	privacy: {
		name: 'プライバシー',
		description: 'Discordプロフィールを通じて、誰があなたの連携アカウントを見られるかを選びます。',
		options: {
			lookups: {
				name: '公開範囲',
				description: '/プロフィール、プロフィールを表示、ユーザー: オプションから連携アカウントを検索できる人',
				choices: { everyone: '全員', nobody: '自分のみ' },
			},
		},
	},
} as const satisfies LocaleResources['commands'];
