import { ComponentType, MessageFlags } from 'discord-api-types/v10';
import type { APIAttachment, APIMessage, APIMessageInteractionMetadata, APIUser, MessageType } from 'discord-api-types/v10';
import type { UploadedFile } from './http.js';
import { isRecord } from './http.js';
import { componentsResponse, embedResponse, metadataResponse, userResponse } from './message-shape.js';
import type { ResponseData } from './types.js';

/**
 * SUPPRESS_EMBEDS goes on and off with an edit; IS_COMPONENTS_V2 can be turned on but, once set, stays
 * (components/reference.mdx); ephemerality is fixed at creation.
 */
const EDITABLE_FLAGS = MessageFlags.SuppressEmbeds;
const ONE_WAY_FLAGS = MessageFlags.IsComponentsV2;

export interface NewMessage {
	readonly id: string;
	readonly channelId: string;
	readonly author: APIUser;
	readonly applicationId: string;
	readonly type: MessageType;
	readonly interaction: APIMessageInteractionMetadata;
	readonly extraFlags?: number;
	readonly at: number;
}

function attachmentsFrom(files: readonly UploadedFile[], channelId: string, nextId: () => string): APIAttachment[] {
	return files.map((file) => {
		const id = nextId();
		const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(file.filename)}`;
		return { id, filename: file.filename, size: file.size, url, proxy_url: url, content_type: file.contentType };
	});
}

type MessageComponent = NonNullable<APIMessage['components']>[number];

function componentsOf(data: ResponseData): MessageComponent[] {
	const components = data.components ?? [];
	// A message only keeps message components; modal-only kinds never reach here (parseCallback routes them elsewhere).
	return componentsResponse(components.filter((component): component is MessageComponent => component.type !== ComponentType.Label));
}

export function createMessage(spec: NewMessage, data: ResponseData, files: readonly UploadedFile[], nextId: () => string): APIMessage {
	// data.flags holds only what the body's kind may set (validate/message.ts); the rest are Discord's to set.
	const flags = (data.flags ?? 0) | (spec.extraFlags ?? 0);
	return {
		id: spec.id,
		channel_id: spec.channelId,
		author: userResponse(spec.author),
		content: data.content ?? '',
		timestamp: new Date(spec.at).toISOString(),
		edited_timestamp: null,
		tts: data['tts'] === true,
		mention_everyone: false,
		mentions: [],
		mention_roles: [],
		attachments: attachmentsFrom(files, spec.channelId, nextId),
		embeds: (data.embeds ?? []).map(embedResponse),
		pinned: false,
		type: spec.type,
		flags,
		components: componentsOf(data),
		webhook_id: spec.applicationId,
		application_id: spec.applicationId,
		interaction_metadata: metadataResponse(spec.interaction),
	};
}

/** Applies a PATCH body (or an update callback) the way Discord does: absent fields stay, null clears. */
export function editMessage(
	message: APIMessage,
	data: ResponseData,
	files: readonly UploadedFile[],
	at: number,
	nextId: () => string,
): APIMessage {
	const edited: APIMessage = { ...message, edited_timestamp: new Date(at).toISOString() };
	if (data.content !== undefined) edited.content = data.content ?? '';
	if (data.embeds !== undefined) edited.embeds = (data.embeds ?? []).map(embedResponse);
	if (data.components !== undefined) edited.components = componentsOf(data);
	if (typeof data.flags === 'number') {
		edited.flags = ((message.flags ?? 0) & ~EDITABLE_FLAGS) | (data.flags & (EDITABLE_FLAGS | ONE_WAY_FLAGS));
	}
	// A body listing `attachments` keeps only those ids; without it, existing attachments stay.
	const listed: unknown[] | undefined = Array.isArray(data['attachments']) ? data['attachments'] : undefined;
	const kept = listed
		? message.attachments.filter((attachment) => listed.some((entry) => isRecord(entry) && String(entry['id']) === attachment.id))
		: message.attachments;
	edited.attachments = [...kept, ...attachmentsFrom(files, message.channel_id, nextId)];
	return edited;
}

/** The first edit of a deferred reply replaces its "thinking…" state. */
export function finishLoading(message: APIMessage): APIMessage {
	return { ...message, flags: (message.flags ?? 0) & ~MessageFlags.Loading, edited_timestamp: null };
}

export function isEphemeral(message: Pick<APIMessage, 'flags'> | ResponseData | undefined): boolean {
	const flags = message?.flags;
	return typeof flags === 'number' && (flags & MessageFlags.Ephemeral) !== 0;
}
