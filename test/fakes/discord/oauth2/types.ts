import type { APIApplicationRoleConnection, APIApplicationRoleConnectionMetadata, APIConnection } from 'discord-api-types/v10';

export interface OAuth2Options {
	/** The registered OAuth2 redirect URIs (the developer portal's OAuth2 → Redirects), matched exactly. Default none. */
	redirectUris?: readonly string[] | undefined;
	/** The application's client secret. Default 'fake-client-secret'. */
	clientSecret?: string | undefined;
	/** How long an access token works. Default 604800000 (7 days, Discord's `expires_in: 604800`). */
	accessTokenTtlMs?: number | undefined;
}

export interface AuthorizeInput {
	/** The user who consents. Default DEFAULT_USER. */
	userId?: string | undefined;
	/** Space-separated, as in the authorization URL, or a list. */
	scope: string | readonly string[];
	/** Must be registered (see redirectUris). */
	redirectUri: string;
	state?: string | undefined;
}

/** The OAuth2 side of the fake: the consent page, the token URL, the user-token endpoints, and their levers. */
export interface FakeDiscordOAuth2 {
	/**
	 * 'http://127.0.0.1:PORT/oauth2/authorize', the consent page (https://discord.com/oauth2/authorize). It acts as a
	 * signed-in user: the id in a `fake_discord_user` cookie (a user the fake knows, see addUser), else DEFAULT_USER.
	 * Its form (no JavaScript needed) POSTs back; Authorize redirects with `code` and `state`, Cancel with
	 * `error=access_denied`. A redirect_uri that is not registered gets an error page and no redirect.
	 */
	readonly authorizeUrl: string;
	/** 'http://127.0.0.1:PORT/api/oauth2/token'; /api/v10/oauth2/token and the /revoke URLs answer too. */
	readonly tokenUrl: string;
	readonly clientSecret: string;
	readonly redirectUris: readonly string[];
	setRedirectUris(uris: readonly string[]): void;
	/** What clicking Authorize for `userId` would redirect to: redirectUri with `code` (or an `error`) and `state`. */
	authorize(input: AuthorizeInput): string;
	/** Access tokens (all, or the user's) expire now; bearer calls get 401 until the bot refreshes. */
	expireAccessTokens(userId?: string): void;
	/** As if the user removed the app: their tokens get 401 on bearer calls and `invalid_grant` on refresh. */
	revokeGrant(userId: string): void;
	/** Adds a connection GET /users/@me/connections lists for the user (replacing one of the same type and id). */
	addConnection(userId: string, connection: APIConnection): void;
	/** The user's role connection for the application as Discord stores it, or undefined if none was set. */
	roleConnectionOf(userId: string): APIApplicationRoleConnection | undefined;
	/** The role-connection metadata the application registered (PUT /applications/{id}/role-connections/metadata). */
	roleConnectionMetadata(): APIApplicationRoleConnectionMetadata[];
}
