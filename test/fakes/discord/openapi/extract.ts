/**
 * Regenerates discord-openapi.subset.json from Discord's full OpenAPI description:
 *
 *   npx tsx test/fakes/discord/openapi/extract.ts /path/to/discord-api-spec/specs/openapi.json
 *
 * The subset keeps only the operations the fake serves (or will serve), their application/json request and
 * response schemas, and every component schema those reach, so the fake can validate against Discord's own
 * description on a machine that has no copy of the full file (CI clones the repository and nothing else).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The operations of the fake, by the spec's own path names. */
const OPERATIONS: ReadonlyArray<readonly [path: string, methods: readonly string[]]> = [
	['/applications/{application_id}/commands', ['get', 'put', 'post']],
	['/applications/{application_id}/commands/{command_id}', ['get', 'patch', 'delete']],
	['/applications/{application_id}/guilds/{guild_id}/commands', ['get', 'put', 'post']],
	['/applications/{application_id}/guilds/{guild_id}/commands/{command_id}', ['get', 'patch', 'delete']],
	['/interactions/{interaction_id}/{interaction_token}/callback', ['post']],
	['/webhooks/{webhook_id}/{webhook_token}', ['post']],
	['/webhooks/{webhook_id}/{webhook_token}/messages/@original', ['get', 'patch', 'delete']],
	['/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}', ['get', 'patch', 'delete']],
	['/applications/{application_id}/role-connections/metadata', ['get', 'put']],
	// The user-token (OAuth2 Bearer) endpoints. POST /oauth2/token is not in the description: Discord's OAuth2 docs
	// are its source (see ../oauth2/).
	['/users/@me', ['get']],
	['/users/@me/connections', ['get']],
	['/users/@me/applications/{application_id}/role-connection', ['get', 'put', 'delete']],
];
/** Schemas the fake's rules use by name although no kept operation references them. */
const EXTRA_SCHEMAS = ['AvailableLocalesEnum'];
const SOURCE_COMMIT = '74fda0fad044407ea280043a03ffc9bc64c4e49e';
const SCHEMA_PREFIX = '#/components/schemas/';
const RESPONSE_PREFIX = '#/components/responses/';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(value: Json | undefined, key: string): Json | undefined {
	return isObject(value) ? value[key] : undefined;
}

function fail(message: string): never {
	throw new Error(`extract: ${message}`);
}

/** Every component schema `node` references, transitively. */
function collectRefs(node: Json | undefined, schemas: JsonObject, into: Set<string>): void {
	if (Array.isArray(node)) {
		for (const entry of node) collectRefs(entry, schemas, into);
		return;
	}
	if (!isObject(node)) return;
	const ref = node['$ref'];
	if (typeof ref === 'string' && ref.startsWith(SCHEMA_PREFIX)) {
		const name = ref.slice(SCHEMA_PREFIX.length);
		if (!into.has(name)) {
			into.add(name);
			collectRefs(schemas[name] ?? fail(`unknown schema ${name}`), schemas, into);
		}
	}
	for (const value of Object.values(node)) collectRefs(value, schemas, into);
}

/** The application/json part of a request body or response; headers and other media types are dropped. */
function jsonContent(node: Json | undefined): JsonObject | undefined {
	const schema = child(child(child(node, 'content'), 'application/json'), 'schema');
	return schema === undefined ? undefined : { 'application/json': { schema } };
}

function trimOperation(operation: JsonObject, responses: JsonObject): JsonObject {
	const kept: JsonObject = { operationId: operation['operationId'] ?? fail('operation without operationId') };
	if (operation['parameters'] !== undefined) kept['parameters'] = operation['parameters'];
	const request = jsonContent(operation['requestBody']);
	if (request) kept['requestBody'] = { content: request, required: child(operation['requestBody'], 'required') ?? false };
	const trimmed: JsonObject = {};
	for (const [status, raw] of Object.entries(child(operation, 'responses') ?? fail('operation without responses'))) {
		const ref = child(raw, '$ref');
		// Shared responses (rate limits, 4XX) are inlined: only schemas survive in components.
		const response = typeof ref === 'string' && ref.startsWith(RESPONSE_PREFIX) ? responses[ref.slice(RESPONSE_PREFIX.length)] : raw;
		const content = jsonContent(response);
		trimmed[status] = { description: child(response, 'description') ?? '', ...(content ? { content } : {}) };
	}
	kept['responses'] = trimmed;
	return kept;
}

function extract(spec: Json): JsonObject {
	const paths = child(spec, 'paths');
	const components = child(spec, 'components');
	const schemas = child(components, 'schemas');
	const responses = child(components, 'responses');
	if (!isObject(paths) || !isObject(schemas) || !isObject(responses)) fail('not an OpenAPI description with paths and components');
	const keptPaths: JsonObject = {};
	for (const [path, methods] of OPERATIONS) {
		const item = paths[path];
		if (!isObject(item)) fail(`the spec has no path ${path}`);
		const keptItem: JsonObject = {};
		if (item['parameters'] !== undefined) keptItem['parameters'] = item['parameters'];
		for (const method of methods) {
			const operation = item[method];
			if (!isObject(operation)) fail(`the spec has no ${method.toUpperCase()} ${path}`);
			keptItem[method] = trimOperation(operation, responses);
		}
		keptPaths[path] = keptItem;
	}
	const names = new Set<string>();
	collectRefs(keptPaths, schemas, names);
	for (const name of EXTRA_SCHEMAS) collectRefs({ $ref: `${SCHEMA_PREFIX}${name}` }, schemas, names);
	const keptSchemas: JsonObject = {};
	for (const name of [...names].sort()) keptSchemas[name] = schemas[name] ?? fail(`unknown schema ${name}`);
	const info = child(spec, 'info');
	return {
		openapi: child(spec, 'openapi') ?? '3.1.0',
		info: {
			...(isObject(info) ? info : {}),
			'x-subset-of': `discord/discord-api-spec specs/openapi.json @ ${SOURCE_COMMIT}, trimmed by test/fakes/discord/openapi/extract.ts`,
		},
		paths: keptPaths,
		components: { schemas: keptSchemas },
	};
}

const input = process.argv[2];
if (!input) {
	console.error('usage: npx tsx test/fakes/discord/openapi/extract.ts <path to openapi.json> [output]');
	process.exit(2);
}
const output = process.argv[3] ?? fileURLToPath(new URL('./discord-openapi.subset.json', import.meta.url));
const parsed: Json = JSON.parse(readFileSync(input, 'utf8'));
writeFileSync(output, `${JSON.stringify(extract(parsed), null, '\t')}\n`);
console.error(`extract: wrote ${output}`);
