import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type {
	APIApplicationCommand,
	APIApplicationCommandOption,
	ApplicationIntegrationType,
	InteractionContextType,
	LocalizationMap,
} from 'discord-api-types/v10';
import { isRecord } from './http.js';
import { invalidFormBody } from './validate.js';

type Path = Array<string | number>;
interface Issue {
	path: Path;
	code: string;
	message: string;
}

// Discord's rule for chat-input names (and option names): lowercase where the script has case.
const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;
const MAX_DESCRIPTION = 100;

type Definition = Omit<APIApplicationCommand, 'id' | 'application_id' | 'version' | 'guild_id' | 'default_member_permissions'> &
	Partial<Pick<APIApplicationCommand, 'default_member_permissions'>>;

interface StoredCommand {
	readonly command: APIApplicationCommand;
	/** The definition as sent, to keep `version` unchanged when nothing changed. */
	readonly fingerprint: string;
}

function isLocalizationMap(value: unknown): value is LocalizationMap {
	return isRecord(value) && Object.values(value).every((text) => text === null || typeof text === 'string');
}

function isOption(value: unknown): value is APIApplicationCommandOption {
	return (
		isRecord(value) &&
		typeof value['type'] === 'number' &&
		value['type'] >= ApplicationCommandOptionType.Subcommand &&
		value['type'] <= ApplicationCommandOptionType.Attachment &&
		typeof value['name'] === 'string' &&
		typeof value['description'] === 'string' &&
		(value['options'] === undefined || (Array.isArray(value['options']) && value['options'].every(isOption))) &&
		(value['choices'] === undefined || Array.isArray(value['choices']))
	);
}

function checkName(name: string, path: Path, issues: Issue[]): void {
	if (!NAME_PATTERN.test(name) || name !== name.toLowerCase()) {
		issues.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: `Command name is invalid` });
	}
}

