import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rodneyfoolProfile, shooezgirlContributions, shooezgirlProfile, shooezgirlSubmissions } from './fixtures.js';
import { FakeDirectory, MESSAGES, messageReply, route, type Reply, type UserExtras } from './routes.js';

export { makeRelease, rodneyfoolProfile, shooezgirlContributions, shooezgirlProfile, shooezgirlSubmissions } from './fixtures.js';
export { DEFAULT_PER_PAGE, MAX_PER_PAGE, SORT_KEYS } from './pagination.js';
export { MESSAGES } from './routes.js';

export interface FakeDiscogsOptions {
	/** Requests allowed per window (default: 60 with the right token, 25 without). */
	limit?: number;
	/** The moving window, in ms (default 60 000). */
	windowMs?: number;
	/** The personal access token the fake accepts; any other token gets 401. */
	token?: string;
	/** When set, 429 answers carry `Retry-After` with this many seconds (Discogs does not document one). */
	retryAfterSeconds?: number;
	/** Whose identity `/oauth/identity` returns for the token (default rodneyfool). */
	tokenOwner?: string;
}

export type FakeDiscogsMode = 'normal' | 'error500' | 'hang' | 'malformed' | 'wrongTypes';

export interface FakeRequest {
	method: string;
	path: string;
	query: URLSearchParams;
	userAgent?: string;
	authorization?: string;
	accept?: string;
	/** Arrival time, ms since epoch. */
	at: number;
	/** The status answered; 0 while unanswered (hang mode). */
	status: number;
}

export interface FakeDiscogs {
	readonly url: string;
	addUser(profile: object, extras?: UserExtras): void;
	mode: FakeDiscogsMode;
	readonly requests: ReadonlyArray<Readonly<FakeRequest>>;
	requestCount(pathPrefix?: string): number;
	reset(): void;
	close(): Promise<void>;
}

/** Valid JSON in which every field any Discogs schema reads has the wrong type. */
const WRONG_TYPES = {
	id: '1578108',
	username: 1578108,
	resource_url: null,
	uri: false,
	pagination: '1 of 1',
	contributions: { items: 1 },
	submissions: 7,
};

/** Discogs's moving window: a request counts for `windowMs` after it arrived; refused requests do not count. */
class MovingWindow {
	#hits: number[] = [];

