import { ProviderError } from '../core/errors.js';

/** How much of a bad payload goes into the log: enough to recognise it, not enough to flood the log. */
const EXCERPT_CHARS = 200;

/** The HTTP status behind a failure, kept beside the error for log lines and for telling refusals from outages. */
const statusOf = new WeakMap<ProviderError, number>();

/** A ProviderError that remembers the HTTP status it came from. */
export function failure(options: ConstructorParameters<typeof ProviderError>[0], status?: number): ProviderError {
	const error = new ProviderError(options);
	if (status !== undefined) statusOf.set(error, status);
	return error;
}

export function failureStatus(error: unknown): number | undefined {
	return error instanceof ProviderError ? statusOf.get(error) : undefined;
}

/** The network error code (ECONNREFUSED, UND_ERR_HEADERS_TIMEOUT…) of a failed request, if it has one. */
export function errorCode(error: unknown): string | undefined {
	const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
	return typeof code === 'string' ? code : undefined;
}

/** A payload on one line, cut short: what a log line may say about a response. */
export function excerpt(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}
