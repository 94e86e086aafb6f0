import { GatewayDispatchEvents } from 'discord-api-types/v10';
import type { FakeGateway } from './gateway.js';
import type { HttpDelivery } from './http-delivery.js';
import type { InteractionState } from './interaction-state.js';
import { guildOf } from './raw.js';

const EVENT = GatewayDispatchEvents.InteractionCreate;

/**
 * Where interactions go: to the gateway, or, once an Interactions Endpoint URL is set, to it alone (the two are
 * "mutually exclusive", receiving-and-responding.mdx, "Receiving an Interaction"). Knows every interaction sent, for
 * the callback and webhook routes.
 */
export class InteractionDelivery {
	readonly byId = new Map<string, InteractionState>();
	readonly byToken = new Map<string, InteractionState>();

	constructor(
		private readonly gateway: FakeGateway,
		private readonly http: HttpDelivery,
	) {}

	/** Sends a new interaction; it is known (its callbacks accepted) before the bot can answer it. */
	async send(state: InteractionState, payload: unknown): Promise<void> {
		this.byId.set(state.id, state);
		this.byToken.set(state.token, state);
		try {
			if (this.http.endpoint !== undefined) {
				await this.http.deliver(payload, state);
				return;
			}
			// Routed first, so the handle names its shard before the bot can answer.
			state.shard = this.gateway.shardFor(EVENT, guildOf(payload));
			await this.gateway.dispatchTo(state.shard, EVENT, payload);
		} catch (error) {
			this.byId.delete(state.id);
			this.byToken.delete(state.token);
			throw error;
		}
	}

	/** The same interaction again; its callbacks are those of the first delivery. */
	async again(state: InteractionState, payload: unknown): Promise<void> {
		if (this.http.endpoint !== undefined) await this.http.deliver(payload, state);
		else await this.gateway.dispatchTo(state.shard ?? 0, EVENT, payload);
	}

	/** A payload the fake cannot follow (no id and token of its own): sent, and nothing recorded. */
	async sendUntracked(payload: unknown): Promise<void> {
		if (this.http.endpoint !== undefined) await this.http.deliver(payload, undefined);
		else await this.gateway.dispatchTo(this.gateway.shardFor(EVENT, guildOf(payload)), EVENT, payload);
	}
}
