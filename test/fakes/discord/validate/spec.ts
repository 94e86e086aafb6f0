import { readFileSync } from 'node:fs';
import { isRecord } from '../http.js';
import type { Schema } from './schema.js';
import { toSchema } from './schema.js';

/** Discord's OpenAPI description, trimmed to the fake's routes (see ../openapi/README.md). */
const SUBSET = new URL('../openapi/discord-openapi.subset.json', import.meta.url);

interface Operation {
	readonly request: Schema | undefined;
	/** By status as the spec writes it: '200', '204', '4XX'. */
	readonly responses: ReadonlyMap<string, Schema>;
}

interface Spec {
	readonly schemas: ReadonlyMap<string, Schema>;
	readonly operations: ReadonlyMap<string, Operation>;
}

let loaded: Spec | undefined;

function jsonSchemaOf(node: unknown, at: string): Schema | undefined {
	const content = isRecord(node) ? node['content'] : undefined;
	const json = isRecord(content) ? content['application/json'] : undefined;
	return isRecord(json) && json['schema'] !== undefined ? toSchema(json['schema'], at) : undefined;
}

function readOperations(paths: unknown): Map<string, Operation> {
	const operations = new Map<string, Operation>();
	if (!isRecord(paths)) throw new Error('OpenAPI subset: no paths');
	for (const [path, item] of Object.entries(paths)) {
		if (!isRecord(item)) continue;
		for (const [method, operation] of Object.entries(item)) {
			if (!isRecord(operation) || typeof operation['operationId'] !== 'string') continue;
			const at = `${method.toUpperCase()} ${path}`;
			const responses = new Map<string, Schema>();
			const rawResponses = operation['responses'];
			for (const [status, response] of Object.entries(isRecord(rawResponses) ? rawResponses : {})) {
				const schema = jsonSchemaOf(response, `${at} ${status}`);
				if (schema) responses.set(status, schema);
			}
			operations.set(operation['operationId'], { request: jsonSchemaOf(operation['requestBody'], `${at} request`), responses });
		}
	}
	return operations;
}

function load(): Spec {
	if (loaded) return loaded;
	// Integer bounds past 2^53 would be rounded by JSON.parse; as strings they reach the schema reader exactly.
	const text = readFileSync(SUBSET, 'utf8').replace(/"(minimum|maximum)": (-?\d{16,})/g, '"$1": "$2"');
	const raw: unknown = JSON.parse(text);
	const components = isRecord(raw) ? raw['components'] : undefined;
	const schemas = isRecord(components) ? components['schemas'] : undefined;
	if (!isRecord(raw) || !isRecord(schemas)) throw new Error(`OpenAPI subset ${SUBSET.pathname} has no components.schemas`);
	loaded = {
		schemas: new Map(Object.entries(schemas).map(([name, schema]) => [name, toSchema(schema, name)])),
		operations: readOperations(raw['paths']),
	};
	return loaded;
}

/** A named component schema, e.g. 'RichEmbed'. */
export function component(name: string): Schema {
	const schema = load().schemas.get(name);
	if (!schema) throw new Error(`OpenAPI subset has no schema ${name}`);
	return schema;
}

/** The application/json request body schema of an operation, by the spec's operationId. */
export function requestSchema(operationId: string): Schema {
	const schema = load().operations.get(operationId)?.request;
	if (!schema) throw new Error(`OpenAPI subset has no request body for ${operationId}`);
	return schema;
}

/** The response schema of an operation for a status ('200', '201', '4XX'), if the spec gives one. */
export function responseSchema(operationId: string, status: string): Schema | undefined {
	return load().operations.get(operationId)?.responses.get(status);
}
