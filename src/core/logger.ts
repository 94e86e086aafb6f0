import { pino, type Logger } from 'pino';

export type { Logger };

/** Keys whose values are secrets wherever they appear in a log record. */
const REDACT_PATHS = [
	'token',
	'*.token',
	'authorization',
	'*.authorization',
	'headers.authorization',
	'*.headers.authorization',
	'password',
	'*.password',
	'secret',
	'*.secret',
	'accessToken',
	'*.accessToken',
	'refreshToken',
	'*.refreshToken',
];

/** JSON lines on stdout, or on `destination` (the in-process tests read them there), with secrets redacted. */
export function createLogger(level: string, destination?: { write(line: string): void }): Logger {
	const options = { level, base: { pid: process.pid }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
	return destination ? pino(options, destination) : pino(options);
}

/**
 * The same logger without redaction, for lines whose fields are fixed and can hold no secret (ids, names, counts,
 * durations), such as the line that closes every interaction. Redaction parses each of its paths on every line:
 * for that one flat line it made a third of a cached lookup's allocations. Never for objects from outside.
 */
export function withoutRedaction(logger: Logger): Logger {
	return logger.child({}, { redact: { paths: [] } });
}
