import type { Json } from './fixtures.js';
import { paginate, sortReleases } from './pagination.js';
import { FAKE_CONSUMER_NAME } from './oauth.js';
import { editProfile } from './profileEdit.js';
import { MESSAGES, messageReply, mustAuthenticate, type Reply } from './replies.js';

export { MESSAGES, messageReply, type Reply } from './replies.js';

export interface UserExtras {
	contributions?: object[];
	submissions?: { artists?: object[]; labels?: object[]; releases?: object[] };
}

export interface UserRecord {
	/** The public profile, as everyone sees it; edits replace it. */
	profile: Json;
	/** Shown only to the owner; from the profile given to addUser, or made up. */
	email: string;
	contributions: Json[];
	submissions: { artists: Json[]; labels: Json[]; releases: Json[] };
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
		const { email, ...record } = profile as Json;
		const username = record['username'];
		if (typeof username !== 'string' || username === '') throw new TypeError('addUser: the profile needs a username');
		this.#users.set(username.toLowerCase(), {
			profile: record,
			email: typeof email === 'string' ? email : `${username.toLowerCase()}@example.com`,
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

	/** The profile as `viewer` sees it: with the email only for its owner. */
	view(username: string, viewer: string | undefined): Json | undefined {
		const user = this.get(username);
		if (!user) return undefined;
		const own = viewer !== undefined && viewer.toLowerCase() === String(user.profile['username']).toLowerCase();
		return own ? { ...user.profile, email: user.email } : user.profile;
	}
}

export interface RouteRequest {
	method: string;
	segments: string[];
	query: URLSearchParams;
	body: string;
	contentType: string | undefined;
}

export interface RouteContext {
	baseUrl: string;
	/** Who the request is authenticated as (personal token or OAuth access token), if anyone. */
	viewer: string | undefined;
}

function identityOf(directory: FakeDirectory, viewer: string | undefined): Json | undefined {
	const profile = viewer === undefined ? undefined : directory.get(viewer)?.profile;
	return profile && { id: profile['id'], username: profile['username'], resource_url: profile['resource_url'], consumer_name: FAKE_CONSUMER_NAME };
}

export function route(directory: FakeDirectory, request: RouteRequest, context: RouteContext): Reply {
	const { segments, query } = request;
	const get = (answer: () => Reply): Reply => (request.method === 'GET' ? answer() : messageReply(405, MESSAGES.methodNotAllowed));
	const [first, second, third, ...rest] = segments;
	if (first === undefined) return get(() => ({ status: 200, json: HELLO }));
	if (first === 'oauth' && second === 'identity' && third === undefined) {
		return get(() => {
			const identity = identityOf(directory, context.viewer);
			return identity ? { status: 200, json: identity } : mustAuthenticate();
		});
	}
	if (first !== 'users' || second === undefined || rest.length > 0) return messageReply(404, MESSAGES.notFound);
	const user = directory.get(second);
	const resourceUrl = `${context.baseUrl}/users/${encodeURIComponent(second)}`;
	if (third === undefined && request.method === 'POST') return editProfile(user, context.viewer, request);
	if (third === undefined) {
		return get(() => {
			const profile = directory.view(second, context.viewer);
			return profile ? { status: 200, json: profile } : messageReply(404, MESSAGES.userNotFound);
		});
	}
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
