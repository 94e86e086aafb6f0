import type { APIApplicationCommand, ApplicationCommandType } from 'discord-api-types/v10';
import { toStoredCommand } from './command-shape.js';
import { DiscordHttpError, isRecord } from './http.js';
import type { Issue } from './validate/index.js';
import {
	COMMANDS_PER_SCOPE,
	commandIssues,
	commandType,
	discordError,
	invalidFormBody,
	requestSchema,
	throwIfAny,
	tooManyCommands,
	validateAgainst,
} from './validate/index.js';

interface StoredCommand {
	readonly command: APIApplicationCommand;
	/** The accepted definition, what a PATCH is merged into. */
	readonly definition: Record<string, unknown>;
	/** The definition as sent, to keep `version` unchanged when nothing changed. */
	readonly fingerprint: string;
}

/** The spec's operations, global or guild: the request schemas are the same, the names differ. */
const OPERATIONS = {
	global: { put: 'bulk_set_application_commands', post: 'create_application_command', patch: 'update_application_command' },
	guild: { put: 'bulk_set_guild_application_commands', post: 'create_guild_application_command', patch: 'update_guild_application_command' },
} as const;

const unknownCommand = (): DiscordHttpError => new DiscordHttpError(404, { code: 10063, message: 'Unknown application command' });
const sameCommand = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => a['name'] === b['name'] && commandType(a) === commandType(b);

/** Application commands as Discord stores them: per scope (global or one guild), unique by type and name. */
export class CommandStore {
	readonly #scopes = new Map<string, StoredCommand[]>();

	constructor(
		private readonly applicationId: string,
		private readonly nextId: () => string,
	) {}

	list(guildId: string | null): APIApplicationCommand[] {
		return this.#scope(guildId).map((stored) => structuredClone(stored.command));
	}

	/** The command a user would invoke by this name in this place: guild commands shadow global ones. */
	find(name: string, type: ApplicationCommandType, guildId: string | null): APIApplicationCommand | undefined {
		const match = (stored: StoredCommand): boolean => stored.command.name === name && stored.command.type === type;
		const inGuild = guildId === null ? undefined : this.#scopes.get(guildId)?.find(match);
		return (inGuild ?? this.#scopes.get('global')?.find(match))?.command;
	}

	/** PUT: the body replaces the whole scope. Ids survive for unchanged names. */
	replace(guildId: string | null, body: unknown): APIApplicationCommand[] {
		throwIfAny(validateAgainst(body, requestSchema(this.#operations(guildId).put)));
		const definitions = Array.isArray(body) ? body.filter(isRecord) : [];
		const issues: Issue[] = definitions.flatMap((definition, index) => commandIssues(definition, [index]));
		definitions.forEach((definition, index) => {
			if (definitions.findIndex((other) => sameCommand(other, definition)) < index) {
				issues.push({ path: [index, 'name'], code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: 'Application command names must be unique' });
			}
		});
		throwIfAny(issues);
		for (const [type, limit] of Object.entries(COMMANDS_PER_SCOPE)) {
			if (definitions.filter((definition) => commandType(definition) === Number(type)).length > limit) throw tooManyCommands(Number(type));
		}
		const previous = this.#scope(guildId);
		const stored = definitions.map((definition) =>
			this.#store(guildId, definition, previous.find((entry) => sameCommand(entry.definition, definition))),
		);
		this.#scopes.set(guildId ?? 'global', stored);
		return stored.map((entry) => structuredClone(entry.command));
	}

	/** POST: creates or overwrites the command with the same type and name. */
	upsert(guildId: string | null, body: unknown): { command: APIApplicationCommand; created: boolean } {
		throwIfAny(validateAgainst(body, requestSchema(this.#operations(guildId).post)));
		if (!isRecord(body)) throw invalidFormBody([discordError.dict([])]);
		throwIfAny(commandIssues(body, []));
		const scope = this.#scope(guildId);
		const existing = scope.find((entry) => sameCommand(entry.definition, body));
		const type = commandType(body);
		if (!existing && scope.filter((entry) => commandType(entry.definition) === type).length >= (COMMANDS_PER_SCOPE[type] ?? 0)) {
			throw tooManyCommands(type);
		}
		const stored = this.#store(guildId, body, existing);
		this.#scopes.set(guildId ?? 'global', existing ? scope.map((entry) => (entry === existing ? stored : entry)) : [...scope, stored]);
		return { command: structuredClone(stored.command), created: !existing };
	}

	/** PATCH: the fields sent replace the stored ones; the result must still be a valid command. */
	update(guildId: string | null, commandId: string, body: unknown): APIApplicationCommand {
		const scope = this.#scope(guildId);
		const existing = scope.find((entry) => entry.command.id === commandId);
		if (!existing) throw unknownCommand();
		throwIfAny(validateAgainst(body, requestSchema(this.#operations(guildId).patch)));
		const merged = { ...existing.definition, ...(isRecord(body) ? body : {}), type: existing.command.type };
		throwIfAny(commandIssues(merged, []));
		const stored = this.#store(guildId, merged, existing);
		this.#scopes.set(guildId ?? 'global', scope.map((entry) => (entry === existing ? stored : entry)));
		return structuredClone(stored.command);
	}

	get(guildId: string | null, commandId: string): APIApplicationCommand {
		const stored = this.#scope(guildId).find((entry) => entry.command.id === commandId);
		if (!stored) throw unknownCommand();
		return structuredClone(stored.command);
	}

	remove(guildId: string | null, commandId: string): void {
		const scope = this.#scope(guildId);
		const remaining = scope.filter((entry) => entry.command.id !== commandId);
		if (remaining.length === scope.length) throw unknownCommand();
		this.#scopes.set(guildId ?? 'global', remaining);
	}

	#scope(guildId: string | null): StoredCommand[] {
		return this.#scopes.get(guildId ?? 'global') ?? [];
	}

	#operations(guildId: string | null): (typeof OPERATIONS)[keyof typeof OPERATIONS] {
		return guildId === null ? OPERATIONS.global : OPERATIONS.guild;
	}

	/** `existing` is the command this definition replaces: its id survives, and its version if nothing changed. */
	#store(guildId: string | null, definition: Record<string, unknown>, existing: StoredCommand | undefined): StoredCommand {
		const fingerprint = JSON.stringify(definition);
		const unchanged = existing?.fingerprint === fingerprint;
		const version = unchanged && existing ? existing.command.version : this.nextId();
		const id = existing?.command.id ?? this.nextId();
		const command = toStoredCommand(definition, { id, applicationId: this.applicationId, version, guildId });
		return { command, definition: structuredClone(definition), fingerprint };
	}
}
