import type { APIInteractionResponse } from 'discord-api-types/v10';
import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import type { FastifyReply } from 'fastify';
import type { Logger } from '../../core/logger.js';
import type { HttpRoutes } from '../../http/server.js';
import { parseInteraction, type Interaction } from '../payload.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature.js';
import type { SignatureVerifier } from './signature.js';

export const INTERACTIONS_PATH = '/interactions';

/**
 * 1 MiB, four times the server's default. What Discord sends is bounded by its message limits: a component
 * interaction carries the whole message it was clicked on (2000 characters of content, 6000 across embeds, 40
 * components: resources/message.mdx, components/reference.mdx) with its `referenced_message` and a forwarded
 * snapshot, and a message command carries its target in `resolved`. With every character JSON-escaped (6 bytes a
 * UTF-16 unit at worst) and a select resolving 25 users, members, roles and channels, that is a few hundred KiB at
 * most. Anything larger is not Discord, and the public port should not buffer it.
 */
export const INTERACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/** Discord's own sample answers a failed check with this body (interactions/overview.mdx). */
const INVALID_SIGNATURE = 'invalid request signature\n';

export interface InteractionsRouteOptions {
	verifier: SignatureVerifier;
	/**
	 * A verified, parsed interaction other than PING. It calls `respond` once with the initial response, which is
	 * sent as the HTTP reply (`respond` resolves when it is written, so what follows over REST comes after it), and
	 * may go on after that (the edit after a deferral). Rejecting, or ending without responding, is a 500.
	 */
	handle(interaction: Interaction, respond: (response: APIInteractionResponse) => Promise<void>): Promise<void>;
	logger: Logger;
}

const plain = (reply: FastifyReply, status: number, body: string): FastifyReply => reply.code(status).type('text/plain; charset=utf-8').send(body);

/**
 * `POST /interactions`, Discord's Interactions Endpoint URL (interactions/overview.mdx, "Setting Up an Endpoint").
 * The body is kept as raw bytes, because the signature covers exactly those: it is checked first and nothing is
 * parsed until it passes. A body over the limit is 413 and a content type other than JSON 415, both answered by the
 * server's error handler before the handler runs.
 */
export function interactionsRoutes(options: InteractionsRouteOptions): HttpRoutes {
	const { verifier, handle, logger } = options;
	return async (app) => {
		// This plugin's context only: the other routes keep fastify's JSON parser.
		app.removeAllContentTypeParsers();
		app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: INTERACTION_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));

		app.post(INTERACTIONS_PATH, { bodyLimit: INTERACTION_BODY_LIMIT_BYTES }, async (request, reply) => {
			// No body and no Content-Type reaches here with none: it is checked (and refused) like any other.
			const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
			const check = verifier.check({ signature: request.headers[SIGNATURE_HEADER], timestamp: request.headers[TIMESTAMP_HEADER], body });
			if (!check.ok) {
				// Discord sends bad signatures on purpose, as routine checks: not worth more than debug.
				logger.debug({ reason: check.reason }, 'interaction refused: bad signature');
				return plain(reply, 401, INVALID_SIGNATURE);
			}

			let json: unknown;
			try {
				json = JSON.parse(body.toString('utf8'));
			} catch {
				// Signed, so it came from Discord (or is a replay of what did): worth a warning, not a crash.
				logger.warn({ bytes: body.length }, 'interaction refused: the signed body is not JSON');
				return plain(reply, 400, 'body is not JSON\n');
			}
			// `data` is "always present on application command, message component, and modal submit interaction types"
			// (receiving-and-responding.mdx). A type this code does not know (the OpenAPI description lists 6,
			// SOCIAL_LAYER_SKU_PURCHASE_ELIGIBILITY, for Social SDK apps) is refused: there is nothing here to answer it with.
			const parsed = parseInteraction(json);
			if (!parsed.ok) {
				logger.warn({ problems: parsed.problems }, 'interaction refused: the signed body is not an interaction');
				return plain(reply, 400, 'body is not an interaction\n');
			}
			const interaction = parsed.interaction;
			if (interaction.type === InteractionType.Ping) return reply.code(200).send({ type: InteractionResponseType.Pong });

			const written = new Promise<void>((resolve) => reply.raw.once('close', () => resolve()));
			let response: APIInteractionResponse;
			try {
				response = await new Promise<APIInteractionResponse>((resolve, reject) => {
					handle(interaction, (first) => {
						resolve(first);
						return written;
					}).then(() => reject(new Error('the interaction got no response')), reject);
				});
			} catch (error) {
				// The dispatcher is meant never to reject; this is the boundary of last resort, and Discord shows the
				// user "This interaction failed" whatever the body says.
				logger.error({ err: error, interactionId: interaction.id, interactionType: interaction.type }, 'interaction handler rejected');
				return plain(reply, 500, 'Internal Server Error\n');
			}
			return reply.code(200).send(response);
		});
	};
}
