import { login, refresh, type LoginRecaptcha } from './auth.js';
import { UUID, type CatalogDirectory } from './directory.js';
import type { TokenIssuer } from './jwt.js';
import { updateProfile } from './profile.js';
import { bearer, FORBIDDEN, statusReply, UNAUTHORIZED, withoutNulls, type Reply } from './replies.js';

export { statusReply, type Reply } from './replies.js';

export interface RouteRequest {
	method: string;
	segments: string[];
	query: URLSearchParams;
	authorization: string | undefined;
	/** A request header by its lower-case name. */
	header(name: string): string | undefined;
	/** The raw request body (POST and PATCH). */
	body: string;
}

/** Fields the server shows only to the user themself (`UserEntity.toModel(includeAll = isMe)`). */
export const PRIVATE_FIELDS = ['email', 'walletAddress', 'oauthType', 'oauthId', 'verificationStatus', 'lastLogin', 'signupPlatform'];
const DEFAULT_LIMIT = 25;
const NO_ROUTE: Reply = { status: 404 };

/** `offset`/`limit` as Kotlin's toInt() reads them: a bad number is a NumberFormatException, i.e. 422. */
function intParam(query: URLSearchParams, name: string, fallback: number): number | Reply {
	const raw = query.get(name);
	if (raw === null) return fallback;
	if (!/^[+-]?\d{1,9}$/.test(raw)) return statusReply(422, `For input string: "${raw}"`);
	const value = Number(raw);
	return value < 0 ? statusReply(422, `Requested element count ${value} is less than zero.`) : value;
}

/** FilterCriteria: comma-separated, `-` excludes, `+` or nothing includes; `me` is the caller. */
function ownerFilter(query: URLSearchParams, me: string): ((ownerId: unknown) => boolean) | Reply {
	const raw = query.get('ownerIds');
	if (raw === null) return () => true;
	const include: string[] = [];
	const exclude: string[] = [];
	for (const item of raw.split(',').map((part) => part.trim()).filter((part) => part !== '')) {
		const negative = item.startsWith('-');
		const id = item.replace(/^[-+]/, '');
		const resolved = id === 'me' ? me : id;
		if (!UUID.test(resolved)) return statusReply(422, `Invalid UUID string: ${id}`);
		(negative ? exclude : include).push(resolved.toLowerCase());
	}
	return (ownerId) => typeof ownerId === 'string' && (include.length === 0 || include.includes(ownerId)) && !exclude.includes(ownerId);
}

/** `mintingStatuses`, FilterCriteria like the owners: `-` excludes, anything else includes. */
function mintingStatusFilter(query: URLSearchParams): (status: unknown) => boolean {
	const items = (query.get('mintingStatuses') ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '');
	const include = items.filter((item) => !item.startsWith('-')).map((item) => item.replace(/^\+/, ''));
	const exclude = items.filter((item) => item.startsWith('-')).map((item) => item.slice(1));
	return (status) => (include.length === 0 || include.includes(String(status))) && !exclude.includes(String(status));
}

function filteredSongs(directory: CatalogDirectory, query: URLSearchParams, me: string): Array<Record<string, unknown>> | Reply {
	const owner = ownerFilter(query, me);
	if (typeof owner !== 'function') return owner;
	const archived = query.get('archived')?.toLowerCase() === 'true';
	const statuses = mintingStatusFilter(query);
	return directory.songs
		.filter((song) => owner(song['ownerId']) && (song['archived'] === true) === archived && statuses(song['mintingStatus']))
		.sort((a, b) => String(a['createdAt']).localeCompare(String(b['createdAt'])));
}

export interface RouteContext {
	directory: CatalogDirectory;
	issuer: TokenIssuer;
	failRefresh: boolean;
	recaptcha: LoginRecaptcha;
}

export function route(request: RouteRequest, context: RouteContext): Reply {
	const { directory, issuer } = context;
	const { method, segments, query } = request;
	const path = segments.join('/');
	if (segments[0] !== 'v1') return NO_ROUTE;
	if (path === 'v1/auth/login') return method === 'POST' ? login(directory, issuer, request, context.recaptcha) : NO_ROUTE;
	if (path === 'v1/auth/refresh') return method === 'GET' ? refresh(issuer, request, context.failRefresh) : NO_ROUTE;

	const isUsers = segments[1] === 'users' && segments.length === 3;
	const isSongs = path === 'v1/songs' || path === 'v1/songs/count';
	const allowed = isUsers ? method === 'GET' || method === 'PATCH' : isSongs && method === 'GET';
	if (!allowed) return NO_ROUTE;
	const token = bearer(request.authorization);
	const claims = token === undefined ? undefined : issuer.verify(token, 'Access');
	if (!claims) return UNAUTHORIZED;

	if (isUsers) {
		const raw = segments[2] ?? '';
		const id = raw === 'me' ? claims.sub : raw;
		if (!UUID.test(id)) return statusReply(422, `Invalid UUID string: ${raw}`);
		const isMe = id.toLowerCase() === claims.sub.toLowerCase();
		// restrictToMe answers before the user is looked up.
		if (method === 'PATCH' && !isMe) return FORBIDDEN;
		const user = directory.users.get(id.toLowerCase());
		if (!user) return statusReply(404, `Entity UserEntity, id=${id.toLowerCase()} not found in the database`);
		if (method === 'PATCH') return updateProfile(user, request.body);
		return { status: 200, json: withoutNulls(user, isMe ? ['password'] : ['password', ...PRIVATE_FIELDS]) };
	}
	const songs = filteredSongs(directory, query, claims.sub);
	if (!Array.isArray(songs)) return songs;
	if (path === 'v1/songs/count') return { status: 200, json: { count: songs.length } };
	const offset = intParam(query, 'offset', 0);
	const limit = intParam(query, 'limit', DEFAULT_LIMIT);
	if (typeof offset !== 'number') return offset;
	if (typeof limit !== 'number') return limit;
	return { status: 200, json: songs.slice(offset, offset + limit).map((song) => withoutNulls(song)) };
}
