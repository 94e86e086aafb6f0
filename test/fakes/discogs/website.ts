import { DISCOGS_ART_KINDS, discogsArt, type DiscogsArtKind } from './art.js';
import { editProfile } from './profileEdit.js';
import type { FakeDirectory, UserRecord } from './routes.js';
import { svgImage, type WebPage } from '../webPages.js';

/**
 * Stand-ins for the www.discogs.com pages a member uses beside the API, served on the fake's one address: the
 * profile editor at /settings/user (where Discogs keeps it, and where the bot's "Edit profile" button should point)
 * and the pictures of the demo data. They are the website, not the API: no User-Agent rule, no rate limit, not in
 * the request log.
 */

export interface WebRequest {
	method: string;
	/** As received, still percent-encoded. */
	path: string;
	query: URLSearchParams;
	body: string;
	contentType: string | undefined;
}

export const PROFILE_EDITOR_PATH = '/settings/user';
/** The fields the editor shows, as the API's POST /users/{username} names them. */
const FIELDS = [
	{ name: 'name', label: 'Name' },
	{ name: 'location', label: 'Location' },
	{ name: 'home_page', label: 'Home page' },
	{ name: 'profile', label: 'Profile' },
] as const;
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const STYLE =
	'body{font-family:DejaVu Sans,Arial,sans-serif;max-width:640px;margin:32px auto;padding:0 16px;color:#222}header{font-weight:700;font-size:22px;margin-bottom:16px}' +
	'label{display:block;margin:12px 0 4px;font-weight:600}input,textarea{width:100%;box-sizing:border-box;padding:6px;font:inherit}textarea{min-height:140px}' +
	'button{margin-top:14px;padding:8px 18px;font:inherit;background:#333;color:#fff;border:0;border-radius:4px}.notice{padding:8px 12px;border-radius:4px;background:#e6f4ea}' +
	'.error{padding:8px 12px;border-radius:4px;background:#fce8e6}.note{color:#666;font-size:13px}';

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function html(status: number, title: string, body: string): WebPage {
	const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} | Discogs</title><style>${STYLE}</style></head><body><header>Discogs</header>${body}</body></html>`;
	return { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' }, body: page };
}

function signInPage(status: number, message?: string): WebPage {
	const error = message ? `<p class="error">${escape(message)}</p>` : '';
	return html(
		status,
		'Sign in',
		`<h1>Sign in to edit your profile</h1>${error}<form method="get" action="${PROFILE_EDITOR_PATH}"><label for="username">Username</label><input id="username" name="username" required autofocus>` +
			'<button type="submit">Sign in</button></form><p class="note">A stand-in for Discogs\' sign-in: whoever types a username here is signed in as that user.</p>',
	);
}

function editorPage(status: number, user: UserRecord, values: Record<string, string>, outcome?: { notice: string } | { error: string }): WebPage {
	const username = String(user.profile['username']);
	const message = outcome === undefined ? '' : 'notice' in outcome ? `<p class="notice" role="status">${escape(outcome.notice)}</p>` : `<p class="error" role="alert">${escape(outcome.error)}</p>`;
	const inputs = FIELDS.map(({ name, label }) => {
		const value = escape(values[name] ?? '');
		const control = name === 'profile' ? `<textarea id="${name}" name="${name}">${value}</textarea>` : `<input id="${name}" name="${name}" value="${value}">`;
		return `<label for="${name}">${label}</label>${control}`;
	}).join('');
	return html(
		status,
		'Edit profile',
		`<h1>Edit profile</h1><p>Signed in as <strong>${escape(username)}</strong>. <a href="${PROFILE_EDITOR_PATH}">Not you?</a></p>${message}` +
			`<form method="post" action="${PROFILE_EDITOR_PATH}"><input type="hidden" name="username" value="${escape(username)}">${inputs}<button type="submit">Save profile</button></form>`,
	);
}

function currentValues(user: UserRecord): Record<string, string> {
	return Object.fromEntries(FIELDS.map(({ name }) => [name, typeof user.profile[name] === 'string' ? String(user.profile[name]) : '']));
}

/** Saves through the API's own edit rules (profileEdit.ts), signed in as the username the form carries. */
function saveProfile(directory: FakeDirectory, form: URLSearchParams): WebPage {
	const username = form.get('username') ?? '';
	const user = directory.get(username);
	if (!user) return signInPage(404, `No Discogs user named ${username}.`);
	const changes = new URLSearchParams();
	for (const { name } of FIELDS) if (form.has(name)) changes.set(name, form.get(name) ?? '');
	const reply = editProfile(user, username, { body: changes.toString(), contentType: 'application/x-www-form-urlencoded' });
	if (reply.status === 200) return editorPage(200, user, currentValues(user), { notice: 'Your profile was saved.' });
	const typed = Object.fromEntries(FIELDS.map(({ name }) => [name, form.get(name) ?? '']));
	return editorPage(reply.status, user, typed, { error: messageOf(reply.raw) });
}

function messageOf(raw: string | undefined): string {
	try {
		const parsed: unknown = JSON.parse(raw ?? '');
		if (typeof parsed === 'object' && parsed !== null && 'message' in parsed && typeof parsed.message === 'string') return parsed.message;
	} catch {
		// Not JSON: say so plainly below.
	}
	return 'The profile could not be saved.';
}

function profileEditor(directory: FakeDirectory, request: WebRequest): WebPage {
	if (request.method === 'POST') {
		const form = request.contentType?.includes('application/x-www-form-urlencoded') ? new URLSearchParams(request.body) : undefined;
		return form ? saveProfile(directory, form) : signInPage(400, 'Send the form as application/x-www-form-urlencoded.');
	}
	if (request.method !== 'GET') return html(405, 'Method not allowed', '<p>Method not allowed.</p>');
	const username = request.query.get('username')?.trim();
	if (!username) return signInPage(200);
	const user = directory.get(username);
	return user ? editorPage(200, user, currentValues(user)) : signInPage(404, `No Discogs user named ${username}.`);
}

/** The page or picture at this path, or undefined when the path belongs to the API. */
export function websitePage(directory: FakeDirectory, request: WebRequest): WebPage | undefined {
	if (request.path === PROFILE_EDITOR_PATH) return profileEditor(directory, request);
	if (request.path.startsWith('/images/')) {
		if (request.method !== 'GET' && request.method !== 'HEAD') return html(405, 'Method not allowed', '<p>Method not allowed.</p>');
		return svgImage(request.path, DISCOGS_ART_KINDS, discogsArt) ?? html(404, 'Not found', '<p>No such image.</p>');
	}
	return undefined;
}

/** Where the fake serves the picture of `kind` drawn from `name`. */
export function discogsImageUrl(baseUrl: string, kind: DiscogsArtKind, name: string): string {
	return `${baseUrl}/images/${kind}/${encodeURIComponent(name)}.svg`;
}
