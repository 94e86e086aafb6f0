import { ConfigError, loadConfig } from '../../src/core/config.js';

/** The package fields the bot reads at start-up, as the config tests give them. */
export const TEST_PACKAGE = { name: 'crossfade-bot', version: '1.2.3', homepage: 'https://example.org/bot' };

/** The one-line message the configuration is refused with; fails the test when it is accepted. */
export function configError(env: NodeJS.ProcessEnv): string {
	try {
		loadConfig(env, TEST_PACKAGE);
	} catch (error) {
		if (error instanceof ConfigError) return error.message;
		throw error;
	}
	throw new Error('expected a ConfigError');
}
