import type { REST } from 'discord.js';
import {
	Routes,
	type APIInteractionResponse,
	type RESTPatchAPIWebhookWithTokenMessageJSONBody,
	type RESTPostAPIWebhookWithTokenJSONBody,
} from 'discord-api-types/v10';

/**
 * How an answer reaches Discord, the one thing that differs between the two doors. The first response goes back
 * over the gateway bot's REST callback, or as the HTTP reply to Discord's POST; edits and follow-ups always go
 * through the interaction's webhook, with its token (no bot token needed).
 */
export interface Responder {
	/** The first response to the interaction: exactly once. */
	initial(response: APIInteractionResponse): Promise<void>;
	editOriginal(body: RESTPatchAPIWebhookWithTokenMessageJSONBody): Promise<void>;
	deleteOriginal(): Promise<void>;
	followUp(body: RESTPostAPIWebhookWithTokenJSONBody): Promise<void>;
}

export interface InteractionIdentity {
	id: string;
	application_id: string;
	token: string;
}

/**
 * A responder over REST. `initial` is the HTTP door's: the response becomes the reply to Discord's POST. Without
 * it, the first response is POSTed to the interaction's callback route, as the gateway door needs.
 */
export function restResponder(rest: REST, interaction: InteractionIdentity, initial?: (response: APIInteractionResponse) => Promise<void>): Responder {
	const original = Routes.webhookMessage(interaction.application_id, interaction.token, '@original');
	return {
		initial:
			initial ??
			(async (response) => {
				await rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: response, auth: false });
			}),
		async editOriginal(body) {
			await rest.patch(original, { body, auth: false });
		},
		async deleteOriginal() {
			await rest.delete(original, { auth: false });
		},
		async followUp(body) {
			await rest.post(Routes.webhook(interaction.application_id, interaction.token), { body, auth: false });
		},
	};
}
