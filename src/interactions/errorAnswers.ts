import { ProviderError, StaleComponentError, StoreError, UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Translator } from '../i18n/translator.js';
import type { InteractionOutcome } from '../observability/hooks.js';
import { errorReply, genericErrorReply } from './respond.js';
import type { Reply } from './types.js';

/**
 * Turns a handler's failure into an answer: user-safe errors are shown, anything else is a bug with a reference.
 * Always private, so in the member's own language (`tr`); the log keeps the English text.
 */
export function replyForError(error: unknown, interactionId: string, log: Logger, tr: Translator): Reply {
	if (error instanceof ProviderError) {
		log.warn({ provider: error.provider, kind: error.kind, detail: error.detail }, 'provider error answered');
		return errorReply(error.text(tr));
	}
	if (error instanceof StaleComponentError) {
		log.info({ detail: error.detail }, 'stale or forged component answered');
		return errorReply(error.text(tr));
	}
	if (error instanceof UserError) {
		log.info({ reason: error.message }, 'user error answered');
		return errorReply(error.text(tr));
	}
	if (error instanceof StoreError) {
		// The cause was logged when the store reported it; this line ties it to the member who was told.
		log.error({ namespace: error.namespace, operation: error.operation, err: error.cause }, 'store failure answered');
		return errorReply(tr.t(error.key));
	}
	log.error({ err: error }, 'handler failed');
	return genericErrorReply(tr, interactionId);
}

/** The same classes as replyForError, as a metrics label. */
export function outcomeOf(error: unknown): InteractionOutcome {
	if (error instanceof ProviderError) return 'provider_error';
	if (error instanceof UserError) return 'user_error';
	if (error instanceof StoreError) return 'store_error';
	return 'bug';
}
