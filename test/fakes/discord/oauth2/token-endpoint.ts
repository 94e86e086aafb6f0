import type { RESTPostOAuth2AccessTokenResult } from 'discord-api-types/v10';
import type { Reply } from '../http.js';
import type { ExchangeFailure, IssuedTokens, OAuth2Grants } from './grants.js';

/**
 * POST /api/oauth2/token and /api/oauth2/token/revoke, as discord-api-docs developers/topics/oauth2.mdx describes
 * them (form bodies only; client authentication by HTTP Basic or client_id/client_secret in the body) and as Discord
 * answers their failures in bodies developers have pasted (sources next to each answer).
 */
export interface TokenEndpointDeps {
	readonly applicationId: string;
	readonly clientSecret: string;
	readonly grants: OAuth2Grants;
}

export interface TokenRequest {
	/** The form fields; empty when the body was not application/x-www-form-urlencoded, which Discord does not read. */
	readonly form: URLSearchParams;
	readonly authorization: string | undefined;
}

type OAuth2ErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type';

function oauth2Error(error: OAuth2ErrorCode, description?: string): Reply {
	// Only a bad client is 401 (`{"error": "invalid_client"}`, discord/discord-api-docs#651, markbates/goth#183).
	const status = error === 'invalid_client' ? 401 : 400;
	return { status, body: description === undefined ? { error } : { error, error_description: description }, headers: { 'cache-control': 'no-store' } };
}

const FAILURES: Record<ExchangeFailure, Reply> = {
	// discord/discord-api-docs#5579, reboxer/discord-oauth2#92: a used, expired or unknown code.
	invalid_code: oauth2Error('invalid_grant', 'Invalid "code" in request.'),
	// A redirect_uri other than the authorization's (real answers quoted in playtesthub's AGS + Discord setup runbook).
	invalid_redirect_uri: oauth2Error('invalid_grant', 'Invalid "redirect_uri" in request.'),
	// developers/discord-social-sdk/development-guides/account-linking-with-discord.mdx, "When Refresh Fails".
	invalid_refresh_token: oauth2Error('invalid_grant', 'Invalid "refresh_token" in request'),
};

/** `Basic base64(client_id:client_secret)`, the form's client_id/client_secret otherwise. */
function clientOf(request: TokenRequest): { id: string | undefined; secret: string | undefined } {
	const match = /^Basic\s+(\S+)$/i.exec(request.authorization ?? '');
	if (match?.[1] !== undefined) {
		const decoded = Buffer.from(match[1], 'base64').toString('utf8');
		const colon = decoded.indexOf(':');
		return colon < 0 ? { id: decoded, secret: undefined } : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
	}
	return { id: request.form.get('client_id') ?? undefined, secret: request.form.get('client_secret') ?? undefined };
}

function authenticated(deps: TokenEndpointDeps, request: TokenRequest): boolean {
	const client = clientOf(request);
	return client.id === deps.applicationId && client.secret === deps.clientSecret;
}

function tokenResponse(tokens: IssuedTokens): Reply {
	const body: RESTPostOAuth2AccessTokenResult = {
		access_token: tokens.accessToken,
		token_type: 'Bearer',
		expires_in: tokens.expiresInSeconds,
		refresh_token: tokens.refreshToken,
		scope: tokens.scopes.join(' '),
	};
	return { status: 200, body, headers: { 'cache-control': 'no-store' } };
}

function outcome(result: IssuedTokens | ExchangeFailure): Reply {
	return typeof result === 'string' ? FAILURES[result] : tokenResponse(result);
}

export function tokenEndpoint(deps: TokenEndpointDeps, request: TokenRequest): Reply {
	const grantType = request.form.get('grant_type');
	// The grant type is read first, before the client: a JSON body or a form without grant_type gets this, with
	// Python's None for the missing value (mattrasband/aiohttp-oauth2#15; discord/discord-api-docs#645, #5249).
	if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
		if (grantType === 'client_credentials') return oauth2Error('unsupported_grant_type', 'The fake Discord does not implement the client_credentials grant');
		return oauth2Error('unsupported_grant_type', `Grant type ${grantType ?? 'None'} is not supported`);
	}
	if (!authenticated(deps, request)) return oauth2Error('invalid_client');
	if (grantType === 'authorization_code') {
		const code = request.form.get('code');
		// Closest: RFC 6749 §5.2 names a missing parameter invalid_request; no real body for this case was found.
		if (code === null) return oauth2Error('invalid_request', 'Missing "code" in request.');
		return outcome(deps.grants.exchangeCode(code, request.form.get('redirect_uri') ?? undefined));
	}
	const refreshToken = request.form.get('refresh_token');
	if (refreshToken === null) return oauth2Error('invalid_request', 'Missing "refresh_token" in request.');
	return outcome(deps.grants.refresh(refreshToken));
}

/**
 * Revoking either token of an authorization revokes all of it ("any active access or refresh tokens associated with
 * that authorization will be revoked"); an unknown token is still a success (RFC 7009 §2.2).
 */
export function revocationEndpoint(deps: TokenEndpointDeps, request: TokenRequest): Reply {
	if (!authenticated(deps, request)) return oauth2Error('invalid_client');
	const token = request.form.get('token');
	if (token === null) return oauth2Error('invalid_request', 'Missing "token" in request.');
	const owner = deps.grants.ownerOf(token);
	if (owner !== undefined) deps.grants.revokeUser(owner);
	return { status: 200, body: {} };
}
