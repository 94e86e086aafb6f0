import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';

/** Lookups work everywhere: in servers, in the bot's DM and in private channels, installed to a server or a user. */
export const EVERYWHERE = {
	contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
	integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
};
