import { describe, expect, it } from 'vitest';
import { createLogger, withoutRedaction } from '../../src/core/logger.js';

function capture() {
	const lines: Array<Record<string, unknown>> = [];
	const logger = createLogger('info', { write: (line) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
	return { logger, lines };
}

describe('the logger', () => {
	it('censors secrets at the top level, one level down, and in headers, without changing the logged object', () => {
		const { logger, lines } = capture();
		const request = { url: 'https://api.discogs.com/oauth/identity', headers: { authorization: 'OAuth oauth_token="t0k3n"' } };
		logger.info({ token: 'abc', user: { accessToken: 'at', refreshToken: 'rt', id: '1' }, request }, 'line');
		expect(lines[0]).toMatchObject({ token: '[redacted]', user: { accessToken: '[redacted]', refreshToken: '[redacted]', id: '1' }, request: { headers: { authorization: '[redacted]' } } });
		expect(JSON.stringify(lines)).not.toMatch(/abc|t0k3n|"at"|"rt"/);
		expect(request.headers.authorization).toContain('t0k3n');
	});

	it('writes the fixed-field closing line the same way without redaction, and leaves the logger it came from redacting', () => {
		const { logger, lines } = capture();
		withoutRedaction(logger).info({ interaction: '123', what: 'discogs profile', ms: 4, ok: true }, 'interaction answered');
		logger.info({ token: 'abc' }, 'after');
		expect(lines[0]).toMatchObject({ level: 30, pid: process.pid, interaction: '123', what: 'discogs profile', ms: 4, ok: true, msg: 'interaction answered' });
		expect(lines[1]).toMatchObject({ token: '[redacted]' });
	});
});
