import { z } from 'zod';
import { localizationKey, type CommandDiff } from './diffCommands.js';

const localizationMap = z.record(z.string(), z.string().nullable()).nullish();

/**
 * A role-connection metadata record as Discord returns it (OpenAPI ApplicationRoleConnectionsMetadataItemResponse:
 * localizations may be null or absent). The GET answers null for an application that registered none.
 */
export const registeredMetadataSchema = z
	.array(
		z.looseObject({
			key: z.string(),
			type: z.number().int(),
			name: z.string(),
			description: z.string(),
			name_localizations: localizationMap,
			description_localizations: localizationMap,
		}),
	)
	.nullable()
	.transform((records) => records ?? []);

/** What both sides of a diff have: what we send (APIApplicationRoleConnectionMetadata) and what Discord returns. */
export interface MetadataRecord {
	readonly key: string;
	readonly type: number;
	readonly name: string;
	readonly description: string;
	readonly name_localizations?: Partial<Record<string, string | null>> | null | undefined;
	readonly description_localizations?: Partial<Record<string, string | null>> | null | undefined;
}

function sameRecord(local: MetadataRecord, remote: MetadataRecord): boolean {
	return (
		local.type === remote.type &&
		local.name === remote.name &&
		local.description === remote.description &&
		localizationKey(local.name_localizations) === localizationKey(remote.name_localizations) &&
		localizationKey(local.description_localizations) === localizationKey(remote.description_localizations)
	);
}

/**
 * What a PUT of `local` would change in what is registered, by key. Order does not matter: a server's role
 * refers to a record by its key, not by its place in the list.
 */
export function diffMetadata(local: readonly MetadataRecord[], remote: readonly MetadataRecord[]): CommandDiff {
	const remoteByKey = new Map(remote.map((record) => [record.key, record]));
	const localKeys = new Set(local.map((record) => record.key));
	const diff: CommandDiff = { added: [], removed: [], changed: [] };
	for (const record of local) {
		const registered = remoteByKey.get(record.key);
		if (!registered) diff.added.push(record.key);
		else if (!sameRecord(record, registered)) diff.changed.push(record.key);
	}
	for (const record of remote) if (!localKeys.has(record.key)) diff.removed.push(record.key);
	return diff;
}
