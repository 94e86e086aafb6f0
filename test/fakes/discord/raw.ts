import { InteractionType, MessageType } from 'discord-api-types/v10';
import type { APIMessage } from 'discord-api-types/v10';
import { DEFAULT_USER } from './fixtures.js';
import { isRecord } from './http.js';
import type { InteractionSpec } from './interaction-state.js';

function isInteractionType(value: unknown): value is InteractionType {
	return typeof value === 'number' && value >= InteractionType.Ping && value <= InteractionType.ModalSubmit;
}

function isMessage(value: unknown): value is APIMessage {
	return isRecord(value) && typeof value['id'] === 'string' && typeof value['channel_id'] === 'string';
}

/** A raw payload that names an id and token still gets callbacks answered, so odd-payload tests can assert on them. */
export function rawSpec(payload: unknown): InteractionSpec | undefined {
	if (!isRecord(payload)) return undefined;
	const { id, token, type, channel_id: channelId, message } = payload;
	if (typeof id !== 'string' || typeof token !== 'string' || !isInteractionType(type)) return undefined;
	return {
		id,
		token,
		type,
		label: `raw interaction type ${type}`,
		channelId: typeof channelId === 'string' ? channelId : '0',
		replyType: MessageType.Default,
		sourceMessage: isMessage(message) ? message : undefined,
		metadata: { id, type: InteractionType.ApplicationCommand, user: DEFAULT_USER, authorizing_integration_owners: {} },
	};
}

/** The guild an interaction payload happens in, for routing it to a shard; null (shard 0) for DMs and odd payloads. */
export function guildOf(payload: unknown): string | null {
	const guildId = isRecord(payload) ? payload['guild_id'] : undefined;
	return typeof guildId === 'string' && /^\d+$/.test(guildId) ? guildId : null;
}
