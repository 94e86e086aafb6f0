import { ApplicationCommandType, ComponentType, InteractionType, MessageType } from 'discord-api-types/v10';
import type {
	APIApplicationCommandAutocompleteInteraction,
	APIChatInputApplicationCommandInteraction,
	APIInteraction,
	APIMessageComponentInteraction,
	APIMessageComponentInteractionData,
	APIModalSubmitInteraction,
	APIUser,
	APIUserApplicationCommandInteraction,
} from 'discord-api-types/v10';
import type { Envelope, PayloadContext, Place } from './envelope.js';
import { commandIdentity, envelope, knownUsers, place, resolvedUsers } from './envelope.js';
import { DEFAULT_USER } from './fixtures.js';
import type { InteractionSpec } from './interaction-state.js';
import { autocompleteOptions, commandOptions, hasFocusedOption, mentionedIds } from './options.js';
import type { ClickInput, ModalSubmitInput, SlashInput, UserCommandInput } from './types.js';

export type { PayloadContext } from './envelope.js';

export interface BuiltInteraction {
	readonly payload: APIInteraction;
	readonly spec: InteractionSpec;
}

interface CommandSpecInput {
	readonly base: Envelope;
	readonly type: InteractionType;
	readonly label: string;
	readonly where: Place;
	readonly user: APIUser;
	readonly replyType: MessageType;
	readonly targetUser?: APIUser;
}

function commandSpec({ base, type, label, where, user, replyType, targetUser }: CommandSpecInput): InteractionSpec {
	return {
		id: base.id,
		token: base.token,
		type,
		label,
		channelId: where.channelId,
		replyType,
		sourceMessage: undefined,
		metadata: {
			id: base.id,
			type: InteractionType.ApplicationCommand,
			user,
			authorizing_integration_owners: where.owners,
			...(targetUser ? { target_user: targetUser } : {}),
		},
	};
}

/** The parts slash commands and their autocompletes share. */
function chatInput(ctx: PayloadContext, input: SlashInput) {
	const user = input.user ?? DEFAULT_USER;
	const where = place(ctx, { user, guildId: input.guildId, context: input.context });
	const options = input.options ?? [];
	const byId = new Map([...knownUsers(ctx, mentionedIds(options)), ...(input.resolvedUsers ?? [])].map((known) => [known.id, known]));
	const data = {
		...commandIdentity(ctx, input.name, ApplicationCommandType.ChatInput, where.guildId),
		name: input.name,
		type: ApplicationCommandType.ChatInput,
		...(byId.size > 0 ? { resolved: resolvedUsers(ctx, [...byId.values()], where.guildId) } : {}),
	} as const;
	return { user, where, options, data, base: envelope(ctx, where, user, input.locale) };
}

export function slashPayload(ctx: PayloadContext, input: SlashInput): BuiltInteraction {
	const { user, where, options, data, base } = chatInput(ctx, input);
	const payload = {
		...base,
		type: InteractionType.ApplicationCommand,
		// Like Discord, no `options` key when the command got none.
		data: { ...data, ...(options.length > 0 ? { options: commandOptions(options) } : {}) },
	} satisfies APIChatInputApplicationCommandInteraction;
	const label = `slash /${input.name}`;
	return { payload, spec: commandSpec({ base, type: payload.type, label, where, user, replyType: MessageType.ChatInputCommand }) };
}

export function autocompletePayload(ctx: PayloadContext, input: SlashInput): BuiltInteraction {
	if (!hasFocusedOption(input.options ?? [])) throw new Error(`autocomplete /${input.name}: one option needs focused: true`);
	const { user, where, options, data, base } = chatInput(ctx, input);
	const payload = {
		...base,
		type: InteractionType.ApplicationCommandAutocomplete,
		data: { ...data, options: autocompleteOptions(options) },
	} satisfies APIApplicationCommandAutocompleteInteraction;
	const label = `autocomplete /${input.name}`;
	return { payload, spec: commandSpec({ base, type: payload.type, label, where, user, replyType: MessageType.ChatInputCommand }) };
}

