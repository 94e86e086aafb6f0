import type { Message, MessageKey, MessageParams } from '../i18n/messages.js';
import { DEFAULT_LOCALE } from '../i18n/locales.js';
import { translator, type Translator } from '../i18n/translator.js';
import { escapeMarkdown } from './markdown.js';

// Its own module, so what runs before Discord is reached (index.ts, the shard manager) loads no translations.
export { StartupError } from './startupError.js';

/**
 * An error whose text is written for the member: a message key and its values, translated into the answer's
 * language when it is shown. `message` is the English text, for the log.
 */
export class UserError extends Error {
	override name = 'UserError';
	readonly key: MessageKey;
	readonly params: MessageParams;

	constructor(key: MessageKey, params: MessageParams = {}) {
		super(english(key, params));
		this.key = key;
		this.params = params;
	}

	/** The member's text in `translator`'s language. */
	text(translator: Translator): string {
		return translator.t(this.key, this.params);
	}
}

function english(key: MessageKey, params: MessageParams): string {
	return translator(DEFAULT_LOCALE).t(key, params);
}

/**
 * A button, select or modal whose custom_id this version of the bot cannot read: made by an older version,
 * truncated, or forged. Nothing is done and nothing is sent upstream; the member is told to start again.
 */
export class StaleComponentError extends UserError {
	override name = 'StaleComponentError';
	/** What was wrong with it, for the log only. */
	readonly detail: string;

	constructor(detail: string) {
		super('errors:stale');
		this.detail = detail;
	}
}

export type ProviderName = 'Discord' | 'Discogs' | 'catalog';

export type ProviderErrorKind =
	/** The account or resource does not exist. */
	| 'not_found'
	/** The provider refused: the resource is private, or credentials do not allow it. */
	| 'forbidden'
	/** The provider asked us to slow down, and retrying did not help in time. */
	| 'rate_limited'
	/** 5xx, timeout, connection refused, or an answer that is not what the API documents. */
	| 'unavailable'
	/** The bot's own credentials for the provider were rejected: the operator must act. */
	| 'misconfigured'
	/** The user's own authorization (an OAuth token) was rejected: revoked, so they must link again. */
	| 'unauthorized';

/** The member's text for a kind of failure: one sentence per provider, so each language can say it naturally. */
function describe(provider: ProviderName, kind: ProviderErrorKind, subject: string | undefined): Message {
	if (kind === 'not_found' && subject) return { key: `errors:provider.not_found_named.${provider}`, params: { subject: escapeMarkdown(subject) } };
	return { key: `errors:provider.${kind}.${provider}` };
}

/** A classified failure of a provider call; its text is user-safe, its detail is for the log only. */
export class ProviderError extends UserError {
	override name = 'ProviderError';
	readonly provider: ProviderName;
	readonly kind: ProviderErrorKind;
	/** Why it happened, for the log: status, an excerpt of the payload. Never shown to users. */
	readonly detail: string | undefined;
	readonly retryAfterMs: number | undefined;

	constructor(options: {
		provider: ProviderName;
		kind: ProviderErrorKind;
		subject?: string | undefined;
		detail?: string | undefined;
		retryAfterMs?: number | undefined;
		/** A more precise text than the kind's own. */
		message?: Message | undefined;
	}) {
		const message = options.message ?? describe(options.provider, options.kind, options.subject);
		super(message.key, message.params);
		this.provider = options.provider;
		this.kind = options.kind;
		this.detail = options.detail;
		this.retryAfterMs = options.retryAfterMs;
	}
}

/** Whether a stale cached copy may stand in for a failed fetch. */
export function isOutage(error: unknown): boolean {
	return error instanceof ProviderError && (error.kind === 'unavailable' || error.kind === 'rate_limited');
}

// Its own module, so the store (reached before Discord) loads no translations.
export { StoreError, type StoreOperation } from './storeError.js';
