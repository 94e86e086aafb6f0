import { InteractionType } from 'discord-api-types/v10';
import type { APIPingInteraction, APIUser } from 'discord-api-types/v10';
import { EndpointClient } from './endpoint.js';
import type { EndpointAnswer, PostOutcome, Signing } from './endpoint.js';
import { APP_PERMISSIONS } from './fixtures.js';
import { DiscordHttpError, parseBody } from './http.js';
import type { ParsedBody } from './http.js';
import type { InteractionState } from './interaction-state.js';
import { interactionToken } from './snowflake.js';
import type { EndpointDelivery } from './types.js';
import { parseCallback } from './validate/index.js';

/** The portal's refusal, word for word as developers quote it (e.g. "interactions_endpoint_url: The specified ..."). */
const NOT_VERIFIED = 'interactions_endpoint_url: The specified interactions endpoint url could not be verified.';

/** PINGs come from Discord's system user (a captured PING: `"user":{"username":"discord","system":true,...}`). */
const DISCORD_SYSTEM_USER: APIUser = {
	id: '643945264868098049',
	username: 'discord',
	global_name: 'Discord',
	discriminator: '0000',
	avatar: null,
	bot: true,
	system: true,
	public_flags: 1,
};

export interface HttpDeliveryDeps {
	readonly applicationId: string;
	readonly nextId: () => string;
	/** How long Discord waits for an endpoint's answer: the interaction's 3 s. */
	readonly deadlineMs: number;
	readonly closing: AbortSignal;
}

/**
 * Discord answers a REST body of another type with 400 and `{"_misc": ["Expected \"Content-Type\" header to be one
 * of {...}."]}`, no code (as developers quote it). An inline answer is held to the same rule, with the two types an
 * interaction response can be (the overview asks for "a valid Content-Type" on answers, PONG included). Code 0: it
 * has none.
 */
function contentTypeInvalid(): DiscordHttpError {
	return new DiscordHttpError(400, { code: 0, message: `Expected "Content-Type" header to be one of {'multipart/form-data', 'application/json'}.` });
}

/** An endpoint's 200 body as Discord reads it; refusals are the REST callback's own (400 / 50035 or 50109). */
async function parseAnswer(answer: EndpointAnswer): Promise<ParsedBody> {
	const contentType = answer.contentType ?? '';
	const type = contentType.split(';')[0]?.trim().toLowerCase();
	if (type !== 'application/json' && type !== 'multipart/form-data') throw contentTypeInvalid();
	if (answer.body.length === 0) throw new DiscordHttpError(400, { code: 50109, message: 'The request body contains invalid JSON.' });
	try {
		return await parseBody(answer.body, contentType);
	} catch (error) {
		if (error instanceof DiscordHttpError) throw error;
		throw new DiscordHttpError(400, { code: 0, message: `The multipart body could not be read: ${error instanceof Error ? error.message : String(error)}` });
	}
}

const showBody = (answer: EndpointAnswer): string => {
	const text = answer.body.toString('utf8');
	return text === '' ? 'no body' : JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);
};

/**
 * Interactions by HTTP, as Discord sends them once an application has an Interactions Endpoint URL
 * (interactions/overview.mdx, "Configuring an Interactions Endpoint URL"; receiving-and-responding.mdx, "Interaction
 * Callback"): each one a signed POST; the answer either inline (200 and an interaction response) or a 202 after the
 * bot called back by REST.
 */
export class HttpDelivery {
	readonly #client = new EndpointClient();
	#endpoint: URL | undefined;

	constructor(private readonly deps: HttpDeliveryDeps) {}

	get publicKey(): string {
		return this.#client.publicKey;
	}

	get endpoint(): string | undefined {
		return this.#endpoint?.href;
	}

	/**
	 * What the developer portal does on save: a signed PING must get 200 and PONG, a bad signature 401; otherwise the
	 * URL is refused and the previous one stays. `undefined` removes the URL: interactions go to the gateway again.
	 */
	async setEndpoint(url: string | undefined): Promise<void> {
		if (url === undefined) {
			this.#endpoint = undefined;
			return;
		}
		let target: URL;
		try {
			target = new URL(url);
		} catch {
			throw new Error(`${NOT_VERIFIED} (${JSON.stringify(url)} is not a URL)`);
		}
		if (target.protocol !== 'http:') throw new Error(`${NOT_VERIFIED} (the fake POSTs over http:// only, not to ${target.href})`);
		const pong = await this.#ping(target, 'valid');
		if (!pong.answered) throw new Error(`${NOT_VERIFIED} (the signed PING got ${pong.failure})`);
		const problem = await this.#pongProblem(pong.answer);
		if (problem) throw new Error(`${NOT_VERIFIED} (the signed PING got ${problem})`);
		const refusal = await this.#ping(target, 'wrong');
		if (!refusal.answered || refusal.answer.status !== 401) {
			const got = refusal.answered ? `${refusal.answer.status} with ${showBody(refusal.answer)}` : refusal.failure;
			throw new Error(`${NOT_VERIFIED} (a PING with a bad signature got ${got}, not 401)`);
		}
		this.#endpoint = target;
	}