export function userCommandPayload(ctx: PayloadContext, input: UserCommandInput): BuiltInteraction {
	const user = input.user ?? DEFAULT_USER;
	const where = place(ctx, { user, guildId: input.guildId, context: input.context });
	const base = envelope(ctx, where, user, input.locale);
	const payload = {
		...base,
		type: InteractionType.ApplicationCommand,
		data: {
			...commandIdentity(ctx, input.name, ApplicationCommandType.User, where.guildId),
			name: input.name,
			type: ApplicationCommandType.User,
			target_id: input.target.id,
			resolved: resolvedUsers(ctx, [input.target], where.guildId),
		},
	} satisfies APIUserApplicationCommandInteraction;
	return {
		payload,
		spec: commandSpec({
			base,
			type: payload.type,
			label: `user command '${input.name}'`,
			where,
			user,
			replyType: MessageType.ContextMenuCommand,
			targetUser: input.target,
		}),
	};
}

function componentData(ctx: PayloadContext, input: ClickInput, guildId: string | null): APIMessageComponentInteractionData {
	const componentType = input.componentType ?? ComponentType.Button;
	const values = input.values ?? [];
	switch (componentType) {
		case ComponentType.Button:
			return { custom_id: input.customId, component_type: componentType };
		case ComponentType.StringSelect:
			return { custom_id: input.customId, component_type: componentType, values };
		case ComponentType.UserSelect:
			return { custom_id: input.customId, component_type: componentType, values, resolved: resolvedUsers(ctx, knownUsers(ctx, values), guildId) };
		default:
			throw new Error(`click: component type ${componentType} needs resolved data the fake does not build; use dispatchRaw`);
	}
}

export function clickPayload(ctx: PayloadContext, input: ClickInput): BuiltInteraction {
	const user = input.user ?? DEFAULT_USER;
	const where = place(ctx, { user, guildId: input.guildId, channelId: input.message.channel_id });
	const base = envelope(ctx, where, user, input.locale);
	const payload = {
		...base,
		type: InteractionType.MessageComponent,
		data: componentData(ctx, input, where.guildId),
		message: input.message,
	} satisfies APIMessageComponentInteraction;
	const spec: InteractionSpec = {
		id: base.id,
		token: base.token,
		type: payload.type,
		label: `click '${input.customId}'`,
		channelId: where.channelId,
		replyType: MessageType.Default,
		sourceMessage: structuredClone(input.message),
		metadata: {
			id: base.id,
			type: InteractionType.MessageComponent,
			user,
			authorizing_integration_owners: where.owners,
			interacted_message_id: input.message.id,
		},
	};
	return { payload, spec };
}

export function modalSubmitPayload(ctx: PayloadContext, input: ModalSubmitInput): BuiltInteraction {
	const user = input.user ?? DEFAULT_USER;
	const where = place(ctx, { user, guildId: input.guildId, channelId: input.message?.channel_id });
	const base = envelope(ctx, where, user, input.locale);
	// One text input per action row, the classic modal layout discord.js reads with fields.getTextInputValue.
	const components = Object.entries(input.fields).map(([customId, value]) => ({
		type: ComponentType.ActionRow as const,
		components: [{ type: ComponentType.TextInput as const, custom_id: customId, value }],
	}));
	const payload = {
		...base,
		type: InteractionType.ModalSubmit,
		data: { custom_id: input.customId, components },
		...(input.message ? { message: input.message } : {}),
	} satisfies APIModalSubmitInteraction;
	const trigger = { id: ctx.nextId(), type: InteractionType.ApplicationCommand, user, authorizing_integration_owners: where.owners } as const;
	const spec: InteractionSpec = {
		id: base.id,
		token: base.token,
		type: payload.type,
		label: `modal submit '${input.customId}'`,
		channelId: where.channelId,
		replyType: MessageType.Default,
		sourceMessage: input.message ? structuredClone(input.message) : undefined,
		metadata: {
			id: base.id,
			type: InteractionType.ModalSubmit,
			user,
			authorizing_integration_owners: where.owners,
			triggering_interaction_metadata: trigger,
		},
	};
	return { payload, spec };
}
