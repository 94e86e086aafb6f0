import { randomUUID } from 'node:crypto';
import type { UserRecord } from './fixtures.js';
import type { TokenIssuer } from './jwt.js';

/** What a route answers: a JSON value, or an empty body. */
export interface Reply {
	status: number;
	json?: unknown;
	headers?: Record<string, string>;
}

export interface RouteRequest {
	method: string;
	segments: string[];
	query: URLSearchParams;
	authorization: string | undefined;
	/** The raw request body (POST only). */
	body: string;
}

/** Fields the server shows only to the user themself (`UserEntity.toModel(includeAll = isMe)`). */
export const PRIVATE_FIELDS = ['email', 'walletAddress', 'oauthType', 'oauthId', 'verificationStatus', 'lastLogin', 'signupPlatform'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_LIMIT = 25;

const REASONS: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	404: 'Not Found',
	422: 'Unprocessable Entity',
	500: 'Internal Server Error',
};

/** The server's StatusPages body: `{code, description, cause}`. */
export function statusReply(status: number, cause: string): Reply {
	return { status, json: { code: status, description: REASONS[status] ?? 'Error', cause } };
}

/** Ktor's auth-jwt default challenge: 401, no body. */
export const UNAUTHORIZED: Reply = { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="NEWM Server"' } };
const NO_ROUTE: Reply = { status: 404 };

/** kotlinx with explicitNulls=false: null fields are left out, never sent as null. */
function withoutNulls(record: Record<string, unknown>, drop: readonly string[] = []): Record<string, unknown> {
	return Object.fromEntries(Object.entries(record).filter(([key, value]) => value !== null && value !== undefined && !drop.includes(key)));
}

/** Users by lower-cased id, and their songs. */
export class CatalogDirectory {
	readonly users = new Map<string, UserRecord>();
	readonly songs: Array<Record<string, unknown>> = [];

	addUser(user: UserRecord): void {
		if (!UUID.test(user.id)) throw new TypeError(`addUser: ${user.id} is not a UUID`);
		this.users.set(user.id.toLowerCase(), { createdAt: new Date().toISOString().replace('Z', ''), dspPlanSubscribed: false, ...user, id: user.id.toLowerCase() });
	}

	addSongs(ownerId: string, songs: Array<Record<string, unknown>>): void {
		for (const song of songs) {
			this.songs.push({ id: randomUUID(), createdAt: new Date().toISOString().replace('Z', ''), archived: false, ...song, ownerId: ownerId.toLowerCase() });
		}
	}

	byEmail(email: string): UserRecord | undefined {
		return [...this.users.values()].find((user) => user.email.toLowerCase() === email.toLowerCase());
	}
}

function bearer(authorization: string | undefined): string | undefined {
	return /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
}

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

function login(directory: CatalogDirectory, issuer: TokenIssuer, body: string): Reply {
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		return statusReply(400, 'Failed to convert request body to class io.newm.server.features.user.model.User');
	}
	const fields = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
	const { email, password } = fields;
	if (typeof email !== 'string') return statusReply(400, 'Missing email');
	if (typeof password !== 'string') return statusReply(400, 'Missing password');
	const user = directory.byEmail(email);
	if (!user) return statusReply(404, `Doesn't exist: ${email}`);
	if (user.password === undefined || user.password !== password) return statusReply(401, 'Invalid password');
	// A password login replaces any OAuth identity and stamps lastLogin, as the server does.
	delete user['oauthType'];
	delete user['oauthId'];
	user['lastLogin'] = new Date().toISOString().replace('Z', '');
	return { status: 200, json: issuer.issuePair(user.id) };
}

function refresh(issuer: TokenIssuer, request: RouteRequest, failRefresh: boolean): Reply {
	const token = bearer(request.authorization);
	const claims = token === undefined ? undefined : issuer.verify(token, 'Refresh');
	if (!claims || failRefresh) return UNAUTHORIZED;
	issuer.blacklist(claims.jti);
	return { status: 200, json: issuer.issuePair(claims.sub) };
}

export interface RouteContext {
	directory: CatalogDirectory;
	issuer: TokenIssuer;
	failRefresh: boolean;
}

export function route(request: RouteRequest, context: RouteContext): Reply {
	const { directory, issuer } = context;
	const { method, segments, query } = request;
	const path = segments.join('/');
	if (segments[0] !== 'v1') return NO_ROUTE;
	if (path === 'v1/auth/login') return method === 'POST' ? login(directory, issuer, request.body) : NO_ROUTE;
	if (path === 'v1/auth/refresh') return method === 'GET' ? refresh(issuer, request, context.failRefresh) : NO_ROUTE;

	const isUsers = segments[1] === 'users' && segments.length === 3;
	const isSongs = path === 'v1/songs' || path === 'v1/songs/count';
	if (method !== 'GET' || (!isUsers && !isSongs)) return NO_ROUTE;
	const token = bearer(request.authorization);
	const claims = token === undefined ? undefined : issuer.verify(token, 'Access');
	if (!claims) return UNAUTHORIZED;

	if (isUsers) {
		const raw = segments[2] ?? '';
		const id = raw === 'me' ? claims.sub : raw;
		if (!UUID.test(id)) return statusReply(422, `Invalid UUID string: ${raw}`);
		const user = directory.users.get(id.toLowerCase());
		if (!user) return statusReply(404, `Entity UserEntity, id=${id.toLowerCase()} not found in the database`);
		const isMe = user.id === claims.sub.toLowerCase();
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
