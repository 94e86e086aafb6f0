import type { LocaleResources } from '../../resources.js';

/** Commands are named as the `commands` resource names them in Japanese, so what a member reads is what the picker shows. */
export const links = {
	code: {
		title: '{{target}} があなたのアカウントであることを証明してください',
		where: {
			discogs: '1. Discogsの **{{name}}** のプロフィール文のどこかに、このコードを入れてください：`{{code}}`',
			catalog: '1. カタログプロフィール（**{{name}}**）の自己紹介文のどこかに、このコードを入れてください：`{{code}}`',
		},
		// `time` is a Discord short-time tag (「15:30」), so 「〜に失効します」 reads as a moment, not a wait.
		deadline: '2. {{duration}}以内に**確認**を押してください。コードは{{time}}に失効します。',
		afterwards: 'アカウントの連携が完了したら、コードは削除してかまいません。',
		verify: '確認',
		editProfile: 'プロフィールを編集',
	},
	oauth: {
		title: 'Discogsアカウントを連携',
		authorize: '1. **Discogsで認証**を押して、Botを許可してください。',
		paste: '2. Discogsにコードが表示されたら、**コードを入力**を押して貼り付けてください。',
		deadline: '{{duration}}以内に両方を済ませてください。リクエストは{{time}}に失効します。',
		authorizeButton: 'Discogsで認証',
		enterCodeButton: 'コードを入力',
		modal: {
			title: 'Discogsの認証コード',
			label: 'Discogsに表示されたコード',
		},
	},
	webSignIn: {
		authorize: '1. **Discogsで認証**を押して、表示された画面でBotを許可してください。',
		comeBack: '2. Discogsから、連携の完了を知らせるこのBotのページに戻ります。コードをコピーする必要はありません。',
		deadline: '{{duration}}以内に済ませてください。リンクは{{time}}に失効し、1つのブラウザーで1回だけ使えます。',
	},
	catalogToken: {
		title: 'カタログアカウントを連携',
		label: 'カタログのアクセストークン',
		placeholder: 'あなたが誰かを確認するために一度だけ使い、その後は破棄します',
	},
	linked: {
		discogsCode: 'Discogsアカウント **{{name}}** を連携しました。プロフィールからコードを削除してかまいません。',
		discogsOAuth: 'Discogsでの認証により、Discogsアカウント **{{name}}** を連携しました。`/discogs 編集` でプロフィールを編集できます。',
		catalogToken: 'カタログアカウント **{{name}}** を連携しました。トークンは一度だけ使い、保存していません。',
		catalogCode: 'カタログアカウント **{{name}}** を連携しました。コードは削除してかまいません。',
	},
	status: {
		title: '連携アカウント',
		discogs: '**Discogs**：{{name}} · {{verified}}',
		catalog: '**カタログ**：{{name}} · {{verified}}',
		catalogId: '-# ID `{{id}}`',
		// `when` is a relative Discord timestamp (「3日前」).
		verified: {
			oauth: '{{when}}にDiscogsでの認証で確認済み',
			profileCode: '{{when}}にDiscogsプロフィールのコードで確認済み',
			token: '{{when}}にカタログのアクセストークンで確認済み',
			bioCode: '{{when}}にカタログの自己紹介文のコードで確認済み',
		},
		revoked: '⚠️ 認証が取り消されました。編集するにはもう一度連携してください',
		none: '連携しているアカウントはありません。`/連携 discogs` または `/連携 カタログ` を使ってください。',
		footer: {
			everyone: 'ほかの人もあなたの連携アカウントを見られます。/プライバシー で変更できます。',
			nobody: '連携アカウントは非公開です。ほかの人はDiscordからあなたのアカウントを検索できません。/プライバシー で変更できます。',
		},
		unlinkDiscogs: 'Discogsの連携を解除',
		unlinkCatalog: 'カタログの連携を解除',
	},
	errors: {
		codeUsed: {
			discogs: 'そのコードはすでに使用されています。Discogsアカウント **{{name}}** は連携済みです。プロフィールからコードを削除してかまいません。',
			catalog: 'そのコードはすでに使用されています。カタログアカウントは連携済みです（`/連携 ステータス` で確認できます）。自己紹介文からコードを削除してかまいません。',
		},
		codeExpired: {
			discogs: 'そのコードは有効期限が切れています（コードの有効期限は{{duration}}です）。もう一度 `/連携 discogs ユーザー名:<名前>` を実行して、新しいコードを受け取ってください。',
			catalog: 'そのコードは有効期限が切れています（コードの有効期限は{{duration}}です）。もう一度 `/連携 カタログ id:<id>` を実行して、新しいコードを受け取ってください。',
		},
		codeMissing: {
			discogs: '**{{name}}** のプロフィール文に `{{code}}` がまだ見つかりません。コードを入れてDiscogsプロフィールを保存してから、もう一度**確認**を押してください。',
			catalog: 'そのカタログの自己紹介文に `{{code}}` がまだ見つかりません。コードを入れて自己紹介文を保存してから、もう一度**確認**を押してください。',
		},
		usernameNeeded:
			'Discogsのユーザー名を指定してください：`/連携 discogs ユーザー名:<名前>`。あなたのアカウントであることを証明するために、プロフィールに入れるコードをお渡しします。',
		oauthUsed: 'その認証リクエストはすでに使用されています。もう一度認証するには `/連携 discogs` を実行してください。',
		oauthExpired: 'その認証リクエストは有効期限が切れています（有効期限は{{duration}}です）。もう一度 `/連携 discogs` を実行してください。',
		taken: {
			discogs: 'そのDiscogsアカウントは、すでに別のDiscordユーザーと連携されています。あなたのアカウントであれば、先にもう一方のアカウントで連携を解除してください。',
			catalog: 'そのカタログアカウントは、すでに別のDiscordユーザーと連携されています。あなたのアカウントであれば、先にもう一方のアカウントで連携を解除してください。',
		},
		busy: {
			discogs: 'そのDiscogsアカウントは現在連携の処理中です。数秒後にもう一度お試しください。',
			catalog: 'そのカタログアカウントは現在連携の処理中です。数秒後にもう一度お試しください。',
			linkedRoles: 'リンクされたロールは現在処理中です。',
			linkedRolesIndex: 'リンクされたロールは現在処理中です。数秒後にもう一度お試しください。',
		},
	},
	lookup: {
		private: '<@{{user}}> さんは連携アカウントを非公開にしているため、この方法では検索できません。ごめんなさい！',
		ownNotLinked: {
			discogs: 'Discogsアカウントが連携されていません。`/連携 discogs` で自分のアカウントを連携するか、`ユーザー名:` を指定して検索してください（例：`/discogs プロフィール ユーザー名:rodneyfool`）。',
			catalog: 'カタログアカウントが連携されていません。`/連携 カタログ` で自分のアカウントを連携するか、`id:` を指定して検索してください（例：`/カタログ プロフィール id:<uuid>`）。',
		},
		otherNotLinked: {
			discogs: '<@{{user}}> さんはDiscogsアカウントを連携していません。`ユーザー名:` を指定すると、名前で検索できます。',
			catalog: '<@{{user}}> さんはカタログアカウントを連携していません。`id:` を指定すると、IDで検索できます。',
		},
	},
} as const satisfies LocaleResources['links'];
