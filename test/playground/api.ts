import { ApplicationCommandOptionType, ComponentType, Locale } from 'discord-api-types/v10';
import type { APIApplicationCommandInteractionDataBasicOption, APIApplicationCommandInteractionDataOption, APIUser } from 'discord-api-types/v10';
import { z } from 'zod';
import type { FakeDiscord, InteractionHandle } from '../fakes/discord/index.js';
import type { Channel } from './channel.js';

/** Discord gives the bot 3 s to acknowledge; a little more here so the note never races a late but accepted answer. */
const ACK_WATCH_MS = 3_500;
const AUTOCOMPLETE_WAIT_MS = 3_500;

export interface ApiDeps {
	readonly discord: FakeDiscord;
	readonly channel: Channel;
	readonly users: ReadonlyMap<string, APIUser>;
}

export interface ApiReply {
	readonly status: number;
	readonly body: unknown;
}

/** A page mistake: answered 400 with the message. */
export class BadRequest extends Error {}

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a snowflake');
const name = z.string().min(1).max(32);
const focused = z.boolean().optional();
const numeric = z.union([z.number(), z.string().max(100)]);

const basicOption = z.discriminatedUnion('type', [
	z.object({ type: z.literal(ApplicationCommandOptionType.String), name, value: z.string().max(6000), focused }),
	z.object({ type: z.literal(ApplicationCommandOptionType.Integer), name, value: numeric, focused }),
	z.object({ type: z.literal(ApplicationCommandOptionType.Number), name, value: numeric, focused }),
	z.object({ type: z.literal(ApplicationCommandOptionType.Boolean), name, value: z.boolean() }),
	z.object({ type: z.literal(ApplicationCommandOptionType.User), name, value: snowflake }),
]);
const subcommand = z.object({ type: z.literal(ApplicationCommandOptionType.Subcommand), name, options: z.array(basicOption).max(25).optional() });
const group = z.object({ type: z.literal(ApplicationCommandOptionType.SubcommandGroup), name, options: z.array(subcommand).max(25) });
const options = z.array(z.union([basicOption, subcommand, group])).max(25);

/** The member's client language, sent with every interaction as Discord does: the page offers the bot's seven, the API any of Discord's. */
const locale = z.enum(Locale).default(Locale.EnglishUS);
const asUser = { userId: snowflake, dm: z.boolean().default(false), locale };
const commandRequest = z.discriminatedUnion('type', [
	z.object({ type: z.literal(1), name, options: options.default([]), ...asUser }),
	z.object({ type: z.literal(2), name, targetId: snowflake, ...asUser }),
]);
const autocompleteRequest = z.object({ name, options, ...asUser });
const clickRequest = z.object({
	userId: snowflake,
	locale,
	messageId: snowflake,
	customId: z.string().min(1).max(100),
	componentType: z.union([z.literal(ComponentType.Button), z.literal(ComponentType.StringSelect), z.literal(ComponentType.UserSelect)]),
	values: z.array(z.string().max(100)).max(25).default([]),
});
const modalRequest = z.object({
	userId: snowflake,
	dm: z.boolean().default(false),
	locale,
	customId: z.string().min(1).max(100),
	fields: z.record(z.string().max(100), z.string().max(4000)),
	messageId: snowflake.optional(),
});

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
	const parsed = schema.safeParse(body);
	if (!parsed.success) throw new BadRequest(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '));
	return parsed.data;
}

type BasicInput = z.output<typeof basicOption>;
type OptionInput = z.output<typeof options>[number];

/** Rebuilt field by field: zod's optional `focused` is `boolean | undefined`, which the strict option types refuse. */
function basic(option: BasicInput): APIApplicationCommandInteractionDataBasicOption {
	const focus = 'focused' in option && option.focused === true ? { focused: true } : {};
	switch (option.type) {
		case ApplicationCommandOptionType.String:
			return { type: option.type, name: option.name, value: option.value, ...focus };
		case ApplicationCommandOptionType.Integer:
		case ApplicationCommandOptionType.Number:
			return { type: option.type, name: option.name, value: option.value, ...focus };
		case ApplicationCommandOptionType.Boolean:
			return { type: option.type, name: option.name, value: option.value };
		case ApplicationCommandOptionType.User:
			return { type: option.type, name: option.name, value: option.value };
	}
}

