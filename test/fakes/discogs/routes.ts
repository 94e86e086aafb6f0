import type { Json } from './fixtures.js';
import { paginate, sortReleases } from './pagination.js';

/** What a route answers: a JSON value, or a raw body (errors are written the way Discogs spaces them). */
export interface Reply {
	status: number;
	json?: unknown;
	raw?: string;
	headers?: Record<string, string>;
}

export interface UserExtras {
	contributions?: object[];
	submissions?: { artists?: object[]; labels?: object[]; releases?: object[] };
}

interface UserRecord {
	profile: Json;
	contributions: Json[];
	submissions: { artists: Json[]; labels: Json[]; releases: Json[] };
}

export const MESSAGES = {
	userNotFound: 'User does not exist or may have been deleted.',
	notFound: 'The requested resource was not found.',
	tooQuickly: 'You are making requests too quickly.',
	invalidToken: 'Invalid consumer token.',
	mustAuthenticate: 'You must authenticate to access this resource.',
	methodNotAllowed: 'Method not allowed.',
	internal: 'An internal server error occurred. Please contact support with error code FAKE-500.',
} as const;

/** `{"message": "…"}` with the space after the colon, exactly as Discogs serialises its errors. */
export function messageReply(status: number, message: string, headers?: Record<string, string>): Reply {
	return { status, raw: `{"message": ${JSON.stringify(message)}}`, ...(headers ? { headers } : {}) };
}

export const HELLO = {
	hello: 'Welcome to the Discogs API.',
	api_version: 'v2',
	documentation_url: 'http://www.discogs.com/developers/',
	statistics: { releases: 1, artists: 1, labels: 1 },
};

/** The users the fake knows, by lower-cased username (Discogs matches usernames case-insensitively). */
export class FakeDirectory {
	readonly #users = new Map<string, UserRecord>();

	add(profile: object, extras: UserExtras = {}): void {
		const record = profile as Json;
		const username = record['username'];
		if (typeof username !== 'string' || username === '') throw new TypeError('addUser: the profile needs a username');
		this.#users.set(username.toLowerCase(), {
			profile: record,
			contributions: (extras.contributions ?? []) as Json[],
			submissions: {
				artists: (extras.submissions?.artists ?? []) as Json[],
				labels: (extras.submissions?.labels ?? []) as Json[],
				releases: (extras.submissions?.releases ?? []) as Json[],
			},
		});
	}

	get(username: string): UserRecord | undefined {
		return this.#users.get(username.toLowerCase());
	}
}

export interface RouteRequest {
	method: string;
	segments: string[];
	query: URLSearchParams;
}

export interface RouteContext {
	baseUrl: string;
	/** The identity of the token holder, when the request carried the right token. */
	identity: Json | undefined;
}

export function route(directory: FakeDirectory, request: RouteRequest, context: RouteContext): Reply {
	const { segments, query } = request;
	const get = (answer: () => Reply): Reply => (request.method === 'GET' ? answer() : messageReply(405, MESSAGES.methodNotAllowed));
	const [first, second, third, ...rest] = segments;
	if (first === undefined) return get(() => ({ status: 200, json: HELLO }));
	if (first === 'oauth' && second === 'identity' && third === undefined) {
		return get(() =>
			context.identity
				? { status: 200, json: context.identity }
				: messageReply(401, MESSAGES.mustAuthenticate, { 'WWW-Authenticate': 'OAuth realm="https://api.discogs.com"' }),
		);
	}
	if (first !== 'users' || second === undefined || rest.length > 0) return messageReply(404, MESSAGES.notFound);
	const user = directory.get(second);
	const resourceUrl = `${context.baseUrl}/users/${encodeURIComponent(second)}`;
	if (third === undefined) return get(() => (user ? { status: 200, json: user.profile } : messageReply(404, MESSAGES.userNotFound)));
	if (third === 'contributions') return get(() => (user ? contributions(user, query, `${resourceUrl}/contributions`) : messageReply(404, MESSAGES.userNotFound)));
	if (third === 'submissions') return get(() => (user ? submissions(user, query, `${resourceUrl}/submissions`) : messageReply(404, MESSAGES.userNotFound)));
	return messageReply(404, MESSAGES.notFound);
}

function withLink(reply: Reply, link: string | undefined): Reply {
	return link ? { ...reply, headers: { ...reply.headers, Link: link } } : reply;
}

function contributions(user: UserRecord, query: URLSearchParams, resourceUrl: string): Reply {
	const sorted = sortReleases(user.contributions, query);
	if ('error' in sorted) return messageReply(422, sorted.error);
	const page = paginate(sorted.sorted, query, resourceUrl);
	return withLink({ status: 200, json: { contributions: page.items, pagination: page.pagination } }, page.link);
}

type Submission = { kind: 'artists' | 'labels' | 'releases'; item: Json };

/** Submissions are paged as one list (artists, then labels, then releases) and regrouped per page. */
function submissions(user: UserRecord, query: URLSearchParams, resourceUrl: string): Reply {
	const { artists, labels, releases } = user.submissions;
	const all: Submission[] = [
		...artists.map((item) => ({ kind: 'artists' as const, item })),
		...labels.map((item) => ({ kind: 'labels' as const, item })),
		...releases.map((item) => ({ kind: 'releases' as const, item })),
	];
	const page = paginate(all, query, resourceUrl);
	const grouped: Record<Submission['kind'], Json[]> = { artists: [], labels: [], releases: [] };
	for (const { kind, item } of page.items) grouped[kind].push(item);
	// Discogs answers [] instead of the grouped object for a user with no submissions at all.
	const body = { pagination: page.pagination, submissions: all.length === 0 ? [] : grouped };
	return withLink({ status: 200, json: body }, page.link);
}
