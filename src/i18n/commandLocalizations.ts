import {
	ApplicationCommandType,
	Locale,
	type APIApplicationCommandOption,
	type LocalizationMap,
	type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { truncate } from '../core/markdown.js';
import { DEFAULT_LOCALE, LOCALES, type BotLocale } from './locales.js';
import type { MessageKey } from './messages.js';
import { translator } from './translator.js';

/**
 * Discord's rules for what it shows in the command picker (discord-api-docs
 * developers/interactions/application-commands.mdx, "Application Command Naming" and the command and option
 * structures): a slash command's or option's name matches `chatInputName` and is lower case where its script has
 * case; a context-menu name is 1–32 characters of anything; a description and a choice name are 1–100.
 */
const COMMAND_TEXT_RULES = {
	chatInputName: /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u,
	contextMenuNameMax: 32,
	descriptionMax: 100,
	choiceNameMax: 100,
} as const;

/** A locale's text at a key of the resources, e.g. `commands:discogs.options.profile.name`. */
export type TextLookup = (locale: BotLocale, key: string) => string;

/**
 * The resources through i18next. The keys are built from a definition's names, so the type system cannot check
 * them; a key the English resource lacks (or one that names a group, not a text) comes back as the key, which
 * never equals the definition's text, so it is never registered (see `localizations`).
 */
export const resourceText: TextLookup = (locale, key) => {
	const found: unknown = translator(locale).t(key as MessageKey);
	return typeof found === 'string' ? found : key;
};

/** A resource key for a name: "View profile" → `viewProfile`, `sort-by` → `sortBy`. */
export function commandKey(name: string): string {
	const [first = '', ...rest] = name.split(/[\s_-]+/).filter(Boolean);
	return [first.toLowerCase(), ...rest.map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())].join('');
}

/** Discord's own name for a locale of ours (they are the same codes; this only finds the enum member). */
const DISCORD_LOCALES = new Map<string, Locale>(Object.values(Locale).map((locale) => [locale, locale]));

/** How a translated text is made fit for its field, or undefined when it cannot be (then Discord shows the English). */
type Fit = (text: string, locale: BotLocale) => string | undefined;

const chatInputName: Fit = (text, locale) => {
	const lower = text.toLocaleLowerCase(locale);
	return COMMAND_TEXT_RULES.chatInputName.test(lower) ? lower : undefined;
};
const contextMenuName: Fit = (text) => ([...text].length <= COMMAND_TEXT_RULES.contextMenuNameMax ? text : undefined);
// A translation may run longer than the English; cut, never refused by Discord.
const upTo =
	(max: number): Fit =>
	(text) =>
		truncate(text, max, 'plain');

/**
 * One field's localizations: every locale but English whose text differs from the English one. Nothing at all
 * when the English resource no longer says what the definition says, so a translation of an older wording is
 * never registered under a new one.
 */
function localizations(english: string, key: string, fit: Fit, text: TextLookup): LocalizationMap {
	const map: LocalizationMap = {};
	if (text(DEFAULT_LOCALE, key) !== english) return map;
	for (const locale of LOCALES) {
		const discordLocale = DISCORD_LOCALES.get(locale);
		if (locale === DEFAULT_LOCALE || discordLocale === undefined) continue;
		const translated = text(locale, key).trim();
		const fitted = translated === '' ? undefined : fit(translated, locale);
		if (fitted !== undefined && fitted !== english) map[discordLocale] = fitted;
	}
	return map;
}

/**
 * A plain text's localizations, with no rule but its length (the role-connection metadata's names and
 * descriptions), the same way as a command's: every other locale whose text differs from the English.
 */
export function textLocalizations(english: string, key: string, max: number, text: TextLookup = resourceText): LocalizationMap {
	return localizations(english, key, upTo(max), text);
}

/** Fills one option's localizations in place, its choices' and its nested options' too. */
function localizeOption(option: APIApplicationCommandOption, parentKey: string, text: TextLookup): void {
	const key = `${parentKey}.options.${commandKey(option.name)}`;
	option.name_localizations = localizations(option.name, `${key}.name`, chatInputName, text);
	option.description_localizations = localizations(option.description, `${key}.description`, upTo(COMMAND_TEXT_RULES.descriptionMax), text);
	if ('choices' in option && option.choices) {
		for (const choice of option.choices) {
			choice.name_localizations = localizations(choice.name, `${key}.choices.${String(choice.value)}`, upTo(COMMAND_TEXT_RULES.choiceNameMax), text);
		}
	}
	if ('options' in option && option.options) for (const child of option.options) localizeOption(child, key, text);
}

/**
 * The definitions as deploy-commands registers them: every name, description and choice name with its
 * `*_localizations` from the `commands` resources, so Discord shows each member the picker in their language.
 * Pure: the definitions are not changed, and the same resources give the same bodies (so a redeploy is no change).
 */
export function localizeDefinitions<T extends RESTPostAPIApplicationCommandsJSONBody>(definitions: readonly T[], text: TextLookup = resourceText): T[] {
	return definitions.map((definition) => {
		// A copy to fill in: the definitions themselves stay as the command files wrote them.
		const localized = structuredClone(definition);
		const key = `commands:${commandKey(localized.name)}`;
		const chatInput = localized.type === undefined || localized.type === ApplicationCommandType.ChatInput;
		localized.name_localizations = localizations(localized.name, `${key}.name`, chatInput ? chatInputName : contextMenuName, text);
		if (!chatInput) return localized;
		if ('description' in localized && typeof localized.description === 'string') {
			localized.description_localizations = localizations(localized.description, `${key}.description`, upTo(COMMAND_TEXT_RULES.descriptionMax), text);
		}
		if ('options' in localized && localized.options) for (const option of localized.options) localizeOption(option, key, text);
		return localized;
	});
}
