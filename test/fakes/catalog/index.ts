import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { botUser, seedSongs, seedUser, SEED_USER_ID, type UserRecord } from './fixtures.js';
import type { LoginRecaptcha } from './auth.js';
import { CatalogDirectory } from './directory.js';
import { DEFAULT_ACCESS_TTL_MS, TokenIssuer, type TokenPair } from './jwt.js';
import { route, statusReply, type Reply } from './routes.js';
import { websitePage } from './website.js';
import { closeServer } from '../closeServer.js';

export { BOT_EMAIL, BOT_PASSWORD, BOT_USER_ID, botUser, SEED_USER_ID, SEED_USER_PASSWORD, seedSongs, seedUser } from './fixtures.js';
export { FAKE_RECAPTCHA_TOKEN, RECAPTCHA_PLATFORM_HEADER, RECAPTCHA_TOKEN_HEADER, type LoginRecaptcha } from './auth.js';
export { AUDIENCE, ISSUER, REFRESH_TTL_MS } from './jwt.js';
export { PRIVATE_FIELDS } from './routes.js';
export { catalogImageUrl, STUDIO_LOGIN_PATH, STUDIO_PROFILE_PATH } from './website.js';
export type { CatalogArtKind } from './art.js';

export interface FakeCatalogOptions {
	/** Lifetime of access tokens (default 1 h, as the server). */
	accessTtlMs?: number;
	/** Refuse every refresh, as if the refresh tokens had been revoked. */
	failRefresh?: boolean;
	/**
	 * reCAPTCHA on the login (see LoginRecaptcha). Default `required`: a deployment as newm-server seeds it
	 * (nobody whitelisted), where a bot can only start from a refresh token; `whitelisted` is one that lists the
	 * bot's IP, the only set-up in which a bot's email-and-password login works at all.
	 */
	loginRecaptcha?: LoginRecaptcha;
}

/**
 * `throttled`: a proxy or CDN in front of the server answers 429 (newm-server itself has no rate limiter, per
 * catalog-api.md), as nginx's limit_req does with `limit_req_status 429`: an HTML body, and `Retry-After` when
 * `throttleRetryAfterSeconds` is set.
 */
export type FakeCatalogMode = 'normal' | 'error500' | 'hang' | 'malformed' | 'throttled';

export interface FakeCatalogRequest {
	method: string;
	path: string;
	query: URLSearchParams;
	authorization?: string;
	accept?: string;
	/** The status answered; 0 while unanswered (hang mode). */
	status: number;
	/** Arrival time, ms since epoch. */
	at: number;
	headers: IncomingHttpHeaders;
}

export interface FakeCatalog {
	readonly url: string;
	/** A full user record, private fields and password included; the fake decides what each caller sees. */
	addUser(user: UserRecord): void;
	addSongs(ownerId: string, songs: Array<Record<string, unknown>>): void;
	/**
	 * Issue tokens directly (as if the user logged in on the website): what a user pastes to link, or an operator
	 * sets as CATALOG_REFRESH_TOKEN. `refreshTtlMs` makes a refresh token with less than its 7 days left.
	 */
	issueTokens(userId: string, options?: { refreshTtlMs?: number }): TokenPair;
	mode: FakeCatalogMode;
	/** The Retry-After of `throttled` answers, in seconds; undefined sends none. */
	throttleRetryAfterSeconds: number | undefined;
	readonly requests: ReadonlyArray<Readonly<FakeCatalogRequest>>;
	requestCount(pathPrefix?: string): number;
	/** Expire every access token issued so far (tests of transparent refresh). */
	expireAccessTokens(): void;
	close(): Promise<void>;
}

function segmentsOf(pathname: string): string[] | undefined {
	try {
		return pathname
			.split('/')
			.filter((part) => part !== '')
			.map((part) => decodeURIComponent(part));
	} catch {
		return undefined;
	}
}