function checkDescription(description: string, path: Path, issues: Issue[]): void {
	if (description.length === 0 || description.length > MAX_DESCRIPTION) {
		issues.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between 1 and ${MAX_DESCRIPTION} in length.` });
	}
}

function checkOptions(options: readonly APIApplicationCommandOption[], path: Path, issues: Issue[]): void {
	if (options.length > MAX_OPTIONS) issues.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MAX_OPTIONS} or fewer in length.` });
	let optionalSeen = false;
	options.forEach((option, index) => {
		const at = [...path, index];
		checkName(option.name, [...at, 'name'], issues);
		checkDescription(option.description, [...at, 'description'], issues);
		if ('choices' in option && (option.choices?.length ?? 0) > MAX_CHOICES) {
			issues.push({ path: [...at, 'choices'], code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MAX_CHOICES} or fewer in length.` });
		}
		if ('options' in option && option.options) checkOptions(option.options, [...at, 'options'], issues);
		const nested = option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup;
		if (nested) return;
		if (option.required === true && optionalSeen) {
			issues.push({
				path: at,
				code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
				message: 'Required options must be placed before non-required options',
			});
		}
		if (option.required !== true) optionalSeen = true;
	});
}

function parseDefinition(raw: unknown, path: Path, issues: Issue[]): Definition | undefined {
	if (!isRecord(raw)) {
		issues.push({ path, code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' });
		return undefined;
	}
	const type = raw['type'] ?? ApplicationCommandType.ChatInput;
	const { name, options } = raw;
	const description = raw['description'] ?? '';
	if (type !== ApplicationCommandType.ChatInput && type !== ApplicationCommandType.User && type !== ApplicationCommandType.Message) {
		issues.push({ path: [...path, 'type'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (1, 2, 3).' });
		return undefined;
	}
	if (typeof name !== 'string' || typeof description !== 'string') {
		issues.push({ path: [...path, typeof name === 'string' ? 'description' : 'name'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
		return undefined;
	}
	const definition: Definition = { type, name, description };
	if (type === ApplicationCommandType.ChatInput) {
		checkName(name, [...path, 'name'], issues);
		checkDescription(description, [...path, 'description'], issues);
	} else if (name.length === 0 || name.length > 32 || description !== '') {
		issues.push({
			path: [...path, 'name'],
			code: 'BASE_TYPE_BAD_LENGTH',
			message: 'Context menu commands need a 1-32 character name and no description.',
		});
	}
	if (options !== undefined) {
		if (Array.isArray(options) && options.every(isOption) && type === ApplicationCommandType.ChatInput) {
			checkOptions(options, [...path, 'options'], issues);
			definition.options = options;
		} else issues.push({ path: [...path, 'options'], code: 'BASE_TYPE_BAD_TYPE', message: 'Invalid options.' });
	}
	copyOptionalFields(raw, definition);
	return definition;
}

function copyOptionalFields(raw: Record<string, unknown>, definition: Definition): void {
	const { name_localizations: names, description_localizations: descriptions, default_member_permissions: permissions } = raw;
	if (names === null || isLocalizationMap(names)) definition.name_localizations = names;
	if (descriptions === null || isLocalizationMap(descriptions)) definition.description_localizations = descriptions;
	if (permissions === null || typeof permissions === 'string') definition.default_member_permissions = permissions;
	if (typeof raw['dm_permission'] === 'boolean') definition.dm_permission = raw['dm_permission'];
	if (typeof raw['nsfw'] === 'boolean') definition.nsfw = raw['nsfw'];
	const integrationTypes: unknown = raw['integration_types'];
	if (Array.isArray(integrationTypes)) {
		const values: unknown[] = integrationTypes;
		definition.integration_types = values.filter((value): value is ApplicationIntegrationType => value === 0 || value === 1);
	}
	const contexts: unknown = raw['contexts'];
	if (contexts === null) definition.contexts = null;
	else if (Array.isArray(contexts)) {
		const values: unknown[] = contexts;
		definition.contexts = values.filter((value): value is InteractionContextType => value === 0 || value === 1 || value === 2);
	}
}

/** Application commands as Discord stores them: per scope (global or one guild), unique by type and name. */
export class CommandStore {
	readonly #scopes = new Map<string, StoredCommand[]>();

	constructor(
		private readonly applicationId: string,
		private readonly nextId: () => string,
	) {}

	list(guildId: string | null): APIApplicationCommand[] {
		return (this.#scopes.get(guildId ?? 'global') ?? []).map((stored) => structuredClone(stored.command));
	}

	/** The command a user would invoke by this name in this place: guild commands shadow global ones. */
	find(name: string, type: ApplicationCommandType, guildId: string | null): APIApplicationCommand | undefined {
		const match = (stored: StoredCommand): boolean => stored.command.name === name && stored.command.type === type;
		const inGuild = guildId === null ? undefined : this.#scopes.get(guildId)?.find(match);
		return (inGuild ?? this.#scopes.get('global')?.find(match))?.command;
	}

	/** PUT: the body replaces the whole scope. Ids survive for unchanged names. */
	replace(guildId: string | null, body: unknown): APIApplicationCommand[] {
		if (!Array.isArray(body)) throw invalidFormBody([{ path: [], code: 'BASE_TYPE_BAD_TYPE', message: 'Expected a list.' }]);
		const issues: Issue[] = [];
		const definitions = body.map((raw, index) => parseDefinition(raw, [index], issues));
		const seen = new Set<string>();
		definitions.forEach((definition, index) => {
			if (!definition) return;
			const key = `${definition.type}:${definition.name}`;
			if (seen.has(key)) {
				issues.push({ path: [index, 'name'], code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: 'Application command names must be unique' });
			}
			seen.add(key);
		});
		if (issues.length > 0) throw invalidFormBody(issues);
		const previous = this.#scopes.get(guildId ?? 'global') ?? [];
		const stored = body.map((raw, index) => {
			const definition = definitions[index];
			if (!definition) throw new Error('unreachable: definitions were checked above');
			return this.#store(guildId, definition, JSON.stringify(raw), previous);
		});
		this.#scopes.set(guildId ?? 'global', stored);
		return stored.map((entry) => structuredClone(entry.command));
	}

	/** POST: creates or overwrites the command with the same type and name. */
	upsert(guildId: string | null, body: unknown): { command: APIApplicationCommand; created: boolean } {
		const issues: Issue[] = [];
		const definition = parseDefinition(body, [], issues);
		if (!definition || issues.length > 0) throw invalidFormBody(issues);
		const scope = this.#scopes.get(guildId ?? 'global') ?? [];
		const stored = this.#store(guildId, definition, JSON.stringify(body), scope);
		const index = scope.findIndex((entry) => entry.command.id === stored.command.id);
		this.#scopes.set(guildId ?? 'global', index === -1 ? [...scope, stored] : scope.map((entry, at) => (at === index ? stored : entry)));
		return { command: structuredClone(stored.command), created: index === -1 };
	}

	get(guildId: string | null, commandId: string): APIApplicationCommand | undefined {
		const stored = this.#scopes.get(guildId ?? 'global')?.find((entry) => entry.command.id === commandId);
		return stored ? structuredClone(stored.command) : undefined;
	}

	remove(guildId: string | null, commandId: string): boolean {
		const scope = this.#scopes.get(guildId ?? 'global') ?? [];
		const remaining = scope.filter((entry) => entry.command.id !== commandId);
		this.#scopes.set(guildId ?? 'global', remaining);
		return remaining.length !== scope.length;
	}

	#store(guildId: string | null, definition: Definition, fingerprint: string, previous: readonly StoredCommand[]): StoredCommand {
		const existing = previous.find((entry) => entry.command.name === definition.name && entry.command.type === definition.type);
		const unchanged = existing?.fingerprint === fingerprint;
		const command: APIApplicationCommand = {
			id: existing?.command.id ?? this.nextId(),
			application_id: this.applicationId,
			version: unchanged && existing ? existing.command.version : this.nextId(),
			default_member_permissions: null,
			nsfw: false,
			integration_types: [0],
			contexts: null,
			...(guildId === null ? {} : { guild_id: guildId }),
			...definition,
		};
		return { command, fingerprint };
	}
}
