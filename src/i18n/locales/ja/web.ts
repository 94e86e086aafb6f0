import type { LocaleResources } from '../../resources.js';

/** HTML as in English: the same tags, `&lt;` for a `<` that is not one. */
export const web = {
	linkedRoles: {
		notSetUp: {
			title: 'リンクされたロールが設定されていません',
			text: 'このBotの運営者がリンクされたロールの設定を完了していないため、まだ何も接続できません。',
			short: 'まだ何も接続できません。',
		},
		failed: {
			denied: {
				title: '何も接続されませんでした',
				text: 'Discordでキャンセルされたため、何も変更されていません。リンクされたロールのメニューから、いつでもやり直せます。',
			},
			state: {
				title: 'このリンクは有効期限が切れています',
				text: 'このページは古いログインリンク、使用済みのリンク、または不明なリンクから開かれたため、何も変更されていません。Discordのリンクされたロールのメニューからやり直してください。',
			},
			browser: {
				title: '同じブラウザーで完了してください',
				text: 'このログインは別のブラウザーで開始された（またはCookieがブロックされた）ため、何も変更されていません。リンクされたロールのメニューからやり直し、開いたブラウザーで最後まで進めてください。',
			},
			grant: {
				title: 'Discordがログインを受け付けませんでした',
				text: 'Discordが認証を拒否しました（有効期限が切れた可能性があります）。何も変更されていません。リンクされたロールのメニューからやり直してください。',
			},
			unavailable: {
				title: 'Discordまたは音楽サービスが応答しませんでした',
				text: 'サービスから正常な応答がなかったため、接続を完了できませんでした。中途半端な状態にはなっていません。数分後にもう一度お試しください。',
			},
		},
		connected: {
			title: '接続しました',
			intro:
				'Discordアカウント <strong>{{username}}</strong> を接続しました。これで各サーバーは、これらの数値に応じたロールをあなたに付与できます。このページを閉じて、Discordに戻ってかまいません。',
			introPlatform:
				'Discordアカウント <strong>{{username}}</strong> を <strong>{{platform}}</strong> に接続しました。これで各サーバーは、これらの数値に応じたロールをあなたに付与できます。このページを閉じて、Discordに戻ってかまいません。',
			noAccounts: 'DiscogsアカウントもカタログアカウントもまだDiscordに連携されていません。Discordで <code>/連携</code> を使うと、数値が反映されます。',
			connections: 'あなたの <code>/プロフィール</code> に表示されるもの（全員に公開しているアカウント）：',
			connection: '{{service}}：{{name}}',
			disconnect: '接続を解除するには、Discordで <code>/連携解除</code> を使うか、ユーザー設定 → 認証済みアプリ からアプリを削除してください。',
		},
	},
	discogsSignIn: {
		failed: {
			off: {
				title: 'Discogsでのログインが設定されていません',
				text: 'このBotの運営者がDiscogsでのログインを設定していないため、このページでは何も連携できません。Discordでは、<code>/連携 discogs ユーザー名:&lt;名前&gt;</code> を引き続き使えます。',
			},
			expired: {
				title: 'このリンクは有効期限が切れています',
				text: 'このログインリンクは古いか、新しいリンクに置き換えられたか、不明なものであるため、何も変更されていません。Discogsアカウントを連携するには、Discordで <code>/連携 discogs</code> を実行して新しいリンクを受け取ってください。',
			},
			opened: {
				title: 'このリンクはすでに開かれています',
				text: 'ログインリンクを開けるのは1回だけです。別のタブやブラウザーで開いた場合は、そちらで完了してください。そうでない場合は、Discordで <code>/連携 discogs</code> を実行して新しいリンクを受け取ってください。',
			},
			used: {
				title: 'このログインはすでに完了しています',
				text: '以前にDiscogsからこのページに戻っており、ログインは1回しか使えないため、今回は何も変更されていません。連携の状況はDiscordの <code>/連携 ステータス</code> で確認できます。もう一度連携するには、Discordで <code>/連携 discogs</code> を実行して新しいリンクを受け取ってください。',
			},
			browser: {
				title: '同じブラウザーで完了してください',
				text: 'このログインは別のブラウザーで開始された（またはCookieがブロックされた）ため、何も変更されていません。やり直すには、Discordで <code>/連携 discogs</code> を実行して新しいリンクを受け取り、Discogsで使っているブラウザーで開いてください。',
			},
			denied: {
				title: '何も連携されませんでした',
				text: 'DiscogsでBotを認証しなかったため、何も変更されていません。アカウントを連携したくなったら、いつでもDiscordで <code>/連携 discogs</code> を実行して新しいリンクを受け取ってください。',
			},
			rejected: {
				title: 'Discogsがログインを受け付けませんでした',
				text: 'Discogsが認証を拒否しました（認証の有効期限は15分なので、切れている可能性があります）。何も変更されていません。Discordで <code>/連携 discogs</code> を実行して新しいリンクを受け取ってください。',
			},
			unavailable: {
				title: 'Discogsが応答しませんでした',
				text: 'Discogsが現在利用できないか混み合っているため、ログインを完了できず、何も変更されていません。数分後に、Discordで <code>/連携 discogs</code> を実行して新しいリンクを受け取ってください。',
			},
			store: {
				title: 'Botがストレージに接続できませんでした',
				text: '何も変更されていません。数分後にもう一度お試しください。Discordで <code>/連携 discogs</code> を実行して新しいリンクを受け取ってください。',
			},
			error: {
				title: '問題が発生しました',
				text: 'Botがログインを完了できなかったため、何も変更されていません。原因は運営者がログで確認できます。時間をおいてから、Discordで <code>/連携 discogs</code> を実行して新しいリンクを受け取ってください。',
			},
		},
		refusedTitle: '何も連携されませんでした',
		linked: {
			title: 'Discogsアカウントを連携しました',
			text: 'Discogsアカウント <strong>{{username}}</strong> をあなたのDiscordアカウントに連携しました。このページは閉じてかまいません。',
			next: 'Discordでは、<code>/連携 ステータス</code> で連携を確認でき、<code>/discogs 編集</code> でDiscogsプロフィールを編集できます。',
		},
	},
} as const satisfies LocaleResources['web'];
