import { DiscordAPIError, REST, RESTEvents } from 'discord.js';
import { Routes, type APIInteractionResponse } from 'discord-api-types/v10';
import type { Config } from '../core/config.js';
import { StartupError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Dispatch } from '../interactions/dispatcher.js';
import { interactionsRoutes } from '../interactions/http/route.js';
import { createVerifier } from '../interactions/http/signature.js';
import type { Interaction } from '../interactions/payload.js';
import { restResponder } from '../interactions/responder.js';
import type { CredentialState } from '../observability/health.js';
import type { Door } from './door.js';

/**
 * Answers one interaction over HTTP: the first response the dispatcher gives becomes the reply to Discord's POST
 * (`respond` resolves once it is written), and whatever follows (the edit after a deferral, a follow-up) goes over
 * REST with the interaction's token, after it.
 */
export async function answerOverHttp(dispatch: Dispatch, rest: REST, interaction: Interaction, respond: (response: APIInteractionResponse) => Promise<void>): Promise<void> {
	let responded = false;
	await dispatch(
		interaction,
		restResponder(rest, interaction, async (response) => {
			responded = true;
			await respond(response);
		}),
	);
	// A duplicate delivery, dropped: Discord is told nothing new, and the first delivery's answer stands.
	if (!responded) throw new Error('the interaction got no response');
}

/**
 * The HTTP door: no gateway session. Discord POSTs each interaction to /interactions on HTTP_PORT, signed; any
 * number of these processes can stand behind one load balancer, since they share everything through the store.
 */
export function httpDoor(config: Config, logger: Logger): Door {
	const publicKey = config.discord.publicKey;
	if (publicKey === undefined) throw new StartupError('INTERACTIONS=http needs DISCORD_PUBLIC_KEY');
	const verifier = createVerifier(publicKey);
	const rest = new REST({ api: config.discord.apiUrl }).setToken(config.discord.token);
	let token: CredentialState = 'unchecked';
	// Every request made with the bot token says whether it still holds; webhook and callback routes use the
	// interaction's own token and say nothing about it.
	rest.on(RESTEvents.Response, (request, response) => {
		if (request.route.startsWith('/webhooks') || request.route.startsWith('/interactions')) return;
		if (response.status === 401) token = 'rejected';
		else if (response.status < 400) token = 'ok';
	});
	return {
		rest,
		async open() {
			// No login tells whether the token is good: ask once, so a wrong one is a start-up error, as at a gateway login.
			try {
				await rest.get(Routes.user('@me'));
				token = 'ok';
			} catch (error) {
				if (error instanceof DiscordAPIError && error.status === 401) throw new StartupError('Discord rejected DISCORD_TOKEN (401): check the bot token');
				// Discord unreachable for now: interactions can still be answered once it is back.
				logger.warn({ err: error }, 'could not check the bot token with Discord; going on');
			}
		},
		routes: (dispatch) => [
			interactionsRoutes({
				verifier,
				logger,
				handle: (interaction, respond) => answerOverHttp(dispatch, rest, interaction, respond),
			}),
		],
		health: { discordToken: () => token },
		async close() {
			// Nothing held open: REST's connections close with the process's agent.
		},
	};
}
