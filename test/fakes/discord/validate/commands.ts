import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { DiscordHttpError, isRecord } from '../http.js';
import type { Issue, Path } from './issues.js';
import { discordError, textLength } from './issues.js';
import { component } from './spec.js';

/*
 * Command rules the spec cannot express, from developers/interactions/application-commands.mdx in
 * discord/discord-api-docs: the naming regex and lower case for CHAT_INPUT command and option names; a 1-100
 * character description for CHAT_INPUT and an empty one for USER and MESSAGE; options only on CHAT_INPUT;
 * required options before optional ones; option names unique within their list; `autocomplete` not with
 * `choices`; string choice values up to 100 characters (the spec says 6000); localization dictionaries keyed by
 * the available locales (the spec's AvailableLocalesEnum) with values under the base field's rules; 8000
 * characters per command; 100 CHAT_INPUT, 15 USER and 15 MESSAGE commands per scope. Lengths, the 25 options and
 * 25 choices, and value ranges are the spec's. Codes: APPLICATION_COMMAND_INVALID_NAME and STRING_TYPE_REGEX (D++'s
 * fixture of a real answer), APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID (discord-api-docs issue body),
 * APPLICATION_COMMAND_TOO_LARGE and 30032 (answers quoted in public code); the rest are the closest found.
 */
const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
export const DESCRIPTION_MAX = 100;
export const COMMAND_SIZE_MAX = 8000;
export const COMMANDS_PER_SCOPE: Readonly<Record<number, number>> = {
	[ApplicationCommandType.ChatInput]: 100,
	[ApplicationCommandType.User]: 15,
	[ApplicationCommandType.Message]: 15,
};
/** NUMBER options take "any double between -2^53 and 2^53" (option type table). */
const NUMBER_LIMIT = 2 ** 53;
const STRING_CHOICE_VALUE_MAX = 100;

const NESTING: ReadonlySet<unknown> = new Set([ApplicationCommandOptionType.Subcommand, ApplicationCommandOptionType.SubcommandGroup]);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const invalidName = (path: Path): Issue => ({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });

let locales: readonly unknown[] | undefined;
function availableLocales(): readonly unknown[] {
	locales ??= component('AvailableLocalesEnum').enum ?? [];
	return locales;
}

function chatInputNameIssues(name: unknown, path: Path): Issue[] {
	if (typeof name !== 'string') return [];
	if (!NAME_PATTERN.test(name)) return [discordError.regex(path), invalidName(path)];
	return name === name.toLowerCase() ? [] : [invalidName(path)];
}

/** Keys must be locales; values follow the base field's own rule (`valueRule`). */
function localizationIssues(map: unknown, path: Path, valueRule: (value: unknown, at: Path) => Issue[]): Issue[] {
	if (!isRecord(map)) return [];
	const issues: Issue[] = [];
	for (const [locale, value] of Object.entries(map)) {
		if (!availableLocales().includes(locale)) issues.push(discordError.choices([...path, locale], availableLocales()));
		else issues.push(...valueRule(value, [...path, locale]));
	}
	return issues;
}

function rangeIssue(raw: Record<string, unknown>, path: Path, low: string, high: string): Issue[] {
	const min = raw[low];
	const max = raw[high];
	return typeof min === 'number' && typeof max === 'number' && min > max ? [discordError.numberMax([...path, low], 'int', max)] : [];
}

