import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exampleProfile, exampleSubmissions } from './captured.js';
import { rodneyfoolProfile, shooezgirlContributions, shooezgirlProfile, shooezgirlSubmissions, WRONG_TYPES } from './fixtures.js';
import { MovingWindow } from './movingWindow.js';
import { FAKE_CONSUMER_KEY, FAKE_CONSUMER_SECRET, FakeOAuth, OAUTH_TTL_MS, type OAuthCall, type OAuthTokens } from './oauth.js';
import { MESSAGES, messageReply, type Reply } from './replies.js';
import { FakeDirectory, route, type UserExtras } from './routes.js';
import { websitePage } from './website.js';
import { closeServer } from '../closeServer.js';

export { exampleProfile, exampleSubmissions } from './captured.js';
export { makeRelease, rodneyfoolProfile, shooezgirlContributions, shooezgirlProfile, shooezgirlSubmissions } from './fixtures.js';
export { DEFAULT_PER_PAGE, MAX_PER_PAGE, SORT_KEYS } from './pagination.js';
export { MESSAGES } from './replies.js';
export {
	FAKE_CONSUMER_KEY,
	FAKE_CONSUMER_NAME,
	FAKE_CONSUMER_SECRET,
	MAX_CLOCK_SKEW_S,
	MAX_NONCE_LENGTH,
	OAUTH_ERRORS,
	OAUTH_TTL_MS,
	type OAuthTokens,
} from './oauth.js';
export { EDIT_LIMITS, FAKE_CURRENCIES } from './profileEdit.js';
export { hmacSha1Signature, rfc3986, signatureBaseString, signingKey } from './signature.js';
export { discogsImageUrl, PROFILE_EDITOR_PATH } from './website.js';
export type { DiscogsArtKind } from './art.js';

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
	/** The OAuth consumer the fake knows (default FAKE_CONSUMER_KEY and FAKE_CONSUMER_SECRET). */
	consumerKey?: string;
	consumerSecret?: string;
	/** How long a request token and its verifier live (default 15 minutes, as on Discogs). */
	oauthTtlMs?: number;
	/** Send bodies chunked, without Content-Length, as Discogs's own gzip-compressed answers come. */
	chunked?: boolean;
}

export type FakeDiscogsMode = 'normal' | 'error500' | 'hang' | 'malformed' | 'wrongTypes';

export interface FakeRequest {
	method: string;
	path: string;
	query: URLSearchParams;
	userAgent?: string;
	authorization?: string;
	accept?: string;
	contentType?: string;
	/** The request body as text ('' without one). */
	body: string;
	/** Why the fake refused an OAuth-signed request for a resource, when it did (the 401 itself says nothing). */
	oauthRejection?: string;
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
	/** As if `username` clicked Authorize for `requestToken`: the verifier (10 letters) Discogs shows them. */
	authorize(requestToken: string, username: string): string;
	/**
	 * As if `username` clicked Authorize for a request token asked for with a callback: the URL Discogs sends their
	 * browser to (the callback with `oauth_token` and `oauth_verifier`).
	 */
	approve(requestToken: string, username: string): string;
	/** As if the user clicked Cancel: the token is dropped; the URL Discogs sends the browser to (`denied=<token>`), none for oob. */
	deny(requestToken: string): string | undefined;
	/** An access token for `username`, as if they had been through the whole flow. */
	grantAccess(username: string): OAuthTokens;
	/** The user revoked the application: requests with this access token get 401 from now on. */
	revoke(accessToken: string): void;
	/** The stored profile as its owner sees it (with the email); undefined for an unknown user. */
	profileOf(username: string): Record<string, unknown> | undefined;
	/**
	 * The next request is refused with 429 and `Retry-After: seconds`, as a throttle in front of Discogs (or
	 * Discogs itself, on a brief burst) answers: the rate-limit headers say the window is spent.
	 */
	throttleNext(seconds: number): void;
	/** The next request is answered (whatever the answer) only after `ms`: a slow moment of Discogs. */
	slowNext(ms: number): void;
	/** Forgets the requests and empties the rate-limit window (OAuth tokens stay). */
	reset(): void;
	close(): Promise<void>;
}

