import { MessageFlags } from 'discord-api-types/v10';
import type { APIEmbed } from 'discord-api-types/v10';
import { DiscordHttpError, isRecord } from '../http.js';
import type { ResponseData } from '../types.js';
import { messageComponentIssues } from './components.js';
import { embedIssues } from './embeds.js';
import type { Issue, Path } from './issues.js';
import { discordError, invalidFormBody, throwIfAny } from './issues.js';
import { validateAgainst } from './json-schema.js';
import { requestSchema } from './spec.js';

/** How a message body reaches Discord; each way has its own schema and its own settable flags. */
export type MessageKind = 'reply' | 'deferred' | 'update' | 'followup' | 'edit';

/*
 * Flags a body may set; Discord drops the others rather than refusing the body (discord/discord-api-docs#7386:
 * a deferral with SUPPRESS_NOTIFICATIONS and EPHEMERAL "ends up being filtered to just the ephemeral flag").
 * Sources: receiving-and-responding.mdx, "Messages" (callbacks 4 and 7: SUPPRESS_EMBEDS, EPHEMERAL,
 * IS_COMPONENTS_V2, IS_VOICE_MESSAGE, SUPPRESS_NOTIFICATIONS; a deferral: EPHEMERAL only) and "Create Followup
 * Message" (EPHEMERAL, and IS_COMPONENTS_V2 besides Execute Webhook's); webhook.mdx, Execute Webhook
 * (SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS, IS_COMPONENTS_V2) and Edit Webhook Message (SUPPRESS_EMBEDS,
 * IS_COMPONENTS_V2).
 */
const REPLY_FLAGS =
	MessageFlags.SuppressEmbeds | MessageFlags.Ephemeral | MessageFlags.IsComponentsV2 | MessageFlags.IsVoiceMessage | MessageFlags.SuppressNotifications;
const SETTABLE_FLAGS: Readonly<Record<MessageKind, number>> = {
	reply: REPLY_FLAGS,
	update: REPLY_FLAGS,
	deferred: MessageFlags.Ephemeral,
	followup: MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2 | MessageFlags.Ephemeral,
	edit: MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2,
};

export function settableFlags(kind: MessageKind): number {
	return SETTABLE_FLAGS[kind];
}

/**
 * allowed_mentions (message.mdx, "Allowed Mentions Object"): `parse` is mutually exclusive with the `users` and
 * `roles` lists of the same kind. The enum of `parse`, its uniqueness and the 100-id cap are the spec's.
 */
function mentionIssues(allowed: unknown, path: Path): Issue[] {
	if (!isRecord(allowed)) return [];
	const parse: unknown[] = Array.isArray(allowed['parse']) ? allowed['parse'] : [];
	const issues: Issue[] = [];
	for (const kind of ['users', 'roles'] as const) {
		const ids = allowed[kind];
		if (parse.includes(kind) && Array.isArray(ids) && ids.length > 0) {
			issues.push({
				path,
				code: 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
				message: `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
			});
		}
	}
	return issues;
}

function flagsOf(raw: Record<string, unknown>): number {
	const flags = raw['flags'];
	if (typeof flags === 'number') return flags;
	return typeof flags === 'string' && /^\d+$/.test(flags) ? Number(flags) : 0;
}

/**
 * The documented rules on a message body the schema has accepted; `path` is where the body sits in the request.
 * `storedFlags` are those of the message an edit or update changes: IS_COMPONENTS_V2 stays once set.
 */
export function messageRuleIssues(raw: Record<string, unknown>, path: Path, storedFlags = 0): Issue[] {
	const componentsV2 = ((flagsOf(raw) | storedFlags) & MessageFlags.IsComponentsV2) !== 0;
	return [
		...embedIssues(raw['embeds'], [...path, 'embeds']),
		...messageComponentIssues(raw['components'], [...path, 'components'], componentsV2),
		...mentionIssues(raw['allowed_mentions'], [...path, 'allowed_mentions']),
	];
}

// The schema has checked these shapes; the guards only tell TypeScript what it established.
const isEmbedList = (value: unknown): value is APIEmbed[] => Array.isArray(value) && value.every(isRecord);
const isComponentList = (value: unknown): value is NonNullable<ResponseData['components']> =>
	Array.isArray(value) && value.every((component) => isRecord(component) && typeof component['type'] === 'number');

/** The accepted body as the fake keeps it, with the flags the kind may set (the others dropped, as Discord does). */
export function toResponseData(raw: Record<string, unknown>, kind: MessageKind): ResponseData {
	const data: ResponseData = { ...raw };
	const { content, embeds, components } = raw;
	if (typeof content === 'string' || content === null) data.content = content;
	if (isEmbedList(embeds) || embeds === null) data.embeds = embeds;
	if (isComponentList(components) || components === null) data.components = components;
	if (raw['flags'] !== undefined && raw['flags'] !== null) data.flags = flagsOf(raw) & settableFlags(kind);
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
		(raw['poll'] !== undefined && raw['poll'] !== null) ||
		fileCount > 0
	);
}

/** A new message must say something (50006); an edit may change nothing. */
export function checkNotEmpty(raw: Record<string, unknown>, fileCount: number): void {
	if (isEmptyMessage(raw, fileCount)) throw new DiscordHttpError(400, { code: 50006, message: 'Cannot send an empty message' });
}

export interface WebhookMessageOptions {
	/** The spec's operation: 'execute_webhook', 'update_original_webhook_message' or 'update_webhook_message'. */
	readonly operationId: string;
	readonly kind: 'followup' | 'edit';
	readonly fileCount: number;
	/** For an edit, the flags of the message it changes. */
	readonly storedFlags?: number | undefined;
}

/** A follow-up or an edit (JSON, or the payload_json of a multipart body): the spec's schema, then the rules. */
export function parseWebhookMessage(raw: unknown, options: WebhookMessageOptions): ResponseData {
	if (!isRecord(raw)) throw invalidFormBody([discordError.dict([])]);
	throwIfAny(validateAgainst(raw, requestSchema(options.operationId)));
	throwIfAny(messageRuleIssues(raw, [], options.storedFlags ?? 0));
	if (options.kind === 'followup') checkNotEmpty(raw, options.fileCount);
	return toResponseData(raw, options.kind);
}
