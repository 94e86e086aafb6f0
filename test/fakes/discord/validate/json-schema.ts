import { isRecord } from '../http.js';
import type { Issue, Path } from './issues.js';
import { discordError, textLength } from './issues.js';
import type { JsonType, Schema } from './schema.js';
import { component } from './spec.js';

export type Resolve = (name: string) => Schema;

const INT32 = { min: -(2n ** 31n), max: 2n ** 31n - 1n };
const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };
const INTEGER_TEXT = /^-?\d+$/;
const NUMBER_TEXT = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Checks `value` against a schema of Discord's description and returns what Discord would name, field by field.
 * Discord's own validators coerce numeric strings into integers (permission bitfields and snowflakes travel as
 * strings; a non-numeric one is refused with NUMBER_TYPE_COERCE), so the fake does too.
 */
export function validateAgainst(value: unknown, schema: Schema, path: Path = [], resolve: Resolve = component): Issue[] {
	const issues: Issue[] = [];
	new Checker(resolve, issues).check(value, schema, path);
	const seen = new Set<string>();
	return issues.filter((issue) => {
		const key = `${issue.path.join('.')}|${issue.code}|${issue.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function matchesType(value: unknown, type: JsonType, format: string | undefined): boolean {
	switch (type) {
		case 'null':
			return value === null;
		case 'boolean':
			return typeof value === 'boolean';
		case 'integer':
			return Number.isInteger(value) || (typeof value === 'string' && INTEGER_TEXT.test(value));
		case 'number':
			return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && NUMBER_TEXT.test(value));
		case 'string':
			return typeof value === 'string' || (format === 'snowflake' && Number.isSafeInteger(value));
		case 'array':
			return Array.isArray(value);
		case 'object':
			return isRecord(value);
	}
}

function typeIssue(value: unknown, schema: Schema, path: Path): Issue {
	if (value === null) return discordError.required(path);
	const type = schema.types?.find((candidate) => candidate !== 'null');
	switch (type) {
		case 'object':
			return discordError.dict(path);
		case 'array':
			return discordError.list(path);
		case 'integer':
			return discordError.numberCoerce(path, value, 'int');
		case 'number':
			return discordError.numberCoerce(path, value, 'float');
		case 'boolean':
			return discordError.boolean(path);
		default:
			return schema.format === 'snowflake' ? discordError.numberCoerce(path, value, 'snowflake') : discordError.string(path, value);
	}
}

function sameScalar(expected: unknown, actual: unknown): boolean {
	return expected === actual || (typeof expected === 'number' && typeof actual === 'string' && String(expected) === actual);
}

function lengthIssue(path: Path, length: number, min: number | undefined, max: number | undefined): Issue | undefined {
	const tooShort = min !== undefined && length < min;
	const tooLong = max !== undefined && length > max;
	if (!tooShort && !tooLong) return undefined;
	if (min !== undefined && min > 0 && max !== undefined) return discordError.badLength(path, min, max);
	return tooLong && max !== undefined ? discordError.maxLength(path, max) : discordError.minLength(path, min ?? 0);
}

class Checker {
	constructor(
		private readonly resolve: Resolve,
		private readonly issues: Issue[],
	) {}

	check(value: unknown, schema: Schema, path: Path): void {
		const types = schema.types ?? [];
		if (types.length > 0) {
			if (!types.some((type) => matchesType(value, type, schema.format))) {
				this.issues.push(typeIssue(value, schema, path));
				return;
			}
			if (value === null) return;
		}
		if (schema.ref !== undefined) this.check(value, this.resolve(schema.ref), path);
		for (const part of schema.allOf ?? []) this.check(value, part, path);
		if (schema.union) this.#union(value, schema.union, path);
		if (value === null) {
			const composed = schema.ref !== undefined || schema.allOf !== undefined || schema.union !== undefined;
			if (types.length === 0 && !composed && schema.enum && !schema.enum.includes(null)) this.issues.push(discordError.choices(path, schema.enum));
			return;
		}
		if (schema.enum && !schema.enum.some((allowed) => sameScalar(allowed, value))) {
			this.issues.push(discordError.choices(path, schema.enum));
			return;
		}
		if (typeof value === 'string') this.#string(value, schema, path);
		if (typeof value === 'number' || (typeof value === 'string' && types.some((type) => type === 'integer' || type === 'number'))) {
			this.#number(value, schema, path);
		}
		if (Array.isArray(value)) this.#array(value, schema, path);
		if (isRecord(value)) this.#object(value, schema, path);
	}

	#deref(schema: Schema): Schema {
		return schema.ref === undefined ? schema : this.#deref(this.resolve(schema.ref));
	}

	/** Picks the branch by its `type` tag when every branch has one, so errors name fields inside it. */
	#union(value: unknown, branches: readonly Schema[], path: Path): void {
		const resolved = branches.map((branch) => ({ branch, target: this.#deref(branch) }));
		const nullOnly = (schema: Schema): boolean => schema.types?.length === 1 && schema.types[0] === 'null';
		if (value === null) {
			if (!resolved.some(({ target }) => target.types?.includes('null') === true)) this.issues.push(discordError.required(path));
			return;
		}
		const candidates = resolved.filter(({ target }) => !nullOnly(target));
		const only = candidates.length === 1 ? candidates[0] : undefined;
		if (only) {
			this.check(value, only.branch, path);
			return;
		}
		const tags = candidates.map(({ target }) => target.properties?.['type']?.enum);
		if (candidates.length > 0 && tags.every((tag) => tag !== undefined)) {
			if (!isRecord(value)) {
				this.issues.push(discordError.dict(path));
				return;
			}
			const index = tags.findIndex((tag) => tag?.some((allowed) => sameScalar(allowed, value['type'])) === true);
			const match = candidates[index];
			if (!match) {
				const allowed = [...new Set(tags.flatMap((tag) => tag ?? []))].sort((a, b) => Number(a) - Number(b));
				this.issues.push(discordError.unionChoices(path, 'type', allowed));
				return;
			}
			this.check(value, match.branch, path);
			return;
		}
		// No tag to go by (e.g. string, integer or number choices): the branch that fits best speaks.
		let best: Issue[] | undefined;
		for (const { branch } of candidates) {
			const attempt: Issue[] = [];
			new Checker(this.resolve, attempt).check(value, branch, path);
			if (attempt.length === 0) return;
			if (!best || attempt.length < best.length) best = attempt;
		}
		this.issues.push(...(best ?? []));
	}

	#string(value: string, schema: Schema, path: Path): void {
		if (schema.format === 'snowflake') {
			if (!INTEGER_TEXT.test(value) || value.startsWith('-')) this.issues.push(discordError.numberCoerce(path, value, 'snowflake'));
			else if (BigInt(value) > INT64.max) this.issues.push(discordError.numberMax(path, 'snowflake', INT64.max));
			return;
		}
		const length = lengthIssue(path, textLength(value), schema.minLength, schema.maxLength);
		if (length) this.issues.push(length);
		if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) this.issues.push(discordError.regex(path));
		if (schema.format === 'uri' && !URL.canParse(value)) this.issues.push(discordError.url(path));
		if (schema.format === 'date-time' && (!ISO_8601.test(value) || Number.isNaN(Date.parse(value)))) this.issues.push(discordError.dateTime(path, value));
	}

	#number(value: number | string, schema: Schema, path: Path): void {
		const integer = schema.types?.includes('integer') === true;
		const kind = integer ? 'int' : 'float';
		const bounds = schema.format === 'int32' ? INT32 : schema.format === 'int64' ? INT64 : undefined;
		const minimum = schema.minimum ?? bounds?.min;
		const maximum = schema.maximum ?? bounds?.max;
		// Integers compare as bigints so that bounds past 2^53 (and numeric strings) stay exact.
		const exact = integer && (typeof value === 'string' || Number.isSafeInteger(value));
		const below = (bound: number | bigint): boolean => (exact ? BigInt(value) < BigInt(bound) : Number(value) < Number(bound));
		const above = (bound: number | bigint): boolean => (exact ? BigInt(value) > BigInt(bound) : Number(value) > Number(bound));
		if (minimum !== undefined && below(minimum)) this.issues.push(discordError.numberMin(path, kind, minimum));
		if (maximum !== undefined && above(maximum)) this.issues.push(discordError.numberMax(path, kind, maximum));
	}

	#array(value: readonly unknown[], schema: Schema, path: Path): void {
		const length = lengthIssue(path, value.length, schema.minItems, schema.maxItems);
		if (length) this.issues.push(length);
		const items = schema.items;
		if (items) value.forEach((item, index) => this.check(item, items, [...path, index]));
		if (schema.uniqueItems) {
			const seen = new Set<string>();
			value.forEach((item, index) => {
				const key = JSON.stringify(item);
				if (seen.has(key)) this.issues.push(discordError.duplicate([...path, index]));
				seen.add(key);
			});
		}
	}

	#object(value: Record<string, unknown>, schema: Schema, path: Path): void {
		for (const key of schema.required ?? []) {
			if (value[key] === undefined) this.issues.push(discordError.required([...path, key]));
		}
		const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
		if (schema.maxProperties !== undefined && entries.length > schema.maxProperties) {
			this.issues.push(discordError.maxLength(path, schema.maxProperties));
		}
		for (const [key, entry] of entries) {
			const property = schema.properties?.[key];
			const additional = schema.additionalProperties;
			if (property) this.check(entry, property, [...path, key]);
			else if (additional === false) this.issues.push(discordError.unknownField([...path, key]));
			else if (additional !== undefined && additional !== true) this.check(entry, additional, [...path, key]);
		}
	}
}
