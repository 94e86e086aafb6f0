import { InteractionResponseType, MessageFlags, type APIApplicationCommandOptionChoice, type APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { COLORS, DISCORD_LIMITS } from '../core/constants.js';
import { stripBidiControls, truncate } from '../core/markdown.js';
import { clampEmbed } from '../views/format.js';
import type { Translator } from '../i18n/translator.js';
import type { Responder } from './responder.js';
import type { DeferStyle, MessagePayload, Reply } from './types.js';

/** Nobody is ever pinged by the bot's answers, whatever the text contains. */
const NO_MENTIONS = { parse: [] as [] };

/**
 * One interaction's answer as it goes: what was sent first decides what may follow (Discord allows one initial
 * response; after a deferral, the answer is an edit; after that, follow-ups).
 */
export class Answer {
	readonly #responder: Responder;
	/** A component, or a modal opened from one: its message can be updated in place. */
	readonly #onMessage: boolean;
	readonly #modalSubmit: boolean;
	/** How the first response acknowledged it, once it has. */
	#first: 'deferred-update' | 'deferred-public' | 'deferred-ephemeral' | 'answered' | undefined;

	constructor(responder: Responder, kind: { onMessage: boolean; modalSubmit: boolean }) {
		this.#responder = responder;
		this.#onMessage = kind.onMessage;
		this.#modalSubmit = kind.modalSubmit;
	}

	get acknowledged(): boolean {
		return this.#first !== undefined;
	}

	/** Acknowledges an interaction whose handler is slow; the answer follows with {@link deliver}. */
	async defer(style: DeferStyle): Promise<void> {
		if (style === 'update' && this.#onMessage) {
			this.#first = 'deferred-update';
			await this.#responder.initial({ type: InteractionResponseType.DeferredMessageUpdate });
			return;
		}
		const ephemeral = style !== 'update' && style.ephemeral;
		this.#first = ephemeral ? 'deferred-ephemeral' : 'deferred-public';
		await this.#responder.initial({ type: InteractionResponseType.DeferredChannelMessageWithSource, ...(ephemeral && { data: { flags: MessageFlags.Ephemeral } }) });
	}

	async choices(choices: APIApplicationCommandOptionChoice[]): Promise<void> {
		this.#first = 'answered';
		await this.#responder.initial({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
	}

	/** Sends a handler's answer, as the first response or as an edit of the deferred one. */
	async deliver(reply: Reply): Promise<void> {
		const first = this.#first;
		if (reply.kind === 'modal') {
			if (this.#modalSubmit) throw new Error('A modal cannot answer a modal submit');
			if (first !== undefined) throw new Error('A modal must be the first response');
			this.#first = 'answered';
			await this.#responder.initial({ type: InteractionResponseType.Modal, data: reply.modal });
			return;
		}
		const payload = body(reply.message);
		if (reply.kind === 'update' && this.#onMessage) {
			if (first === undefined) {
				this.#first = 'answered';
				await this.#responder.initial({ type: InteractionResponseType.UpdateMessage, data: payload });
			} else if (first === 'answered') {
				await this.#responder.followUp(payload);
			} else {
				// After a deferred update, @original is the component's message; after a deferred reply, the reply.
				await this.#responder.editOriginal(payload);
			}
			return;
		}
		const ephemeral = reply.kind === 'message' && reply.ephemeral;
		const flagged = ephemeral ? { ...payload, flags: MessageFlags.Ephemeral } : payload;
		this.#first = 'answered';
		switch (first) {
			case undefined:
				await this.#responder.initial({ type: InteractionResponseType.ChannelMessageWithSource, data: flagged });
				return;
			case 'deferred-public':
				if (ephemeral) {
					// A deferral's visibility is fixed: a private answer (an error, say) after a public "thinking…" goes out
					// as an ephemeral follow-up, and the public placeholder goes.
					await this.#responder.deleteOriginal().catch(() => undefined);
					await this.#responder.followUp(flagged);
				} else {
					await this.#responder.editOriginal(payload);
				}
				return;
			case 'deferred-ephemeral':
				await this.#responder.editOriginal(payload);
				return;
			case 'deferred-update':
			case 'answered':
				// A new message after the component's message was kept (or after an answer): a follow-up, never an edit
				// of the member's message.
				await this.#responder.followUp(flagged);
				return;
		}
	}
}

function body(message: MessagePayload): APIInteractionResponseCallbackData {
	return {
		content: message.content === undefined ? '' : truncate(stripBidiControls(message.content), DISCORD_LIMITS.content),
		embeds: (message.embeds ?? []).map((embed) => clampEmbed(embed)),
		components: message.components ?? [],
		allowed_mentions: NO_MENTIONS,
	};
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
export function genericErrorReply(tr: Translator, interactionId: string): Reply {
	return errorReply(tr.t('errors:generic', { reference: interactionId }));
}
