import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type {
	APIApplicationCommandInteractionDataBasicOption,
	APIApplicationCommandInteractionDataOption,
	APIApplicationCommandInteractionDataSubcommandOption,
	InteractionType,
} from 'discord-api-types/v10';

type Command = InteractionType.ApplicationCommand;
type Autocomplete = InteractionType.ApplicationCommandAutocomplete;
type AnyOption = APIApplicationCommandInteractionDataOption;
type BasicOption<T extends InteractionType = InteractionType> = APIApplicationCommandInteractionDataBasicOption<T>;
type SubcommandOption<T extends InteractionType = InteractionType> = APIApplicationCommandInteractionDataSubcommandOption<T>;

/**
 * Options arrive in one shape from tests; Discord sends numbers as numbers in commands and the
 * typed-so-far text as strings in autocomplete. These map between the two.
 */
interface Numbers<T extends InteractionType> {
	basic(option: BasicOption): BasicOption<T>;
}

const commandNumbers: Numbers<Command> = {
	basic(option) {
		if (option.type !== ApplicationCommandOptionType.Integer && option.type !== ApplicationCommandOptionType.Number) return option;
		const value = Number(option.value);
		if (!Number.isFinite(value)) throw new TypeError(`Option '${option.name}' needs a number, got ${JSON.stringify(option.value)}`);
		return { ...option, value };
	},
};

const autocompleteNumbers: Numbers<Autocomplete> = {
	basic(option) {
		if (option.type !== ApplicationCommandOptionType.Integer && option.type !== ApplicationCommandOptionType.Number) return option;
		return { ...option, value: String(option.value) };
	},
};

function subcommand<T extends InteractionType>(option: SubcommandOption, numbers: Numbers<T>): SubcommandOption<T> {
	return { name: option.name, type: option.type, ...(option.options ? { options: option.options.map((inner) => numbers.basic(inner)) } : {}) };
}

function convert<T extends InteractionType>(options: readonly AnyOption[], numbers: Numbers<T>): APIApplicationCommandInteractionDataOption<T>[] {
	return options.map((option): APIApplicationCommandInteractionDataOption<T> => {
		switch (option.type) {
			case ApplicationCommandOptionType.Subcommand:
				return subcommand(option, numbers);
			case ApplicationCommandOptionType.SubcommandGroup:
				return { name: option.name, type: option.type, options: option.options.map((inner) => subcommand(inner, numbers)) };
			default:
				return numbers.basic(option);
		}
	});
}

export const commandOptions = (options: readonly AnyOption[]): APIApplicationCommandInteractionDataOption<Command>[] =>
	convert(options, commandNumbers);

export const autocompleteOptions = (options: readonly AnyOption[]): APIApplicationCommandInteractionDataOption<Autocomplete>[] =>
	convert(options, autocompleteNumbers);

/** Every leaf option, with subcommands and groups flattened away. */
export function leafOptions(options: readonly AnyOption[]): BasicOption[] {
	return options.flatMap((option) => {
		switch (option.type) {
			case ApplicationCommandOptionType.Subcommand:
				return option.options ?? [];
			case ApplicationCommandOptionType.SubcommandGroup:
				return option.options.flatMap((inner) => inner.options ?? []);
			default:
				return [option];
		}
	});
}

/** Ids a USER or MENTIONABLE option points at, which Discord resolves into data.resolved. */
export function mentionedIds(options: readonly AnyOption[]): string[] {
	return leafOptions(options)
		.filter((option) => option.type === ApplicationCommandOptionType.User || option.type === ApplicationCommandOptionType.Mentionable)
		.map((option) => String(option.value));
}

export function hasFocusedOption(options: readonly AnyOption[]): boolean {
	return leafOptions(options).some((option) => 'focused' in option && option.focused === true);
}
