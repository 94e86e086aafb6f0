import type { LocaleResources } from '../../resources.js';

export const profile = {
	card: {
		bot: '🤖 Bot',
		system: '⚙️ Discord公式システムユーザー',
		created: 'アカウント作成日',
		createdValue: '{{date}}（{{relative}}）',
		userId: 'ユーザーID',
		badges_one: 'バッジ',
		badges_many: 'バッジ',
		badges_other: 'バッジ',
		decoration: 'アバターデコレーション',
		decorationLink: '[表示]({{url}})',
	},
	linked: {
		title: '連携アカウント',
		private: '🔒 非公開',
		discogs: '**Discogs**：{{details}}',
		catalog: '**カタログ**：{{details}}',
		unavailable: '現在利用できません',
		rank: 'ランク {{rank}}',
		seller: '販売者評価 {{rating}}',
	},
	// Discord's own Japanese name for a user's connected services.
	connections: {
		title: '接続',
		domain: 'ドメイン',
	},
	errors: {
		noSuchUser: 'Discordには ID `{{id}}` のユーザーは存在しません。',
	},
	/** As Discord's Japanese client names them; HypeSquad's houses keep their English names there too. */
	badges: {
		staff: 'Discordスタッフ',
		partner: 'パートナーサーバーオーナー',
		hypesquadEvents: 'HypeSquadイベントメンバー',
		bugHunter1: 'バグハンター レベル1',
		bravery: 'HypeSquad Braveryハウス',
		brilliance: 'HypeSquad Brillianceハウス',
		balance: 'HypeSquad Balanceハウス',
		earlySupporter: 'アーリーサポーター',
		teamUser: 'チームユーザー',
		bugHunter2: 'バグハンター レベル2',
		verifiedBot: '認証済みBot',
		earlyVerifiedBotDeveloper: '早期認証済みBot開発者',
		moderatorAlumni: 'モデレータープログラム修了者',
		httpInteractionsBot: 'HTTPインタラクションBot',
		activeDeveloper: 'アクティブ開発者',
	},
} as const satisfies LocaleResources['profile'];
