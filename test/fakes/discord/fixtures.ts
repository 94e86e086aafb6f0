import {
	ChannelType,
	GuildDefaultMessageNotifications,
	GuildExplicitContentFilter,
	GuildMFALevel,
	GuildNSFWLevel,
	GuildPremiumTier,
	GuildSystemChannelFlags,
	GuildVerificationLevel,
	Locale,
	PermissionFlagsBits,
} from 'discord-api-types/v10';
import type {
	APIApplication,
	APIGuildMember,
	APIInteractionGuildMember,
	APIRole,
	APIUser,
	GatewayGuildCreateDispatchData,
} from 'discord-api-types/v10';

export const DEFAULT_APPLICATION_ID = '1100000000000000001';
export const DEFAULT_TOKEN = 'fake-bot-token';
export const DEFAULT_ACK_DEADLINE_MS = 3000;
export const DEFAULT_GUILDS = [{ id: '1200000000000000001', name: 'Test Guild' }] as const;
export const HEARTBEAT_INTERVAL_MS = 41_250;
/** Interaction tokens stay valid this long for edits and follow-ups. */
export const INTERACTION_TOKEN_LIFETIME_MS = 15 * 60_000;
/** What the spec asks the fake to grant the app in every interaction. */
export const APP_PERMISSIONS = '2147483647';
const GUILD_OWNER_ID = '1299999999999999999';
/** Flag enums have no zero member; a plain `number` is what TypeScript accepts for "no flags". */
export const NO_FLAGS: number = 0;

export const DEFAULT_USER: APIUser = {
	id: '1300000000000000001',
	username: 'alice',
	global_name: 'Alice',
	discriminator: '0',
	avatar: null,
};

/** A plain member's permissions: what @everyone gets in a fresh server. */
export const MEMBER_PERMISSIONS = String(
	PermissionFlagsBits.ViewChannel |
		PermissionFlagsBits.SendMessages |
		PermissionFlagsBits.ReadMessageHistory |
		PermissionFlagsBits.EmbedLinks |
		PermissionFlagsBits.AttachFiles |
		PermissionFlagsBits.AddReactions |
		PermissionFlagsBits.UseExternalEmojis |
		PermissionFlagsBits.UseApplicationCommands |
		PermissionFlagsBits.Connect |
		PermissionFlagsBits.Speak |
		PermissionFlagsBits.ChangeNickname |
		PermissionFlagsBits.CreateInstantInvite,
);

export function botUser(id: string): APIUser {
	return { id, username: 'crossfade-test-bot', global_name: null, discriminator: '0000', avatar: null, bot: true };
}

export function application(id: string, bot: APIUser, verifyKey: string): APIApplication {
	return {
		id,
		name: bot.username,
		icon: null,
		description: '',
		summary: '',
		bot_public: true,
		bot_require_code_grant: false,
		bot,
		verify_key: verifyKey,
		team: null,
		flags: NO_FLAGS,
		flags_new: '0',
	};
}

export function guildMember(user: APIUser, joinedAt: string): APIGuildMember {
	return {
		user,
		roles: [],
		joined_at: joinedAt,
		deaf: false,
		mute: false,
		flags: NO_FLAGS,
		nick: null,
		avatar: null,
		premium_since: null,
		pending: false,
	};
}

export function interactionMember(user: APIUser, joinedAt: string): APIInteractionGuildMember {
	return { ...guildMember(user, joinedAt), permissions: MEMBER_PERMISSIONS };
}

function everyoneRole(guildId: string): APIRole {
	return {
		id: guildId,
		name: '@everyone',
		color: 0,
		colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
		hoist: false,
		position: 0,
		permissions: MEMBER_PERMISSIONS,
		managed: false,
		mentionable: false,
		flags: NO_FLAGS,
	};
}

export interface GuildSetup {
	readonly id: string;
	readonly name: string;
	/** The one text channel, 'general'. */
	readonly channelId: string;
	/** Its preferred locale (guild_locale); default en-US. */
	readonly locale?: Locale | undefined;
}

export function guildCreate(guild: GuildSetup, bot: APIUser, joinedAt: string): GatewayGuildCreateDispatchData {
	return {
		id: guild.id,
		name: guild.name,
		icon: null,
		splash: null,
		discovery_splash: null,
		banner: null,
		description: null,
		owner_id: GUILD_OWNER_ID,
		afk_channel_id: null,
		afk_timeout: 300,
		verification_level: GuildVerificationLevel.None,
		default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
		explicit_content_filter: GuildExplicitContentFilter.Disabled,
		roles: [everyoneRole(guild.id)],
		emojis: [],
		stickers: [],
		features: [],
		mfa_level: GuildMFALevel.None,
		application_id: null,
		system_channel_id: guild.channelId,
		system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
		rules_channel_id: null,
		public_updates_channel_id: null,
		safety_alerts_channel_id: null,
		vanity_url_code: null,
		premium_tier: GuildPremiumTier.None,
		premium_progress_bar_enabled: false,
		preferred_locale: guild.locale ?? Locale.EnglishUS,
		nsfw_level: GuildNSFWLevel.Default,
		hub_type: null,
		incidents_data: null,
		joined_at: joinedAt,
		large: false,
		unavailable: false,
		member_count: 2,
		voice_states: [],
		// Discord always includes the bot's own member, so `guild.members.me` works.
		members: [guildMember(bot, joinedAt)],
		channels: [
			{
				id: guild.channelId,
				type: ChannelType.GuildText,
				guild_id: guild.id,
				name: 'general',
				position: 0,
				permission_overwrites: [],
				parent_id: null,
				nsfw: false,
				topic: null,
				last_message_id: null,
				rate_limit_per_user: 0,
				flags: NO_FLAGS,
			},
		],
		threads: [],
		presences: [],
		stage_instances: [],
		guild_scheduled_events: [],
		soundboard_sounds: [],
	};
}
