import { InteractionResponseType } from 'discord-api-types/v10';
import type { APIMessage } from 'discord-api-types/v10';
import type { FakeDiscord, InteractionNotice, ResponseData } from '../fakes/discord/index.js';

/** What the page is told, over Server-Sent Events. Messages are keyed by id: a later event with the same id replaces it. */
export type ChannelEvent =
	| { readonly type: 'message'; readonly message: APIMessage; readonly label: string | undefined; readonly dm: boolean }
	| { readonly type: 'delete'; readonly id: string }
	| { readonly type: 'note'; readonly id: string; readonly text: string }
	| {
			readonly type: 'modal';
			readonly interactionId: string;
			readonly modal: ResponseData;
			readonly userId: string;
			readonly messageId: string | undefined;
			readonly dm: boolean;
	  };

/** What the playground sent, so the answers can be labelled and placed. */
export interface Dispatched {
	/** '/discogs profile' for a command; undefined for clicks and modals, which Discord does not label either. */
	readonly label: string | undefined;
	readonly userId: string;
	readonly dm: boolean;
	/** The message a click came from, where a modal it opens is submitted back. */
	readonly sourceMessageId: string | undefined;
}

type Entry = Extract<ChannelEvent, { type: 'message' | 'note' }>;

// Bounds, so a playground left open for days does not grow without end.
const MAX_ENTRIES = 300;
const MAX_DISPATCHED = 1000;

/** The one channel the page shows, mirrored from the fake Discord's interaction events as a Discord client would see it. */
export class Channel {
	readonly #entries = new Map<string, Entry>();
	readonly #dispatched = new Map<string, Dispatched>();
	readonly #listeners = new Set<(event: ChannelEvent) => void>();
	readonly #unsubscribe: () => void;
	#notes = 0;

	constructor(discord: FakeDiscord) {
		this.#unsubscribe = discord.onInteractionEvent((notice) => this.#onNotice(notice));
	}

	/** Records an interaction the page sent; call it as soon as the fake returns the handle. */
	dispatched(interactionId: string, info: Dispatched): void {
		this.#dispatched.set(interactionId, info);
		if (this.#dispatched.size > MAX_DISPATCHED) this.#dispatched.delete(this.#dispatched.keys().next().value ?? '');
	}

	/** The message as Discord stores it, which is what a click sends back to the bot. */
	message(id: string): { message: APIMessage; dm: boolean } | undefined {
		const entry = this.#entries.get(id);
		return entry?.type === 'message' ? { message: entry.message, dm: entry.dm } : undefined;
	}

	note(text: string): void {
		const id = `note-${++this.#notes}`;
		this.#put({ type: 'note', id, text });
	}

	/** Replays the channel so far to `listener`, then tells it every change. Returns an undo function. */
	subscribe(listener: (event: ChannelEvent) => void): () => void {
		for (const entry of this.#entries.values()) listener(entry);
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	close(): void {
		this.#unsubscribe();
		this.#listeners.clear();
	}

	#onNotice({ interaction, event, callback, message }: InteractionNotice): void {
		const sent = this.#dispatched.get(interaction.id);
		if (event.rejected !== undefined) {
			this.note(`Discord refused the bot's ${event.kind} (error ${event.rejected}).`);
			return;
		}
		if (callback?.type === InteractionResponseType.Modal && callback.data && sent) {
			const { sourceMessageId: messageId, userId, dm } = sent;
			this.#emit({ type: 'modal', interactionId: interaction.id, modal: callback.data, userId, messageId, dm });
			return;
		}
		if (!message) return;
		if (event.kind === 'delete') {
			this.#entries.delete(message.id);
			this.#emit({ type: 'delete', id: message.id });
			return;
		}
		const previous = this.#entries.get(message.id);
		// The command that made a message labels it, also after a button updated it.
		const label = this.#dispatched.get(message.interaction_metadata?.id ?? '')?.label ?? (previous?.type === 'message' ? previous.label : undefined);
		const dm = sent?.dm ?? (previous?.type === 'message' && previous.dm);
		this.#put({ type: 'message', message, label, dm });
	}

	#put(entry: Entry): void {
		const id = entry.type === 'message' ? entry.message.id : entry.id;
		this.#entries.set(id, entry);
		if (this.#entries.size > MAX_ENTRIES) {
			const oldest = this.#entries.keys().next().value ?? '';
			this.#entries.delete(oldest);
			this.#emit({ type: 'delete', id: oldest });
		}
		this.#emit(entry);
	}

	#emit(event: ChannelEvent): void {
		for (const listener of [...this.#listeners]) listener(event);
	}
}
