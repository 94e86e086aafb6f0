import type { APIUser, RESTGetAPIGatewayBotResult, RESTGetAPIGatewayResult } from 'discord-api-types/v10';
import type { CommandStore } from './commands.js';
import type { Connections } from './connections.js';
import { application } from './fixtures.js';
import type { ParsedBody, Reply } from './http.js';
import { DiscordHttpError, json, noContent, unknownInteraction, unknownWebhook } from './http.js';
import type { InteractionState } from './interaction-state.js';
import type { OAuth2Grants } from './oauth2/grants.js';
import type { RoleConnections } from './role-connections.js';
import { USER_TOKEN_ROUTES } from './user-token-routes.js';

export interface RestWorld {
	readonly applicationId: string;
	readonly botUser: APIUser;
	readonly users: ReadonlyMap<string, APIUser>;
	readonly commands: CommandStore;
	readonly guildIds: ReadonlySet<string>;
	readonly interactionsById: ReadonlyMap<string, InteractionState>;
	readonly interactionsByToken: ReadonlyMap<string, InteractionState>;
	/** The key HTTP interactions are signed with, which Discord shows as the application's `verify_key`. */
	readonly verifyKey: string;
	readonly gatewayUrl: () => string;
	/** What GET /gateway/bot says in `shards`. */
	readonly recommendedShards: number;
	/** The OAuth2 authorizations whose access tokens open the bearer routes. */
	readonly grants: OAuth2Grants;
	readonly connections: Connections;
	readonly roleConnections: RoleConnections;
}

export interface RouteContext {
	readonly world: RestWorld;
	readonly params: readonly string[];
	readonly body: ParsedBody;
	readonly query: URLSearchParams;
	readonly authorization: string | undefined;
}

export interface Route {
	readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** Matched against the decoded path without /api/v10; groups become `params`. */
	readonly pattern: RegExp;
	/**
	 * Bot routes need `Authorization: Bot <token>`; interaction callbacks and webhooks do not; 'bearer' routes check a
	 * user's OAuth2 access token themselves (see user-token-routes.ts).
	 */
	readonly auth: boolean | 'bearer';
	readonly handle: (context: RouteContext) => Reply;
}

const param = (context: RouteContext, index: number): string => {
	const value = context.params[index];
	if (value === undefined) throw new Error(`route pattern has no group ${index}`);
	return value;
};

/** Commands and metadata live under one application; another application's id is refused like Discord does. */
function ownApplication(context: RouteContext): void {
	if (param(context, 0) !== context.world.applicationId) {
		throw new DiscordHttpError(403, { code: 20012, message: 'You are not authorized to perform this action on this application' });
	}
}

function commandScope(context: RouteContext, guildScoped: boolean): string | null {
	ownApplication(context);
	if (!guildScoped) return null;
	const guildId = param(context, 1);
	if (!context.world.guildIds.has(guildId)) throw new DiscordHttpError(403, { code: 50001, message: 'Missing Access' });
	return guildId;
}

/** A command as the list shows it without `with_localizations`: the maps out, in every option and choice too. */
function withoutLocalizations<T>(value: T): T {
	if (Array.isArray(value)) return value.map(withoutLocalizations) as T;
	if (typeof value !== 'object' || value === null) return value;
	const entries = Object.entries(value).filter(([key]) => key !== 'name_localizations' && key !== 'description_localizations');
	return Object.fromEntries(entries.map(([key, child]) => [key, withoutLocalizations(child)])) as T;
}

function commandRoutes(prefix: string, guildScoped: boolean): Route[] {
	const scope = (context: RouteContext): string | null => commandScope(context, guildScoped);
	const one = (context: RouteContext): string => param(context, context.params.length - 1);
	return [
		// Without `with_localizations=true` Discord leaves the localization maps out of the list (Get Global Application
		// Commands: "Whether to include full localization dictionaries (name_localizations and description_localizations)
		// in the returned objects, instead of the name_localized and description_localized fields. Default false").
		{
			method: 'GET',
			pattern: new RegExp(`^${prefix}$`),
			auth: true,
			handle: (c) => json(c.query.get('with_localizations') === 'true' ? c.world.commands.list(scope(c)) : c.world.commands.list(scope(c)).map(withoutLocalizations)),
		},
		{ method: 'PUT', pattern: new RegExp(`^${prefix}$`), auth: true, handle: (c) => json(c.world.commands.replace(scope(c), c.body.json)) },
		{
			method: 'POST',
			pattern: new RegExp(`^${prefix}$`),
			auth: true,
			handle: (c) => {
				const { command, created } = c.world.commands.upsert(scope(c), c.body.json);
				return json(command, created ? 201 : 200);
			},
		},
		{ method: 'GET', pattern: new RegExp(`^${prefix}/(\\d+)$`), auth: true, handle: (c) => json(c.world.commands.get(scope(c), one(c))) },
		{
			method: 'PATCH',
			pattern: new RegExp(`^${prefix}/(\\d+)$`),
			auth: true,
			handle: (c) => json(c.world.commands.update(scope(c), one(c), c.body.json)),
		},
		{
			method: 'DELETE',
			pattern: new RegExp(`^${prefix}/(\\d+)$`),
			auth: true,
			handle: (c) => {
				c.world.commands.remove(scope(c), one(c));
				return noContent();
			},
		},
	];
}