	/**
	 * One of Discord's routine checks: a PING with a bad signature. Resolves with the status (401). Any other answer
	 * makes Discord remove the URL (overview.mdx: "we will remove your interactions URL"), and so does the fake. No
	 * answer at all (the endpoint is down) fails the check without removing the URL: Discord stopped removing the URL of
	 * an endpoint that is merely offline (discord/discord-api-docs#2328, "Don't fail the security check if the endpoint
	 * is offline", answered by staff "this will be fixed in the next api deploy").
	 */
	async sendBadSignature(): Promise<number> {
		const endpoint = this.#endpoint;
		if (!endpoint) throw new Error('sendBadSignature: no interactions endpoint is set (setInteractionsEndpoint)');
		const outcome = await this.#ping(endpoint, 'wrong');
		if (!outcome.answered) {
			throw new Error(`Discord's security check sent a bad signature to ${endpoint.href} and got no answer (${outcome.failure}): the Interactions Endpoint URL was kept`);
		}
		if (outcome.answer.status === 401) return 401;
		if (this.#endpoint === endpoint) this.#endpoint = undefined;
		throw new Error(
			`Discord's security check sent a bad signature to ${endpoint.href} and got ${outcome.answer.status} with ${showBody(outcome.answer)}, not 401: the Interactions Endpoint URL was removed`,
		);
	}

	/**
	 * POSTs an interaction; resolves once it is sent (rejects when the endpoint cannot be reached). Its answer is
	 * recorded on `state` when it comes, as the callback it carries or as the failure Discord would show.
	 */
	async deliver(payload: unknown, state: InteractionState | undefined): Promise<void> {
		const endpoint = this.#endpoint;
		if (!endpoint) throw new Error('No interactions endpoint is set');
		const { sent, outcome } = this.#client.post(endpoint, JSON.stringify(payload), { signing: 'valid', ...this.#limits() });
		await sent;
		if (state) void outcome.then((result) => this.#record(state, result));
	}

	close(): void {
		this.#client.close();
	}

	async #record(state: InteractionState, outcome: PostOutcome): Promise<void> {
		if (!outcome.answered) {
			state.delivered({ status: undefined, failure: outcome.failure, at: Date.now() });
			return;
		}
		const { answer } = outcome;
		const delivery = (failure: string | undefined): EndpointDelivery => ({ status: answer.status, failure, at: answer.at });
		if (answer.status === 202) {
			// "respond to the original HTTP request with a 202 and no body" (receiving-and-responding.mdx).
			state.delivered(delivery(answer.body.length > 0 ? `202 with ${showBody(answer)}; Discord expects no body` : undefined));
			return;
		}
		if (answer.status !== 200) {
			state.delivered(delivery(`the endpoint answered ${answer.status} with ${showBody(answer)}`));
			return;
		}
		let parsed: ParsedBody;
		try {
			parsed = await parseAnswer(answer);
		} catch (error) {
			state.delivered(delivery(`the inline response was refused: ${error instanceof Error ? error.message : String(error)}`));
			if (error instanceof DiscordHttpError) state.refuse('callback', answer.body.toString('utf8'), error, answer.at);
			return;
		}
		try {
			state.callback(parsed.json, parsed.files, false, answer.at);
			state.delivered(delivery(undefined));
		} catch (error) {
			// Recorded as a refused callback; nobody hears of it but the user, who sees "This interaction failed".
			state.delivered(delivery(`the inline response was refused: ${error instanceof Error ? error.message : String(error)}`));
		}
	}

	#ping(target: URL, signing: Signing): Promise<PostOutcome> {
		const ping = {
			id: this.deps.nextId(),
			application_id: this.deps.applicationId,
			type: InteractionType.Ping,
			token: interactionToken(),
			version: 1,
			user: DISCORD_SYSTEM_USER,
			entitlements: [],
			authorizing_integration_owners: {},
			attachment_size_limit: 10_485_760,
			app_permissions: APP_PERMISSIONS,
		} satisfies APIPingInteraction;
		const { sent, outcome } = this.#client.post(target, JSON.stringify(ping), { signing, ...this.#limits() });
		return sent.then(
			() => outcome,
			(error: unknown) => ({ answered: false, failure: error instanceof Error ? error.message : String(error) }),
		);
	}

	/** Why an answer to a signed PING is no PONG, as the strict validator reads it; undefined when it is one. */
	async #pongProblem(answer: EndpointAnswer): Promise<string | undefined> {
		if (answer.status !== 200) return `${answer.status} with ${showBody(answer)}, not 200`;
		try {
			const { json } = await parseAnswer(answer);
			parseCallback(json, InteractionType.Ping, 0);
			return undefined;
		} catch (error) {
			const { body } = error instanceof DiscordHttpError ? error : { body: undefined };
			const detail = body ? `${body.message}${body.errors === undefined ? '' : ` ${JSON.stringify(body.errors)}`}` : String(error);
			return `200 with ${showBody(answer)}, which is no PONG ({"type":1}): ${detail}`;
		}
	}

	#limits(): { deadlineMs: number; closing: AbortSignal } {
		return { deadlineMs: this.deps.deadlineMs, closing: this.deps.closing };
	}
}
