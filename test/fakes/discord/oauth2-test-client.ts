import { isRecord } from './http.js';
import type { FakeDiscord } from './types.js';

/** What a bot (or a browser without JavaScript) does against the fake's OAuth2 side, for the fake's own tests. */

export const REDIRECT_URI = 'http://127.0.0.1:9/oauth/discord/callback';

export interface Answer {
	readonly status: number;
	readonly headers: Headers;
	readonly text: string;
	readonly body: unknown;
}

async function answerOf(response: Response): Promise<Answer> {
	const text = await response.text();
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		body = undefined;
	}
	return { status: response.status, headers: response.headers, text, body };
}

export function authorizationUrl(fake: FakeDiscord, params: Record<string, string>): string {
	const url = new URL(fake.authorizeUrl);
	url.search = new URLSearchParams(params).toString();
	return url.toString();
}

export function codeRequest(fake: FakeDiscord, overrides: Record<string, string> = {}): Record<string, string> {
	return { response_type: 'code', client_id: fake.applicationId, scope: 'identify', redirect_uri: REDIRECT_URI, state: 'state-1', ...overrides };
}

/** GET the consent page as a browser does, without following the redirect. */
export async function openPage(url: string, cookie?: string): Promise<Answer> {
	return answerOf(await fetch(url, { redirect: 'manual', headers: cookie === undefined ? {} : { cookie } }));
}

/** The page's form fields, read from its HTML, as a browser submits them. */
export function formFields(html: string): Array<[string, string]> {
	const unescape = (text: string): string => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
	return [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((match) => [unescape(match[1] ?? ''), unescape(match[2] ?? '')]);
}

/** Press a button of the form: POST its fields plus the button's name and value. */
export async function press(fake: FakeDiscord, fields: Array<[string, string]>, decision: string, cookie?: string): Promise<Answer> {
	const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', ...(cookie === undefined ? {} : { cookie }) };
	const body = new URLSearchParams([...fields, ['decision', decision]]);
	return answerOf(await fetch(fake.authorizeUrl, { method: 'POST', redirect: 'manual', headers, body }));
}

export function redirectParams(answer: Answer): URLSearchParams {
	const location = answer.headers.get('location');
	if (location === null) throw new Error(`expected a redirect, got ${answer.status}: ${answer.text.slice(0, 200)}`);
	return new URL(location).searchParams;
}

export function basic(fake: FakeDiscord, secret = fake.clientSecret): string {
	return `Basic ${Buffer.from(`${fake.applicationId}:${secret}`).toString('base64')}`;
}

/** POST the token URL with a form body, the client authenticated by HTTP Basic unless `authorization` says otherwise. */
export async function requestToken(fake: FakeDiscord, fields: Record<string, string>, authorization: string | null = basic(fake)): Promise<Answer> {
	const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
	if (authorization !== null) headers['authorization'] = authorization;
	return answerOf(await fetch(fake.tokenUrl, { method: 'POST', headers, body: new URLSearchParams(fields) }));
}

export interface Tokens {
	readonly access_token: string;
	readonly refresh_token: string;
}

export function tokensOf(answer: Answer): Tokens {
	const { body } = answer;
	if (!isRecord(body) || typeof body['access_token'] !== 'string' || typeof body['refresh_token'] !== 'string') {
		throw new Error(`expected a token response, got ${answer.status}: ${answer.text}`);
	}
	return { access_token: body['access_token'], refresh_token: body['refresh_token'] };
}

/** The code from a programmatic consent, exchanged: a user's tokens for these scopes. */
export async function tokensFor(fake: FakeDiscord, scope: string, userId?: string): Promise<Tokens> {
	const code = new URL(fake.authorize({ userId, scope, redirectUri: REDIRECT_URI })).searchParams.get('code') ?? '';
	return tokensOf(await requestToken(fake, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI }));
}

/** A REST call under /api/v10 with this Authorization header and an optional JSON body. */
export async function call(fake: FakeDiscord, method: string, path: string, authorization: string, body?: unknown): Promise<Answer> {
	const headers: Record<string, string> = { authorization };
	if (body !== undefined) headers['content-type'] = 'application/json';
	const init: RequestInit = { method, headers };
	if (body !== undefined) init.body = JSON.stringify(body);
	return answerOf(await fetch(`${fake.apiUrl}/v10${path}`, init));
}

/** The `_errors` codes at `path` ('metadata.seller_rating') of a 50035 body. */
export function errorCodesAt(body: unknown, path: string): string[] {
	let node: unknown = isRecord(body) ? body['errors'] : undefined;
	for (const key of path === '' ? [] : path.split('.')) node = isRecord(node) ? node[key] : undefined;
	const list: unknown[] = isRecord(node) && Array.isArray(node['_errors']) ? node['_errors'] : [];
	return list.map((entry) => (isRecord(entry) ? String(entry['code']) : ''));
}
