import type { Reply } from '../http.js';
import type { AuthorizeDeps } from './authorize.js';
import { checkAuthorize, decide, skipsConsent } from './authorize.js';
import { consentPage, errorPage } from './authorize-page.js';
import type { TokenEndpointDeps } from './token-endpoint.js';
import { revocationEndpoint, tokenEndpoint } from './token-endpoint.js';

/**
 * The OAuth2 routes that speak forms rather than JSON: the consent page at /oauth2/authorize on the web origin (the
 * real one is https://discord.com/oauth2/authorize) and the token URLs under /api, versioned or not
 * (https://discord.com/api/oauth2/token; the docs' examples post to https://discord.com/api/v10/oauth2/token).
 */
export interface OAuth2FrontDeps extends AuthorizeDeps, TokenEndpointDeps {
	/** The application's name, which the consent page shows. */
	readonly appName: string;
	/** The user the browser is signed in as when it sends no fake_discord_user cookie. */
	readonly defaultUserId: string;
}

export interface FormInput {
	/** The body's fields for a POST (empty unless it was application/x-www-form-urlencoded); the query for a GET. */
	readonly form: URLSearchParams;
	readonly query: URLSearchParams;
	readonly authorization: string | undefined;
	readonly cookie: string | undefined;
}

export type FormRoute = (input: FormInput) => Reply;

export const SIGNED_IN_COOKIE = 'fake_discord_user';
const AUTHORIZE_PATH = '/oauth2/authorize';
const TOKEN_PATHS: ReadonlySet<string> = new Set(['/api/oauth2/token', '/api/v10/oauth2/token']);
const REVOKE_PATHS: ReadonlySet<string> = new Set(['/api/oauth2/token/revoke', '/api/v10/oauth2/token/revoke']);
const HTML = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

const html = (status: number, body: string): Reply => ({ status, body, headers: HTML });
const redirect = (location: string): Reply => ({ status: 302, headers: { location, 'cache-control': 'no-store' } });
const methodNotAllowed = (): Reply => ({ status: 405, body: { code: 0, message: '405: Method Not Allowed' } });

function signedInUser(deps: OAuth2FrontDeps, cookie: string | undefined): string {
	for (const part of (cookie ?? '').split(';')) {
		const [name, ...rest] = part.trim().split('=');
		if (name !== SIGNED_IN_COOKIE) continue;
		const value = rest.join('=');
		try {
			return decodeURIComponent(value);
		} catch {
			return value;
		}
	}
	return deps.defaultUserId;
}

function authorizePage(deps: OAuth2FrontDeps, method: string, input: FormInput): Reply {
	const params = method === 'POST' ? input.form : input.query;
	const check = checkAuthorize(deps, params, signedInUser(deps, input.cookie));
	if (check.kind === 'error') return html(400, errorPage(check.title, check.detail));
	if (check.kind === 'redirect') return redirect(check.location);
	const { request } = check;
	if (method === 'GET') {
		if (skipsConsent(deps, request)) return redirect(decide(deps, request, 'authorize'));
		return html(200, consentPage(request, deps.appName));
	}
	const decision = input.form.get('decision');
	if (decision !== 'authorize' && decision !== 'cancel') return html(400, errorPage('No decision', 'The form must say Authorize or Cancel.'));
	return redirect(decide(deps, request, decision));
}

/** The handler for this method and decoded path, if the path is one of the form routes. */
export function formRoute(deps: OAuth2FrontDeps, method: string, path: string): FormRoute | undefined {
	if (path === AUTHORIZE_PATH) {
		if (method !== 'GET' && method !== 'POST') return () => html(405, errorPage('Method Not Allowed', `${method} ${AUTHORIZE_PATH}`));
		return (input) => authorizePage(deps, method, input);
	}
	// The description's authorizationUrl; Discord sends the browser on to the page.
	if (path === '/api/oauth2/authorize' && method === 'GET') return (input) => redirect(`${AUTHORIZE_PATH}?${input.query.toString()}`);
	if (TOKEN_PATHS.has(path)) return method === 'POST' ? (input) => tokenEndpoint(deps, input) : methodNotAllowed;
	if (REVOKE_PATHS.has(path)) return method === 'POST' ? (input) => revocationEndpoint(deps, input) : methodNotAllowed;
	return undefined;
}
