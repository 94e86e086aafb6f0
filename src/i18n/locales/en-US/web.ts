/**
 * The bot's web pages (src/web/): the Linked Roles consent's answers and the Discogs web sign-in's. A `title` is
 * plain text (the tab and the heading); every other text is HTML, written here: keep its tags (`<code>`,
 * `<strong>`) and write `&lt;` for a `<` that is not one. What is put in (`{{username}}`) is escaped by the page.
 */
export const web = {
	linkedRoles: {
		notSetUp: {
			title: 'Linked Roles are not set up',
			text: "This bot's operator has not finished setting up Linked Roles, so nothing can be connected yet.",
			short: 'Nothing can be connected yet.',
		},
		failed: {
			denied: {
				title: 'Nothing was connected',
				text: 'You cancelled on Discord, so nothing changed. You can start again from the Linked Roles menu whenever you like.',
			},
			state: {
				title: 'This link has expired',
				text: 'This page was opened from an old, already used or unknown sign-in link, so nothing changed. Start again from the Linked Roles menu in Discord.',
			},
			browser: {
				title: 'Please finish in the same browser',
				text: 'This sign-in was started in another browser (or its cookie was blocked), so nothing changed. Start again from the Linked Roles menu, and finish in the browser that opens.',
			},
			grant: {
				title: 'Discord did not accept the sign-in',
				text: 'Discord refused the authorization (it may have expired). Nothing changed; start again from the Linked Roles menu.',
			},
			unavailable: {
				title: 'Discord or a music service did not answer',
				text: 'The connection could not be finished because a service did not answer properly. Nothing was half done; please try again in a few minutes.',
			},
		},
		connected: {
			title: 'Connected',
			intro:
				'Your Discord account <strong>{{username}}</strong> is connected. Servers can now give you the roles these figures qualify you for; you can close this page and go back to Discord.',
			introPlatform:
				'Your Discord account <strong>{{username}}</strong> is connected to <strong>{{platform}}</strong>. Servers can now give you the roles these figures qualify you for; you can close this page and go back to Discord.',
			noAccounts: 'You have no Discogs or catalog account linked yet: use <code>/link</code> in Discord, and the figures follow.',
			connections: 'Shown on your <code>/profile</code> (accounts you made visible to everyone):',
			/** One public connection: its service (Spotify, YouTube…) and the account's name there. */
			connection: '{{service}}: {{name}}',
			disconnect: 'To disconnect, use <code>/unlink</code> in Discord, or remove the app under User Settings → Authorized Apps.',
		},
	},
	discogsSignIn: {
		failed: {
			off: {
				title: 'Discogs sign-in is not set up',
				text: "This bot's operator has not set up signing in with Discogs here, so nothing can be linked on this page. In Discord, <code>/link discogs username:&lt;name&gt;</code> still works.",
			},
			expired: {
				title: 'This link has expired',
				text: 'This sign-in link is old, was replaced by a newer one, or is unknown, so nothing changed. To link your Discogs account, run <code>/link discogs</code> in Discord for a fresh link.',
			},
			opened: {
				title: 'This link was already opened',
				text: 'Each sign-in link opens once. If it opened in another tab or browser, finish there; otherwise run <code>/link discogs</code> in Discord for a fresh link.',
			},
			used: {
				title: 'This sign-in was already finished',
				text: 'Discogs sent you back here before, and a sign-in counts once, so nothing changed now. <code>/link status</code> in Discord shows what is linked; to link again, run <code>/link discogs</code> in Discord for a fresh link.',
			},
			browser: {
				title: 'Please finish in the same browser',
				text: 'This sign-in was started in another browser (or its cookie was blocked), so nothing changed. To try again, run <code>/link discogs</code> in Discord for a fresh link, and open it in the browser you use for Discogs.',
			},
			denied: {
				title: 'Nothing was linked',
				text: 'You did not authorize the bot on Discogs, so nothing changed. Whenever you want to link your account, run <code>/link discogs</code> in Discord for a fresh link.',
			},
			rejected: {
				title: 'Discogs did not accept the sign-in',
				text: 'Discogs refused the authorization (it lasts 15 minutes, so it may have expired). Nothing changed; run <code>/link discogs</code> in Discord for a fresh link.',
			},
			unavailable: {
				title: 'Discogs did not answer',
				text: 'Discogs is unavailable or busy right now, so the sign-in could not be finished and nothing changed. In a few minutes, run <code>/link discogs</code> in Discord for a fresh link.',
			},
			store: {
				title: 'The bot could not reach its storage',
				text: 'Nothing changed. Please try again in a few minutes: run <code>/link discogs</code> in Discord for a fresh link.',
			},
			error: {
				title: 'Something went wrong',
				text: 'The bot could not finish the sign-in, so nothing changed; its operator can see why in its log. Later, run <code>/link discogs</code> in Discord for a fresh link.',
			},
		},
		/** The link store refused (the account is another member's): its own words follow as the page's text. */
		refusedTitle: 'Nothing was linked',
		linked: {
			title: 'Discogs account linked',
			text: 'Linked Discogs account <strong>{{username}}</strong> to your Discord account; you can close this page.',
			next: 'In Discord, <code>/link status</code> shows the link, and <code>/discogs edit</code> edits your Discogs profile.',
		},
	},
} as const;
