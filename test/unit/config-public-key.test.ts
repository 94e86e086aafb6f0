import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { configError, TEST_PACKAGE } from '../helpers/config.js';

const pkg = TEST_PACKAGE;
/** A developer portal's Public Key looks like this: 32 bytes, 64 lowercase hex characters. */
const KEY = 'e7f3a1c2b4d5968778695a4b3c2d1e0f00112233445566778899aabbccddeeff';


describe('DISCORD_PUBLIC_KEY', () => {
	it('is optional: unset or empty (as in .env.example) means no key', () => {
		expect(loadConfig({ DISCORD_TOKEN: 'abc' }, pkg).discord.publicKey).toBeUndefined();
		expect(loadConfig({ DISCORD_TOKEN: 'abc', DISCORD_PUBLIC_KEY: '' }, pkg).discord.publicKey).toBeUndefined();
	});

	it('takes 64 hex characters, trimmed, in either case', () => {
		expect(loadConfig({ DISCORD_TOKEN: 'abc', DISCORD_PUBLIC_KEY: ` ${KEY}\n` }, pkg).discord.publicKey).toBe(KEY);
		expect(loadConfig({ DISCORD_TOKEN: 'abc', DISCORD_PUBLIC_KEY: KEY.toUpperCase() }, pkg).discord.publicKey).toBe(KEY.toUpperCase());
	});

	it('refuses anything else with one line naming the variable', () => {
		for (const bad of [KEY.slice(1), `${KEY}0`, `${KEY.slice(0, 63)}g`, Buffer.from(KEY, 'hex').toString('base64'), 'MTIz.bot-token']) {
			expect(configError({ DISCORD_TOKEN: 'abc', DISCORD_PUBLIC_KEY: bad }), bad).toBe(
				"DISCORD_PUBLIC_KEY must be 64 hex characters (the Public Key on the developer portal's General Information page)",
			);
		}
	});
});
