import {
	MessageFlags,
	type ChatInputCommandInteraction,
	type JSONEncodable,
	type InteractionEditReplyOptions,
	type InteractionReplyOptions,
	type MessageComponentInteraction,
	type ModalSubmitInteraction,
	type UserContextMenuCommandInteraction,
} from 'discord.js';
import { COLORS, DISCORD_LIMITS } from '../core/constants.js';
import { stripBidiControls, truncate } from '../core/markdown.js';
import { clampEmbed } from '../views/format.js';
import type { MessagePayload, Reply } from './types.js';

/** Interactions that can carry a message answer. */
export type Answerable =
	| ChatInputCommandInteraction
	| UserContextMenuCommandInteraction
	| MessageComponentInteraction
	| ModalSubmitInteraction;

export type DeferStyle = 'update' | { ephemeral: boolean };

/** Nobody is ever pinged by the bot's answers, whatever the text contains. */
const NO_MENTIONS = { parse: [] as [] };

/**
 * Sent as it is. Views build Discord's own JSON (snake_case, discord-api-types), which discord.js would otherwise walk
 * key by key through its camelCase-to-snake_case transformer on every answer, for nothing.
 */
function asSent<T>(data: T): JSONEncodable<T> {
	return { toJSON: () => data };
}

function body(message: MessagePayload) {
	return {
		content: message.content === undefined ? '' : truncate(stripBidiControls(message.content), DISCORD_LIMITS.content),
		embeds: (message.embeds ?? []).map((embed) => asSent(clampEmbed(embed))),
		components: (message.components ?? []).map(asSent),
		allowedMentions: NO_MENTIONS,
	};
}

/** Acknowledges an interaction whose handler is slow; the answer follows with {@link deliver}. */
export async function deferAnswer(interaction: Answerable, style: DeferStyle): Promise<void> {
	if (style === 'update' && (interaction.isMessageComponent() || (interaction.isModalSubmit() && interaction.isFromMessage()))) {
		await interaction.deferUpdate();
		return;
	}
	const ephemeral = style !== 'update' && style.ephemeral;
	await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

/** Sends a handler's answer, as the first response or as an edit of the deferred one. */
export async function deliver(interaction: Answerable, reply: Reply): Promise<void> {
	if (reply.kind === 'modal') {
		if (interaction.isModalSubmit()) throw new Error('A modal cannot answer a modal submit');
		if (interaction.deferred || interaction.replied) throw new Error('A modal must be the first response');
		await interaction.showModal(reply.modal);
		return;
	}
	const payload = body(reply.message);
	if (reply.kind === 'update' && (interaction.isMessageComponent() || (interaction.isModalSubmit() && interaction.isFromMessage()))) {
		if (interaction.deferred || interaction.replied) await interaction.editReply(payload satisfies InteractionEditReplyOptions);
		else await interaction.update(payload);
		return;
	}
	const ephemeral = reply.kind === 'message' && reply.ephemeral;
	if (interaction.deferred && !interaction.replied) {
		// A deferral's visibility is fixed; a private answer after a public deferral goes out as an ephemeral follow-up.
		if (ephemeral && !interaction.ephemeral) {
			await interaction.deleteReply().catch(() => undefined);
			await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
		} else {
			await interaction.editReply(payload);
		}
		return;
	}
	const options: InteractionReplyOptions = ephemeral ? { ...payload, flags: MessageFlags.Ephemeral } : payload;
	if (interaction.replied) await interaction.followUp(options);
	else await interaction.reply(options);
}

/** An error answer: always ephemeral, so a failure is never posted in a channel for everyone. */
export function errorReply(text: string): Reply {
	return {
		kind: 'message',
		ephemeral: true,
		message: { embeds: [{ color: COLORS.error, description: truncate(text, DISCORD_LIMITS.embedDescription) }] },
	};
}

/** An answer to a bug: nothing internal, but the reference that finds it in the logs. */
export function genericErrorReply(interactionId: string): Reply {
	return errorReply(`Something went wrong on our side. If it keeps happening, give the bot's operator this reference: \`${interactionId}\`.`);
}
