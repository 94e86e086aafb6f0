import { request } from 'undici';
import type { FinalAnswer } from '../fakes/discord/index.js';

/** What a browser sees of one GET: no redirect is followed, so each step can be checked. */
export interface PageVisit {
	status: number;
	body: string;
	location: string | undefined;
	/** The Set-Cookie headers, as sent. */
	setCookies: string[];
}

/** The link buttons of an answer: their URLs, and the custom_ids of the others. */
export function answerButtons(answer: FinalAnswer): { urls: string[]; customIds: string[] } {
	const buttons = (answer.data.components ?? []).flatMap<unknown>((row) => ('components' in row ? row.components : [])) as Array<{ url?: string; custom_id?: string }>;
	return { urls: buttons.flatMap((button) => (button.url ? [button.url] : [])), customIds: buttons.flatMap((button) => (button.custom_id ? [button.custom_id] : [])) };
}

/**
 * GET `url` as a browser would, with `cookie` (a `name=value`), but sent to `server` (the bot's listener): the
 * public URL the links are built on is where a proxy would forward from, and a test has no proxy.
 */
export async function visit(url: string, options: { server?: string; cookie?: string } = {}): Promise<PageVisit> {
	const parsed = new URL(url);
	const target = options.server === undefined ? url : `${options.server}${parsed.pathname}${parsed.search}`;
	const answer = await request(target, {
		headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Test/1.0', ...(options.cookie === undefined ? {} : { cookie: options.cookie }) },
	});
	const body = await answer.body.text();
	const location = answer.headers['location'];
	const setCookie = answer.headers['set-cookie'];
	return {
		status: answer.statusCode,
		body,
		location: typeof location === 'string' ? location : undefined,
		setCookies: setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [setCookie],
	};
}

/** The `name=value` a browser would send back from a Set-Cookie header, and that header's attributes. */
export function cookieOf(setCookie: string | undefined): { pair: string; attributes: string[] } {
	const [pair = '', ...attributes] = (setCookie ?? '').split(';').map((part) => part.trim());
	return { pair, attributes };
}

/** Posts the member's decision on the fake Discogs' authorize page, as its form does; the redirect, if any. */
export async function decideOnDiscogs(discogsUrl: string, authorizeUrl: string, decision: 'authorize' | 'cancel', username: string): Promise<PageVisit> {
	const token = new URL(authorizeUrl).searchParams.get('oauth_token') ?? '';
	// The page is on the fake's one address whatever DISCOGS_WEB_URL the bot built the link on.
	const page = await visit(authorizeUrl, { server: discogsUrl });
	if (page.status !== 200) throw new Error(`the authorize page answered ${page.status}: ${page.body}`);
	const answer = await request(`${discogsUrl}/oauth/authorize`, {
		method: 'POST',
		headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Test/1.0', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ oauth_token: token, username, decision }).toString(),
	});
	const body = await answer.body.text();
	const location = answer.headers['location'];
	return { status: answer.statusCode, body, location: typeof location === 'string' ? location : undefined, setCookies: [] };
}
