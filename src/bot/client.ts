import { Client, Options } from 'discord.js';
import type { Config } from '../core/config.js';

/**
 * The discord.js client. Interactions arrive without any gateway intent, so it asks for none; it caches only
 * what interactions carry (users, channels, guilds) and nothing of messages, members, presences or reactions.
 */
export function createClient(config: Config): Client {
	return new Client({
		intents: [],
		rest: { api: config.discord.apiUrl },
		allowedMentions: { parse: [] },
		makeCache: Options.cacheWithLimits({
			...Options.DefaultMakeCacheSettings,
			MessageManager: 0,
			GuildMemberManager: 0,
			PresenceManager: 0,
			ReactionManager: 0,
			ReactionUserManager: 0,
			GuildEmojiManager: 0,
			GuildStickerManager: 0,
			GuildScheduledEventManager: 0,
			StageInstanceManager: 0,
			ThreadMemberManager: 0,
			VoiceStateManager: 0,
			AutoModerationRuleManager: 0,
			GuildInviteManager: 0,
			GuildBanManager: 0,
			ApplicationCommandManager: 0,
			UserManager: 1000,
		}),
		sweepers: { ...Options.DefaultSweeperSettings, users: { interval: 3600, filter: () => (user) => user.id !== user.client.user.id } },
	});
}
