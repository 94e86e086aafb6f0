import { describe, expect, it } from 'vitest';
import type { Issue } from './issues.js';
import { validateAgainst } from './json-schema.js';
import type { Schema } from './schema.js';
import { toSchema } from './schema.js';
import { component, requestSchema } from './spec.js';

/**
 * The JSON Schema subset the fake reads from Discord's OpenAPI description (../openapi/), on small schemas written
 * the way that description writes them (type arrays with "null", enums as `oneOf` of `const`, `x-discord-union`
 * anyOfs), and on the description's own schemas where they show a case.
 */
const choices = (value: unknown): unknown => ({
	type: 'object',
	properties: { choices: { type: 'array', items: { type: 'object', properties: { name: { type: 'string', maxLength: 3 }, value }, required: ['name'] } } },
});
const NAMED: Record<string, Schema> = {
	Tag: toSchema({ type: 'integer', oneOf: [{ title: 'A', const: 1 }, { title: 'B', const: 2 }] }, 'Tag'),
	Snowflake: toSchema({ type: 'string', pattern: '^(0|[1-9][0-9]*)$', format: 'snowflake' }, 'Snowflake'),
	IntegerChoices: toSchema(choices({ type: 'integer' }), 'IntegerChoices'),
	StringChoices: toSchema(choices({ type: 'string' }), 'StringChoices'),
};
const resolve = (name: string): Schema => {
	const schema = NAMED[name];
	if (!schema) throw new Error(`no schema ${name}`);
	return schema;
};
const check = (value: unknown, raw: unknown): Issue[] => validateAgainst(value, toSchema(raw, 'test'), [], resolve);
const codes = (issues: readonly Issue[]): string[] => issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);