async function readBody(req: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

/** A fake newm-server on 127.0.0.1 with the routes, hidden fields, errors, reCAPTCHA and one-time refresh tokens of the real one. */
export async function startFakeCatalog(options: FakeCatalogOptions = {}): Promise<FakeCatalog> {
	const directory = new CatalogDirectory();
	directory.addUser(seedUser);
	directory.addUser(botUser);
	directory.addSongs(SEED_USER_ID, seedSongs);
	const issuer = new TokenIssuer(options.accessTtlMs ?? DEFAULT_ACCESS_TTL_MS);
	const requests: FakeCatalogRequest[] = [];
	const hanging = new Set<ServerResponse>();
	let mode: FakeCatalogMode = 'normal';
	let throttleRetryAfterSeconds: number | undefined;

	function write(res: ServerResponse, reply: Reply): void {
		const body = reply.json === undefined ? '' : JSON.stringify(reply.json);
		const type: Record<string, string> = body === '' ? {} : { 'Content-Type': 'application/json' };
		res.writeHead(reply.status, { ...type, 'Content-Length': String(Buffer.byteLength(body)), ...reply.headers });
		res.end(body);
	}

	async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://fake.invalid');
		const page = await websitePage(req.method ?? 'GET', url.pathname);
		if (page) {
			res.writeHead(page.status, { ...page.headers, 'Content-Length': String(Buffer.byteLength(page.body)) });
			res.end(req.method === 'HEAD' ? undefined : page.body);
			return;
		}
		const record: FakeCatalogRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, at: Date.now(), status: 0, headers: req.headers };
		if (req.headers.authorization !== undefined) record.authorization = req.headers.authorization;
		if (req.headers.accept !== undefined) record.accept = req.headers.accept;
		requests.push(record);
		const body = await readBody(req);
		const send = (reply: Reply): void => {
			record.status = reply.status;
			write(res, reply);
		};
		switch (mode) {
			case 'hang':
				hanging.add(res);
				res.on('close', () => hanging.delete(res));
				return;
			case 'error500':
				send(statusReply(500, 'org.postgresql.util.PSQLException: Connection to localhost:5432 refused.'));
				return;
			case 'throttled': {
				record.status = 429;
				const page = '<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n<body>\r\n<center><h1>429 Too Many Requests</h1></center>\r\n</body>\r\n</html>\r\n';
				const retry: Record<string, string> = throttleRetryAfterSeconds === undefined ? {} : { 'Retry-After': String(throttleRetryAfterSeconds) };
				res.writeHead(429, { 'Content-Type': 'text/html', 'Content-Length': String(Buffer.byteLength(page)), ...retry });
				res.end(page);
				return;
			}
			case 'malformed':
				record.status = 200;
				res.writeHead(200, { 'Content-Type': 'application/json' });
				res.end('{"id": "7bd2862f-8deb-4814-8943-156d9dab80dd", "createdAt": ');
				return;
			case 'normal':
				break;
		}
		const segments = segmentsOf(url.pathname);
		if (!segments) {
			send({ status: 404 });
			return;
		}
		const header = (name: string): string | undefined => {
			const value = req.headers[name];
			return Array.isArray(value) ? value.join(', ') : value;
		};
		send(
			route(
				{ method: record.method, segments, query: url.searchParams, authorization: record.authorization, header, body },
				{ directory, issuer, failRefresh: options.failRefresh ?? false, recaptcha: options.loginRecaptcha ?? 'required' },
			),
		);
	}

	const server = createServer((req, res) => {
		handle(req, res).catch((error: unknown) => {
			if (!res.headersSent) write(res, statusReply(500, error instanceof Error ? error.message : String(error)));
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	return {
		url,
		get mode() {
			return mode;
		},
		set mode(next: FakeCatalogMode) {
			mode = next;
		},
		get throttleRetryAfterSeconds() {
			return throttleRetryAfterSeconds;
		},
		set throttleRetryAfterSeconds(seconds: number | undefined) {
			throttleRetryAfterSeconds = seconds;
		},
		get requests() {
			return requests;
		},
		addUser(user) {
			directory.addUser(user);
		},
		addSongs(ownerId, songs) {
			directory.addSongs(ownerId, songs);
		},
		issueTokens(userId, issueOptions = {}) {
			const user = directory.users.get(userId.toLowerCase());
			if (!user) throw new Error(`issueTokens: the fake has no user ${userId}`);
			return issuer.issuePair(user.id, issueOptions.refreshTtlMs);
		},
		requestCount(pathPrefix) {
			return pathPrefix === undefined ? requests.length : requests.filter((r) => r.path.startsWith(pathPrefix)).length;
		},
		expireAccessTokens() {
			issuer.expireAccessTokens();
		},
		close: () => closeServer(server, hanging),
	};
}
