import { InteractionResponseType, MessageFlags, MessageType } from 'discord-api-types/v10';
import type {
	APIMessage,
	APIMessageInteractionMetadata,
	APIUser,
	InteractionType,
	RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord-api-types/v10';
import { INTERACTION_TOKEN_LIFETIME_MS } from './fixtures.js';
import type { Reply, UploadedFile } from './http.js';
import { DiscordHttpError, json, noContent, unknownInteraction, unknownMessage, unknownWebhook } from './http.js';
import { createMessage, editMessage, finishLoading, isEphemeral } from './messages.js';
import { Signal } from './signal.js';
import type {
	CallbackRecord,
	EndpointDelivery,
	FinalAnswer,
	InteractionEvent,
	InteractionEventKind,
	InteractionHandle,
	InteractionNotice,
	ResponseData,
} from './types.js';
import { invalidResponseType, parseCallback, parseWebhookMessage } from './validate/index.js';

const DEFAULT_FIRST_RESPONSE_TIMEOUT_MS = 5000;
const DEFAULT_FINAL_TIMEOUT_MS = 10_000;
const ORIGINAL = '@original';

export interface InteractionSpec {
	readonly id: string;
	readonly token: string;
	readonly type: InteractionType;
	/** Names the interaction in timeout errors, e.g. 'slash /ping'. */
	readonly label: string;
	readonly channelId: string;
	readonly replyType: MessageType;
	/** The message a component sits on; what callbacks 6 and 7 edit. */
	readonly sourceMessage: APIMessage | undefined;
	readonly metadata: APIMessageInteractionMetadata;
}

export interface InteractionEnvironment {
	readonly botUser: APIUser;
	readonly applicationId: string;
	readonly ackDeadlineMs: number;
	readonly nextId: () => string;
	/** Told of every event as it is recorded (the fake's onInteractionEvent listeners). */
	readonly notify: (notice: InteractionNotice) => void;
}

/** What an accepted event did, for the notice. */
interface Outcome {
	readonly callback?: CallbackRecord | undefined;
	readonly message?: APIMessage | undefined;
}

const alreadyAcknowledged = (): DiscordHttpError =>
	new DiscordHttpError(400, { code: 40060, message: 'Interaction has already been acknowledged.' });
const expiredToken = (): DiscordHttpError => new DiscordHttpError(401, { code: 50027, message: 'Invalid Webhook Token' });

/** One dispatched interaction: Discord's side of its callbacks and webhook messages, and the test's handle on them. */
export class InteractionState implements InteractionHandle {
	readonly dispatchedAt = Date.now();
	/** Set by the fake as it sends the INTERACTION_CREATE, before any callback can arrive. */
	shard: number | undefined;
	#delivery: EndpointDelivery | undefined;
	readonly #events: InteractionEvent[] = [];
	readonly #first = new Signal<CallbackRecord>();
	readonly #final = new Signal<FinalAnswer>();
	#loadingDeleted = false;
	readonly #followUps = new Map<string, APIMessage>();
	#original: APIMessage | undefined;

	constructor(
		private readonly spec: InteractionSpec,
		private readonly env: InteractionEnvironment,
	) {}

	get id(): string {
		return this.spec.id;
	}

	get token(): string {
		return this.spec.token;
	}

	get events(): readonly InteractionEvent[] {
		return this.#events;
	}

	get delivery(): EndpointDelivery | undefined {
		return this.#delivery;
	}

	/** How the interactions endpoint answered the POST that delivered this interaction. */
	delivered(delivery: EndpointDelivery): void {
		this.#delivery = delivery;
	}

	/** Records a request refused before it reached the rules below (an inline answer that is not JSON). */
	refuse(kind: InteractionEventKind, body: unknown, error: DiscordHttpError, at: number): void {
		const fail = (): never => {
			throw error;
		};
		try {
			this.#record(kind, body, at, fail, () => ({}));
		} catch {
			// Recorded; the caller has no one to answer.
		}
	}

	original(): APIMessage | undefined {
		return this.#original ? structuredClone(this.#original) : undefined;
	}

	firstResponse(timeoutMs = DEFAULT_FIRST_RESPONSE_TIMEOUT_MS): Promise<CallbackRecord> {
		return this.#first.wait(timeoutMs, () => `${this.#describe()}: no accepted callback`);
	}

	final(timeoutMs = DEFAULT_FINAL_TIMEOUT_MS): Promise<FinalAnswer> {
		return this.#final.wait(timeoutMs, () => `${this.#describe()}: no final answer`);
	}

	/** POST /interactions/:id/:token/callback */
	callback(body: unknown, files: readonly UploadedFile[], withResponse: boolean, at: number): Reply {
		return this.#record('callback', body, at, () => {
			if (this.#first.settled) throw alreadyAcknowledged();
			if (at - this.dispatchedAt > this.env.ackDeadlineMs) throw unknownInteraction();
			const { type, data } = parseCallback(body, this.spec.type, files.length, this.spec.sourceMessage?.flags ?? 0);
			const ephemeral = this.#applyCallback(type, data, files, at);
			const record: CallbackRecord = { type, data, at };
			this.#first.set(record);
			if (type !== InteractionResponseType.DeferredChannelMessageWithSource && type !== InteractionResponseType.DeferredMessageUpdate) {
				this.#final.set({ type, data: data ?? {}, ephemeral, deferred: false, at });
			}
			return withResponse ? json(this.#callbackResponse(type, ephemeral)) : noContent();
		}, () => ({ callback: this.#first.value, message: this.original() }));
	}

	/** GET /webhooks/:app/:token/messages/:id */
	getMessage(messageId: string, at: number): APIMessage {
		this.#checkWebhook(at);
		return structuredClone(this.#target(messageId).message);
	}

	/** PATCH /webhooks/:app/:token/messages/:id */
	editMessage(messageId: string, body: unknown, files: readonly UploadedFile[], at: number): APIMessage {
		return this.#record('edit', body, at, () => {
			const ack = this.#checkWebhook(at);
			const target = this.#target(messageId);
			const operationId = messageId === ORIGINAL ? 'update_original_webhook_message' : 'update_webhook_message';
			const data = parseWebhookMessage(body, { operationId, kind: 'edit', fileCount: files.length, storedFlags: target.message.flags });
			const edited = editMessage(target.message, data, files, at, this.env.nextId);
			if (!target.original) {
				this.#followUps.set(edited.id, edited);
				return structuredClone(edited);
			}
			const loading = ((target.message.flags ?? 0) & MessageFlags.Loading) !== 0;
			this.#original = loading ? finishLoading(edited) : edited;
			if (ack.type === InteractionResponseType.DeferredChannelMessageWithSource || ack.type === InteractionResponseType.DeferredMessageUpdate) {
				this.#final.set({ type: ack.type, data, ephemeral: isEphemeral(this.#original), deferred: true, at });
			}
			return structuredClone(this.#original);
		}, (message) => ({ message }));
	}

	/** POST /webhooks/:app/:token. After a deferred reply, Discord makes the first follow-up the reply itself. */
	followUp(body: unknown, files: readonly UploadedFile[], at: number): APIMessage {
		return this.#record('followup', body, at, () => {
			const ack = this.#checkWebhook(at);
			const data = parseWebhookMessage(body, { operationId: 'execute_webhook', kind: 'followup', fileCount: files.length });
			const original = this.#original;
			if (original && ((original.flags ?? 0) & MessageFlags.Loading) !== 0) {
				this.#original = finishLoading(editMessage(original, data, files, at, this.env.nextId));
				this.#final.set({ type: ack.type, data, ephemeral: isEphemeral(this.#original), deferred: true, at });
				return structuredClone(this.#original);
			}
			const message = createMessage(
				{ ...this.#messageSpec(at), id: this.env.nextId(), type: MessageType.Default },
				data,
				files,
				this.env.nextId,
			);
			this.#followUps.set(message.id, message);
			if (this.#loadingDeleted) {
				this.#loadingDeleted = false;
				this.#final.set({ type: ack.type, data, ephemeral: isEphemeral(message), deferred: true, at });
			}
			return structuredClone(message);
		}, (message) => ({ message }));
	}

	/** DELETE /webhooks/:app/:token/messages/:id */
	deleteMessage(messageId: string, at: number): void {
		this.#record('delete', { message_id: messageId }, at, () => {
			this.#checkWebhook(at);
			const target = this.#target(messageId);
			if (target.original) {
				// A deferred reply deleted before it was filled in: the bot answers with a follow-up instead.
				this.#loadingDeleted = ((target.message.flags ?? 0) & MessageFlags.Loading) !== 0;
				this.#original = undefined;
			} else this.#followUps.delete(target.message.id);
			return target.message;
		}, (message) => ({ message: structuredClone(message) }));
	}

	#applyCallback(type: InteractionResponseType, data: ResponseData | undefined, files: readonly UploadedFile[], at: number): boolean {
		const newMessage = (extraFlags: number, content: ResponseData): APIMessage =>
			createMessage({ ...this.#messageSpec(at), id: this.env.nextId(), type: this.spec.replyType, extraFlags }, content, files, this.env.nextId);
		switch (type) {
			case InteractionResponseType.ChannelMessageWithSource:
				this.#original = newMessage(0, data ?? {});
				return isEphemeral(data);
			case InteractionResponseType.DeferredChannelMessageWithSource:
				this.#original = newMessage(MessageFlags.Loading, { flags: data?.flags ?? 0 });
				return isEphemeral(data);
			case InteractionResponseType.DeferredMessageUpdate:
			case InteractionResponseType.UpdateMessage: {
				const source = this.spec.sourceMessage;
				if (!source) {
					throw invalidResponseType('This interaction has no message to update.');
				}
				const updated = data && type === InteractionResponseType.UpdateMessage;
				this.#original = updated ? editMessage(source, data, files, at, this.env.nextId) : structuredClone(source);
				return isEphemeral(source);
			}
			default:
				return false;
		}
	}

	#callbackResponse(type: InteractionResponseType, ephemeral: boolean): RESTPostAPIInteractionCallbackWithResponseResult {
		const noMessage = type === InteractionResponseType.ApplicationCommandAutocompleteResult || type === InteractionResponseType.Modal;
		const message = noMessage ? undefined : this.#original;
		return {
			interaction: {
				id: this.spec.id,
				type: this.spec.type,
				...(message
					? {
							response_message_id: message.id,
							response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
							response_message_ephemeral: ephemeral,
						}
					: {}),
			},
			resource: message ? { type, message: structuredClone(message) } : { type },
		};
	}

	#messageSpec(at: number): { channelId: string; author: APIUser; applicationId: string; interaction: APIMessageInteractionMetadata; at: number } {
		return { channelId: this.spec.channelId, author: this.env.botUser, applicationId: this.env.applicationId, interaction: this.spec.metadata, at };
	}

	/** Webhook routes work only after the interaction was acknowledged and while its token lives. */
	#checkWebhook(at: number): CallbackRecord {
		if (at - this.dispatchedAt > INTERACTION_TOKEN_LIFETIME_MS) throw expiredToken();
		const ack = this.#first.value;
		if (!ack) throw unknownWebhook();
		return ack;
	}

	#target(messageId: string): { message: APIMessage; original: boolean } {
		const original = this.#original;
		if (original && (messageId === ORIGINAL || messageId === original.id)) return { message: original, original: true };
		const followUp = this.#followUps.get(messageId);
		if (followUp) return { message: followUp, original: false };
		throw unknownMessage();
	}

	#record<T>(kind: InteractionEventKind, body: unknown, at: number, action: () => T, outcome: (result: T) => Outcome): T {
		let result: T;
		try {
			result = action();
		} catch (error) {
			if (error instanceof DiscordHttpError) this.#push({ kind, body, at, rejected: error.body.code, error: error.body }, {});
			throw error;
		}
		this.#push({ kind, body, at }, outcome(result));
		return result;
	}

	#push(event: InteractionEvent, outcome: Outcome): void {
		this.#events.push(event);
		this.env.notify({ interaction: this, event, callback: outcome.callback, message: outcome.message });
	}

	#describe(): string {
		const events = this.#events.map((event) => `${event.kind}${event.rejected === undefined ? '' : ` (refused ${event.rejected})`}`);
		const delivery = this.#delivery;
		const endpoint = delivery ? `, endpoint answer: ${delivery.status ?? 'none'}${delivery.failure ? ` (${delivery.failure})` : ''}` : '';
		return `${this.spec.label} (interaction ${this.spec.id}, events: ${events.length > 0 ? events.join(', ') : 'none'}${endpoint})`;
	}
}
