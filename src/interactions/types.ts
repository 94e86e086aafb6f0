import type {
	APIActionRowComponent,
	APIApplicationCommandOptionChoice,
	APIComponentInMessageActionRow,
	APIEmbed,
	APIModalInteractionResponseCallbackData,
	RESTPostAPIChatInputApplicationCommandsJSONBody,
	RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { z } from 'zod';
import type { Context } from '../context.js';
import type { Translator } from '../i18n/translator.js';
import type { InteractionMember, InteractionUser } from './payload.js';

/**
 * Who asked, and where: read from Discord's own interaction payload, the same whichever door it came through
 * (the gateway or POST /interactions). Handlers see this, never a discord.js class.
 */
export interface InteractionView {
	readonly id: string;
	/** The member in a server, the user in a DM or a group DM. */
	readonly user: InteractionUser;
	/** Set in a server. */
	readonly member: InteractionMember | undefined;
	readonly guildId: string | undefined;
	readonly channelId: string | undefined;
	/** The member's client language. */
	readonly locale: string | undefined;
	/** The server's language, in a server. */
	readonly guildLocale: string | undefined;
	/** The bot's permissions where the interaction happened (a bit set as a decimal string). */
	readonly appPermissions: string | undefined;
}

/** A message as a handler describes it; the respond module adds flags, mentions and limits. */
export interface MessagePayload {
	content?: string;
	embeds?: APIEmbed[];
	components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

/** What a handler answers; the dispatcher decides how to deliver it (reply, edit after a deferral, update). */
export type Reply =
	| { kind: 'message'; message: MessagePayload; ephemeral: boolean }
	/** Replace the message a component belongs to (buttons, select menus, modals opened from them). */
	| { kind: 'update'; message: MessagePayload }
	/** Open a modal; only possible as the first answer, so handlers returning it must be quick. */
	| { kind: 'modal'; modal: APIModalInteractionResponseCallbackData };

/** How a deferral looks if the handler is slow: keep the message and edit it, or answer anew. */
export type DeferStyle = 'update' | { ephemeral: boolean };

/**
 * Options flattened through any subcommand group and subcommand (`{ group, subcommand, name: value }`); user,
 * channel, role and mentionable options give their id.
 */
export type FlatOptions = Record<string, string | number | boolean>;

export interface CommandCall<Options> {
	interaction: InteractionView;
	options: Options;
	/** The answer's language (answerLocale: the member's when private, the server's when public in a server). */
	tr: Translator;
}

export interface AutocompleteCall {
	interaction: InteractionView;
	/** The option being typed and what is typed so far. */
	focused: { name: string; value: string };
	/** The other options as typed so far, unvalidated. */
	options: FlatOptions;
	/** The member's language: choices are only ever shown to them. */
	tr: Translator;
}

/** A slash command as a command file declares it: its options' schema is parsed once, by the dispatcher. */
export interface ChatInputSpec<Schema extends z.ZodType> {
	definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
	options: Schema;
	/** Whether the answer will be ephemeral, from the parsed options, so a deferral matches the answer. */
	ephemeral(options: z.output<Schema>): boolean;
	/**
	 * The command changes something (a link, a setting): a second delivery of one interaction must be dropped,
	 * so it claims the interaction in the store first. Lookups answer twice at worst, and Discord refuses the second.
	 */
	changes?: boolean;
	execute(context: Context, call: CommandCall<z.output<Schema>>): Promise<Reply>;
	autocomplete?(context: Context, call: AutocompleteCall): Promise<APIApplicationCommandOptionChoice[]>;
}

/** One run of a command, made from one parse of its options. */
export interface PreparedCommand {
	ephemeral: boolean;
	run(context: Context, tr: Translator): Promise<Reply>;
}

/** A slash command as the dispatcher holds it: the schema's type is closed over, so commands of any options fit one list. */
export interface ChatInputCommand {
	definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
	changes: boolean;
	/** Parses the options; a payload that does not fit the schema throws (zod), which the dispatcher answers. */
	prepare(interaction: InteractionView, options: FlatOptions): PreparedCommand;
	autocomplete?(context: Context, call: AutocompleteCall): Promise<APIApplicationCommandOptionChoice[]>;
}

export function chatInputCommand<Schema extends z.ZodType>(spec: ChatInputSpec<Schema>): ChatInputCommand {
	return {
		definition: spec.definition,
		changes: spec.changes ?? false,
		prepare(interaction, flat) {
			const options = spec.options.parse(flat);
			return { ephemeral: spec.ephemeral(options), run: (context, tr) => spec.execute(context, { interaction, options, tr }) };
		},
		...(spec.autocomplete && { autocomplete: spec.autocomplete }),
	};
}

export interface UserContextCall {
	interaction: InteractionView;
	/** The user the menu was opened on. */
	targetId: string;
	tr: Translator;
}

export interface UserContextCommand {
	definition: RESTPostAPIContextMenuApplicationCommandsJSONBody;
	ephemeral: boolean;
	execute(context: Context, call: UserContextCall): Promise<Reply>;
}

export interface ComponentCall {
	interaction: InteractionView;
	/** The custom_id after the prefix, split at its separators: the state the component carries. */
	args: string[];
	/** What a select menu's member picked; empty for a button. */
	values: string[];
	/** The answer's language: the server's for an update of a public message, else the member's. */
	tr: Translator;
}

/** Handles buttons and select menus whose custom_id starts with `prefix:`; the rest of the id is its state. */
export interface ComponentHandler {
	prefix: string;
	defer: DeferStyle;
	/** As for commands: a handler that changes something claims the interaction, so a redelivery acts once. */
	changes: boolean;
	execute(context: Context, call: ComponentCall): Promise<Reply>;
}

export interface ModalCall {
	interaction: InteractionView;
	args: string[];
	/** Each text input's value by its custom_id; a field Discord did not send is absent. */
	fields: Readonly<Record<string, string>>;
	tr: Translator;
}

export interface ModalHandler {
	prefix: string;
	defer: DeferStyle;
	changes: boolean;
	execute(context: Context, call: ModalCall): Promise<Reply>;
}

/** Everything the bot answers, as the router sees it. */
export interface CommandSet {
	chatInput: ChatInputCommand[];
	userContext: UserContextCommand[];
	components: ComponentHandler[];
	modals: ModalHandler[];
}
