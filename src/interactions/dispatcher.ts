import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { DEFER_AFTER_MS, DISCORD_LIMITS } from '../core/constants.js';
import { UserError } from '../core/errors.js';
import { withoutRedaction, type Logger } from '../core/logger.js';
import { withTimeout } from '../core/timeout.js';
import { answerLocale } from '../i18n/locales.js';
import { translator, type Translator } from '../i18n/translator.js';
import type { Context } from '../context.js';
import { decodeCustomId } from './customId.js';
import { outcomeOf, replyForError } from './errorAnswers.js';
import { fromPrivateMessage, interactionView, route as routeOf, type Interaction, type Routed } from './payload.js';
import { Answer, errorReply, genericErrorReply } from './respond.js';
import type { Responder } from './responder.js';
import type { CommandSet, DeferStyle, InteractionView, Reply } from './types.js';

interface Route {
	/** The command (with its subcommand) or handler prefix, as a metrics label: names the bot has deployed, a small set. */
	name: string;
	/** Runs the handler, speaking `tr`'s language. */
	run: (tr: Translator) => Promise<Reply>;
	defer: DeferStyle;
	/** The handler changes something, so a second delivery of this interaction must be dropped. */
	changes: boolean;
}

/**
 * Routes one interaction, from either door, and answers it through `responder`; never rejects. `receivedAt`
 * (performance.now()) is when the door took it, if it waited before dispatch: Discord's deadline runs from then.
 */
export type Dispatch = (interaction: Interaction, responder: Responder, receivedAt?: number) => Promise<void>;

type Outcome = { ok: true; reply: Reply } | { ok: false; error: unknown };

/** What the log says about an interaction, beside its id (the correlation id shown in error answers). */
function describe(interaction: Interaction, routed: Routed, view: InteractionView | undefined): Record<string, string | null> {
	const what = 'name' in routed ? routed.name : 'customId' in routed ? routed.customId : null;
	return { interaction: interaction.id, type: String(interaction.type), what, user: view?.user.id ?? null, guild: interaction.guild_id ?? null };
}

/**
 * An interaction's log: its child logger is made on first use, since most interactions log only their closing
 * line, and that one is written with the same fields straight through the root (a pino child per interaction,
 * with its bindings redacted, cost more than the rest of a cached lookup's logging).
 */
class InteractionLog {
	readonly #root: Logger;
	readonly #closing: Logger;
	readonly #bindings: Record<string, string | null>;
	#child: Logger | undefined;

	/** `closing` writes the closing line: its fields are ids, names and numbers, so it needs no redaction. */
	constructor(root: Logger, closing: Logger, bindings: Record<string, string | null>) {
		this.#root = root;
		this.#closing = closing;
		this.#bindings = bindings;
	}

	get child(): Logger {
		this.#child ??= this.#root.child(this.#bindings);
		return this.#child;
	}

	answered(fields: { ms: number; ok: boolean; deferred: boolean }): void {
		this.#closing.info({ ...this.#bindings, ...fields }, 'interaction answered');
	}
}

