import type { REST } from 'discord.js';
import type { HttpRoutes } from '../http/server.js';
import type { Dispatch } from '../interactions/dispatcher.js';
import type { HealthChecks } from '../observability/health.js';

/**
 * How interactions reach the bot: the gateway (discord.js holds a session and gets INTERACTION_CREATE) or HTTP
 * (Discord POSTs each one to /interactions). Everything past the door is the same: one dispatcher, one responder
 * interface, one error boundary.
 */
export interface Door {
	/** Discord's REST client, for user profiles and for edits and follow-ups. */
	readonly rest: REST;
	/**
	 * Connects to Discord at once and takes interactions to `dispatch` once it settles (those that arrive before
	 * wait for it); rejects with the operator's one line when it cannot connect.
	 */
	open(dispatch: Promise<Dispatch>): Promise<void>;
	/** Routes the public HTTP listener serves for this door. */
	routes(dispatch: Dispatch): HttpRoutes[];
	/** What /healthz asks of this door. */
	readonly health: Pick<HealthChecks, 'gateway' | 'discordToken'>;
	close(): Promise<void>;
}
