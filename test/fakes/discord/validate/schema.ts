import { isRecord } from '../http.js';

export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

/**
 * The part of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that Discord's description uses for bodies. Enum-like
 * schemas (`oneOf` of `const`s, as Discord writes its integer and string enums) become `enum`; `oneOf` and `anyOf`
 * are one `union` (Discord marks its `anyOf`s `x-discord-union: oneOf`).
 */
export interface Schema {
	readonly ref?: string;
	readonly types?: readonly JsonType[];
	readonly enum?: readonly unknown[];
	readonly properties?: Readonly<Record<string, Schema>>;
	readonly required?: readonly string[];
	/** `false` rejects unknown keys; a schema checks them; absent lets them through, as Discord does. */
	readonly additionalProperties?: boolean | Schema;
	readonly maxProperties?: number;
	readonly items?: Schema;
	readonly minItems?: number;
	readonly maxItems?: number;
	readonly uniqueItems?: boolean;
	readonly minLength?: number;
	readonly maxLength?: number;
	readonly pattern?: string;
	readonly format?: string;
	readonly minimum?: number | bigint;
	readonly maximum?: number | bigint;
	readonly allOf?: readonly Schema[];
	readonly union?: readonly Schema[];
}

const JSON_TYPES: readonly JsonType[] = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];
const REF_PREFIX = '#/components/schemas/';

function isJsonType(value: unknown): value is JsonType {
	return JSON_TYPES.some((type) => type === value);
}

function numberOf(raw: Record<string, unknown>, key: string): number | undefined {
	const value = raw[key];
	return typeof value === 'number' ? value : undefined;
}

/**
 * Bounds beyond 2^53 (int64 limits, permission bitfields) lose precision as JSON numbers, so the loader hands them
 * over as decimal strings (see spec.ts) and they become bigints here.
 */
function boundOf(raw: Record<string, unknown>, key: string): number | bigint | undefined {
	const value = raw[key];
	if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
	return typeof value === 'number' ? value : undefined;
}

function schemaList(value: unknown, at: string): Schema[] | undefined {
	if (value === undefined) return undefined;
	if (!Array.isArray(value)) throw new Error(`OpenAPI subset: ${at} is not a list`);
	const list: unknown[] = value;
	return list.map((entry, index) => toSchema(entry, `${at}/${index}`));
}

function constsOf(branches: readonly unknown[]): unknown[] | undefined {
	const values: unknown[] = [];
	for (const branch of branches) {
		if (!isRecord(branch) || !('const' in branch)) return undefined;
		values.push(branch['const']);
	}
	return values;
}

/** Reads one schema object of the subset file; `at` names it in errors about the file itself. */
export function toSchema(raw: unknown, at: string): Schema {
	if (!isRecord(raw)) throw new Error(`OpenAPI subset: ${at} is not a schema object`);
	const schema: { -readonly [K in keyof Schema]: Schema[K] } = {};
	const ref = raw['$ref'];
	if (typeof ref === 'string') {
		if (!ref.startsWith(REF_PREFIX)) throw new Error(`OpenAPI subset: ${at} has an unsupported $ref ${ref}`);
		schema.ref = ref.slice(REF_PREFIX.length);
	}
	const type = raw['type'];
	const types: unknown[] = Array.isArray(type) ? type : type === undefined ? [] : [type];
	if (types.length > 0) schema.types = types.filter(isJsonType);
	if (Array.isArray(raw['enum'])) schema.enum = raw['enum'];
	if ('const' in raw) schema.enum = [raw['const']];
	const branches = raw['oneOf'] ?? raw['anyOf'];
	if (Array.isArray(branches)) {
		const list: unknown[] = branches;
		const consts = constsOf(list);
		if (consts) schema.enum = consts;
		else schema.union = list.map((entry, index) => toSchema(entry, `${at}/oneOf/${index}`));
	}
	const properties = raw['properties'];
	if (isRecord(properties)) {
		schema.properties = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, toSchema(value, `${at}/properties/${key}`)]));
	}
	const required = raw['required'];
	if (Array.isArray(required)) schema.required = required.filter((key): key is string => typeof key === 'string');
	const additional = raw['additionalProperties'];
	if (typeof additional === 'boolean') schema.additionalProperties = additional;
	else if (additional !== undefined) schema.additionalProperties = toSchema(additional, `${at}/additionalProperties`);
	if (raw['items'] !== undefined) schema.items = toSchema(raw['items'], `${at}/items`);
	if (raw['uniqueItems'] === true) schema.uniqueItems = true;
	if (typeof raw['pattern'] === 'string') schema.pattern = raw['pattern'];
	if (typeof raw['format'] === 'string') schema.format = raw['format'];
	const allOf = schemaList(raw['allOf'], `${at}/allOf`);
	if (allOf) schema.allOf = allOf;
	const counts = ['maxProperties', 'minItems', 'maxItems', 'minLength', 'maxLength'] as const;
	for (const key of counts) {
		const value = numberOf(raw, key);
		if (value !== undefined) schema[key] = value;
	}
	const minimum = boundOf(raw, 'minimum');
	if (minimum !== undefined) schema.minimum = minimum;
	const maximum = boundOf(raw, 'maximum');
	if (maximum !== undefined) schema.maximum = maximum;
	return schema;
}
