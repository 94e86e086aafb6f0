import type { CommandInteractionOption } from 'discord.js';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { z } from 'zod';

type OptionValue = string | number | boolean;

/**
 * Flattens a command's options, through any subcommand group and subcommand, into one plain object:
 * `{ subcommand, group, name: value }`. User, channel, role and mentionable options give their id. The result
 * is validated by the command's zod schema, so handlers get typed options and an odd payload is an error, not a crash.
 */
export function flattenOptions(data: readonly CommandInteractionOption[]): Record<string, OptionValue> {
	const flat: Record<string, OptionValue> = {};
	const visit = (options: readonly CommandInteractionOption[]) => {
		for (const option of options) {
			if (option.type === ApplicationCommandOptionType.SubcommandGroup) {
				flat.group = option.name;
				visit(option.options ?? []);
			} else if (option.type === ApplicationCommandOptionType.Subcommand) {
				flat.subcommand = option.name;
				visit(option.options ?? []);
			} else if (option.value !== undefined) {
				flat[option.name] = option.value;
			}
		}
	};
	visit(data);
	return flat;
}

export function parseOptions<T extends z.ZodType>(schema: T, data: readonly CommandInteractionOption[]): z.output<T> {
	return schema.parse(flattenOptions(data));
}
