import { UserError } from '../core/errors.js';

const MAX_USERNAME_LENGTH = 64;

/** Typed cache keys, one namespace per resource; usernames are lower-cased as Discogs matches them. */
export const discogsCacheKeys = {
	profile: (username: string) => `discogs:profile:${username.toLowerCase()}`,
	contributions: (username: string, page: number, perPage: number, sort: string, order: string) =>
		`discogs:contributions:${username.toLowerCase()}:${page}:${perPage}:${sort}:${order}`,
	submissions: (username: string, page: number, perPage: number) => `discogs:submissions:${username.toLowerCase()}:${page}:${perPage}`,
};

/**
 * Checks a Discogs username before it goes into a URL. Lenient about which characters Discogs allows, strict
 * about what could change the request: path and query delimiters, whitespace, control characters.
 * Returns the username without surrounding whitespace.
 */
export function parseDiscogsUsername(input: string): string {
	const username = input.trim();
	if (username === '') throw new UserError('discogs:input.noUsername');
	const valid =
		username.length <= MAX_USERNAME_LENGTH &&
		username !== '.' &&
		username !== '..' &&
		!/[/?#\\%\s\p{Cc}]/u.test(username);
	if (!valid) {
		const shown = input.replace(/[`\p{Cc}]/gu, '').slice(0, MAX_USERNAME_LENGTH);
		throw new UserError('discogs:input.badUsername', { username: shown });
	}
	return username;
}

/** The path of a user resource, the username encoded as one segment. */
export function userPath(username: string, resource?: string): string {
	return `/users/${encodeURIComponent(username)}${resource ? `/${resource}` : ''}`;
}