function optionIssues(option: Record<string, unknown>, path: Path): Issue[] {
	const issues = [
		...chatInputNameIssues(option['name'], [...path, 'name']),
		...localizationIssues(option['name_localizations'], [...path, 'name_localizations'], chatInputNameIssues),
		...localizationIssues(option['description_localizations'], [...path, 'description_localizations'], () => []),
		...rangeIssue(option, path, 'min_value', 'max_value'),
		...rangeIssue(option, path, 'min_length', 'max_length'),
	];
	const choices = list(option['choices']);
	if (option['autocomplete'] === true && choices.length > 0) {
		issues.push({ path: [...path, 'autocomplete'], code: 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_CHOICES', message: 'Autocomplete cannot be set with choices' });
	}
	choices.forEach((choice, index) => {
		if (!isRecord(choice)) return;
		const value = choice['value'];
		if (typeof value === 'string' && textLength(value) > STRING_CHOICE_VALUE_MAX) {
			issues.push(discordError.maxLength([...path, 'choices', index, 'value'], STRING_CHOICE_VALUE_MAX));
		}
		issues.push(...localizationIssues(choice['name_localizations'], [...path, 'choices', index, 'name_localizations'], () => []));
	});
	if (option['type'] === ApplicationCommandOptionType.Number) {
		for (const key of ['min_value', 'max_value'] as const) {
			const value = option[key];
			if (typeof value === 'number' && value > NUMBER_LIMIT) issues.push(discordError.numberMax([...path, key], 'float', NUMBER_LIMIT));
			if (typeof value === 'number' && value < -NUMBER_LIMIT) issues.push(discordError.numberMin([...path, key], 'float', -NUMBER_LIMIT));
		}
	}
	if (option['options'] !== undefined) issues.push(...optionListIssues(option['options'], [...path, 'options']));
	return issues;
}

function optionListIssues(options: unknown, path: Path): Issue[] {
	const entries = list(options).filter(isRecord);
	const issues: Issue[] = [];
	const nesting = entries.filter((option) => NESTING.has(option['type'])).length;
	if (nesting > 0 && nesting < entries.length) {
		issues.push({
			path,
			code: 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
			message: 'Sub-command and sub-command group option types are mutually exclusive to all other types',
		});
	}
	const names = new Set<unknown>();
	let optionalSeen = false;
	entries.forEach((option, index) => {
		const at = [...path, index];
		if (names.has(option['name'])) {
			issues.push({ path: [...at, 'name'], code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', message: 'Option names must be unique' });
		}
		names.add(option['name']);
		if (!NESTING.has(option['type'])) {
			if (option['required'] === true && optionalSeen) {
				issues.push({ path: at, code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', message: 'Required options must be placed before non-required options' });
			}
			if (option['required'] !== true) optionalSeen = true;
		}
		issues.push(...optionIssues(option, at));
	});
	return issues;
}

/** The longest of a field and its localizations: what Discord counts towards the 8000. */
function fieldSize(raw: Record<string, unknown>, key: string): number {
	const localized = raw[`${key}_localizations`];
	const values = [raw[key], ...(isRecord(localized) ? Object.values(localized) : [])];
	return Math.max(0, ...values.map((value) => (typeof value === 'string' ? textLength(value) : 0)));
}

function optionSize(option: Record<string, unknown>): number {
	const choices = list(option['choices']).filter(isRecord);
	const choiceSize = choices.reduce((sum, choice) => sum + fieldSize(choice, 'name') + textLength(String(choice['value'] ?? '')), 0);
	const nested = list(option['options']).filter(isRecord);
	return fieldSize(option, 'name') + fieldSize(option, 'description') + choiceSize + nested.reduce((sum, child) => sum + optionSize(child), 0);
}

/** Characters Discord counts towards a command's 8000: names, descriptions and choice values, all the way down. */
export function commandSize(command: Record<string, unknown>): number {
	return optionSize(command);
}

export function commandType(raw: Record<string, unknown>): number {
	const type = raw['type'];
	return type === undefined || type === null ? ApplicationCommandType.ChatInput : Number(type);
}

/** The documented rules on a whole command definition the schema has accepted (for PATCH: the merged result). */
export function commandIssues(command: Record<string, unknown>, path: Path): Issue[] {
	const type = commandType(command);
	if (COMMANDS_PER_SCOPE[type] === undefined) return [discordError.choices([...path, 'type'], Object.keys(COMMANDS_PER_SCOPE).map(Number))];
	const issues: Issue[] = [];
	const description = command['description'];
	if (type === ApplicationCommandType.ChatInput) {
		issues.push(...chatInputNameIssues(command['name'], [...path, 'name']));
		issues.push(...localizationIssues(command['name_localizations'], [...path, 'name_localizations'], chatInputNameIssues));
		if (description === undefined || description === null) issues.push(discordError.required([...path, 'description']));
		else if (description === '') issues.push(discordError.badLength([...path, 'description'], 1, DESCRIPTION_MAX));
		issues.push(...optionListIssues(command['options'], [...path, 'options']));
	} else {
		issues.push(...localizationIssues(command['name_localizations'], [...path, 'name_localizations'], () => []));
		if (typeof description === 'string' && description !== '') issues.push(discordError.maxLength([...path, 'description'], 0));
		if (list(command['options']).length > 0) issues.push(discordError.maxLength([...path, 'options'], 0));
	}
	issues.push(...localizationIssues(command['description_localizations'], [...path, 'description_localizations'], () => []));
	if (issues.length === 0 && commandSize(command) > COMMAND_SIZE_MAX) {
		issues.push({ path, code: 'APPLICATION_COMMAND_TOO_LARGE', message: `Command exceeds maximum size (${COMMAND_SIZE_MAX})` });
	}
	return issues;
}

/** More commands of one type than a scope holds: Discord's 30032, not a form error. */
export function tooManyCommands(type: number): DiscordHttpError {
	const limit = COMMANDS_PER_SCOPE[type] ?? 0;
	return new DiscordHttpError(400, { code: 30032, message: `Maximum number of application commands reached (${limit})` });
}
