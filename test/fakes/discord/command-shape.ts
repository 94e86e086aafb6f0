import { ApplicationCommandType } from 'discord-api-types/v10';
import type {
	APIApplicationCommand,
	APIApplicationCommandOption,
	ApplicationIntegrationType,
	InteractionContextType,
	LocalizationMap,
} from 'discord-api-types/v10';
import { isRecord } from './http.js';

export interface CommandIdentity {
	readonly id: string;
	readonly applicationId: string;
	readonly version: string;
	readonly guildId: string | null;
}

/** Discord answers without the nulls a request may carry (its option response schemas have no nullable fields). */
function withoutNulls(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutNulls);
	if (!isRecord(value)) return value;
	return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== null).map(([key, entry]) => [key, withoutNulls(entry)]));
}

// The request schema has checked these shapes; the guards only tell TypeScript what it established.
const isOptionList = (value: unknown): value is APIApplicationCommandOption[] =>
	Array.isArray(value) && value.every((option) => isRecord(option) && typeof option['type'] === 'number' && typeof option['name'] === 'string');
const isLocalizationMap = (value: unknown): value is LocalizationMap =>
	isRecord(value) && Object.values(value).every((text) => typeof text === 'string');
const isIntegrationType = (value: unknown): value is ApplicationIntegrationType => value === 0 || value === 1;
const isContext = (value: unknown): value is InteractionContextType => value === 0 || value === 1 || value === 2;

function typeOf(raw: Record<string, unknown>): ApplicationCommandType.ChatInput | ApplicationCommandType.User | ApplicationCommandType.Message {
	const type = Number(raw['type'] ?? ApplicationCommandType.ChatInput);
	if (type === ApplicationCommandType.User) return ApplicationCommandType.User;
	if (type === ApplicationCommandType.Message) return ApplicationCommandType.Message;
	return ApplicationCommandType.ChatInput;
}

/** `default_member_permissions` travels as a string or an integer; Discord answers with the string. */
function permissionsOf(value: unknown): string | null {
	return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/** An accepted definition as Discord stores and returns it (ApplicationCommandResponse). */
export function toStoredCommand(raw: Record<string, unknown>, identity: CommandIdentity): APIApplicationCommand {
	const integrationTypes: unknown[] = Array.isArray(raw['integration_types']) ? raw['integration_types'] : [0];
	const contexts: unknown = raw['contexts'];
	const command: APIApplicationCommand = {
		id: identity.id,
		application_id: identity.applicationId,
		version: identity.version,
		type: typeOf(raw),
		name: typeof raw['name'] === 'string' ? raw['name'] : '',
		description: typeof raw['description'] === 'string' ? raw['description'] : '',
		default_member_permissions: permissionsOf(raw['default_member_permissions']),
		nsfw: raw['nsfw'] === true,
		integration_types: integrationTypes.filter(isIntegrationType),
		contexts: Array.isArray(contexts) ? contexts.filter(isContext) : null,
		...(identity.guildId === null ? { dm_permission: raw['dm_permission'] !== false } : { guild_id: identity.guildId }),
	};
	const options = withoutNulls(raw['options']);
	if (isOptionList(options)) command.options = options;
	const names = raw['name_localizations'];
	if (names === null || isLocalizationMap(names)) command.name_localizations = names;
	const descriptions = raw['description_localizations'];
	if (descriptions === null || isLocalizationMap(descriptions)) command.description_localizations = descriptions;
	return command;
}
