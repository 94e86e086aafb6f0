import { DiscordHttpError, isRecord } from '../http.js';

export type Path = ReadonlyArray<string | number>;

/** One entry of Discord's `_errors` list, at the field it names. */
export interface Issue {
	readonly path: Path;
	readonly code: string;
	readonly message: string;
}

/** 400 / 50035 with Discord's nested `errors` object, which discord.js flattens into its message. */
export function invalidFormBody(issues: readonly Issue[]): DiscordHttpError {
	const errors: Record<string, unknown> = {};
	for (const issue of issues) {
		let node = errors;
		for (const key of issue.path) {
			const existing = node[String(key)];
			const next: Record<string, unknown> = isRecord(existing) ? existing : {};
			node[String(key)] = next;
			node = next;
		}
		const previous: unknown[] = Array.isArray(node['_errors']) ? node['_errors'] : [];
		node['_errors'] = [...previous, { code: issue.code, message: issue.message }];
	}
	return new DiscordHttpError(400, { code: 50035, message: 'Invalid Form Body', errors });
}

export function throwIfAny(issues: readonly Issue[]): void {
	if (issues.length > 0) throw invalidFormBody(issues);
}

/** Discord counts characters, not UTF-16 units: an emoji is one. */
export function textLength(text: string): number {
	return Array.from(text).length;
}

/** Python's tuple repr, which Discord's messages print: `(1, 2)`, `('users', 'roles')`, `(1,)`. */
function tuple(values: readonly unknown[]): string {
	const items = values.map((value) => (typeof value === 'string' ? `'${value}'` : String(value)));
	return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}

/*
 * The codes and messages below are Discord's, as they appear in real 50035 bodies pasted into public issues and
 * test fixtures (for example "data.components[0].components[0].value[BASE_TYPE_MAX_LENGTH]: Must be 100 or fewer
 * in length." in discord-tickets/bot#678, "int value should be less than or equal to 4000." in pymc-labs/daimon#57,
 * `Value of field "type" must be one of (2, 3, 5, 6, 7, 8).` for UNION_TYPE_CHOICES, D++'s fixture for
 * MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE, STRING_TYPE_REGEX and APPLICATION_COMMAND_INVALID_NAME). Where no real
 * body could be found the closest code is used and marked "closest" below.
 */
export const discordError = {
	required: (path: Path): Issue => ({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }),
	maxLength: (path: Path, max: number): Issue => ({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` }),
	minLength: (path: Path, min: number): Issue => ({ path, code: 'BASE_TYPE_MIN_LENGTH', message: `Must be ${min} or more in length.` }),
	badLength: (path: Path, min: number, max: number): Issue => ({
		path,
		code: 'BASE_TYPE_BAD_LENGTH',
		message: `Must be between ${min} and ${max} in length.`,
	}),
	numberMax: (path: Path, kind: string, max: number | bigint): Issue => ({
		path,
		code: 'NUMBER_TYPE_MAX',
		message: `${kind} value should be less than or equal to ${max}.`,
	}),
	numberMin: (path: Path, kind: string, min: number | bigint): Issue => ({
		path,
		code: 'NUMBER_TYPE_MIN',
		message: `${kind} value should be greater than or equal to ${min}.`,
	}),
	numberCoerce: (path: Path, value: unknown, kind: string): Issue => ({
		path,
		code: 'NUMBER_TYPE_COERCE',
		message: `Value "${typeof value === 'string' ? value : JSON.stringify(value)}" is not ${kind}.`,
	}),
	choices: (path: Path, allowed: readonly unknown[]): Issue => ({ path, code: 'BASE_TYPE_CHOICES', message: `Value must be one of ${tuple(allowed)}.` }),
	unionChoices: (path: Path, field: string, allowed: readonly unknown[]): Issue => ({
		path,
		code: 'UNION_TYPE_CHOICES',
		message: `Value of field "${field}" must be one of ${tuple(allowed)}.`,
	}),
	dict: (path: Path): Issue => ({ path, code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }),
	// Closest: the list, string and boolean conversion messages were not found in a real body.
	list: (path: Path): Issue => ({ path, code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' }),
	string: (path: Path, value: unknown): Issue => ({ path, code: 'STRING_TYPE_CONVERT', message: `Could not interpret "${JSON.stringify(value)}" as string.` }),
	boolean: (path: Path): Issue => ({ path, code: 'BOOLEAN_TYPE_CONVERT', message: 'Must be either true or false.' }),
	regex: (path: Path): Issue => ({ path, code: 'STRING_TYPE_REGEX', message: 'String value did not match validation regex.' }),
	// Closest: from Discord-compatible servers (Litecord, a discord.js API mock), not from a pasted real body.
	url: (path: Path): Issue => ({ path, code: 'URL_TYPE_INVALID_URL', message: 'Not a well formed URL.' }),
	dateTime: (path: Path, value: string): Issue => ({ path, code: 'DATE_TIME_TYPE_PARSE', message: `Could not parse ${value}. Should be ISO8601.` }),
	duplicate: (path: Path): Issue => ({ path, code: 'SET_TYPE_ALREADY_CONTAINS_VALUE', message: 'The set already contains this value' }),
	unknownField: (path: Path): Issue => ({ path, code: 'BASE_TYPE_BAD_TYPE', message: 'Unknown field.' }),
} as const;
