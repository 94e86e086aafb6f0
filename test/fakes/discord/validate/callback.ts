import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { isRecord } from '../http.js';
import type { ResponseData } from '../types.js';
import { modalComponentIssues } from './components.js';
import type { Issue } from './issues.js';
import { discordError, invalidFormBody, textLength, throwIfAny } from './issues.js';
import { validateAgainst } from './json-schema.js';
import { checkNotEmpty, messageRuleIssues, toResponseData } from './message.js';
import { requestSchema } from './spec.js';

/**
 * Which callback types each interaction type accepts (receiving-and-responding.mdx, "Interaction Callback Type":
 * 6 and 7 only for component-based interactions, 9 not for MODAL_SUBMIT or PING). The spec's union admits every
 * type for every interaction. The code is the closest found: a real answer for this case was not found.
 */
const ALLOWED_RESPONSES: Readonly<Record<InteractionType, readonly InteractionResponseType[]>> = {
	[InteractionType.Ping]: [InteractionResponseType.Pong],
	[InteractionType.ApplicationCommand]: [
		InteractionResponseType.ChannelMessageWithSource,
		InteractionResponseType.DeferredChannelMessageWithSource,
		InteractionResponseType.Modal,
	],
	[InteractionType.MessageComponent]: [
		InteractionResponseType.ChannelMessageWithSource,
		InteractionResponseType.DeferredChannelMessageWithSource,
		InteractionResponseType.DeferredMessageUpdate,
		InteractionResponseType.UpdateMessage,
		InteractionResponseType.Modal,
	],
	[InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
	[InteractionType.ModalSubmit]: [
		InteractionResponseType.ChannelMessageWithSource,
		InteractionResponseType.DeferredChannelMessageWithSource,
		InteractionResponseType.DeferredMessageUpdate,
		InteractionResponseType.UpdateMessage,
	],
};

/** A string choice's value: "up to 100 characters" (application-commands.mdx, choice structure); the spec says 6000. */
export const CHOICE_STRING_VALUE_MAX = 100;

export interface ParsedCallback {
	readonly type: InteractionResponseType;
	readonly data: ResponseData | undefined;
}

const responseTypeInvalid = (message: string): Issue => ({ path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message });

export const invalidResponseType = (message: string): ReturnType<typeof invalidFormBody> => invalidFormBody([responseTypeInvalid(message)]);

// The schema has checked the shape; the guard only tells TypeScript what it established.
const isChoice = (value: unknown): value is APIApplicationCommandOptionChoice => isRecord(value) && typeof value['name'] === 'string';

function parseChoices(data: Record<string, unknown>): ResponseData {
	const raw: unknown[] = Array.isArray(data['choices']) ? data['choices'] : [];
	const choices = raw.filter(isChoice);
	const issues: Issue[] = [];
	choices.forEach((choice, index) => {
		if (typeof choice.value === 'string' && textLength(choice.value) > CHOICE_STRING_VALUE_MAX) {
			issues.push(discordError.maxLength(['data', 'choices', index, 'value'], CHOICE_STRING_VALUE_MAX));
		}
	});
	throwIfAny(issues);
	return { choices };
}

function parseModal(data: Record<string, unknown>): ResponseData {
	throwIfAny(modalComponentIssues(data['components'], ['data', 'components']));
	const { custom_id: customId, title } = data;
	const modal: ResponseData = { ...data };
	if (typeof customId === 'string') modal.custom_id = customId;
	if (typeof title === 'string') modal.title = title;
	return toResponseData(modal, 'reply');
}

/** The callback type as a number: Discord coerces "4" like 4. */
function typeOf(raw: Record<string, unknown>): number {
	const type = raw['type'];
	return typeof type === 'string' ? Number(type) : typeof type === 'number' ? type : Number.NaN;
}

/**
 * POST /interactions/{id}/{token}/callback: the spec's schema for the body (CreateMessage-, UpdateMessage-,
 * ApplicationCommandAutocomplete-, Modal-, Pong-InteractionCallbackRequest, picked by `type`), a type this
 * interaction allows, then the documented rules for its data. `sourceFlags` are those of the message a component
 * sits on, which an update (7) changes.
 */
export function parseCallback(raw: unknown, interactionType: InteractionType, fileCount: number, sourceFlags = 0): ParsedCallback {
	if (!isRecord(raw)) throw invalidFormBody([discordError.dict([])]);
	throwIfAny(validateAgainst(raw, requestSchema('create_interaction_response')));
	const type = ALLOWED_RESPONSES[interactionType].find((candidate) => candidate === typeOf(raw));
	if (type === undefined) throw invalidResponseType('Value is not a valid interaction response type for this interaction.');
	const data = isRecord(raw['data']) ? raw['data'] : undefined;
	switch (type) {
		case InteractionResponseType.ChannelMessageWithSource: {
			const body = data ?? {};
			throwIfAny(messageRuleIssues(body, ['data']));
			checkNotEmpty(body, fileCount);
			return { type, data: toResponseData(body, 'reply') };
		}
		case InteractionResponseType.UpdateMessage:
			if (data) throwIfAny(messageRuleIssues(data, ['data'], sourceFlags));
			return { type, data: data && toResponseData(data, 'update') };
		case InteractionResponseType.DeferredChannelMessageWithSource:
			return { type, data: data && toResponseData(data, 'deferred') };
		case InteractionResponseType.ApplicationCommandAutocompleteResult:
			return { type, data: parseChoices(data ?? {}) };
		case InteractionResponseType.Modal:
			return { type, data: parseModal(data ?? {}) };
		default:
			return { type, data: undefined };
	}
}
