import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { CommandStore } from '../commands.js';
import { createSnowflakeFactory } from '../snowflake.js';
import { expectFormError, refusal } from './expect-form-error.js';

/**
 * Command registration (PUT bulk, POST, PATCH). Sources: the spec's ApplicationCommandUpdateRequest,
 * ApplicationCommandCreateRequest, ApplicationCommandPatchRequestPartial and Application*Option schemas
 * (../openapi/discord-openapi.subset.json: name 1-32, description 100, 25 options, 25 choices, choice names 1-100,
 * min/max_length 0-6000, localization values); discord-api-docs interactions/application-commands.mdx (naming
 * regex and lower case, description 1-100, required before optional, autocomplete without choices, string choice
 * values 100, locales, 8000 characters, 100 CHAT_INPUT / 15 USER / 15 MESSAGE commands per scope).
 */
const store = (): CommandStore => new CommandStore('1100000000000000001', createSnowflakeFactory());
const put = (body: unknown): unknown => store().replace(null, body);
const post = (body: unknown): unknown => store().upsert(null, body);
const string = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
	type: ApplicationCommandOptionType.String,
	name,
	description: `The ${name}`,
	...extra,
});
const command = (options: unknown[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> => ({ name: 'discogs', description: 'Discogs lookups', options, ...extra });

describe('command registration', () => {
	it('stores a valid set, with ids, versions and Discord\'s defaults', () => {
		const [stored] = store().replace(null, [command([string('username', { required: true }), string('sort', { choices: [{ name: 'Newest', value: 'new' }] })])]);
		expect(stored).toMatchObject({ name: 'discogs', type: 1, default_member_permissions: null, integration_types: [0], contexts: null, dm_permission: true });
		expect(stored?.id).toMatch(/^\d+$/);
	});

	it('CHAT_INPUT names: the naming regex, in lower case; USER and MESSAGE names may have case and spaces', () => {
		expectFormError(() => put([command([], { name: 'Bad Name' })]), '0.name', 'STRING_TYPE_REGEX');
		expectFormError(() => put([command([], { name: 'Discogs' })]), '0.name', 'APPLICATION_COMMAND_INVALID_NAME');
		expectFormError(() => put([command([string('User')])]), '0.options.0.name', 'APPLICATION_COMMAND_INVALID_NAME');
		expectFormError(() => put([command([], { name: 'n'.repeat(33) })]), '0.name', 'BASE_TYPE_BAD_LENGTH');
		expect(put([{ type: ApplicationCommandType.User, name: 'View profile' }, command([], { name: 'héllo_wörld-1' })])).toHaveLength(2);
	});

	it('descriptions: 1-100 characters for CHAT_INPUT and options; none for USER and MESSAGE', () => {
		expectFormError(() => post(command([], { description: '' })), 'description', 'BASE_TYPE_BAD_LENGTH');
		expectFormError(() => post({ name: 'discogs' }), 'description', 'BASE_TYPE_REQUIRED');
		expectFormError(() => post(command([], { description: 'd'.repeat(101) })), 'description', 'BASE_TYPE_MAX_LENGTH');
		expectFormError(() => post(command([string('x', { description: '' })])), 'options.0.description', 'BASE_TYPE_BAD_LENGTH');
		expectFormError(() => post({ type: ApplicationCommandType.Message, name: 'Save', description: 'Saves' }), 'description', 'BASE_TYPE_MAX_LENGTH');
		expectFormError(() => post({ type: ApplicationCommandType.User, name: 'View', options: [string('x')] }), 'options', 'BASE_TYPE_MAX_LENGTH');
	});

	it('at most 25 options and 25 choices; choice names 1-100, string values 100', () => {
		const many = Array.from({ length: 26 }, (_, index) => string(`o${index}`));
		expectFormError(() => post(command(many)), 'options', 'BASE_TYPE_MAX_LENGTH');
		const choices = Array.from({ length: 26 }, (_, index) => ({ name: `c${index}`, value: `v${index}` }));
		expectFormError(() => post(command([string('x', { choices })])), 'options.0.choices', 'BASE_TYPE_MAX_LENGTH');
		expectFormError(() => post(command([string('x', { choices: [{ name: '', value: 'v' }] })])), 'options.0.choices.0.name', 'BASE_TYPE_BAD_LENGTH');
		expectFormError(() => post(command([string('x', { choices: [{ name: 'c', value: 'v'.repeat(101) }] })])), 'options.0.choices.0.value', 'BASE_TYPE_MAX_LENGTH');
		const integer = { type: ApplicationCommandOptionType.Integer, name: 'n', description: 'N', choices: [{ name: 'one', value: 'one' }] };
		expectFormError(() => post(command([integer])), 'options.0.choices.0.value', 'NUMBER_TYPE_COERCE');
	});

	it('required options before optional ones; names unique; subcommands not mixed with plain options', () => {
		const error = expectFormError(() => post(command([string('a'), string('b', { required: true })])), 'options.1', 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID');
		expect(JSON.stringify(error.body)).toContain('Required options must be placed before non-required options');
		expectFormError(() => post(command([string('a'), string('a')])), 'options.1.name', 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS');
		const sub = { type: ApplicationCommandOptionType.Subcommand, name: 'profile', description: 'Profile', options: [string('b'), string('c', { required: true })] };
		expectFormError(() => post(command([sub])), 'options.0.options.1', 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID');
		expectFormError(() => post(command([sub, string('x')])), 'options', 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID');
		const group = { type: ApplicationCommandOptionType.SubcommandGroup, name: 'g', description: 'G', options: [string('x')] };
		expectFormError(() => post(command([group])), 'options.0.options.0.type', 'BASE_TYPE_CHOICES');
	});

	it('autocomplete and choices not both; min/max value and length in order and in range', () => {
		expectFormError(() => post(command([string('x', { autocomplete: true, choices: [{ name: 'a', value: 'a' }] })])), 'options.0.autocomplete', 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_CHOICES');
		const integer = { type: ApplicationCommandOptionType.Integer, name: 'page', description: 'Page' };
		expectFormError(() => post(command([{ ...integer, min_value: 5, max_value: 1 }])), 'options.0.min_value', 'NUMBER_TYPE_MAX');
		expectFormError(() => post(command([{ ...integer, max_value: 2 ** 53 }])), 'options.0.max_value', 'NUMBER_TYPE_MAX');
		const number = { type: ApplicationCommandOptionType.Number, name: 'score', description: 'Score', min_value: -(2 ** 54) };
		expectFormError(() => post(command([number])), 'options.0.min_value', 'NUMBER_TYPE_MIN');
		expectFormError(() => post(command([string('x', { min_length: 10, max_length: 2 })])), 'options.0.min_length', 'NUMBER_TYPE_MAX');
		expectFormError(() => post(command([string('x', { max_length: 6001 })])), 'options.0.max_length', 'NUMBER_TYPE_MAX');
		expectFormError(() => post(command([string('x', { max_length: 0 })])), 'options.0.max_length', 'NUMBER_TYPE_MIN');
	});

	it('localizations: keys are Discord locales, values follow the base field\'s rules', () => {
		expectFormError(() => post(command([], { name_localizations: { 'fr-FR': 'profil' } })), 'name_localizations.fr-FR', 'BASE_TYPE_CHOICES');
		expectFormError(() => post(command([], { name_localizations: { fr: 'Profil' } })), 'name_localizations.fr', 'APPLICATION_COMMAND_INVALID_NAME');
		expectFormError(() => post(command([], { description_localizations: { de: 'd'.repeat(101) } })), 'description_localizations.de', 'BASE_TYPE_BAD_LENGTH');
		expectFormError(() => post(command([string('x', { name_localizations: { ja: 'ユーザー 名' } })])), 'options.0.name_localizations.ja', 'STRING_TYPE_REGEX');
		const choice = { name: 'Newest', value: 'new', name_localizations: { xx: 'Neu' } };
		expectFormError(() => post(command([string('x', { choices: [choice] })])), 'options.0.choices.0.name_localizations.xx', 'BASE_TYPE_CHOICES');
		expect(post(command([], { name_localizations: { fr: 'profil', 'pt-BR': 'perfil' }, description_localizations: { fr: 'Recherches' } }))).toBeDefined();
	});

	it('8000 characters per command, counting the longest localization of each field', () => {
		const options = Array.from({ length: 25 }, (_, index) =>
			string(`o${index}`, { description: 'd'.repeat(100), choices: Array.from({ length: 25 }, (__, c) => ({ name: `c${c}`.padEnd(10, 'x'), value: 'v'.repeat(4) })) }),
		);
		const error = expectFormError(() => put([command(options)]), '0', 'APPLICATION_COMMAND_TOO_LARGE');
		expect(JSON.stringify(error.body)).toContain('Command exceeds maximum size (8000)');
		const fits = Array.from({ length: 25 }, (_, index) => string(`o${index}`, { description: 'd'.repeat(100) }));
		expect(put([command(fits)])).toHaveLength(1);
		const localized = fits.map((option) => ({ ...option, description_localizations: { fr: 'é'.repeat(100) } }));
		expect(put([command(localized)])).toHaveLength(1);
		const longest = command(fits.slice(0, 2), { description_localizations: { fr: 'x'.repeat(100) }, name_localizations: { fr: 'n'.repeat(32) } });
		expect(put([longest])).toHaveLength(1);
	});

	it('at most 100 CHAT_INPUT, 15 USER and 15 MESSAGE commands per scope (30032); names unique per type', () => {
		const users = Array.from({ length: 16 }, (_, index) => ({ type: ApplicationCommandType.User, name: `User ${index}` }));
		expect(refusal(() => put(users)).body).toEqual({ code: 30032, message: 'Maximum number of application commands reached (15)' });
		const commands = store();
		for (let index = 0; index < 100; index += 1) commands.upsert('1200000000000000001', command([], { name: `c${index}` }));
		expect(refusal(() => commands.upsert('1200000000000000001', command([], { name: 'one-more' }))).body.code).toBe(30032);
		expect(commands.upsert('1200000000000000001', command([], { name: 'c0', description: 'Changed' })).created).toBe(false);
		expectFormError(() => put([command(), command()]), '1.name', 'APPLICATION_COMMANDS_DUPLICATE_NAME');
	});

	it('PATCH checks the changed command as a whole, keeps its id and type', () => {
		const commands = store();
		const { command: created } = commands.upsert(null, command([string('username')]));
		const updated = commands.update(null, created.id, { description: 'New description' });
		expect(updated).toMatchObject({ id: created.id, description: 'New description', type: 1, options: [{ name: 'username' }] });
		expect(updated.version).not.toBe(created.version);
		expectFormError(() => commands.update(null, created.id, { name: 'Bad Name' }), 'name', 'STRING_TYPE_REGEX');
		expectFormError(() => commands.update(null, created.id, { options: [string('a'), string('b', { required: true })] }), 'options.1', 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID');
		expect(refusal(() => commands.update(null, '1', { description: 'x' })).body).toEqual({ code: 10063, message: 'Unknown application command' });
	});

	it('a PUT body must be a list of objects; a POST body an object', () => {
		expectFormError(() => put({ name: 'x' }), '', 'LIST_TYPE_CONVERT');
		expectFormError(() => put(['x']), '0', 'DICT_TYPE_CONVERT');
		expectFormError(() => post([]), '', 'DICT_TYPE_CONVERT');
	});
});