	take(limit: number, windowMs: number, now: number): { allowed: boolean; used: number } {
		this.#hits = this.#hits.filter((at) => at > now - windowMs);
		if (this.#hits.length >= limit) return { allowed: false, used: this.#hits.length };
		this.#hits.push(now);
		return { allowed: true, used: this.#hits.length };
	}

	clear(): void {
		this.#hits = [];
	}
}

function parseToken(authorization: string): string | undefined {
	return /^Discogs\s+token=(\S+)$/i.exec(authorization.trim())?.[1];
}

function segmentsOf(pathname: string): string[] | undefined {
	try {
		return pathname.split('/').filter((part) => part !== '').map((part) => decodeURIComponent(part));
	} catch {
		return undefined;
	}
}

export async function startFakeDiscogs(options: FakeDiscogsOptions = {}): Promise<FakeDiscogs> {
	const directory = new FakeDirectory();
	directory.add(rodneyfoolProfile);
	directory.add(shooezgirlProfile, { contributions: shooezgirlContributions, submissions: shooezgirlSubmissions });
	const requests: FakeRequest[] = [];
	const window = new MovingWindow();
	const hanging = new Set<ServerResponse>();
	let mode: FakeDiscogsMode = 'normal';
	let baseUrl = '';

	function write(res: ServerResponse, reply: Reply, headers: Record<string, string>): void {
		const body = reply.raw ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
		res.writeHead(reply.status, {
			'Content-Type': 'application/json',
			'Access-Control-Allow-Origin': '*',
			'X-Discogs-Media-Type': 'discogs.v2',
			'Content-Length': String(Buffer.byteLength(body)),
			...headers,
			...reply.headers,
		});
		res.end(body);
	}

	function handle(req: IncomingMessage, res: ServerResponse): void {
		const url = new URL(req.url ?? '/', 'http://fake.invalid');
		const record: FakeRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, at: Date.now(), status: 0 };
		const userAgent = req.headers['user-agent'];
		if (userAgent !== undefined) record.userAgent = userAgent;
		if (req.headers.authorization !== undefined) record.authorization = req.headers.authorization;
		if (req.headers.accept !== undefined) record.accept = req.headers.accept;
		requests.push(record);
		const send = (reply: Reply, headers: Record<string, string> = {}): void => {
			record.status = reply.status;
			write(res, reply, headers);
		};

		// Discogs FAQ: a request without a User-Agent gets an empty response.
		if (!userAgent?.trim()) {
			record.status = 200;
			res.writeHead(200, { 'Content-Length': '0' });
			res.end();
			return;
		}
		const token = record.authorization === undefined ? undefined : (parseToken(record.authorization) ?? '');
		const authenticated = token !== undefined && options.token !== undefined && token === options.token;
		const limit = options.limit ?? (authenticated ? 60 : 25);
		const taken = window.take(limit, options.windowMs ?? 60_000, Date.now());
		const rateHeaders: Record<string, string> = {
			'X-Discogs-Ratelimit': String(limit),
			'X-Discogs-Ratelimit-Used': String(taken.used),
			'X-Discogs-Ratelimit-Remaining': String(Math.max(0, limit - taken.used)),
		};
		if (!taken.allowed) {
			const retry = options.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(options.retryAfterSeconds) };
			send(messageReply(429, MESSAGES.tooQuickly), { ...rateHeaders, ...retry });
			return;
		}
		if (token !== undefined && !authenticated) {
			send(messageReply(401, MESSAGES.invalidToken), rateHeaders);
			return;
		}
		switch (mode) {
			case 'hang':
				hanging.add(res);
				res.on('close', () => hanging.delete(res));
				return;
			case 'error500':
				send(messageReply(500, MESSAGES.internal), rateHeaders);
				return;
			case 'malformed':
				send({ status: 200, raw: '{"username": "rodneyfool", "id": 15781' }, rateHeaders);
				return;
			case 'wrongTypes':
				send({ status: 200, json: WRONG_TYPES }, rateHeaders);
				return;
			case 'normal':
				break;
		}
		const segments = segmentsOf(url.pathname);
		if (!segments) {
			send(messageReply(404, MESSAGES.notFound), rateHeaders);
			return;
		}
		const owner = authenticated ? directory.get(options.tokenOwner ?? 'rodneyfool')?.profile : undefined;
		const identity = owner && {
			id: owner['id'],
			username: owner['username'],
			resource_url: owner['resource_url'],
			consumer_name: 'Fake Discogs Application',
		};
		send(route(directory, { method: record.method, segments, query: url.searchParams }, { baseUrl, identity }), rateHeaders);
	}

	const server = createServer(handle);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	return {
		url: baseUrl,
		get mode() {
			return mode;
		},
		set mode(next: FakeDiscogsMode) {
			mode = next;
		},
		get requests() {
			return requests;
		},
		addUser(profile, extras) {
			directory.add(profile, extras);
		},
		requestCount(pathPrefix) {
			return pathPrefix === undefined ? requests.length : requests.filter((r) => r.path.startsWith(pathPrefix)).length;
		},
		reset() {
			requests.length = 0;
			window.clear();
		},
		async close() {
			for (const res of hanging) res.destroy();
			hanging.clear();
			const closed = new Promise<void>((resolve) => server.close(() => resolve()));
			server.closeAllConnections();
			// Bounded: a connection that refuses to close must not hold a test run.
			await Promise.race([closed, new Promise<void>((resolve) => setTimeout(resolve, 2000).unref())]);
		},
	};
}
