import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { DEFER_AFTER_MS, DISCORD_LIMITS } from '../core/constants.js';
import { ProviderError, StaleComponentError, StoreError, UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { withTimeout } from '../core/timeout.js';
import type { Context } from '../context.js';
import type { InteractionHooks, InteractionOutcome } from '../observability/hooks.js';
import { decodeCustomId } from './customId.js';
import type { Deliveries } from './deliveries.js';
import { deferAnswer, deliver, errorReply, genericErrorReply, type Answerable, type DeferStyle } from './respond.js';
import type { CommandSet, Reply } from './types.js';

interface Route {
	/** The command (with its subcommand) or handler prefix, as a metrics label: names the bot has deployed, a small set. */
	name: string;
	run: () => Promise<Reply>;
	defer: DeferStyle;
}

export interface DispatcherOptions {
	/** Told how each interaction ended and how long its answer took, for metrics. */
	metrics?: InteractionHooks;
	/** Which interactions were handled already: a second delivery of one is dropped. */
	deliveries?: Deliveries;
}

type Outcome = { ok: true; reply: Reply } | { ok: false; error: unknown };

/** What the log says about an interaction, beside its id (the correlation id shown in error answers). */
function describe(interaction: Interaction): Record<string, string | null> {
	const what = interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : 'customId' in interaction ? interaction.customId : null;
	return { interaction: interaction.id, type: String(interaction.type), what, user: interaction.user.id, guild: interaction.guildId };
}

/** Turns a handler's failure into an answer: user-safe errors are shown, anything else is a bug with a reference. */
function replyForError(error: unknown, interactionId: string, log: Logger): Reply {
	if (error instanceof ProviderError) {
		log.warn({ provider: error.provider, kind: error.kind, detail: error.detail }, 'provider error answered');
		return errorReply(error.message);
	}
	if (error instanceof StaleComponentError) {
		log.info({ detail: error.detail }, 'stale or forged component answered');
		return errorReply(error.message);
	}
	if (error instanceof UserError) {
		log.info({ reason: error.message }, 'user error answered');
		return errorReply(error.message);
	}
	if (error instanceof StoreError) {
		// The cause was logged when the store reported it; this line ties it to the member who was told.
		log.error({ namespace: error.namespace, operation: error.operation, err: error.cause }, 'store failure answered');
		return errorReply(error.message);
	}
	log.error({ err: error }, 'handler failed');
	return genericErrorReply(interactionId);
}

/** The same classes as replyForError, as a metrics label. */
function outcomeOf(settled: Outcome): InteractionOutcome {
	if (settled.ok) return 'ok';
	if (settled.error instanceof ProviderError) return 'provider_error';
	if (settled.error instanceof UserError) return 'user_error';
	if (settled.error instanceof StoreError) return 'store_error';
	return 'bug';
}

/** `discogs profile` rather than `discogs`: subcommands of one command differ widely in cost. */
function commandName(interaction: ChatInputCommandInteraction): string {
	const parts = [interaction.commandName, interaction.options.getSubcommandGroup(false), interaction.options.getSubcommand(false)];
	return parts.filter((part) => part !== null).join(' ');
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
 * Nothing thrown here reaches the client: the process keeps serving.
 */
export function createDispatcher(context: Context, commands: CommandSet, options: DispatcherOptions = {}): (interaction: Interaction) => Promise<void> {
	const { metrics, deliveries } = options;
	const chatInput = new Map(commands.chatInput.map((command) => [command.definition.name, command]));
	const userContext = new Map(commands.userContext.map((command) => [command.definition.name, command]));
	const components = new Map(commands.components.map((handler) => [handler.prefix, handler]));
	const modals = new Map(commands.modals.map((handler) => [handler.prefix, handler]));

	function route(interaction: Answerable): Route | undefined {
		if (interaction.isChatInputCommand()) {
			const command = chatInput.get(interaction.commandName);
			return command && { name: commandName(interaction), run: () => command.execute(context, interaction), defer: { ephemeral: command.ephemeral(interaction) } };
		}
		if (interaction.isUserContextMenuCommand()) {
			const command = userContext.get(interaction.commandName);
			return command && { name: interaction.commandName, run: () => command.execute(context, interaction), defer: { ephemeral: command.ephemeral(interaction) } };
		}
		if (interaction.isMessageComponent()) {
			const { prefix, args } = decodeCustomId(interaction.customId);
			const handler = components.get(prefix);
			return handler && { name: `component:${prefix}`, run: () => handler.execute(context, interaction, args), defer: handler.defer };
		}
		if (interaction.isModalSubmit()) {
			const { prefix, args } = decodeCustomId(interaction.customId);
			const handler = modals.get(prefix);
			return handler && { name: `modal:${prefix}`, run: () => handler.execute(context, interaction, args), defer: handler.defer };
		}
		return undefined;
	}

	/** `started`: when the interaction was dispatched, which is where the user's wait began. */
	async function answer(interaction: Answerable, found: Route, log: Logger, started: number): Promise<void> {
		const outcome: Promise<Outcome> = Promise.resolve()
			.then(found.run)
			.then(
				(reply) => ({ ok: true as const, reply }),
				(error: unknown) => ({ ok: false as const, error }),
			);
		// From dispatch, not from here: whatever ran before the handler (the delivery check) ate into Discord's deadline too.
		const timer = delay(Math.max(0, DEFER_AFTER_MS - (performance.now() - started)));
		const first = await Promise.race([outcome, timer.promise]);
		timer.cancel();
		if (first === 'defer') {
			metrics?.deferred(found.name);
			await deferAnswer(interaction, found.defer).catch((error: unknown) => log.warn({ err: error }, 'deferral failed'));
		}
		const settled = await outcome;
		const reply = settled.ok ? settled.reply : replyForError(settled.error, interaction.id, log);
		try {
			await deliver(interaction, reply);
		} catch (error) {
			log.error({ err: error }, 'answer could not be delivered');
			if (settled.ok) await deliver(interaction, genericErrorReply(interaction.id)).catch(() => undefined);
		}
		const ms = performance.now() - started;
		metrics?.answered(found.name, outcomeOf(settled), ms / 1000);
		log.info({ ms: Math.round(ms), ok: settled.ok, deferred: first === 'defer' }, 'interaction answered');
	}

	async function autocomplete(interaction: AutocompleteInteraction, log: Logger): Promise<void> {
		const command = chatInput.get(interaction.commandName);
		let choices: APIApplicationCommandOptionChoice[] = [];
		try {
			// An answer later than Discord's deadline is refused anyway: give up with a margin and offer nothing.
			if (command?.autocomplete) choices = await withTimeout(command.autocomplete(context, interaction), DISCORD_LIMITS.initialResponseMs - 500);
		} catch (error) {
			log.warn({ err: error }, 'autocomplete failed');
		}
		await interaction.respond(choices.slice(0, DISCORD_LIMITS.autocompleteChoices));
	}

	return async function dispatch(interaction: Interaction): Promise<void> {
		const started = performance.now();
		const log = context.logger.child(describe(interaction));
		try {
			if (interaction.isAutocomplete()) {
				await autocomplete(interaction, log);
				return;
			}
			if (!interaction.isRepliable()) return;
			if (deliveries && !(await deliveries.first(interaction.id))) {
				// The first delivery answers (or has answered); acting again would repeat its side effects.
				log.info('duplicate delivery ignored');
				metrics?.answered('duplicate', 'duplicate', (performance.now() - started) / 1000);
				return;
			}
			const answerable = interaction as Answerable;
			const found = route(answerable);
			if (found) {
				await answer(answerable, found, log, started);
				return;
			}
			// From outside (an old deployment, a forged id): the member's answer, not the operator's problem.
			log.info('no handler for interaction');
			try {
				await deliver(
					answerable,
					errorReply(`I don't know that command or button (it may be from an older version of the bot). Reference: \`${interaction.id}\`.`),
				);
			} finally {
				// One label for every unknown name: they come from outside (old deployments), so they must not mint series.
				metrics?.answered('unknown', 'unknown', (performance.now() - started) / 1000);
			}
		} catch (error) {
			log.error({ err: error }, 'interaction failed');
		}
	};
}
