import type { APIUser, RESTGetAPICurrentUserConnectionsResult } from 'discord-api-types/v10';
import { DiscordHttpError, json, noContent } from './http.js';
import type { Session } from './oauth2/grants.js';
import type { Route, RouteContext } from './routes.js';

/**
 * The endpoints a user's OAuth2 access token opens (`Authorization: Bearer <token>`), each behind its scope:
 * discord-api-docs developers/resources/user.mdx (Get Current User: identify, `email` only with email; Get Current
 * User Connections: connections; the application role connection: role_connections.write for the application in the
 * path) and the description's OAuth2 security of each operation.
 */

/**
 * Discord answers a bad, expired, refreshed or revoked token, and a token without the endpoint's scope, alike:
 * 401 `{"message": "401: Unauthorized", "code": 0}` (deanpcmad/omniauth-discord#11: a token with only `bot` on
 * /users/@me; reboxer/discord-oauth2#4 and #40: /users/@me/guilds without `guilds`).
 */
const unauthorized = (): DiscordHttpError => new DiscordHttpError(401, { code: 0, message: '401: Unauthorized' });

function sessionFor(context: RouteContext, scope: string): Session {
	const match = /^Bearer (\S+)$/.exec(context.authorization ?? '');
	const session = match?.[1] === undefined ? undefined : context.world.grants.session(match[1]);
	if (!session || !session.scopes.includes(scope)) throw unauthorized();
	return session;
}

/** The role connection routes name an application; a token only speaks for its own (closest: no real answer found). */
function roleConnectionUser(context: RouteContext): string {
	const session = sessionFor(context, 'role_connections.write');
	if (context.params[0] !== context.world.applicationId) throw unauthorized();
	return session.userId;
}

function currentUser(context: RouteContext): APIUser {
	const session = sessionFor(context, 'identify');
	const user = context.world.users.get(session.userId);
	if (!user) throw unauthorized();
	if (session.scopes.includes('email')) return structuredClone(user);
	const { email: _email, verified: _verified, ...withoutEmail } = user;
	return structuredClone(withoutEmail);
}

const ROLE_CONNECTION = /^\/users\/@me\/applications\/([^/]+)\/role-connection$/;

export const USER_TOKEN_ROUTES: readonly Route[] = [
	{ method: 'GET', pattern: /^\/users\/@me$/, auth: 'bearer', handle: (c) => json(currentUser(c)) },
	{
		method: 'GET',
		pattern: /^\/users\/@me\/connections$/,
		auth: 'bearer',
		handle: (c) => json(c.world.connections.of(sessionFor(c, 'connections').userId) satisfies RESTGetAPICurrentUserConnectionsResult),
	},
	// The description lets a bot token list its own connections too: a bot user has none.
	{ method: 'GET', pattern: /^\/users\/@me\/connections$/, auth: true, handle: () => json([] satisfies RESTGetAPICurrentUserConnectionsResult) },
	{ method: 'GET', pattern: ROLE_CONNECTION, auth: 'bearer', handle: (c) => json(c.world.roleConnections.view(roleConnectionUser(c))) },
	{ method: 'PUT', pattern: ROLE_CONNECTION, auth: 'bearer', handle: (c) => json(c.world.roleConnections.put(roleConnectionUser(c), c.body.json)) },
	{
		method: 'DELETE',
		pattern: ROLE_CONNECTION,
		auth: 'bearer',
		handle: (c) => {
			c.world.roleConnections.remove(roleConnectionUser(c));
			return noContent();
		},
	},
];
