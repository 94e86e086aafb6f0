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

export function createLogger(level: string): Logger {
	return pino({ level, base: { pid: process.pid }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } });
}