/** `Discogs key=…, secret=…`: an application's consumer credentials, which Discogs counts as authenticated. */
function parseKeySecret(authorization: string): { key: string; secret: string } | undefined {
	const match = /^Discogs\s+key=([^,\s]+),\s*secret=(\S+)$/i.exec(authorization.trim());
	return match?.[1] && match[2] ? { key: match[1], secret: match[2] } : undefined;
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
	// As other libraries captured it: no profile `uri`, submitted labels without `name`.
	directory.add(exampleProfile, { submissions: exampleSubmissions });
	const consumerKey = options.consumerKey ?? FAKE_CONSUMER_KEY;
	const consumerSecret = options.consumerSecret ?? FAKE_CONSUMER_SECRET;
	const oauth = new FakeOAuth({
		consumerKey,
		consumerSecret,
		ttlMs: options.oauthTtlMs ?? OAUTH_TTL_MS,
		userExists: (username) => directory.get(username) !== undefined,
	});
	const requests: FakeRequest[] = [];
	const window = new MovingWindow();
	const hanging = new Set<ServerResponse>();
	let mode: FakeDiscogsMode = 'normal';
	let throttleSeconds: number | undefined;
	let slowMs = 0;
	let baseUrl = '';

	function write(res: ServerResponse, reply: Reply, headers: Record<string, string>): void {
		const body = reply.raw ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
		res.writeHead(reply.status, {
			'Content-Type': 'application/json',
			'Access-Control-Allow-Origin': '*',
			'X-Discogs-Media-Type': 'discogs.v2',
			...(options.chunked !== true && { 'Content-Length': String(Buffer.byteLength(body)) }),
			...headers,
			...reply.headers,
		});
		if (options.chunked !== true) {
			res.end(body);
			return;
		}
		// In pieces, as a stream arrives: a client that stops reading stops the rest from being sent.
		const bytes = Buffer.from(body);
		let at = 0;
		const pump = (): void => {
			while (at < bytes.length) {
				const piece = bytes.subarray(at, at + 64 * 1024);
				at += piece.length;
				if (!res.write(piece)) return void res.once('drain', pump);
			}
			res.end();
		};
		res.on('error', () => undefined);
		pump();
	}

	function handle(req: IncomingMessage, res: ServerResponse): void {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => respond(req, res, Buffer.concat(chunks).toString('utf8')));
	}

	function respond(req: IncomingMessage, res: ServerResponse, body: string): void {
		const url = new URL(req.url ?? '/', 'http://fake.invalid');
		const page = websitePage(directory, { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body, contentType: req.headers['content-type'] });
		if (page) {
			res.writeHead(page.status, { ...page.headers, 'Content-Length': String(Buffer.byteLength(page.body)) });
			res.end(req.method === 'HEAD' ? undefined : page.body);
			return;
		}
		const record: FakeRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body, at: Date.now(), status: 0 };
		const userAgent = req.headers['user-agent'];
		const contentType = req.headers['content-type'];
		if (userAgent !== undefined) record.userAgent = userAgent;
		if (req.headers.authorization !== undefined) record.authorization = req.headers.authorization;
		if (req.headers.accept !== undefined) record.accept = req.headers.accept;
		if (contentType !== undefined) record.contentType = contentType;
		requests.push(record);
		const delay = slowMs;
		slowMs = 0;
		const send = (reply: Reply, headers: Record<string, string> = {}): void => {
			const answer = () => {
				record.status = reply.status;
				if (!res.destroyed) write(res, reply, headers);
			};
			if (delay > 0) setTimeout(answer, delay);
			else answer();
		};

		// Discogs FAQ: a request without a User-Agent gets an empty response.
		if (!userAgent?.trim()) {
			record.status = 200;
			res.writeHead(200, { 'Content-Length': '0' });
			res.end();
			return;
		}
		const authorization = record.authorization;
		const oauthSigned = authorization !== undefined && /^\s*OAuth\s/i.test(authorization);
		const keySecret = authorization === undefined || oauthSigned ? undefined : parseKeySecret(authorization);
		const keySecretAccepted = keySecret !== undefined && keySecret.key === consumerKey && keySecret.secret === consumerSecret;
		const token = authorization === undefined || oauthSigned || keySecret ? undefined : (parseToken(authorization) ?? '');
		const tokenAccepted = token !== undefined && options.token !== undefined && token === options.token;
		const authenticated = tokenAccepted || keySecretAccepted || (oauthSigned && oauth.knowsConsumer(authorization));
		const limit = options.limit ?? (authenticated ? 60 : 25);
		const taken = window.take(limit, options.windowMs ?? 60_000, Date.now());
		const rateHeaders: Record<string, string> = {
			'X-Discogs-Ratelimit': String(limit),
			'X-Discogs-Ratelimit-Used': String(taken.used),
			'X-Discogs-Ratelimit-Remaining': String(Math.max(0, limit - taken.used)),
		};
		if (throttleSeconds !== undefined) {
			const seconds = throttleSeconds;
			throttleSeconds = undefined;
			send(messageReply(429, MESSAGES.tooQuickly), { ...rateHeaders, 'X-Discogs-Ratelimit-Remaining': '0', 'Retry-After': String(seconds) });
			return;
		}
		if (!taken.allowed) {
			const retry = options.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(options.retryAfterSeconds) };
			send(messageReply(429, MESSAGES.tooQuickly), { ...rateHeaders, ...retry });
			return;
		}
		if ((token !== undefined && !tokenAccepted) || (keySecret !== undefined && !keySecretAccepted)) {
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
		const call: OAuthCall = {
			method: record.method,
			// What the client signed: the address it used, which reached us through the Host header.
			baseUrl: `http://${(req.headers.host ?? '127.0.0.1').toLowerCase()}${url.pathname}`,
			query: url.searchParams,
			form: contentType?.includes('application/x-www-form-urlencoded') ? new URLSearchParams(body) : undefined,
			authorization,
		};
		const endpoint = oauthEndpoint(record.method, segments, call);
		if (endpoint) {
			send(endpoint, rateHeaders);
			return;
		}
		let viewer = tokenAccepted ? (options.tokenOwner ?? 'rodneyfool') : undefined;
		if (oauthSigned) {
			const signed = oauth.authenticate(call);
			if ('reply' in signed) {
				record.oauthRejection = signed.reason;
				send(signed.reply, rateHeaders);
				return;
			}
			viewer = signed.username;
		}
		send(route(directory, { method: record.method, segments, query: url.searchParams, body, contentType }, { baseUrl, viewer }), rateHeaders);
	}

	/** The token endpoints and the authorise page; undefined for any other path. */
	function oauthEndpoint(method: string, segments: string[], call: OAuthCall): Reply | undefined {
		const [first, second, ...rest] = segments;
		if (first !== 'oauth' || rest.length > 0) return undefined;
		const getOrPost = method === 'GET' || method === 'POST';
		if (second === 'request_token') return getOrPost ? oauth.requestToken(call) : messageReply(405, MESSAGES.methodNotAllowed);
		if (second === 'access_token') return getOrPost ? oauth.accessToken(call) : messageReply(405, MESSAGES.methodNotAllowed);
		if (second === 'authorize') return method === 'GET' ? oauth.authorizePage(call.query) : method === 'POST' ? oauth.authorizeSubmit(call) : messageReply(405, MESSAGES.methodNotAllowed);
		return undefined;
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
		authorize(requestToken, username) {
			return oauth.authorize(requestToken, username);
		},
		approve(requestToken, username) {
			return oauth.approve(requestToken, username);
		},
		deny(requestToken) {
			return oauth.deny(requestToken);
		},
		grantAccess(username) {
			if (!directory.get(username)) throw new Error(`grantAccess: no Discogs user ${username}`);
			return oauth.grant(username);
		},
		revoke(accessToken) {
			oauth.revoke(accessToken);
		},
		profileOf(username) {
			const profile = directory.view(username, username);
			return profile && structuredClone(profile);
		},
		throttleNext(seconds) {
			throttleSeconds = seconds;
		},
		slowNext(ms) {
			slowMs = ms;
		},
		reset() {
			requests.length = 0;
			window.clear();
		},
		close: () => closeServer(server, hanging),
	};
}
