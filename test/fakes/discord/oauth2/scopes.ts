/**
 * The OAuth2 scopes Discord knows (discord-api-docs developers/topics/oauth2.mdx, "OAuth2 Scopes", and the
 * description's OAuth2 security scheme), sorted by what the authorize page can do with them.
 */

/** Scopes an ordinary application gets when the user consents, with what the consent screen says about each. */
const GRANTABLE: ReadonlyMap<string, string> = new Map([
	['identify', 'Access your username, avatar, and banner'],
	['email', 'Access your email address'],
	['connections', 'Access your third-party connections'],
	['guilds', "Know what servers you're in"],
	['guilds.join', 'Join servers for you'],
	['guilds.members.read', 'Read your member info (nickname, avatar, roles, etc.) for servers you belong to'],
	['gdm.join', 'Join group DMs for you'],
	['role_connections.write', 'Update your connection and metadata for this app'],
	['applications.commands', 'Use commands in a server'],
	['applications.commands.permissions.update', "Update commands' permissions across servers you manage"],
	['applications.builds.read', "Read build data for your applications"],
	['applications.entitlements', "Read your applications' entitlements"],
	['applications.store.update', "Read and update your applications' store data"],
	['messages.read', 'Read all messages from the client channels'],
	['openid', 'Receive your user id and basic profile information'],
]);

/**
 * Documented, but "only available to approved partners", "requires Discord approval", "not currently available for
 * apps", or (applications.commands.update) for the client credentials grant only. Discord renders the consent page
 * for them and answers Authorize with `error=invalid_scope` (reboxer/discord-oauth2#33 for relationships.read,
 * discord/discord-api-docs#6200 for dm_channels.read).
 */
const RESTRICTED: ReadonlySet<string> = new Set([
	'activities.invites.write',
	'activities.read',
	'activities.write',
	'applications.builds.upload',
	'applications.commands.update',
	'dm_channels.read',
	'identify.premium',
	'relationships.read',
	'rpc',
	'rpc.activities.write',
	'rpc.notifications.read',
	'rpc.screenshare.read',
	'rpc.screenshare.write',
	'rpc.video.read',
	'rpc.video.write',
	'rpc.voice.read',
	'rpc.voice.write',
	'voice',
]);

/** Real scopes whose flows (a server or channel picker) this fake has no page for. */
const OTHER_FLOWS: ReadonlySet<string> = new Set(['bot', 'webhook.incoming']);

export interface ScopeRequest {
	/** Deduplicated, in the order asked for. */
	readonly scopes: readonly string[];
	/** Scopes Discord answers with `invalid_scope`: unknown, misspelt, or not available to this application. */
	readonly invalid: readonly string[];
	/** Scopes that need a flow the fake does not have. */
	readonly unsupported: readonly string[];
}

/** `scope` is space-separated, as Discord's authorization URL carries it (`identify%20guilds.join`). */
export function parseScopes(scope: string | undefined): ScopeRequest {
	const scopes = [...new Set((scope ?? '').split(' ').filter((entry) => entry !== ''))];
	return {
		scopes,
		invalid: scopes.filter((entry) => !GRANTABLE.has(entry) && !OTHER_FLOWS.has(entry)),
		unsupported: scopes.filter((entry) => OTHER_FLOWS.has(entry)),
	};
}

export function isRestricted(scope: string): boolean {
	return RESTRICTED.has(scope);
}

/** What the consent page lists for a scope. */
export function scopeDescription(scope: string): string | undefined {
	return GRANTABLE.get(scope);
}
