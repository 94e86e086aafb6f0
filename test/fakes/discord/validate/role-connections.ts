import type { APIApplicationRoleConnectionMetadata } from 'discord-api-types/v10';
import { ApplicationRoleConnectionMetadataType } from 'discord-api-types/v10';
import { isRecord } from '../http.js';
import type { Issue, Path } from './issues.js';
import { discordError } from './issues.js';
import { validateAgainst } from './json-schema.js';
import { toSchema } from './schema.js';
import { component, requestSchema } from './spec.js';

/*
 * Role-connection rules the description cannot express, from discord-api-docs
 * developers/resources/application-role-connection-metadata.mdx (keys of a-z, 0-9 and _; localization dictionaries
 * keyed by the available locales) and developers/resources/user.mdx (a role connection's metadata maps the
 * application's metadata keys to their string-ified values). The description itself holds the lengths, the 5
 * records and 5 values, and the value type (a string of 1-100 characters).
 *
 * Stricter than Discord, on purpose: Discord answers 200 to a value under a key that is not registered, and to a
 * value its type cannot read (`true` for a boolean), and then ignores it, so the role never follows
 * (sc2-pulse/sc2-pulse#432, discord/discord-api-docs#5755). The fake refuses both, so that bug fails a test instead
 * of leaving members without their role. The codes are the closest Discord uses for such fields.
 */
const KEY_PATTERN = /^[a-z0-9_]+$/;
const INTEGER = toSchema({ type: 'integer', format: 'int64' }, 'role connection integer');
/** ISO8601 as Python reads it: a date, or a date and time with an optional offset. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const BOOLEAN_VALUES = ['0', '1'] as const;

let locales: readonly unknown[] | undefined;
function availableLocales(): readonly unknown[] {
	locales ??= component('AvailableLocalesEnum').enum ?? [];
	return locales;
}

function localeKeyIssues(map: unknown, path: Path): Issue[] {
	if (!isRecord(map)) return [];
	return Object.keys(map)
		.filter((locale) => !availableLocales().includes(locale))
		.map((locale) => discordError.choices([...path, locale], availableLocales()));
}

/** PUT /applications/{id}/role-connections/metadata: the description's schema, then the docs' key rules. */
export function metadataRecordsIssues(body: unknown): Issue[] {
	const issues = validateAgainst(body, requestSchema('update_application_role_connections_metadata'));
	if (!Array.isArray(body)) return issues;
	const records: unknown[] = body;
	const seen = new Set<string>();
	records.forEach((record, index) => {
		if (!isRecord(record)) return;
		const key = record['key'];
		if (typeof key === 'string') {
			if (key !== '' && !KEY_PATTERN.test(key)) issues.push(discordError.regex([index, 'key']));
			if (seen.has(key)) issues.push(discordError.duplicate([index, 'key']));
			seen.add(key);
		}
		issues.push(...localeKeyIssues(record['name_localizations'], [index, 'name_localizations']));
		issues.push(...localeKeyIssues(record['description_localizations'], [index, 'description_localizations']));
	});
	return issues;
}

function valueIssues(value: string, type: ApplicationRoleConnectionMetadataType, path: Path): Issue[] {
	switch (type) {
		case ApplicationRoleConnectionMetadataType.IntegerLessThanOrEqual:
		case ApplicationRoleConnectionMetadataType.IntegerGreaterThanOrEqual:
		case ApplicationRoleConnectionMetadataType.IntegerEqual:
		case ApplicationRoleConnectionMetadataType.IntegerNotEqual:
			return validateAgainst(value, INTEGER, path);
		case ApplicationRoleConnectionMetadataType.DatetimeLessThanOrEqual:
		case ApplicationRoleConnectionMetadataType.DatetimeGreaterThanOrEqual:
			return ISO_8601.test(value) && !Number.isNaN(Date.parse(value)) ? [] : [discordError.dateTime(path, value)];
		case ApplicationRoleConnectionMetadataType.BooleanEqual:
		case ApplicationRoleConnectionMetadataType.BooleanNotEqual: {
			// The docs compare a boolean's value, an integer, with 1: "1" is true and "0" false.
			const integer = validateAgainst(value, INTEGER, path);
			if (integer.length > 0) return integer;
			return BOOLEAN_VALUES.some((allowed) => allowed === value) ? [] : [discordError.choices(path, BOOLEAN_VALUES)];
		}
	}
}

/** PUT /users/@me/applications/{id}/role-connection against the application's registered metadata. */
export function roleConnectionIssues(body: unknown, registered: readonly APIApplicationRoleConnectionMetadata[]): Issue[] {
	const issues = validateAgainst(body, requestSchema('update_application_user_role_connection'));
	const metadata = isRecord(body) ? body['metadata'] : undefined;
	if (issues.length > 0 || !isRecord(metadata)) return issues;
	const keys = registered.map((record) => record.key);
	for (const [key, value] of Object.entries(metadata)) {
		const path: Path = ['metadata', key];
		const record = registered.find((entry) => entry.key === key);
		if (!record) issues.push(discordError.choices(path, keys));
		else if (typeof value === 'string') issues.push(...valueIssues(value, record.type, path));
	}
	return issues;
}
