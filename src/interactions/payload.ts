import { ApplicationCommandOptionType, ApplicationCommandType, ComponentType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import { z } from 'zod';
import type { FlatOptions, InteractionView } from './types.js';

/**
 * Discord's interaction payload, read the same way whichever door it came through. Only what the bot reads is
 * checked; the rest passes as it came. A payload that does not fit (a forged POST, a new interaction type) is
 * refused here, before any handler sees it.
 */
const userSchema = z.looseObject({
	id: z.string(),
	username: z.string(),
	global_name: z.string().nullable().optional(),
	avatar: z.string().nullable().optional(),
});
/** Discord's user object as an interaction carries it: the fields the bot reads are checked, the rest kept as sent. */
export type InteractionUser = z.output<typeof userSchema>;
const memberSchema = z.looseObject({
	user: userSchema,
	nick: z.string().nullable().optional(),
	roles: z.array(z.string()).optional(),
	permissions: z.string().optional(),
});
/** Discord's interaction member object (a server's member), likewise. */
export type InteractionMember = z.output<typeof memberSchema>;

type RawOption = { name: string; type: number; value?: unknown; focused?: boolean | undefined; options?: RawOption[] | undefined };
const optionSchema: z.ZodType<RawOption> = z.lazy(() =>
	z.looseObject({ name: z.string(), type: z.number(), value: z.unknown().optional(), focused: z.boolean().optional(), options: z.array(optionSchema).optional() }),
);

const snowflake = z.string().regex(/^\d{1,20}$/);
const envelope = {
	id: snowflake,
	application_id: snowflake,
	token: z.string().min(1),
	user: userSchema.optional(),
	member: memberSchema.optional(),
	guild_id: z.string().optional(),
	channel_id: z.string().optional(),
	locale: z.string().optional(),
	guild_locale: z.string().optional(),
	app_permissions: z.string().optional(),
};

const commandData = z.looseObject({ name: z.string(), type: z.number(), options: z.array(optionSchema).optional(), target_id: z.string().optional() });

export const interactionSchema = z.discriminatedUnion('type', [
	z.looseObject({ ...envelope, type: z.literal(InteractionType.Ping) }),
	z.looseObject({ ...envelope, type: z.literal(InteractionType.ApplicationCommand), data: commandData }),
	z.looseObject({ ...envelope, type: z.literal(InteractionType.ApplicationCommandAutocomplete), data: commandData }),
	z.looseObject({
		...envelope,
		type: z.literal(InteractionType.MessageComponent),
		data: z.looseObject({ custom_id: z.string(), component_type: z.number(), values: z.array(z.string()).optional() }),
		message: z.looseObject({ id: z.string(), flags: z.number().optional() }),
	}),
	z.looseObject({
		...envelope,
		type: z.literal(InteractionType.ModalSubmit),
		data: z.looseObject({ custom_id: z.string(), components: z.array(z.unknown()) }),
		message: z.looseObject({ id: z.string(), flags: z.number().optional() }).optional(),
	}),
]);
export type Interaction = z.output<typeof interactionSchema>;

/**
 * The payload as an interaction, or where it is not one, for the log: paths and check codes, never a value (which
 * may be a member's text). Everything but a PING names who sent it, in `member` (a server) or `user` (a DM).
 */
export function parseInteraction(raw: unknown): { ok: true; interaction: Interaction } | { ok: false; problems: string[] } {
	const parsed = interactionSchema.safeParse(raw);
	if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.length === 0 ? '(root)' : issue.path.join('.')}: ${issue.code}`) };
	const interaction = parsed.data;
	if (interaction.type !== InteractionType.Ping && !interaction.member && !interaction.user) return { ok: false, problems: ['member, user: missing'] };
	return { ok: true, interaction };
}

/** What the dispatcher routes on: the interaction and which of its handlers it is for. */
export type Routed =
	| { kind: 'ping' }
	| { kind: 'chatInput'; name: string; options: FlatOptions; path: string }
	| { kind: 'autocomplete'; name: string; options: FlatOptions; focused: { name: string; value: string } }
	| { kind: 'userContext'; name: string; targetId: string }
	| { kind: 'component'; customId: string; values: string[] }
	| { kind: 'modal'; customId: string; fields: Record<string, string>; fromMessage: boolean }
	| { kind: 'unknown' };

export function interactionView(interaction: Interaction): InteractionView {
	// In a server the user is inside `member`; in a DM it is `user`. parseInteraction checked that one is there.
	const user = interaction.member?.user ?? interaction.user;
	if (!user) throw new Error('an interaction without a user (parseInteraction lets none through)');
	return {
		id: interaction.id,
		user,
		member: interaction.member,
		guildId: interaction.guild_id,
		channelId: interaction.channel_id,
		locale: interaction.locale,
		guildLocale: interaction.guild_locale,
		appPermissions: interaction.app_permissions,
	};
}

/** A command's options as one flat object, the subcommand path, and the option being typed (autocomplete). */
function flatten(options: readonly RawOption[] | undefined): { flat: FlatOptions; path: string[]; focused?: { name: string; value: string } } {
	const flat: FlatOptions = {};
	const path: string[] = [];
	let focused: { name: string; value: string } | undefined;
	const visit = (list: readonly RawOption[]) => {
		for (const option of list) {
			if (option.type === ApplicationCommandOptionType.SubcommandGroup) {
				flat.group = option.name;
				path.push(option.name);
				visit(option.options ?? []);
			} else if (option.type === ApplicationCommandOptionType.Subcommand) {
				flat.subcommand = option.name;
				path.push(option.name);
				visit(option.options ?? []);
			} else if (typeof option.value === 'string' || typeof option.value === 'number' || typeof option.value === 'boolean') {
				if (option.focused) focused = { name: option.name, value: String(option.value) };
				else flat[option.name] = option.value;
			}
		}
	};
	visit(options ?? []);
	return focused ? { flat, path, focused } : { flat, path };
}

/** Text inputs by custom_id, in rows (the classic modal) or in labels (the newer one), as Discord sends them back. */
function modalFields(components: readonly unknown[]): Record<string, string> {
	const fields: Record<string, string> = {};
	const visit = (node: unknown) => {
		if (typeof node !== 'object' || node === null) return;
		const item = node as { type?: unknown; custom_id?: unknown; value?: unknown; components?: unknown; component?: unknown };
		if (item.type === ComponentType.TextInput && typeof item.custom_id === 'string' && typeof item.value === 'string') fields[item.custom_id] = item.value;
		if (Array.isArray(item.components)) item.components.forEach(visit);
		if (item.component !== undefined) visit(item.component);
	};
	components.forEach(visit);
	return fields;
}

/** Whether a component or modal came from a message only its member sees (flag 64, EPHEMERAL, on the message). */
export function fromPrivateMessage(interaction: Interaction): boolean {
	if (interaction.type !== InteractionType.MessageComponent && interaction.type !== InteractionType.ModalSubmit) return false;
	return ((interaction.message?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

export function route(interaction: Interaction): Routed {
	switch (interaction.type) {
		case InteractionType.Ping:
			return { kind: 'ping' };
		case InteractionType.ApplicationCommand: {
			const { data } = interaction;
			if (data.type === ApplicationCommandType.User && data.target_id !== undefined) return { kind: 'userContext', name: data.name, targetId: data.target_id };
			if (data.type !== ApplicationCommandType.ChatInput) return { kind: 'unknown' };
			const { flat, path } = flatten(data.options);
			return { kind: 'chatInput', name: data.name, options: flat, path: [data.name, ...path].join(' ') };
		}
		case InteractionType.ApplicationCommandAutocomplete: {
			const { flat, focused } = flatten(interaction.data.options);
			return { kind: 'autocomplete', name: interaction.data.name, options: flat, focused: focused ?? { name: '', value: '' } };
		}
		case InteractionType.MessageComponent:
			return { kind: 'component', customId: interaction.data.custom_id, values: interaction.data.values ?? [] };
		case InteractionType.ModalSubmit:
			return { kind: 'modal', customId: interaction.data.custom_id, fields: modalFields(interaction.data.components), fromMessage: interaction.message !== undefined };
	}
}
