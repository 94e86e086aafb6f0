import { escapeMarkdown } from './markdown.js';

/** A start-up failure outside Discord (the store, the metrics port): its message is the operator's one line. */
export class StartupError extends Error {
	override name = 'StartupError';
}

/** An error whose message is written for the user and may be shown as it is. */
export class UserError extends Error {
	override name = 'UserError';
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
		super('This button is out of date (or was not made by me), so I did nothing. Run the command again for a fresh one.');
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

/** A provider's name as the subject of a sentence: "The catalog is…", "Discogs is…". */
export function providerSubject(provider: ProviderName): string {
	return provider === 'catalog' ? 'The catalog' : provider;
}

const DESCRIBE: Record<ProviderErrorKind, (provider: ProviderName, subject: string | undefined) => string> = {
	not_found: (provider, subject) => (subject ? `No ${provider} user named **${escapeMarkdown(subject)}** exists.` : `${providerSubject(provider)} has no such user.`),
	forbidden: (provider) => `${providerSubject(provider)} does not allow the bot to see that: it is private.`,
	rate_limited: (provider) => `${providerSubject(provider)} is rate-limiting the bot right now. Try again in a minute.`,
	unavailable: (provider) => `${providerSubject(provider)} is unavailable right now (it did not answer properly). Try again later.`,
	misconfigured: (provider) => `The bot's ${provider} credentials were rejected. The bot's operator has been told.`,
	unauthorized: (provider) => `${providerSubject(provider)} no longer accepts your authorization (it may have been revoked). Link your account again.`,
};

/** A classified failure of a provider call; its message is user-safe, its detail is for the log only. */
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
		message?: string | undefined;
	}) {
		super(options.message ?? DESCRIBE[options.kind](options.provider, options.subject));
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

export type StoreOperation = 'read' | 'write';

/**
 * The store failed a read or refused a write (locked, read-only, unreachable). Never answered as "not linked"
 * or "saved": the member is told the truth, the operator gets the cause in the log.
 */
export class StoreError extends Error {
	override name = 'StoreError';
	readonly namespace: string;
	readonly operation: StoreOperation;

	constructor(options: { namespace: string; operation: StoreOperation; cause: unknown }) {
		super(
			options.operation === 'write'
				? "I couldn't save that: my storage did not accept the change, so nothing changed. Please try again in a moment."
				: "I can't reach my storage right now, so I can't check linked accounts or settings. Please try again in a moment.",
			{ cause: options.cause },
		);
		this.namespace = options.namespace;
		this.operation = options.operation;
	}
}
