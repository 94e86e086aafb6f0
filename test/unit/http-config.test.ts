import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { configError, TEST_PACKAGE } from '../helpers/config.js';

const pkg = TEST_PACKAGE;


describe('HTTP_PORT and HTTP_HOST', () => {
	it('serve no public port unless HTTP_PORT is set, on 127.0.0.1 by default', () => {
		expect(loadConfig({ DISCORD_TOKEN: 'a' }, pkg).http).toBeUndefined();
		expect(loadConfig({ DISCORD_TOKEN: 'a', HTTP_PORT: '8080' }, pkg).http).toEqual({ host: '127.0.0.1', port: 8080 });
		expect(loadConfig({ DISCORD_TOKEN: 'a', HTTP_PORT: '0', HTTP_HOST: ' 0.0.0.0 ' }, pkg).http).toEqual({ host: '0.0.0.0', port: 0 });
	});

	it('name a port that is no port', () => {
		for (const port of ['70000', '-1', 'eighty', '80.5']) expect(configError({ DISCORD_TOKEN: 'a', HTTP_PORT: port }), port).toBe('HTTP_PORT must be a port number');
	});

	it('refuse the metrics port, where /metrics would be public', () => {
		expect(configError({ DISCORD_TOKEN: 'a', HTTP_PORT: '9100', METRICS_PORT: '9100' })).toBe('HTTP_PORT must differ from METRICS_PORT: /metrics stays on its own private port');
		// Two free ports, or one port on two addresses, are two sockets.
		expect(loadConfig({ DISCORD_TOKEN: 'a', HTTP_PORT: '0', METRICS_PORT: '0' }, pkg).http).toEqual({ host: '127.0.0.1', port: 0 });
		expect(loadConfig({ DISCORD_TOKEN: 'a', HTTP_PORT: '9100', HTTP_HOST: '10.0.0.5', METRICS_PORT: '9100' }, pkg).http).toEqual({ host: '10.0.0.5', port: 9100 });
	});
});
