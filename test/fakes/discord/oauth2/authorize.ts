import type { APIUser } from 'discord-api-types/v10';
import type { OAuth2Grants } from './grants.js';
import type { ScopeRequest } from './scopes.js';
import { parseScopes } from './scopes.js';

/**
 * The authorization request of the code grant (discord-api-docs developers/topics/oauth2.mdx, "Authorization Code
 * Grant"): what Discord checks before its consent screen, and where each answer sends the browser.
 */
export interface AuthorizeDeps {
	readonly applicationId: string;
	readonly users: ReadonlyMap<string, APIUser>;
	readonly grants: OAuth2Grants;
	/** The application's registered redirect URIs, in order (the developer portal's OAuth2 → Redirects). */
	readonly redirectUris: () => readonly string[];
}

export interface ConsentRequest {
	readonly user: APIUser;
	readonly scopes: ScopeRequest;
	/** Where the answer goes: the named redirect_uri, or the first registered one when none was named. */
	readonly redirectTarget: string;
	/** The redirect_uri as the authorization URL named it; the token request must repeat it. */
	readonly redirectUri: string | undefined;
	readonly state: string | undefined;
	readonly prompt: string | undefined;
	/** The request's own parameters, which the consent form posts back. */
	readonly params: ReadonlyMap<string, string>;
}

/** An error page (no redirect: Discord cannot trust the target yet), a redirect, or the consent screen. */
export type AuthorizeCheck =
	| { readonly kind: 'error'; readonly title: string; readonly detail: string }
	| { readonly kind: 'redirect'; readonly location: string }
	| { readonly kind: 'consent'; readonly request: ConsentRequest };

const PARAMS = ['response_type', 'client_id', 'scope', 'redirect_uri', 'state', 'prompt'] as const;

/** The browser's answer to `redirect_uri` with these query parameters added (the URI's own query kept). */
export function redirectWith(target: string, params: Readonly<Record<string, string | undefined>>): string {
	const url = new URL(target);
	for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
	return url.toString();
}

function errorRedirect(target: string, state: string | undefined, error: string, description: string): AuthorizeCheck {
	return { kind: 'redirect', location: redirectWith(target, { error, error_description: description, state }) };
}

/** Checks an authorization request for the signed-in user `userId`, in the order Discord's answers imply. */
export function checkAuthorize(deps: AuthorizeDeps, source: URLSearchParams, userId: string): AuthorizeCheck {
	const value = (name: string): string | undefined => source.get(name) ?? undefined;
	const clientId = value('client_id');
	if (clientId !== deps.applicationId) {
		return { kind: 'error', title: 'Unknown Application', detail: `client_id ${JSON.stringify(clientId ?? '')} is not this application (${deps.applicationId}).` };
	}
	const registered = deps.redirectUris();
	const redirectUri = value('redirect_uri');
	// Exact match, byte for byte; the message is the one Discord renders (discord/discord-api-docs#1131 and many more).
	const redirectTarget = redirectUri === undefined ? registered[0] : registered.find((uri) => uri === redirectUri);
	if (redirectTarget === undefined) {
		const known = registered.length === 0 ? 'none are registered' : `registered: ${registered.join(', ')}`;
		return { kind: 'error', title: 'Invalid OAuth2 redirect_uri', detail: `${JSON.stringify(redirectUri ?? '')} is not a registered redirect URI (${known}).` };
	}
	const user = deps.users.get(userId);
	if (!user || user.bot === true) {
		return { kind: 'error', title: 'Not signed in', detail: `The fake Discord knows no user ${JSON.stringify(userId)} (see the fake_discord_user cookie and addUser).` };
	}
	const state = value('state');
	const responseType = value('response_type');
	// Observed as Discord's redirect for a missing response_type (discord/discord-oauth2-example#1).
	if (responseType === undefined) return errorRedirect(redirectTarget, state, 'invalid_request', 'Missing response_type parameter.');
	if (responseType === 'token') return { kind: 'error', title: 'Implicit grant', detail: 'The fake Discord implements the code grant only (response_type=code).' };
	// Closest: RFC 6749 §4.1.2.1; no real Discord answer for another response_type was found.
	if (responseType !== 'code') return errorRedirect(redirectTarget, state, 'unsupported_response_type', 'The authorization server does not support obtaining an authorization code using this method.');
	const scopes = parseScopes(value('scope'));
	if (scopes.unsupported.length > 0) {
		return { kind: 'error', title: 'Flow not supported', detail: `The fake Discord has no server or channel picker for ${scopes.unsupported.join(', ')}.` };
	}
	const params = new Map<string, string>();
	for (const name of PARAMS) {
		const given = value(name);
		if (given !== undefined) params.set(name, given);
	}
	return { kind: 'consent', request: { user, scopes, redirectTarget, redirectUri, state, prompt: value('prompt'), params } };
}

/**
 * Where Authorize or Cancel sends the browser. Cancel is RFC 6749's access_denied, with Discord's description
 * (nhost/hasura-auth#125 quotes the redirect); scopes Discord does not grant are refused on Authorize, after the
 * consent screen (reboxer/discord-oauth2#33, discord/discord-api-docs#7169).
 */
export function decide(deps: AuthorizeDeps, request: ConsentRequest, decision: 'authorize' | 'cancel'): string {
	const { redirectTarget, state } = request;
	if (decision === 'cancel') {
		return redirectWith(redirectTarget, { error: 'access_denied', error_description: 'The resource owner or authorization server denied the request', state });
	}
	if (request.scopes.invalid.length > 0 || request.scopes.scopes.length === 0) {
		return redirectWith(redirectTarget, { error: 'invalid_scope', error_description: 'The requested scope is invalid, unknown, or malformed.', state });
	}
	const code = deps.grants.issueCode(request.user.id, request.scopes.scopes, request.redirectUri);
	return redirectWith(redirectTarget, { code, state });
}

/** `prompt=none` skips the screen when the user's authorization already covers the scopes. */
export function skipsConsent(deps: AuthorizeDeps, request: ConsentRequest): boolean {
	return request.prompt === 'none' && request.scopes.invalid.length === 0 && deps.grants.covers(request.user.id, request.scopes.scopes);
}
