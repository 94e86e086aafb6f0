import { UserError } from '../core/errors.js';

export interface AccountChoice {
	/** A username typed by the invoker. */
	username?: string | undefined;
	/** A Discord user whose linked account to use. */
	userId?: string | undefined;
}

/**
 * Decides whose Discogs account a lookup is about: the username given, else the linked account of the
 * Discord user given, else the invoker's own. The one place that knows about linked accounts.
 */
export function resolveDiscogsUsername(choice: AccountChoice, invokerId: string): string {
	if (choice.username?.trim()) return choice.username;
	const other = choice.userId !== undefined && choice.userId !== invokerId;
	throw new UserError(
		other
			? `<@${choice.userId}> has no linked Discogs account. Pass \`username:\` to look up a Discogs user by name.`
			: 'No Discogs account is linked to you. Pass `username:` to look up a Discogs user by name, e.g. `/discogs profile username:rodneyfool`.',
	);
}
