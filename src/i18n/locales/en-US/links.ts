/** Linking: proving an account is yours (codes, Discogs authorization, catalog tokens), /link status, and whose account a lookup is about. */
export const links = {
	code: {
		title: 'Prove that {{target}} is yours',
		where: {
			discogs: '1. Put this code anywhere in the profile text of **{{name}}** on Discogs: `{{code}}`',
			catalog: '1. Put this code anywhere in the biography of your catalog profile (**{{name}}**): `{{code}}`',
		},
		// "within 15 minutes: … expires at <t:…:t>"; a relative timestamp would read "Verify in 15 minutes", as if to wait.
		deadline: '2. Press **Verify** within {{duration}}: the code expires at {{time}}.',
		afterwards: 'You can remove the code again once the account is linked.',
		verify: 'Verify',
		editProfile: 'Edit profile',
	},
	oauth: {
		title: 'Link your Discogs account',
		authorize: '1. Press **Authorize on Discogs** and allow the bot.',
		paste: '2. Discogs shows you a code: press **Enter code** and paste it.',
		deadline: 'Do both within {{duration}}: the request expires at {{time}}.',
		authorizeButton: 'Authorize on Discogs',
		enterCodeButton: 'Enter code',
		modal: {
			title: 'Discogs authorization code',
			label: 'The code Discogs showed you',
		},
	},
	webSignIn: {
		authorize: '1. Press **Authorize on Discogs** and allow the bot there.',
		comeBack: '2. Discogs sends you back to a page of mine that says the account is linked: there is no code to copy.',
		deadline: 'Do it within {{duration}}: the link expires at {{time}}, and works once, in one browser.',
	},
	catalogToken: {
		title: 'Link your catalog account',
		label: 'Your catalog access token',
		placeholder: 'Used once to learn who you are, then forgotten',
	},
	linked: {
		discogsCode: 'Linked your Discogs account **{{name}}**. You can remove the code from your profile now.',
		discogsOAuth: 'Linked your Discogs account **{{name}}** through Discogs authorization. You can edit your profile with `/discogs edit`.',
		catalogToken: 'Linked your catalog account **{{name}}**. I used the token once and did not keep it.',
		catalogCode: 'Linked your catalog account **{{name}}**. You can remove the code now.',
	},
	status: {
		title: 'Your linked accounts',
		discogs: '**Discogs** {{name}} · {{verified}}',
		catalog: '**Catalog** {{name}} · {{verified}}',
		catalogId: '-# id `{{id}}`',
		verified: {
			oauth: 'verified with Discogs authorization {{when}}',
			profileCode: 'verified with a code in the Discogs profile {{when}}',
			token: 'verified with a catalog access token {{when}}',
			bioCode: 'verified with a code in the catalog biography {{when}}',
		},
		revoked: '⚠️ authorization revoked: link again to edit',
		none: 'No accounts linked. Use `/link discogs` or `/link catalog`.',
		footer: {
			everyone: 'Others can see your linked accounts. Change it with /privacy.',
			nobody: 'Your linked accounts are private: others cannot look you up through Discord. Change it with /privacy.',
		},
		unlinkDiscogs: 'Unlink Discogs',
		unlinkCatalog: 'Unlink catalog',
	},
	errors: {
		codeUsed: {
			discogs: 'That code was already used: your Discogs account **{{name}}** is linked. You can remove the code from your profile now.',
			catalog: 'That code was already used: your catalog account is linked (see `/link status`). You can remove the code from your biography now.',
		},
		codeExpired: {
			discogs: 'That code has expired (codes last {{duration}}). Run `/link discogs username:<name>` again for a new one.',
			catalog: 'That code has expired (codes last {{duration}}). Run `/link catalog id:<id>` again for a new one.',
		},
		codeMissing: {
			discogs: "I can't find `{{code}}` in the profile text of **{{name}}** yet. Save your Discogs profile with the code in it, then press **Verify** again.",
			catalog: "I can't find `{{code}}` in that catalog biography yet. Save the biography with the code in it, then press **Verify** again.",
		},
		usernameNeeded: 'Pass your Discogs username: `/link discogs username:<name>`. I will give you a code to put in your profile, to prove it is yours.',
		oauthUsed: 'That authorization request was already used. To authorize again, run `/link discogs`.',
		oauthExpired: 'That authorization request has expired (they last {{duration}}). Run `/link discogs` again.',
		taken: {
			discogs: 'That Discogs account is already linked to another Discord user. If it is yours, unlink it from the other account first.',
			catalog: 'That catalog account is already linked to another Discord user. If it is yours, unlink it from the other account first.',
		},
		busy: {
			discogs: 'That Discogs account is being linked right now. Try again in a few seconds.',
			catalog: 'That catalog account is being linked right now. Try again in a few seconds.',
			linkedRoles: 'Linked Roles are busy right now.',
			linkedRolesIndex: 'Linked Roles are busy right now. Try again in a few seconds.',
		},
	},
	/** Whose account a lookup is about (src/accounts/resolveAccount.ts). */
	lookup: {
		private: "<@{{user}}> keeps their linked accounts private, so I can't look them up that way. Sorry!",
		ownNotLinked: {
			discogs: 'You have not linked a Discogs account. Link yours with `/link discogs`, or pass `username:` to look one up, e.g. `/discogs profile username:rodneyfool`.',
			catalog: 'You have not linked a catalog account. Link yours with `/link catalog`, or pass `id:` to look one up, e.g. `/catalog profile id:<uuid>`.',
		},
		otherNotLinked: {
			discogs: '<@{{user}}> has not linked a Discogs account. Pass `username:` to look one up by name.',
			catalog: '<@{{user}}> has not linked a catalog account. Pass `id:` to look one up by its id.',
		},
	},
} as const;