/** The interaction a webhook route names; the application id must be ours. */
function webhookInteraction(context: RouteContext): InteractionState {
	const interaction = context.world.interactionsByToken.get(param(context, 1));
	if (param(context, 0) !== context.world.applicationId || !interaction) throw unknownWebhook();
	return interaction;
}

export const ROUTES: readonly Route[] = [
	{
		method: 'GET',
		pattern: /^\/gateway\/bot$/,
		auth: true,
		handle: (c) =>
			json({
				url: c.world.gatewayUrl(),
				shards: c.world.recommendedShards,
				session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
			} satisfies RESTGetAPIGatewayBotResult),
	},
	{ method: 'GET', pattern: /^\/gateway$/, auth: false, handle: (c) => json({ url: c.world.gatewayUrl() } satisfies RESTGetAPIGatewayResult) },
	{ method: 'GET', pattern: /^\/users\/@me$/, auth: true, handle: (c) => json(c.world.botUser) },
	{
		method: 'GET',
		pattern: /^\/users\/([^/]+)$/,
		auth: true,
		handle: (c) => {
			const user = c.world.users.get(param(c, 0));
			if (!user) throw new DiscordHttpError(404, { code: 10013, message: 'Unknown User' });
			return json(user);
		},
	},
	{ method: 'GET', pattern: /^\/applications\/@me$/, auth: true, handle: (c) => json(application(c.world.applicationId, c.world.botUser, c.world.verifyKey)) },
	...commandRoutes('/applications/(\\d+)/commands', false),
	...commandRoutes('/applications/(\\d+)/guilds/(\\d+)/commands', true),
	{
		method: 'GET',
		pattern: /^\/applications\/(\d+)\/role-connections\/metadata$/,
		auth: true,
		handle: (c) => {
			ownApplication(c);
			return json(c.world.roleConnections.metadata());
		},
	},
	{
		method: 'PUT',
		pattern: /^\/applications\/(\d+)\/role-connections\/metadata$/,
		auth: true,
		handle: (c) => {
			ownApplication(c);
			return json(c.world.roleConnections.replaceMetadata(c.body.json));
		},
	},
	...USER_TOKEN_ROUTES,
	{
		method: 'POST',
		pattern: /^\/interactions\/([^/]+)\/([^/]+)\/callback$/,
		auth: false,
		handle: (c) => {
			const interaction = c.world.interactionsById.get(param(c, 0));
			if (!interaction || interaction.token !== param(c, 1)) throw unknownInteraction();
			return interaction.callback(c.body.json, c.body.files, c.query.get('with_response') === 'true', Date.now());
		},
	},
	{
		method: 'POST',
		pattern: /^\/webhooks\/([^/]+)\/([^/]+)$/,
		auth: false,
		handle: (c) => {
			const message = webhookInteraction(c).followUp(c.body.json, c.body.files, Date.now());
			return c.query.get('wait') === 'true' ? json(message) : noContent();
		},
	},
	{
		method: 'GET',
		pattern: /^\/webhooks\/([^/]+)\/([^/]+)\/messages\/([^/]+)$/,
		auth: false,
		handle: (c) => json(webhookInteraction(c).getMessage(param(c, 2), Date.now())),
	},
	{
		method: 'PATCH',
		pattern: /^\/webhooks\/([^/]+)\/([^/]+)\/messages\/([^/]+)$/,
		auth: false,
		handle: (c) => json(webhookInteraction(c).editMessage(param(c, 2), c.body.json, c.body.files, Date.now())),
	},
	{
		method: 'DELETE',
		pattern: /^\/webhooks\/([^/]+)\/([^/]+)\/messages\/([^/]+)$/,
		auth: false,
		handle: (c) => {
			webhookInteraction(c).deleteMessage(param(c, 2), Date.now());
			return noContent();
		},
	},
];
