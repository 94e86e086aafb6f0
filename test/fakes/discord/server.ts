import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ParsedBody, Reply } from './http.js';
import { DiscordHttpError, notFound, parseBody, readRaw, sleep, writeReply } from './http.js';
import type { FormRoute } from './oauth2/front.js';
import type { RestWorld, Route } from './routes.js';
import { ROUTES } from './routes.js';
import type { RecordedRequest } from './types.js';

const API_PREFIX = '/api/v10';

interface RouteRule {
	readonly method: string;
	readonly pattern: RegExp;
}

interface DelayRule extends RouteRule {
	readonly ms: number;
}

interface FailRule extends RouteRule {
	readonly reply: Reply;
}

/** The test's levers on REST traffic: slow or failing routes. */
export class RouteRules {
	readonly #delays = new Set<DelayRule>();
	readonly #failures = new Set<FailRule>();

	delay(method: string, pattern: RegExp, ms: number): () => void {
		const rule = { method: method.toUpperCase(), pattern, ms };
		this.#delays.add(rule);
		return () => this.#delays.delete(rule);
	}

	fail(method: string, pattern: RegExp, status: number, body: string, headers: Record<string, string> = {}): () => void {
		const rule = { method: method.toUpperCase(), pattern, reply: { status, body, headers } };
		this.#failures.add(rule);
		return () => this.#failures.delete(rule);
	}

	delayFor(method: string, path: string): number {
		return [...this.#delays].filter((rule) => matches(rule, method, path)).reduce((total, rule) => total + rule.ms, 0);
	}

	/** The most recently added matching failure wins. */
	failureFor(method: string, path: string): Reply | undefined {
		return [...this.#failures].reverse().find((rule) => matches(rule, method, path))?.reply;
	}
}

function matches(rule: RouteRule, method: string, path: string): boolean {
	rule.pattern.lastIndex = 0;
	return (rule.method === '*' || rule.method === method) && rule.pattern.test(path);
}

export interface RestServerDeps {
	readonly world: RestWorld;
	readonly token: string;
	readonly rules: RouteRules;
	readonly requests: RecordedRequest[];
	/** Aborted when the fake closes, to cut delays short. */
	readonly closing: AbortSignal;
	/** The OAuth2 routes that take forms (the consent page, the token URL), which the JSON routes below do not. */
	readonly forms: (method: string, decodedPath: string) => FormRoute | undefined;
}

function decodePath(pathname: string): string {
	return pathname
		.split('/')
		.map((segment) => {
			try {
				return decodeURIComponent(segment);
			} catch {
				return segment;
			}
		})
		.join('/');
}

/** A path can have a bot route and a bearer route (GET /users/@me): the request's kind of token picks. */
function findRoute(method: string, path: string, bearer: boolean): { route: Route; params: string[] } | Reply {
	let pathKnown = false;
	let otherKind: { route: Route; params: string[] } | undefined;
	for (const route of ROUTES) {
		const match = route.pattern.exec(path);
		if (!match) continue;
		pathKnown = true;
		if (route.method !== method) continue;
		if ((route.auth === 'bearer') === bearer) return { route, params: match.slice(1) };
		otherKind ??= { route, params: match.slice(1) };
	}
	if (otherKind) return otherKind;
	if (pathKnown) return { status: 405, body: { code: 0, message: '405: Method Not Allowed' } };
	return { status: 404, body: notFound().body };
}

function errorReply(error: unknown): Reply {
	if (error instanceof DiscordHttpError) return { status: error.status, body: error.body };
	const detail = error instanceof Error ? error.message : String(error);
	return { status: 500, body: { code: 0, message: `500: Internal Server Error (fake Discord: ${detail})` } };
}

async function answer(deps: RestServerDeps, request: IncomingMessage): Promise<Reply> {
	const url = new URL(request.url ?? '/', 'http://127.0.0.1');
	const method = (request.method ?? 'GET').toUpperCase();
	const decoded = decodePath(url.pathname);
	const versioned = decoded.startsWith(`${API_PREFIX}/`);
	// The unversioned /api (Discord's token URL is https://discord.com/api/oauth2/token) is recorded like /api/v10.
	const path = versioned ? decoded.slice(API_PREFIX.length) : decoded.replace(/^\/api(?=\/)/, '');

	const formRoute = deps.forms(method, decoded);
	const contentType = request.headers['content-type'] ?? '';
	let body: ParsedBody = { json: undefined, files: [] };
	let form = new URLSearchParams();
	let bodyError: unknown;
	try {
		const raw = await readRaw(request);
		if (!formRoute) body = await parseBody(raw, contentType);
		// Discord reads only form bodies there; anything else is as if no field was sent.
		else if (contentType.startsWith('application/x-www-form-urlencoded')) form = new URLSearchParams(raw.toString('utf8'));
	} catch (error) {
		bodyError = error;
	}
	const authorization = request.headers.authorization;
	deps.requests.push({
		method,
		path,
		query: Object.fromEntries(url.searchParams),
		authorization,
		body: formRoute ? Object.fromEntries(form) : body.json,
		files: body.files.map(({ field, filename, contentType, size }) => ({ field, filename, contentType, size })),
		at: Date.now(),
	});

	const delayMs = deps.rules.delayFor(method, path);
	if (delayMs > 0) await sleep(delayMs, deps.closing);
	const failure = deps.rules.failureFor(method, path);
	if (failure) return failure;
	if (bodyError !== undefined) return errorReply(bodyError);
	try {
		if (formRoute) return formRoute({ form, query: url.searchParams, authorization, cookie: request.headers.cookie });
		if (!versioned) return { status: 404, body: notFound().body };
		return routed(deps, { method, path, authorization, body, query: url.searchParams });
	} catch (error) {
		return errorReply(error);
	}
}

interface JsonRequest {
	readonly method: string;
	readonly path: string;
	readonly authorization: string | undefined;
	readonly body: ParsedBody;
	readonly query: URLSearchParams;
}

function routed(deps: RestServerDeps, request: JsonRequest): Reply {
	const { authorization } = request;
	const found = findRoute(request.method, request.path, /^Bearer /.test(authorization ?? ''));
	if (!('route' in found)) return found;
	if (found.route.auth === true && authorization !== `Bot ${deps.token}`) return { status: 401, body: { code: 0, message: '401: Unauthorized' } };
	return found.route.handle({ world: deps.world, params: found.params, body: request.body, query: request.query, authorization });
}

/** The HTTP request listener: record, apply the test's rules, route, answer like Discord. */
export function restListener(deps: RestServerDeps): (request: IncomingMessage, response: ServerResponse) => void {
	return (request, response) => {
		answer(deps, request).then(
			(reply) => writeReply(response, reply),
			(error: unknown) => writeReply(response, errorReply(error)),
		);
	};
}
