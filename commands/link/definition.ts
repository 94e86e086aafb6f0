import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { EVERYWHERE } from '../scope.js';

export const linkDefinition = {
	name: 'link',
	description: 'Link your Discogs or catalog account to your Discord account, with proof that it is yours.',
	type: ApplicationCommandType.ChatInput,
	...EVERYWHERE,
	options: [
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'discogs',
			description: 'Link Discogs: authorize the bot, or (with a username) put a code in your profile',
			options: [{ type: ApplicationCommandOptionType.String, name: 'username', description: 'Your Discogs username, to verify with a profile code', max_length: 64 }],
		},
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'catalog',
			description: 'Link the catalog: paste an access token, or (with an id) put a code in your biography',
			options: [{ type: ApplicationCommandOptionType.String, name: 'id', description: 'Your catalog user id, to verify with a biography code', max_length: 64 }],
		},
		{ type: ApplicationCommandOptionType.Subcommand, name: 'status', description: 'See and manage your linked accounts' },
	],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
