import type { RESTPutAPICurrentUserApplicationRoleConnectionJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import { ProviderError } from '../core/errors.js';
import type { UpstreamHooks } from '../observability/hooks.js';
import { ProviderHttp } from '../providers/http.js';

/** The scopes Linked Roles needs: who the member is, their role connection, and their connected accounts. */
export const SCOPES = ['identify', 'role_connections.write', 'connections'] as const;

/** An access token with its refresh token; `expiresAt` in ms since the epoch. */
export interface DiscordTokens {
	accessToken: string;
	refreshToken: string;
	expiresAt: number;
	scope: string;
}

/** Discord's token response (OAuth2 docs, Access Token Response). */
const tokenSchema = z.looseObject({
	access_token: z.string().min(1),
	token_type: z.string(),
	expires_in: z.number().positive(),
	refresh_token: z.string().min(1),
	scope: z.string(),
});

const userSchema = z.looseObject({ id: z.string().regex(/^\d{17,20}$/), username: z.string() });

/** A connected account (Users resource, Connection Object): only visible, verified ones are ever shown. */
const connectionSchema = z.looseObject({
	id: z.string(),
	name: z.string(),
	type: z.string(),
	verified: z.boolean(),
	visibility: z.number().int(),
	revoked: z.boolean().optional(),
});
export type DiscordConnection = z.output<typeof connectionSchema>;

/** The grant is gone (revoked by the member, or the refresh token spent): it must be given again. */
export class GrantRevokedError extends Error {
	override name = 'GrantRevokedError';
}

export interface DiscordOAuthOptions {
	/** Discord's REST base (DISCORD_API_URL): the token endpoint and the bearer routes. */
	apiUrl: string;
	/** Discord's website (DISCORD_WEB_URL): the consent page. */
	webUrl: string;
	clientId: string;
	clientSecret: string;
	redirectUri: string;
	timeoutMs: number;
	metrics?: UpstreamHooks;
	now?: () => number;
}

/**
 * Discord's OAuth2 code grant and the endpoints a member's access token opens (OAuth2 docs; Users resource). Every
 * call goes through the one HTTP layer; tokens and the client secret never reach a log or an error's detail.
 */
export class DiscordOAuth {
	readonly #options: DiscordOAuthOptions;
	readonly #http: ProviderHttp;
	readonly #now: () => number;

	constructor(options: DiscordOAuthOptions) {
		this.#options = options;
		this.#now = options.now ?? Date.now;
		this.#http = new ProviderHttp({ provider: 'Discord', timeoutMs: options.timeoutMs, metrics: options.metrics });
	}

	/** The consent page a member is sent to; `state` comes back with the code. */
	authorizeUrl(state: string): string {
		const url = new URL('/oauth2/authorize', this.#options.webUrl);
		url.search = new URLSearchParams({
			response_type: 'code',
			client_id: this.#options.clientId,
			scope: SCOPES.join(' '),
			redirect_uri: this.#options.redirectUri,
			state,
			prompt: 'consent',
		}).toString();
		return url.toString();
	}

	exchangeCode(code: string): Promise<DiscordTokens> {
		return this.#token({ grant_type: 'authorization_code', code, redirect_uri: this.#options.redirectUri });
	}

	refresh(refreshToken: string): Promise<DiscordTokens> {
		return this.#token({ grant_type: 'refresh_token', refresh_token: refreshToken });
	}

	async me(accessToken: string): Promise<z.output<typeof userSchema>> {
		return expect(userSchema, await this.#bearer('GET', '/users/@me', accessToken), 'GET /users/@me');
	}

	async connections(accessToken: string): Promise<DiscordConnection[]> {
		const listed = expect(z.array(z.unknown()), await this.#bearer('GET', '/users/@me/connections', accessToken), 'GET /users/@me/connections');
		// One odd entry (a service Discord added since) must not hide the others.
		return listed.flatMap((entry) => {
			const parsed = connectionSchema.safeParse(entry);
			return parsed.success ? [parsed.data] : [];
		});
	}

	async putRoleConnection(accessToken: string, body: RESTPutAPICurrentUserApplicationRoleConnectionJSONBody): Promise<void> {
		await this.#bearer('PUT', `/users/@me/applications/${this.#options.clientId}/role-connection`, accessToken, body);
	}

	/** Removes the member's role connection altogether (the documented way; an empty PUT may be ignored by Discord). */
	async deleteRoleConnection(accessToken: string): Promise<void> {
		await this.#bearer('DELETE', `/users/@me/applications/${this.#options.clientId}/role-connection`, accessToken);
	}

	close(): Promise<void> {
		return this.#http.close();
	}

	async #token(grant: Record<string, string>): Promise<DiscordTokens> {
		const response = await this.#http.send(this.#url('/oauth2/token'), {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				authorization: `Basic ${Buffer.from(`${encodeURIComponent(this.#options.clientId)}:${encodeURIComponent(this.#options.clientSecret)}`).toString('base64')}`,
			},
			body: new URLSearchParams(grant).toString(),
		});
		const json = safeJson(response.text);
		if (response.status === 400 || response.status === 401) {
			const error = z.looseObject({ error: z.string() }).safeParse(json);
			const code = error.success ? error.data.error : `status ${response.status}`;
			if (code === 'invalid_grant') throw new GrantRevokedError('the grant was refused (invalid_grant)');
			if (code === 'invalid_client') throw new ProviderError({ provider: 'Discord', kind: 'misconfigured', detail: 'DISCORD_CLIENT_SECRET was refused (invalid_client)' });
			throw new ProviderError({ provider: 'Discord', kind: 'unavailable', detail: `token endpoint: ${code}` });
		}
		if (response.status === 429) throw new ProviderError({ provider: 'Discord', kind: 'rate_limited', detail: 'token endpoint: 429' });
		const parsed = tokenSchema.safeParse(json);
		if (response.status !== 200 || !parsed.success) throw new ProviderError({ provider: 'Discord', kind: 'unavailable', detail: `token endpoint: status ${response.status}` });
		const tokens = parsed.data;
		return { accessToken: tokens.access_token, refreshToken: tokens.refresh_token, expiresAt: this.#now() + tokens.expires_in * 1000, scope: tokens.scope };
	}

	async #bearer(method: 'GET' | 'PUT' | 'DELETE', path: string, accessToken: string, body?: unknown): Promise<unknown> {
		const response = await this.#http.send(this.#url(path), {
			method,
			headers: { authorization: `Bearer ${accessToken}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
			body: body === undefined ? null : JSON.stringify(body),
		});
		if (response.status === 401) throw new GrantRevokedError(`${method} ${path}: 401`);
		if (response.status === 429) throw new ProviderError({ provider: 'Discord', kind: 'rate_limited', detail: `${method} ${path}: 429` });
		if (response.status < 200 || response.status >= 300) {
			throw new ProviderError({ provider: 'Discord', kind: 'unavailable', detail: `${method} ${path}: status ${response.status} ${response.text.slice(0, 200)}` });
		}
		const json = safeJson(response.text);
		if (json === undefined && response.text !== '') throw new ProviderError({ provider: 'Discord', kind: 'unavailable', detail: `${method} ${path}: not JSON` });
		return json;
	}

	#url(path: string): URL {
		return new URL(`${this.#options.apiUrl.replace(/\/+$/, '')}/v10${path}`);
	}
}

/** Discord's answer in the shape its docs give, or an outage: an answer the bot cannot read is no answer. */
function expect<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
	const parsed = schema.safeParse(value);
	if (!parsed.success) throw new ProviderError({ provider: 'Discord', kind: 'unavailable', detail: `${what}: not the documented shape` });
	return parsed.data;
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
