import { Routes } from 'discord-api-types/v10';
import { z } from 'zod';
import { diffCommands, type CommandBody } from './diffCommands.js';
import { diffMetadata, registeredMetadataSchema, type MetadataRecord } from './diffMetadata.js';
import type { SyncTarget } from './sync.js';

export interface DeployScope {
	/** A guild id, or undefined for global commands. */
	readonly guildId: string | undefined;
	readonly clear: boolean;
}

export interface DeployBodies {
	readonly commands: readonly CommandBody[];
	readonly metadata: readonly MetadataRecord[];
}

/**
 * What a run sends. Metadata belongs to the application, not to a guild: every run registers it, and only a
 * global --clear clears it, so clearing a development guild never takes the Linked Roles away from every server.
 */
export function deployBodies(scope: DeployScope, commands: () => readonly CommandBody[], metadata: readonly MetadataRecord[]): DeployBodies {
	return {
		commands: scope.clear ? [] : commands(),
		metadata: scope.clear && scope.guildId === undefined ? [] : metadata,
	};
}

export function scopeName(guildId: string | undefined): string {
	return guildId ? `guild ${guildId}` : 'global';
}

/** Only what the diff keys on is required; every other field is compared as it comes (see `matches`). */
const registeredCommandsSchema = z.array(z.looseObject({ name: z.string(), type: z.number().int().optional() }));

export function commandTarget(applicationId: string, guildId: string | undefined, body: readonly CommandBody[]): SyncTarget<CommandBody> {
	const scope = scopeName(guildId);
	return {
		route: guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId),
		body,
		// Without it Discord answers a command's `name_localized` in the request's locale instead of the full
		// dictionaries (Get Global Application Commands, `with_localizations`, default false), and every localized
		// command would look changed on every run.
		readQuery: new URLSearchParams({ with_localizations: 'true' }),
		read: (registered) => registeredCommandsSchema.parse(registered),
		diff: diffCommands,
		upToDate: `Commands for ${scope} are up to date (${body.length} registered); nothing sent.`,
		change: (verb, names) => `Will ${verb}: ${names.join(', ')}`,
		done: `Registered ${body.length} command(s) for ${scope}.`,
	};
}

export function metadataTarget(applicationId: string, body: readonly MetadataRecord[]): SyncTarget<MetadataRecord> {
	return {
		route: Routes.applicationRoleConnectionMetadata(applicationId),
		body,
		read: (registered) => registeredMetadataSchema.parse(registered),
		diff: diffMetadata,
		upToDate: `Role-connection metadata is up to date (${body.length} registered); nothing sent.`,
		change: (verb, keys) => `Will ${verb} metadata: ${keys.join(', ')}`,
		done: body.length > 0 ? `Registered ${body.length} role-connection metadata record(s).` : 'Cleared the role-connection metadata.',
	};
}
