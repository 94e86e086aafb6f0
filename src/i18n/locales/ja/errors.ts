import type { LocaleResources } from '../../resources.js';

export const errors = {
	provider: {
		not_found: {
			Discord: 'Discordにそのユーザーは存在しません。',
			Discogs: 'Discogsにそのユーザーは存在しません。',
			catalog: 'カタログにそのユーザーは存在しません。',
		},
		not_found_named: {
			Discord: '**{{subject}}** という名前のDiscordユーザーは存在しません。',
			Discogs: '**{{subject}}** という名前のDiscogsユーザーは存在しません。',
			catalog: '**{{subject}}** という名前のカタログユーザーは存在しません。',
		},
		forbidden: {
			Discord: 'Discordが、その情報へのBotのアクセスを許可していません（非公開です）。',
			Discogs: 'Discogsが、その情報へのBotのアクセスを許可していません（非公開です）。',
			catalog: 'カタログが、その情報へのBotのアクセスを許可していません（非公開です）。',
		},
		rate_limited: {
			Discord: '現在DiscordがBotのリクエストを制限しています。1分ほどしてからもう一度お試しください。',
			Discogs: '現在DiscogsがBotのリクエストを制限しています。1分ほどしてからもう一度お試しください。',
			catalog: '現在カタログがBotのリクエストを制限しています。1分ほどしてからもう一度お試しください。',
		},
		unavailable: {
			Discord: 'Discordは現在利用できません（正常な応答がありませんでした）。時間をおいてもう一度お試しください。',
			Discogs: 'Discogsは現在利用できません（正常な応答がありませんでした）。時間をおいてもう一度お試しください。',
			catalog: 'カタログは現在利用できません（正常な応答がありませんでした）。時間をおいてもう一度お試しください。',
		},
		misconfigured: {
			Discord: 'BotのDiscord認証情報が拒否されました。Botの運営者には通知済みです。',
			Discogs: 'BotのDiscogs認証情報が拒否されました。Botの運営者には通知済みです。',
			catalog: 'Botのカタログ認証情報が拒否されました。Botの運営者には通知済みです。',
		},
		unauthorized: {
			Discord: 'Discordがあなたの認証を受け付けなくなりました（取り消された可能性があります）。もう一度アカウントを連携してください。',
			Discogs: 'Discogsがあなたの認証を受け付けなくなりました（取り消された可能性があります）。もう一度アカウントを連携してください。',
			catalog: 'カタログがあなたの認証を受け付けなくなりました（取り消された可能性があります）。もう一度アカウントを連携してください。',
		},
		too_large: {
			Discord: 'Discordからの応答が大きすぎる（{{megabytes}} MB超）ため、読み込みを中止しました。時間をおいてもう一度お試しください。',
			Discogs: 'Discogsからの応答が大きすぎる（{{megabytes}} MB超）ため、読み込みを中止しました。時間をおいてもう一度お試しください。',
			catalog: 'カタログからの応答が大きすぎる（{{megabytes}} MB超）ため、読み込みを中止しました。時間をおいてもう一度お試しください。',
		},
	},
	stale: 'このボタンは古いか、このBotが作ったものではないため、何もしませんでした。もう一度コマンドを実行して、新しいボタンを使ってください。',
	storeWrite: '保存できませんでした。ストレージが変更を受け付けなかったため、何も変更されていません。しばらくしてからもう一度お試しください。',
	storeRead: '現在ストレージに接続できないため、連携アカウントや設定を確認できません。しばらくしてからもう一度お試しください。',
	generic: 'Bot側で問題が発生しました。何度も起こる場合は、Botの運営者にこの参照コードを伝えてください：`{{reference}}`',
	unknownCommand: 'このコマンドまたはボタンには対応していません（古いバージョンのBotのものかもしれません）。参照コード：`{{reference}}`',
	optionsRefused: 'このコマンドのオプションを正しく読み取れませんでした（古いバージョンのBotのものかもしれません）。一覧からもう一度コマンドを選んでください。',
} as const satisfies LocaleResources['errors'];
