import { InteractionResponseType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import type {
	APIApplicationCommandOptionChoice,
	APIEmbed,
	APIMessageTopLevelComponent,
	APIModalInteractionResponseCallbackComponent,
} from 'discord-api-types/v10';
import { DiscordHttpError, isRecord } from './http.js';
import type { ResponseData } from './types.js';

// Discord's documented limits: a fake that accepts what Discord refuses would hide real bugs.
const LIMITS = {
	content: 2000,
	embeds: 10,
	embedTotal: 6000,
	embedTitle: 256,
	embedDescription: 4096,
	embedFields: 25,
	fieldName: 256,
	fieldValue: 1024,
	footerText: 2048,
	authorName: 256,
	actionRows: 5,
	choices: 25,
	choiceName: 100,
	choiceValue: 100,
	customId: 100,
	modalTitle: 45,
	modalComponents: 5,
} as const;

type Path = ReadonlyArray<string | number>;

interface Issue {
	readonly path: Path;
	readonly code: string;
	readonly message: string;
}

/** 400 / 50035 with Discord's nested `errors` object, which discord.js flattens into its message. */
export function invalidFormBody(issues: readonly Issue[]): DiscordHttpError {
	const errors: Record<string, unknown> = {};
	for (const issue of issues) {
		let node = errors;
		for (const key of issue.path) {
			const existing = node[String(key)];
			const next: Record<string, unknown> = isRecord(existing) ? existing : {};
			node[String(key)] = next;
			node = next;
		}
		const previous: unknown[] = Array.isArray(node['_errors']) ? node['_errors'] : [];
		node['_errors'] = [...previous, { code: issue.code, message: issue.message }];
	}
	return new DiscordHttpError(400, { code: 50035, message: 'Invalid Form Body', errors });
}

const tooLong = (path: Path, max: number): Issue => ({
	path,
	code: 'BASE_TYPE_MAX_LENGTH',
	message: `Must be ${max} or fewer in length.`,
});
const wrongType = (path: Path, expected: string): Issue => ({
	path,
	code: 'BASE_TYPE_BAD_TYPE',
	message: `Expected a ${expected}.`,
});

function isEmbed(value: unknown): value is APIEmbed {
	if (!isRecord(value)) return false;
	const stringOrAbsent = (field: unknown): boolean => field === undefined || typeof field === 'string';
	const fields = value['fields'];
	return (
		stringOrAbsent(value['title']) &&
		stringOrAbsent(value['description']) &&
		stringOrAbsent(value['url']) &&
		(value['color'] === undefined || value['color'] === null || typeof value['color'] === 'number') &&
		(fields === undefined ||
			(Array.isArray(fields) &&
				fields.every((field) => isRecord(field) && typeof field['name'] === 'string' && typeof field['value'] === 'string')))
	);
}

type AnyComponent = APIMessageTopLevelComponent | APIModalInteractionResponseCallbackComponent;

// Components are checked only for shape: the bot's builders own their details.
function isComponent(value: unknown): value is AnyComponent {
	return isRecord(value) && typeof value['type'] === 'number';
}

function embedIssues(embeds: readonly APIEmbed[], path: Path): Issue[] {
	const issues: Issue[] = [];
	if (embeds.length > LIMITS.embeds) issues.push(tooLong(path, LIMITS.embeds));
	let total = 0;
	const measure = (text: string | undefined, max: number, at: Path): void => {
		if (text === undefined) return;
		total += text.length;
		if (text.length > max) issues.push(tooLong(at, max));
	};
	embeds.forEach((embed, index) => {
		const at = [...path, index];
		measure(embed.title, LIMITS.embedTitle, [...at, 'title']);
		measure(embed.description, LIMITS.embedDescription, [...at, 'description']);
		measure(embed.footer?.text, LIMITS.footerText, [...at, 'footer', 'text']);
		measure(embed.author?.name, LIMITS.authorName, [...at, 'author', 'name']);
		const fields = embed.fields ?? [];
		if (fields.length > LIMITS.embedFields) issues.push(tooLong([...at, 'fields'], LIMITS.embedFields));
		fields.forEach((field, fieldIndex) => {
			measure(field.name, LIMITS.fieldName, [...at, 'fields', fieldIndex, 'name']);
			measure(field.value, LIMITS.fieldValue, [...at, 'fields', fieldIndex, 'value']);
			if (field.name.length === 0 || field.value.length === 0) {
				issues.push({ path: [...at, 'fields', fieldIndex], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
			}
		});
	});
	if (total > LIMITS.embedTotal) issues.push({ path, code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' });
	return issues;
}

export interface MessageBodyOptions {
	/** A new message must not be empty; an edit may change nothing. */
	readonly mode: 'create' | 'edit';
	readonly path: Path;
	readonly fileCount: number;
}

/** Checks a message body (callback data, webhook edit or follow-up) against Discord's rules. */
export function parseMessageBody(raw: unknown, options: MessageBodyOptions): ResponseData {
	const { path } = options;
	if (!isRecord(raw)) throw invalidFormBody([{ path, code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }]);
	const issues: Issue[] = [];
	const data: ResponseData = {};
	for (const [field, value] of Object.entries(raw)) data[field] = value;

	const { content, embeds, components, flags } = raw;
	if (typeof content === 'string') {
		if (content.length > LIMITS.content) issues.push(tooLong([...path, 'content'], LIMITS.content));
		data.content = content;
	} else if (content === null && options.mode === 'edit') data.content = null;
	else if (content !== undefined) issues.push(wrongType([...path, 'content'], 'string'));

	if (Array.isArray(embeds) && embeds.every(isEmbed)) {
		issues.push(...embedIssues(embeds, [...path, 'embeds']));
		data.embeds = embeds;
	} else if (embeds === null && options.mode === 'edit') data.embeds = null;
	else if (embeds !== undefined) issues.push(wrongType([...path, 'embeds'], 'list of embeds'));

	const componentsV2 = typeof flags === 'number' && (flags & MessageFlags.IsComponentsV2) !== 0;
	if (Array.isArray(components) && components.every(isComponent)) {
		if (!componentsV2 && components.length > LIMITS.actionRows) issues.push(tooLong([...path, 'components'], LIMITS.actionRows));
		data.components = components;
	} else if (components === null && options.mode === 'edit') data.components = null;
	else if (components !== undefined) issues.push(wrongType([...path, 'components'], 'list of components'));

	if (typeof flags === 'number') data.flags = flags;
	else if (flags !== undefined && flags !== null) issues.push(wrongType([...path, 'flags'], 'integer'));

	if (issues.length > 0) throw invalidFormBody(issues);
	if (options.mode === 'create' && isEmptyMessage(raw, options.fileCount)) {
		throw new DiscordHttpError(400, { code: 50006, message: 'Cannot send an empty message' });
	}
	return data;
}

function isEmptyMessage(raw: Record<string, unknown>, fileCount: number): boolean {
	const nonEmptyList = (value: unknown): boolean => Array.isArray(value) && value.length > 0;
	const content = raw['content'];
	return !(
		(typeof content === 'string' && content.trim().length > 0) ||
		nonEmptyList(raw['embeds']) ||
		nonEmptyList(raw['components']) ||
		nonEmptyList(raw['attachments']) ||
		nonEmptyList(raw['sticker_ids']) ||
		raw['poll'] !== undefined ||
		fileCount > 0
	);
}

function isChoice(value: unknown): value is APIApplicationCommandOptionChoice {
	return isRecord(value) && typeof value['name'] === 'string' && (typeof value['value'] === 'string' || typeof value['value'] === 'number');
}

function parseChoices(raw: unknown): ResponseData {
	const path = ['data', 'choices'];
	const choices = isRecord(raw) ? raw['choices'] : undefined;
	if (!Array.isArray(choices) || !choices.every(isChoice)) throw invalidFormBody([wrongType(path, 'list of choices')]);
	const issues: Issue[] = [];
	if (choices.length > LIMITS.choices) issues.push(tooLong(path, LIMITS.choices));
	choices.forEach((choice, index) => {
		if (choice.name.length === 0 || choice.name.length > LIMITS.choiceName) {
			issues.push({ path: [...path, index, 'name'], code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between 1 and ${LIMITS.choiceName} in length.` });
		}
		if (typeof choice.value === 'string' && choice.value.length > LIMITS.choiceValue) {
			issues.push(tooLong([...path, index, 'value'], LIMITS.choiceValue));
		}
	});
	if (issues.length > 0) throw invalidFormBody(issues);
	return { choices };
}

function parseModal(raw: unknown): ResponseData {
	if (!isRecord(raw)) throw invalidFormBody([wrongType(['data'], 'modal')]);
	const { custom_id: customId, title, components } = raw;
	const issues: Issue[] = [];
	const lengthIssue = (value: unknown, max: number, field: string): void => {
		if (typeof value !== 'string' || value.length === 0 || value.length > max) {
			issues.push({ path: ['data', field], code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between 1 and ${max} in length.` });
		}
	};
	lengthIssue(customId, LIMITS.customId, 'custom_id');
	lengthIssue(title, LIMITS.modalTitle, 'title');
	const validComponents =
		Array.isArray(components) && components.every(isComponent) && components.length > 0 && components.length <= LIMITS.modalComponents;
	if (!validComponents) {
		issues.push({ path: ['data', 'components'], code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between 1 and ${LIMITS.modalComponents} in length.` });
	}
	if (issues.length > 0 || typeof customId !== 'string' || typeof title !== 'string' || !validComponents) throw invalidFormBody(issues);
	return { ...raw, custom_id: customId, title, components };
}

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

export interface ParsedCallback {
	readonly type: InteractionResponseType;
	readonly data: ResponseData | undefined;
}

/** Checks an interaction callback body: a response type this interaction allows, and its data. */
export function parseCallback(raw: unknown, interactionType: InteractionType, fileCount: number): ParsedCallback {
	const type = isRecord(raw) ? raw['type'] : undefined;
	const allowed = ALLOWED_RESPONSES[interactionType];
	const match = allowed.find((candidate) => candidate === type);
	if (match === undefined || !isRecord(raw)) {
		throw invalidFormBody([
			{ path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Value is not a valid interaction response type for this interaction.' },
		]);
	}
	const data = raw['data'];
	switch (match) {
		case InteractionResponseType.ChannelMessageWithSource:
			return { type: match, data: parseMessageBody(data, { mode: 'create', path: ['data'], fileCount }) };
		case InteractionResponseType.UpdateMessage:
		case InteractionResponseType.DeferredChannelMessageWithSource:
			return { type: match, data: data === undefined ? undefined : parseMessageBody(data, { mode: 'edit', path: ['data'], fileCount }) };
		case InteractionResponseType.ApplicationCommandAutocompleteResult:
			return { type: match, data: parseChoices(data) };
		case InteractionResponseType.Modal:
			return { type: match, data: parseModal(data) };
		default:
			return { type: match, data: undefined };
	}
}
