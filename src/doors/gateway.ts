import { Events, GatewayDispatchEvents, Status, type Client } from 'discord.js';
import type { Config } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { createClient } from '../bot/client.js';
import type { Dispatch } from '../interactions/dispatcher.js';
import { parseInteraction } from '../interactions/payload.js';
import { restResponder } from '../interactions/responder.js';
import type { Door } from './door.js';

/**
 * Whether every shard holds a live gateway session. The manager's own status stays Ready after the first
 * login whatever happens later, so the shards are asked; a shard waiting for its guilds already receives
 * interactions, so it counts as connected.
 */
export function gatewayConnected(client: Client): boolean {
	const shards = [...client.ws.shards.values()];
	return shards.length > 0 && shards.every((shard) => shard.status === Status.Ready || shard.status === Status.WaitingForGuilds);
}

/**
 * The gateway door: discord.js holds the session. Interactions are taken as the gateway sent them (Discord's own
 * JSON), so handlers see exactly what the HTTP door gives them; answers go out over the client's REST.
 */
export function gatewayDoor(config: Config, logger: Logger): Door {
	const client = createClient(config);
	return {
		rest: client.rest,
		async open(dispatcher) {
			let dispatch: Dispatch | undefined;
			void dispatcher.then((ready) => {
				dispatch = ready;
			}, () => undefined);
			client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: unknown) => {
				const receivedAt = performance.now();
				const parsed = parseInteraction(data);
				if (!parsed.ok) {
					logger.warn({ problems: parsed.problems }, 'interaction payload refused');
					return;
				}
				const responder = restResponder(client.rest, parsed.interaction);
				// Until the bot's graph is built (just after connecting), an interaction waits for it; its deadline runs from now.
				if (dispatch) void dispatch(parsed.interaction, responder, receivedAt);
				else void dispatcher.then((ready) => ready(parsed.interaction, responder, receivedAt), () => undefined);
			});
			client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
			client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
			client.once(Events.ClientReady, (ready) => {
				logger.info({ user: ready.user.tag, application: ready.application.id }, 'connected to Discord');
			});
			await client.login(config.discord.token);
		},
		routes: () => [],
		health: { gateway: () => gatewayConnected(client) },
		close: () => client.destroy(),
	};
}
