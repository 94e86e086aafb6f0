/** What the bot keeps about a member: /unlink (one account, or everything) and /privacy. */
export const account = {
	unlink: {
		done: {
			discogs: 'Unlinked your Discogs account.',
			catalog: 'Unlinked your catalog account.',
		},
		nothing: {
			discogs: 'You had no linked Discogs account, so there was nothing to unlink.',
			catalog: 'You had no linked catalog account, so there was nothing to unlink.',
		},
	},
	deleteAll: {
		done: 'Deleted everything I kept about you: linked accounts, tokens, settings, pending codes, recent lookups and the cached copies of your profiles.',
		partial: "I couldn't delete everything: my storage refused to delete {{parts}}. The rest is gone. Run `/unlink service:all` again in a moment to finish.",
		/** The parts of `partial`, listed in the member's language. */
		parts: {
			linkedRoles: 'your Discord authorization for Linked Roles',
			caches: 'the cached copies of your profiles',
			links: 'your linked accounts, tokens, settings and pending codes',
			editDraft: 'an unsaved Discogs profile form',
			recent: 'your recent lookups',
		},
	},
	privacy: {
		nobody: 'Your linked accounts are now private: others cannot see them through `/profile`, **View profile** or a `user:` option.',
		everyone: 'Everyone can now see your linked accounts through `/profile`, **View profile** and `user:` options.',
	},
} as const;