describe('the fake validator over Discord OpenAPI schemas', () => {
	it('checks types, with "null" allowed only where the type array lists it', () => {
		const schema = { type: 'object', properties: { a: { type: ['string', 'null'] }, b: { type: 'string' }, n: { type: 'integer' } } };
		expect(check({ a: null, b: 'x', n: 3 }, schema)).toEqual([]);
		expect(codes(check({ b: null }, schema))).toEqual(['b:BASE_TYPE_REQUIRED']);
		expect(codes(check({ b: 4, n: 'x' }, schema))).toEqual(['b:STRING_TYPE_CONVERT', 'n:NUMBER_TYPE_COERCE']);
		expect(codes(check([], schema))).toEqual([':DICT_TYPE_CONVERT']);
		// Discord parses integers out of numeric strings (permission bitfields travel as strings).
		expect(check({ n: '8' }, schema)).toEqual([]);
	});

	it('reports missing required properties and lets unknown ones through unless additionalProperties is false', () => {
		const open = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] };
		expect(codes(check({ other: 1 }, open))).toEqual(['id:BASE_TYPE_REQUIRED']);
		expect(check({ id: 'x', other: 1 }, open)).toEqual([]);
		expect(codes(check({ id: 'x', other: 1 }, { ...open, additionalProperties: false }))).toEqual(['other:BASE_TYPE_BAD_TYPE']);
		const map = { type: 'object', additionalProperties: { type: 'string', maxLength: 2 }, maxProperties: 1 };
		expect(codes(check({ fr: 'abc', de: 'x' }, map))).toEqual([':BASE_TYPE_MAX_LENGTH', 'fr:BASE_TYPE_MAX_LENGTH']);
	});

	it('measures strings in characters (code points), as Discord counts them', () => {
		const schema = { type: 'string', minLength: 1, maxLength: 3 };
		expect(check('🎵🎵🎵', schema)).toEqual([]);
		expect(check('abcd', schema)).toEqual([{ path: [], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 3 in length.' }]);
		expect(check('abcd', { type: 'string', maxLength: 3 })).toEqual([{ path: [], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 3 or fewer in length.' }]);
		expect(check('', { type: 'string', minLength: 2 })).toEqual([{ path: [], code: 'BASE_TYPE_MIN_LENGTH', message: 'Must be 2 or more in length.' }]);
	});

	it('checks enums, consts and oneOf-of-const enums with Discord\'s tuple message', () => {
		expect(check(3, { $ref: '#/components/schemas/Tag' })).toEqual([{ path: [], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (1, 2).' }]);
		expect(codes(check('x', { type: 'string', enum: ['users', 'roles'] }))).toEqual([':BASE_TYPE_CHOICES']);
		expect(check('x', { const: 'y' })).toEqual([{ path: [], code: 'BASE_TYPE_CHOICES', message: "Value must be one of ('y',)." }]);
		expect(check(2, { type: 'integer', enum: [2], allOf: [{ $ref: '#/components/schemas/Tag' }] })).toEqual([]);
	});

	it('checks numeric bounds, int32 and int64 formats, and snowflakes', () => {
		expect(check(26, { type: 'integer', minimum: 0, maximum: 25 })).toEqual([
			{ path: [], code: 'NUMBER_TYPE_MAX', message: 'int value should be less than or equal to 25.' },
		]);
		expect(codes(check(-1, { type: 'integer', minimum: 0 }))).toEqual([':NUMBER_TYPE_MIN']);
		expect(codes(check(2 ** 31, { type: 'integer', format: 'int32' }))).toEqual([':NUMBER_TYPE_MAX']);
		expect(codes(check('9223372036854775808', { type: 'integer', format: 'int64' }))).toEqual([':NUMBER_TYPE_MAX']);
		expect(check('1300000000000000001', { $ref: '#/components/schemas/Snowflake' })).toEqual([]);
		expect(check('@me', { $ref: '#/components/schemas/Snowflake' })).toEqual([
			{ path: [], code: 'NUMBER_TYPE_COERCE', message: 'Value "@me" is not snowflake.' },
		]);
		expect(codes(check('9223372036854775808', { $ref: '#/components/schemas/Snowflake' }))).toEqual([':NUMBER_TYPE_MAX']);
	});

	it('checks list sizes, items and uniqueness', () => {
		const schema = { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2, uniqueItems: true };
		expect(check(['a', 'b'], schema)).toEqual([]);
		expect(codes(check([], schema))).toEqual([':BASE_TYPE_BAD_LENGTH']);
		expect(codes(check(['a', 'a'], schema))).toEqual(['1:SET_TYPE_ALREADY_CONTAINS_VALUE']);
		expect(codes(check(['a', 2], schema))).toEqual(['1:STRING_TYPE_CONVERT']);
		expect(codes(check('a', schema))).toEqual([':LIST_TYPE_CONVERT']);
	});

	it('picks a union branch by its `type` tag, so errors name the field inside that branch', () => {
		const union = {
			oneOf: [
				{ type: 'object', properties: { type: { type: 'integer', enum: [2] }, label: { type: 'string', maxLength: 3 } }, required: ['type'] },
				{ type: 'object', properties: { type: { type: 'integer', enum: [3] }, options: { type: 'array' } }, required: ['type', 'options'] },
			],
		};
		expect(codes(check({ type: 2, label: 'long' }, union))).toEqual(['label:BASE_TYPE_MAX_LENGTH']);
		expect(codes(check({ type: 3 }, union))).toEqual(['options:BASE_TYPE_REQUIRED']);
		expect(check({ type: 9 }, union)).toEqual([{ path: [], code: 'UNION_TYPE_CHOICES', message: 'Value of field "type" must be one of (2, 3).' }]);
		expect(codes(check(null, union))).toEqual([':BASE_TYPE_REQUIRED']);
		expect(check(null, { oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/Snowflake' }] })).toEqual([]);
	});

	it('without a tag, lets the branch that fits best speak', () => {
		// Autocomplete data is a union of integer, number and string choice lists, told apart only by the values.
		const data = { anyOf: [{ $ref: '#/components/schemas/IntegerChoices' }, { $ref: '#/components/schemas/StringChoices' }] };
		expect(check({ choices: [{ name: 'a', value: 'x' }] }, data)).toEqual([]);
		expect(codes(check({ choices: [{ name: 'long', value: 'x' }] }, data))).toEqual(['choices.0.name:BASE_TYPE_MAX_LENGTH']);
	});

	it('checks uri and date-time formats', () => {
		expect(check('https://www.discogs.com/user/x', { type: 'string', format: 'uri' })).toEqual([]);
		expect(codes(check('www.discogs.com', { type: 'string', format: 'uri' }))).toEqual([':URL_TYPE_INVALID_URL']);
		expect(check('2026-07-18T12:00:00.000Z', { type: 'string', format: 'date-time' })).toEqual([]);
		expect(codes(check('yesterday', { type: 'string', format: 'date-time' }))).toEqual([':DATE_TIME_TYPE_PARSE']);
	});

	it('reads the vendored description: a RichEmbed field without a value is named', () => {
		const issues = validateAgainst({ fields: [{ name: 'a' }], color: 0x1000000 }, component('RichEmbed'), ['embeds', 0]);
		expect(codes(issues).sort()).toEqual(['embeds.0.color:NUMBER_TYPE_MAX', 'embeds.0.fields.0.value:BASE_TYPE_REQUIRED']);
	});

	it('holds the role-connection metadata schema the bot will need (ApplicationRoleConnectionsMetadataItemRequest)', () => {
		const schema = requestSchema('update_application_role_connections_metadata');
		const item = { type: 7, key: 'linked_discogs', name: 'Discogs linked', description: 'Has linked a Discogs account' };
		expect(validateAgainst([item], schema)).toEqual([]);
		const issues = validateAgainst([{ ...item, key: 'k'.repeat(51), type: 9 }, item, item, item, item, item], schema);
		expect(codes(issues).sort()).toEqual(['0.key:BASE_TYPE_BAD_LENGTH', '0.type:BASE_TYPE_CHOICES', ':BASE_TYPE_MAX_LENGTH']);
	});
});
