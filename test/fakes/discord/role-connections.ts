import type { APIApplicationRoleConnection, APIApplicationRoleConnectionMetadata } from 'discord-api-types/v10';
import { isRecord } from './http.js';
import { metadataRecordsIssues, roleConnectionIssues, throwIfAny } from './validate/index.js';

function optionalText(value: unknown): string | null {
	return typeof value === 'string' ? value : null;
}

/** A body that passed the validator, as Discord stores it: only the documented fields. */
function storedRecord(raw: Record<string, unknown>): APIApplicationRoleConnectionMetadata {
	const record: APIApplicationRoleConnectionMetadata = {
		type: Number(raw['type']),
		key: String(raw['key']),
		name: String(raw['name']),
		description: String(raw['description']),
	};
	if (isRecord(raw['name_localizations'])) record.name_localizations = structuredClone(raw['name_localizations']);
	if (isRecord(raw['description_localizations'])) record.description_localizations = structuredClone(raw['description_localizations']);
	return record;
}

/**
 * The application's role-connection metadata (PUT replaces all of it, at most 5 records) and each user's role
 * connection for the application (discord-api-docs developers/resources/application-role-connection-metadata.mdx and
 * developers/resources/user.mdx).
 */
export class RoleConnections {
	#metadata: APIApplicationRoleConnectionMetadata[] = [];
	readonly #byUser = new Map<string, APIApplicationRoleConnection>();

	metadata(): APIApplicationRoleConnectionMetadata[] {
		return structuredClone(this.#metadata);
	}

	replaceMetadata(body: unknown): APIApplicationRoleConnectionMetadata[] {
		throwIfAny(metadataRecordsIssues(body));
		const records: unknown[] = Array.isArray(body) ? body : [];
		this.#metadata = records.filter(isRecord).map(storedRecord);
		return this.metadata();
	}

	/** What the user's connection holds; undefined when the application never set one (or deleted it). */
	of(userId: string): APIApplicationRoleConnection | undefined {
		const stored = this.#byUser.get(userId);
		return stored === undefined ? undefined : structuredClone(stored);
	}

	/** What GET answers: the stored connection, or an empty one. */
	view(userId: string): APIApplicationRoleConnection {
		return this.of(userId) ?? { platform_name: null, platform_username: null, metadata: {} };
	}

	/**
	 * The body replaces the connection: a field left out is cleared. Nothing documents a merge, and a bot that counts
	 * on one would keep stale values on Discord if it is wrong, so the fake makes the bot send the whole connection.
	 */
	put(userId: string, body: unknown): APIApplicationRoleConnection {
		throwIfAny(roleConnectionIssues(body, this.#metadata));
		const fields = isRecord(body) ? body : {};
		const metadata = isRecord(fields['metadata']) ? fields['metadata'] : {};
		const connection: APIApplicationRoleConnection = {
			platform_name: optionalText(fields['platform_name']),
			platform_username: optionalText(fields['platform_username']),
			metadata: Object.fromEntries(Object.entries(metadata).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
		};
		this.#byUser.set(userId, connection);
		return structuredClone(connection);
	}

	remove(userId: string): void {
		this.#byUser.delete(userId);
	}
}
