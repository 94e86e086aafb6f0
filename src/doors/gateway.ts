import { Events, GatewayDispatchEvents } from 'discord.js';
import type { Config } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { createClient } from '../bot/client.js';
import { parseInteraction } from '../interactions/payload.js';
import { restResponder } from '../interactions/responder.js';
import { gatewayConnected } from '../observability/health.js';
import type { Door } from './door.js';

/**
 * The gateway door: discord.js holds the session. Interactions are taken as the gateway sent them (Discord's own
 * JSON), so handlers see exactly what the HTTP door gives them; answers go out over the client's REST.
 */
export function gatewayDoor(config: Config, logger: Logger): Door {
	const client = createClient(config);
	return {
		rest: client.rest,
		async open(dispatch) {
			client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: unknown) => {
				const parsed = parseInteraction(data);
				if (!parsed.ok) {
					logger.warn({ problems: parsed.problems }, 'interaction payload refused');
					return;
				}
				void dispatch(parsed.interaction, restResponder(client.rest, parsed.interaction));
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
