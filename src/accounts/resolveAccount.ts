import { UserError } from '../core/errors.js';
import type { LinkRecord, LinkStore, Service } from './linkStore.js';

export interface AccountChoice {
	/** Given by name (a Discogs username, a catalog id): no link involved. */
	explicit?: string | undefined;
	/** A Discord user whose linked account to use. */
	userId?: string | undefined;
}

export type Resolved<T> =
	| { kind: 'explicit'; value: string }
	/** A linked account; `own` when it is the invoker's, which allows their private fields (ephemerally). */
	| { kind: 'linked'; link: T; ownerId: string; own: boolean };

/**
 * Decides whose account a lookup is about: the one named, else the linked account of the Discord user
 * given, else the invoker's own. It is the one place that reads links for lookups, and that enforces
 * privacy: a user who chose `nobody` cannot be looked up through their Discord identity by others.
 */
export async function resolveLinked<S extends Service>(
	links: LinkStore,
	service: S,
	choice: AccountChoice,
	invokerId: string,
): Promise<Resolved<NonNullable<LinkRecord[S]>>> {
	if (choice.explicit?.trim()) return { kind: 'explicit', value: choice.explicit.trim() };
	const target = choice.userId ?? invokerId;
	const own = target === invokerId;
	if (!own && (await links.privacy(target)) === 'nobody') {
		throw new UserError('links:lookup.private', { user: target });
	}
	const link = (await links.get(target))[service];
	if (!link) {
		throw own ? new UserError(`links:lookup.ownNotLinked.${service}`) : new UserError(`links:lookup.otherNotLinked.${service}`, { user: target });
	}
	return { kind: 'linked', link, ownerId: target, own };
}
