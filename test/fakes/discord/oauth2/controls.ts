import type { APIApplicationRoleConnection, APIApplicationRoleConnectionMetadata, APIConnection, APIUser } from 'discord-api-types/v10';
import { Connections } from '../connections.js';
import { RoleConnections } from '../role-connections.js';
import type { AuthorizeDeps } from './authorize.js';
import { checkAuthorize, decide } from './authorize.js';
import type { FormRoute, OAuth2FrontDeps } from './front.js';
import { formRoute } from './front.js';
import { ACCESS_TOKEN_TTL_MS, CODE_TTL_MS, OAuth2Grants } from './grants.js';
import type { AuthorizeInput, FakeDiscordOAuth2, OAuth2Options } from './types.js';

export const DEFAULT_CLIENT_SECRET = 'fake-client-secret';

export interface OAuth2Setup {
	readonly options: OAuth2Options;
	readonly applicationId: string;
	readonly appName: string;
	readonly users: ReadonlyMap<string, APIUser>;
	readonly defaultUserId: string;
	/** 'http://127.0.0.1:PORT'. */
	readonly origin: string;
}

function checkedUris(uris: readonly string[]): string[] {
	for (const uri of uris) if (!URL.canParse(uri)) throw new Error(`setRedirectUris: ${JSON.stringify(uri)} is not an absolute URL`);
	return [...uris];
}

/** The fake's OAuth2 state and the test levers on it; the fake Discord server is one of these. */
export class OAuth2Controls implements FakeDiscordOAuth2 {
	readonly authorizeUrl: string;
	readonly tokenUrl: string;
	readonly clientSecret: string;
	readonly grants: OAuth2Grants;
	readonly connections = new Connections();
	readonly roleConnections = new RoleConnections();
	readonly #front: OAuth2FrontDeps;
	#redirectUris: string[];

	constructor(setup: OAuth2Setup) {
		this.authorizeUrl = `${setup.origin}/oauth2/authorize`;
		this.tokenUrl = `${setup.origin}/api/oauth2/token`;
		this.clientSecret = setup.options.clientSecret ?? DEFAULT_CLIENT_SECRET;
		this.#redirectUris = checkedUris(setup.options.redirectUris ?? []);
		this.grants = new OAuth2Grants({ accessTokenTtlMs: setup.options.accessTokenTtlMs ?? ACCESS_TOKEN_TTL_MS, codeTtlMs: CODE_TTL_MS });
		this.#front = {
			applicationId: setup.applicationId,
			appName: setup.appName,
			clientSecret: this.clientSecret,
			defaultUserId: setup.defaultUserId,
			users: setup.users,
			grants: this.grants,
			redirectUris: () => this.#redirectUris,
		};
	}

	/** For the HTTP server: the form route (consent page, token URL) at this method and path, if any. */
	formRoute(method: string, decodedPath: string): FormRoute | undefined {
		return formRoute(this.#front, method, decodedPath);
	}

	get redirectUris(): readonly string[] {
		return [...this.#redirectUris];
	}

	setRedirectUris(uris: readonly string[]): void {
		this.#redirectUris = checkedUris(uris);
	}

	authorize(input: AuthorizeInput): string {
		const deps: AuthorizeDeps = this.#front;
		const scope = typeof input.scope === 'string' ? input.scope : input.scope.join(' ');
		const params = new URLSearchParams({ response_type: 'code', client_id: this.#front.applicationId, scope, redirect_uri: input.redirectUri });
		if (input.state !== undefined) params.set('state', input.state);
		const check = checkAuthorize(deps, params, input.userId ?? this.#front.defaultUserId);
		if (check.kind === 'error') throw new Error(`authorize: ${check.title}: ${check.detail}`);
		return check.kind === 'redirect' ? check.location : decide(deps, check.request, 'authorize');
	}

	expireAccessTokens(userId?: string): void {
		this.grants.expireAccessTokens(userId);
	}

	revokeGrant(userId: string): void {
		this.grants.revokeUser(userId);
	}

	addConnection(userId: string, connection: APIConnection): void {
		this.connections.add(userId, connection);
	}

	roleConnectionOf(userId: string): APIApplicationRoleConnection | undefined {
		return this.roleConnections.of(userId);
	}

	roleConnectionMetadata(): APIApplicationRoleConnectionMetadata[] {
		return this.roleConnections.metadata();
	}
}
