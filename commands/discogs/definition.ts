import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type APIApplicationCommandBasicOption,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { CONTRIBUTION_SORTS, SORT_ORDERS } from '../../src/discogs/schemas.js';
import { EVERYWHERE } from '../scope.js';

/** Who to look up: a Discogs username, a Discord user's linked account, or (neither) your own. */
const accountOptions: APIApplicationCommandBasicOption[] = [
	{
		type: ApplicationCommandOptionType.String,
		name: 'username',
		description: 'Discogs username (default: your linked account)',
		autocomplete: true,
		max_length: 64,
	},
	{ type: ApplicationCommandOptionType.User, name: 'user', description: "A Discord user whose linked Discogs account to show" },
	{ type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'Only you see the answer' },
];

const pageOption: APIApplicationCommandBasicOption = {
	type: ApplicationCommandOptionType.Integer,
	name: 'page',
	description: 'Page to start on (default 1)',
	min_value: 1,
};

export const discogsDefinition = {
	name: 'discogs',
	description: 'Look up Discogs profiles, ratings, contributions and submissions.',
	type: ApplicationCommandType.ChatInput,
	...EVERYWHERE,
	options: [
		{ type: ApplicationCommandOptionType.Subcommand, name: 'profile', description: 'A Discogs profile: rank, ratings, collection and more', options: accountOptions },
		{ type: ApplicationCommandOptionType.Subcommand, name: 'ratings', description: 'Buyer and seller reputation and ratings given', options: accountOptions },
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'contributions',
			description: 'Releases a user contributed, page by page',
			options: [
				...accountOptions,
				{
					type: ApplicationCommandOptionType.String,
					name: 'sort',
					description: 'Sort by (default: date added)',
					choices: CONTRIBUTION_SORTS.map((sort) => ({ name: sort, value: sort })),
				},
				{
					type: ApplicationCommandOptionType.String,
					name: 'order',
					description: 'Sort order',
					choices: SORT_ORDERS.map((order) => ({ name: order === 'asc' ? 'ascending' : 'descending', value: order })),
				},
				pageOption,
			],
		},
		{
			type: ApplicationCommandOptionType.Subcommand,
			name: 'submissions',
			description: 'Artists, labels and releases a user submitted or edited',
			options: [...accountOptions, pageOption],
		},
		{ type: ApplicationCommandOptionType.Subcommand, name: 'edit', description: 'Edit your own Discogs profile (needs Discogs authorization)' },
	],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
