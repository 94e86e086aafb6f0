import { ChannelType, InteractionContextType, Locale } from 'discord-api-types/v10';
import type {
	ApplicationCommandType,
	APIAuthorizingIntegrationOwnersMap,
	APIBaseInteraction,
	APIInteractionDataResolved,
	APIInteractionDataResolvedGuildMember,
	APIUser,
	InteractionType,
} from 'discord-api-types/v10';
import type { CommandStore } from './commands.js';
import type { GuildSetup } from './fixtures.js';
import { APP_PERMISSIONS, interactionMember, MEMBER_PERMISSIONS, NO_FLAGS } from './fixtures.js';
import { interactionToken } from './snowflake.js';
import type { InteractionContext } from './types.js';

/** Discord's default upload limit for a server without boosts. */
const ATTACHMENT_SIZE_LIMIT = 10_485_760;

export interface PayloadContext {
	readonly applicationId: string;
	readonly nextId: () => string;
	readonly commands: CommandStore;
	readonly users: ReadonlyMap<string, APIUser>;
	readonly guilds: readonly GuildSetup[];
	/** When the users joined the guilds, for member objects. */
	readonly joinedAt: string;
	dmChannelId(userId: string): string;
}

type Base = APIBaseInteraction<InteractionType, never>;
/** The fields every interaction carries, whatever its type. */
export type Envelope = Omit<Base, 'type' | 'data' | 'message'> & Required<Pick<Base, 'channel' | 'channel_id'>>;

/** Where an interaction happens: a guild channel or the invoker's DM. */
export interface Place {
	readonly guildId: string | null;
	readonly channelId: string;
	readonly context: InteractionContextType;
	readonly owners: APIAuthorizingIntegrationOwnersMap;
}

export interface PlaceInput {
	readonly user: APIUser;
	/** undefined = the first guild; null = DM. */
	readonly guildId: string | null | undefined;
	readonly context?: InteractionContext | undefined;
	/** The channel of the message a component sits on. */
	readonly channelId?: string | undefined;
}

export function place(ctx: PayloadContext, input: PlaceInput): Place {
	const guildId = input.guildId === undefined ? (ctx.guilds[0]?.id ?? null) : input.guildId;
	if (guildId === null) {
		return {
			guildId: null,
			channelId: input.channelId ?? ctx.dmChannelId(input.user.id),
			context: input.context ?? InteractionContextType.BotDM,
			owners: { '1': input.user.id },
		};
	}
	const guild = ctx.guilds.find((candidate) => candidate.id === guildId);
	if (!guild) throw new Error(`Guild ${guildId} is not one of the fake's guilds (${ctx.guilds.map((known) => known.id).join(', ')})`);
	return {
		guildId: guild.id,
		channelId: input.channelId ?? guild.channelId,
		context: input.context ?? InteractionContextType.Guild,
		owners: { '0': guild.id },
	};
}

/** `locale`: the member's client language (default en-US); the guild's own comes from its setup. */
export function envelope(ctx: PayloadContext, where: Place, user: APIUser, locale?: Locale): Envelope {
	const common: Omit<Envelope, 'channel'> = {
		id: ctx.nextId(),
		application_id: ctx.applicationId,
		token: interactionToken(),
		version: 1,
		app_permissions: APP_PERMISSIONS,
		locale: locale ?? Locale.EnglishUS,
		entitlements: [],
		authorizing_integration_owners: where.owners,
		context: where.context,
		attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
		channel_id: where.channelId,
	};
	if (where.guildId === null) {
		return { ...common, user, channel: { id: where.channelId, type: ChannelType.DM, recipients: [user], last_message_id: null, flags: NO_FLAGS } };
	}
	return {
		...common,
		guild_id: where.guildId,
		guild: { id: where.guildId, locale: guildLocale(ctx, where.guildId), features: [] },
		guild_locale: guildLocale(ctx, where.guildId),
		member: interactionMember(user, ctx.joinedAt),
		channel: {
			id: where.channelId,
			type: ChannelType.GuildText,
			guild_id: where.guildId,
			name: 'general',
			position: 0,
			permission_overwrites: [],
			nsfw: false,
			parent_id: null,
		},
	};
}

/** A server's preferred locale (its Community settings), en-US unless the test set one. */
function guildLocale(ctx: PayloadContext, guildId: string): Locale {
	return ctx.guilds.find((guild) => guild.id === guildId)?.locale ?? Locale.EnglishUS;
}

/** Known users among these ids, for data.resolved. */
export function knownUsers(ctx: PayloadContext, ids: readonly string[]): APIUser[] {
	return ids.flatMap((id) => {
		const known = ctx.users.get(id);
		return known ? [known] : [];
	});
}

/** What Discord puts in data.resolved for these users; in a guild they are members too. */
export function resolvedUsers(
	ctx: PayloadContext,
	users: readonly APIUser[],
	guildId: string | null,
): Required<Pick<APIInteractionDataResolved, 'users'>> & Pick<APIInteractionDataResolved, 'members'> {
	const member: APIInteractionDataResolvedGuildMember = {
		roles: [],
		joined_at: ctx.joinedAt,
		flags: NO_FLAGS,
		permissions: MEMBER_PERMISSIONS,
		nick: null,
		avatar: null,
		premium_since: null,
		pending: false,
	};
	return {
		users: Object.fromEntries(users.map((user) => [user.id, user])),
		...(guildId === null ? {} : { members: Object.fromEntries(users.map((user) => [user.id, member])) }),
	};
}

/** The registered command's id (guild commands shadow global ones), or a fresh id for an unregistered name. */
export function commandIdentity(
	ctx: PayloadContext,
	name: string,
	type: ApplicationCommandType,
	guildId: string | null,
): { id: string; guild_id?: string } {
	const registered = ctx.commands.find(name, type, guildId);
	if (!registered) return { id: ctx.nextId() };
	return registered.guild_id === undefined ? { id: registered.id } : { id: registered.id, guild_id: registered.guild_id };
}