function delay(ms: number): { promise: Promise<'defer'>; cancel: () => void } {
	let timer: NodeJS.Timeout | undefined;
	const promise = new Promise<'defer'>((resolve) => {
		timer = setTimeout(() => resolve('defer'), ms);
	});
	return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Routes every interaction to its handler and owns the answer: a handler that has not answered within
 * DEFER_AFTER_MS is deferred so Discord's 3 s deadline is met, and every failure ends as an ephemeral answer.
 * The same for both doors: only the responder differs. Nothing thrown here reaches the caller.
 */
export function createDispatcher(context: Context, commands: CommandSet): Dispatch {
	// Metrics are told how each interaction ended and how long its answer took; deliveries say which interactions
	// were handled already, so a second delivery of one that changes something is dropped.
	const { deliveries } = context;
	const metrics = context.metrics.interactions;
	const closingLog = withoutRedaction(context.logger);
	const chatInput = new Map(commands.chatInput.map((command) => [command.definition.name, command]));
	const userContext = new Map(commands.userContext.map((command) => [command.definition.name, command]));
	const components = new Map(commands.components.map((handler) => [handler.prefix, handler]));
	const modals = new Map(commands.modals.map((handler) => [handler.prefix, handler]));

	function find(routed: Routed, interaction: InteractionView): Route | undefined {
		switch (routed.kind) {
			case 'chatInput': {
				const command = chatInput.get(routed.name);
				if (!command) return undefined;
				try {
					// Parsed once: the deferral's visibility and the answer come from the same options.
					const prepared = command.prepare(interaction, routed.options);
					return { name: routed.path, run: (tr) => prepared.run(context, tr), defer: { ephemeral: prepared.ephemeral }, changes: command.changes };
				} catch (error) {
					context.logger.info({ interaction: interaction.id, err: error }, 'command options refused');
					return { name: routed.path, run: () => Promise.reject(new UserError('errors:optionsRefused')), defer: { ephemeral: true }, changes: false };
				}
			}
			case 'userContext': {
				const command = userContext.get(routed.name);
				const { targetId } = routed;
				return command && { name: routed.name, run: (tr) => command.execute(context, { interaction, targetId, tr }), defer: { ephemeral: command.ephemeral }, changes: false };
			}
			case 'component': {
				const { prefix, args } = decodeCustomId(routed.customId);
				const handler = components.get(prefix);
				const { values } = routed;
				return handler && { name: `component:${prefix}`, run: (tr) => handler.execute(context, { interaction, args, values, tr }), defer: handler.defer, changes: handler.changes };
			}
			case 'modal': {
				const { prefix, args } = decodeCustomId(routed.customId);
				const handler = modals.get(prefix);
				const { fields } = routed;
				return handler && { name: `modal:${prefix}`, run: (tr) => handler.execute(context, { interaction, args, fields, tr }), defer: handler.defer, changes: handler.changes };
			}
			default:
				return undefined;
		}
	}

	/** `started`: when the interaction was dispatched, which is where the user's wait began. */
	/** `privateMessage`: the interaction came from a message only its member sees, so an update of it is private too. */
	async function answer(reply: Answer, found: Route, interaction: InteractionView, privateMessage: boolean, log: InteractionLog, started: number): Promise<void> {
		const interactionId = interaction.id;
		// The language of the answer as the channel will see it; failures are private, so in the member's own.
		const tr = translator(answerLocale(interaction, found.defer === 'update' ? privateMessage : found.defer.ephemeral));
		const own = translator(answerLocale(interaction, true));
		const outcome: Promise<Outcome> = Promise.resolve()
			.then(() => found.run(tr))
			.then(
				(value) => ({ ok: true as const, reply: value }),
				(error: unknown) => ({ ok: false as const, error }),
			);
		// From dispatch, not from here: whatever ran before the handler (the delivery check) ate into Discord's deadline too.
		const timer = delay(Math.max(0, DEFER_AFTER_MS - (performance.now() - started)));
		const first = await Promise.race([outcome, timer.promise]);
		timer.cancel();
		if (first === 'defer') {
			metrics.deferred(found.name);
			await reply.defer(found.defer).catch((error: unknown) => log.child.warn({ err: error }, 'deferral failed'));
		}
		const settled = await outcome;
		const answerReply = settled.ok ? settled.reply : replyForError(settled.error, interactionId, log.child, own);
		try {
			await reply.deliver(answerReply);
		} catch (error) {
			log.child.error({ err: error }, 'answer could not be delivered');
			if (settled.ok) await reply.deliver(genericErrorReply(own, interactionId)).catch(() => undefined);
		}
		const ms = performance.now() - started;
		metrics.answered(found.name, settled.ok ? 'ok' : outcomeOf(settled.error), ms / 1000);
		log.answered({ ms: Math.round(ms), ok: settled.ok, deferred: first === 'defer' });
	}

	async function autocomplete(reply: Answer, routed: Extract<Routed, { kind: 'autocomplete' }>, interaction: InteractionView, log: InteractionLog): Promise<void> {
		const command = chatInput.get(routed.name);
		let choices: APIApplicationCommandOptionChoice[] = [];
		try {
			// An answer later than Discord's deadline is refused anyway: give up with a margin and offer nothing.
			if (command?.autocomplete) {
				const tr = translator(answerLocale(interaction, true));
				choices = await withTimeout(command.autocomplete(context, { interaction, focused: routed.focused, options: routed.options, tr }), DISCORD_LIMITS.initialResponseMs - 500);
			}
		} catch (error) {
			log.child.warn({ err: error }, 'autocomplete failed');
		}
		await reply.choices(choices.slice(0, DISCORD_LIMITS.autocompleteChoices));
	}

	return async function dispatch(interaction, responder, receivedAt) {
		const started = receivedAt ?? performance.now();
		const routed = routeOf(interaction);
		const view = routed.kind === 'ping' ? undefined : interactionView(interaction);
		const log = new InteractionLog(context.logger, closingLog, describe(interaction, routed, view));
		try {
			if (!view) return;
			const reply = new Answer(responder, { onMessage: 'message' in interaction && interaction.message !== undefined, modalSubmit: routed.kind === 'modal' });
			if (routed.kind === 'autocomplete') {
				await autocomplete(reply, routed, view, log);
				return;
			}
			const found = find(routed, view);
			if (found?.changes && !(await deliveries.first(interaction.id))) {
				// The first delivery answers (or has answered); acting again would repeat its side effects.
				log.child.info('duplicate delivery ignored');
				metrics.answered('duplicate', 'duplicate', (performance.now() - started) / 1000);
				return;
			}
			if (found) {
				await answer(reply, found, view, fromPrivateMessage(interaction), log, started);
				return;
			}
			// From outside (an old deployment, a forged id): the member's answer, not the operator's problem.
			log.child.info('no handler for interaction');
			try {
				await reply.deliver(errorReply(translator(answerLocale(view, true)).t('errors:unknownCommand', { reference: interaction.id })));
			} finally {
				// One label for every unknown name: they come from outside (old deployments), so they must not mint series.
				metrics.answered('unknown', 'unknown', (performance.now() - started) / 1000);
			}
		} catch (error) {
			log.child.error({ err: error }, 'interaction failed');
		}
	};
}
