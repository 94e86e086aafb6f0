/** What a member is told when something fails; every text says what happened and what to do. */
export const errors = {
	provider: {
		not_found: {
			Discord: 'Discord has no such user.',
			Discogs: 'Discogs has no such user.',
			catalog: 'The catalog has no such user.',
		},
		not_found_named: {
			Discord: 'No Discord user named **{{subject}}** exists.',
			Discogs: 'No Discogs user named **{{subject}}** exists.',
			catalog: 'No catalog user named **{{subject}}** exists.',
		},
		forbidden: {
			Discord: 'Discord does not allow the bot to see that: it is private.',
			Discogs: 'Discogs does not allow the bot to see that: it is private.',
			catalog: 'The catalog does not allow the bot to see that: it is private.',
		},
		rate_limited: {
			Discord: 'Discord is rate-limiting the bot right now. Try again in a minute.',
			Discogs: 'Discogs is rate-limiting the bot right now. Try again in a minute.',
			catalog: 'The catalog is rate-limiting the bot right now. Try again in a minute.',
		},
		unavailable: {
			Discord: 'Discord is unavailable right now (it did not answer properly). Try again later.',
			Discogs: 'Discogs is unavailable right now (it did not answer properly). Try again later.',
			catalog: 'The catalog is unavailable right now (it did not answer properly). Try again later.',
		},
		misconfigured: {
			Discord: "The bot's Discord credentials were rejected. The bot's operator has been told.",
			Discogs: "The bot's Discogs credentials were rejected. The bot's operator has been told.",
			catalog: "The bot's catalog credentials were rejected. The bot's operator has been told.",
		},
		unauthorized: {
			Discord: 'Discord no longer accepts your authorization (it may have been revoked). Link your account again.',
			Discogs: 'Discogs no longer accepts your authorization (it may have been revoked). Link your account again.',
			catalog: 'The catalog no longer accepts your authorization (it may have been revoked). Link your account again.',
		},
		too_large: {
			Discord: 'Discord sent an answer too large to read (over {{megabytes}} MB), so I stopped reading it. Try again later.',
			Discogs: 'Discogs sent an answer too large to read (over {{megabytes}} MB), so I stopped reading it. Try again later.',
			catalog: 'The catalog sent an answer too large to read (over {{megabytes}} MB), so I stopped reading it. Try again later.',
		},
	},
	stale: 'This button is out of date (or was not made by me), so I did nothing. Run the command again for a fresh one.',
	storeWrite: "I couldn't save that: my storage did not accept the change, so nothing changed. Please try again in a moment.",
	storeRead: "I can't reach my storage right now, so I can't check linked accounts or settings. Please try again in a moment.",
	generic: "Something went wrong on our side. If it keeps happening, give the bot's operator this reference: `{{reference}}`.",
	unknownCommand: "I don't know that command or button (it may be from an older version of the bot). Reference: `{{reference}}`.",
	optionsRefused: "That command's options did not make sense to me (it may be from an older version of the bot). Pick the command from the list again.",
} as const;