function dataOptions(list: readonly OptionInput[]): APIApplicationCommandInteractionDataOption[] {
	return list.map((option): APIApplicationCommandInteractionDataOption => {
		switch (option.type) {
			case ApplicationCommandOptionType.Subcommand:
				return { type: option.type, name: option.name, ...(option.options ? { options: option.options.map(basic) } : {}) };
			case ApplicationCommandOptionType.SubcommandGroup:
				return {
					type: option.type,
					name: option.name,
					options: option.options.map((inner) => ({ type: inner.type, name: inner.name, ...(inner.options ? { options: inner.options.map(basic) } : {}) })),
				};
			default:
				return basic(option);
		}
	});
}

/** '/discogs profile': what Discord shows above a command's answer. */
function commandLabel(commandName: string, list: readonly OptionInput[]): string {
	const path = [commandName];
	const first = list[0];
	if (first?.type === ApplicationCommandOptionType.SubcommandGroup) path.push(first.name, first.options[0]?.name ?? '');
	else if (first?.type === ApplicationCommandOptionType.Subcommand) path.push(first.name);
	return `/${path.join(' ').trim()}`;
}

function userOf(deps: ApiDeps, id: string): APIUser {
	const user = deps.users.get(id);
	if (!user) throw new BadRequest(`unknown user ${id}: pick one of the demo users`);
	return user;
}

/** Notes in the channel when the bot leaves an interaction unanswered, which Discord shows as "The application did not respond". */
function watch(deps: ApiDeps, handle: InteractionHandle): ApiReply {
	handle.firstResponse(ACK_WATCH_MS).catch(() => deps.channel.note('The bot did not answer within 3 seconds: Discord would show "The application did not respond".'));
	return { status: 202, body: { interactionId: handle.id } };
}

export async function runCommand(deps: ApiDeps, body: unknown): Promise<ApiReply> {
	const request = parse(commandRequest, body);
	const user = userOf(deps, request.userId);
	const guildId = request.dm ? null : undefined;
	if (request.type === 2) {
		const target = userOf(deps, request.targetId);
		const handle = await deps.discord.userCommand({ name: request.name, target, user, guildId, locale: request.locale });
		deps.channel.dispatched(handle.id, { label: request.name, userId: user.id, dm: request.dm, sourceMessageId: undefined });
		return watch(deps, handle);
	}
	const handle = await deps.discord.slash({ name: request.name, options: dataOptions(request.options), user, guildId, locale: request.locale });
	deps.channel.dispatched(handle.id, { label: commandLabel(request.name, request.options), userId: user.id, dm: request.dm, sourceMessageId: undefined });
	return watch(deps, handle);
}

export async function autocomplete(deps: ApiDeps, body: unknown): Promise<ApiReply> {
	const request = parse(autocompleteRequest, body);
	const user = userOf(deps, request.userId);
	let handle: InteractionHandle;
	try {
		handle = await deps.discord.autocomplete({
			name: request.name,
			options: dataOptions(request.options),
			user,
			guildId: request.dm ? null : undefined,
			locale: request.locale,
		});
	} catch (error) {
		// The fake refuses an autocomplete without a focused option: the page's mistake, not a crash.
		if (error instanceof Error && /focused/.test(error.message)) throw new BadRequest(error.message);
		throw error;
	}
	const answer = await handle.final(AUTOCOMPLETE_WAIT_MS).catch(() => undefined);
	if (!answer) return { status: 504, body: { error: 'The bot did not answer the autocomplete in time.' } };
	return { status: 200, body: { choices: answer.data.choices ?? [] } };
}

export async function click(deps: ApiDeps, body: unknown): Promise<ApiReply> {
	const request = parse(clickRequest, body);
	const user = userOf(deps, request.userId);
	const source = deps.channel.message(request.messageId);
	if (!source) return { status: 404, body: { error: 'That message is no longer in the channel.' } };
	const handle = await deps.discord.click({
		customId: request.customId,
		message: source.message,
		user,
		componentType: request.componentType,
		values: request.values,
		guildId: source.dm ? null : undefined,
		locale: request.locale,
	});
	deps.channel.dispatched(handle.id, { label: undefined, userId: user.id, dm: source.dm, sourceMessageId: source.message.id });
	return watch(deps, handle);
}

export async function submitModal(deps: ApiDeps, body: unknown): Promise<ApiReply> {
	const request = parse(modalRequest, body);
	const user = userOf(deps, request.userId);
	const source = request.messageId === undefined ? undefined : deps.channel.message(request.messageId);
	const handle = await deps.discord.submitModal({
		customId: request.customId,
		fields: request.fields,
		user,
		guildId: (source?.dm ?? request.dm) ? null : undefined,
		locale: request.locale,
		...(source ? { message: source.message } : {}),
	});
	deps.channel.dispatched(handle.id, { label: undefined, userId: user.id, dm: source?.dm ?? request.dm, sourceMessageId: source?.message.id });
	return watch(deps, handle);
}
