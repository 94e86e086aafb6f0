import type {
	APIActionRowComponent,
	APIApplicationCommandOptionChoice,
	APIComponentInMessageActionRow,
	APIEmbed,
	APIModalInteractionResponseCallbackData,
	RESTPostAPIChatInputApplicationCommandsJSONBody,
	RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type {
	AutocompleteInteraction,
	ChatInputCommandInteraction,
	MessageComponentInteraction,
	ModalSubmitInteraction,
	UserContextMenuCommandInteraction,
} from 'discord.js';
import type { Context } from '../context.js';

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

export interface ChatInputCommand {
	definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
	/** Whether the answer will be ephemeral, known before the handler runs so a deferral matches it. */
	ephemeral(interaction: ChatInputCommandInteraction): boolean;
	execute(context: Context, interaction: ChatInputCommandInteraction): Promise<Reply>;
	autocomplete?(context: Context, interaction: AutocompleteInteraction): Promise<APIApplicationCommandOptionChoice[]>;
}

export interface UserContextCommand {
	definition: RESTPostAPIContextMenuApplicationCommandsJSONBody;
	ephemeral(interaction: UserContextMenuCommandInteraction): boolean;
	execute(context: Context, interaction: UserContextMenuCommandInteraction): Promise<Reply>;
}

/** Handles buttons and select menus whose custom_id starts with `prefix:`; the rest of the id is its state. */
export interface ComponentHandler {
	prefix: string;
	/** How a deferral should look if the handler is slow: keep the message and edit it, or answer anew. */
	defer: 'update' | { ephemeral: boolean };
	execute(context: Context, interaction: MessageComponentInteraction, args: string[]): Promise<Reply>;
}

export interface ModalHandler {
	prefix: string;
	defer: 'update' | { ephemeral: boolean };
	execute(context: Context, interaction: ModalSubmitInteraction, args: string[]): Promise<Reply>;
}

/** Everything the bot answers, as the router sees it. */
export interface CommandSet {
	chatInput: ChatInputCommand[];
	userContext: UserContextCommand[];
	components: ComponentHandler[];
	modals: ModalHandler[];
}
