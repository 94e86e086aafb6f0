// The client's REST errors are discord.js's (CommonJS) classes; @discordjs/rest's ESM build has twins that fail instanceof.
import type { REST } from '@discordjs/rest';
import { DiscordAPIError, HTTPError } from 'discord.js';
import { Routes } from 'discord-api-types/v10';
import { z } from 'zod';
import { ProviderError } from '../core/errors.js';
import type { UpstreamHooks } from '../observability/hooks.js';
import type { Cached, ResourceCache } from '../providers/cache.js';

export const DISCORD_USER_TTL_MS = 10 * 60_000;

const snowflake = z.string().regex(/^\d{17,20}$/);

/** The user object from GET /users/{id}; see the Users resource. Extra fields are kept, wrong types rejected. */
export const discordUserSchema = z.looseObject({
	id: snowflake,
	username: z.string(),
	discriminator: z.string(),
	global_name: z.string().nullable().optional(),
	avatar: z.string().nullable(),
	bot: z.boolean().optional(),
	system: z.boolean().optional(),
	banner: z.string().nullable().optional(),
	accent_color: z.number().int().nullable().optional(),
	public_flags: z.number().int().optional(),
	avatar_decoration_data: z.looseObject({ asset: z.string(), sku_id: z.string().optional() }).nullable().optional(),
});
export type DiscordUser = z.infer<typeof discordUserSchema>;

export interface DiscordUsers {
	getUser(id: string): Promise<Cached<DiscordUser>>;
	/** Drops the cached copy (the user asked us to delete what we keep about them). */
	forget(id: string): Promise<void>;
}

const cacheKey = (id: string) => `discord:user:${id}`;

function classify(error: unknown, id: string): ProviderError {
	if (error instanceof DiscordAPIError && (error.status === 404 || error.code === 10013)) {
		return new ProviderError({ provider: 'Discord', kind: 'not_found', message: { key: 'profile:errors.noSuchUser', params: { id } }, detail: error.message });
	}
	if (error instanceof DiscordAPIError && error.status === 401) {
		return new ProviderError({ provider: 'Discord', kind: 'misconfigured', detail: 'the bot token was rejected' });
	}
	if (error instanceof DiscordAPIError && error.status === 429) {
		return new ProviderError({ provider: 'Discord', kind: 'rate_limited', detail: error.message });
	}
	const detail = error instanceof HTTPError || error instanceof DiscordAPIError ? `${error.status} ${error.message}` : String(error);
	return new ProviderError({ provider: 'Discord', kind: 'unavailable', detail: detail.slice(0, 200) });
}

/**
 * Discord user profiles (banner, accent colour, badges), fetched with the bot's REST client and cached.
 * `metrics` sees one request per call: the REST client waits out rate limits and retries 5xx answers itself.
 */
export function createDiscordUsers(rest: REST, cache: ResourceCache, metrics?: UpstreamHooks): DiscordUsers {
	return {
		getUser(id) {
			return cache.lookup(cacheKey(id), {
				ttlMs: DISCORD_USER_TTL_MS,
				load: async () => {
					let raw: unknown;
					try {
						raw = await rest.get(Routes.user(id));
						metrics?.requested(200);
					} catch (error) {
						metrics?.requested(error instanceof DiscordAPIError || error instanceof HTTPError ? error.status : 'error');
						throw classify(error, id);
					}
					const parsed = discordUserSchema.safeParse(raw);
					if (!parsed.success) {
						throw new ProviderError({ provider: 'Discord', kind: 'unavailable', detail: `unexpected user payload: ${parsed.error.message.slice(0, 200)}` });
					}
					return parsed.data;
				},
			});
		},
		forget: (id) => cache.forget(cacheKey(id)),
	};
}
