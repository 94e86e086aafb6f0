import {
	ApplicationCommandOptionType,
	type APIApplicationCommandInteractionDataBasicOption,
	type APIApplicationCommandInteractionDataOption,
	type APIUser,
} from 'discord-api-types/v10';
import type { FakeDiscogs } from '../fakes/discogs/index.js';
import type { FakeDiscord } from '../fakes/discord/index.js';
import { makeRelease, rodneyfoolProfile } from '../fakes/discogs/index.js';

/** A Discogs user shaped like the seed's rodneyfool, under another name. */
export function profileNamed(username: string, id: number): Record<string, unknown> {
	return { ...(rodneyfoolProfile as Record<string, unknown>), username, id, name: username, uri: `https://www.discogs.com/user/${username}`, resource_url: `https://api.discogs.com/users/${username}` };
}

/** Adds users named `${prefix}0`… to the fake; returns their names. */
export function addUsers(discogs: FakeDiscogs, prefix: string, count: number): string[] {
	return Array.from({ length: count }, (_, index) => {
		const username = `${prefix}${index}`;
		discogs.addUser(profileNamed(username, 5_000_000 + index));
		return username;
	});
}

/** A prolific contributor: 25 releases, so three pages of ten. */
export function addCollector(discogs: FakeDiscogs, username = 'crate_digger'): string {
	discogs.addUser(profileNamed(username, 4_000_000), { contributions: Array.from({ length: 25 }, (_, index) => makeRelease(index)) });
	return username;
}

type Option = { name: string; value: string | number | boolean };

function subcommand(name: string, options: Option[]): APIApplicationCommandInteractionDataOption[] {
	return [
		{
			type: ApplicationCommandOptionType.Subcommand,
			name,
			options: options.map((option) => {
				const type =
					typeof option.value === 'boolean' ? ApplicationCommandOptionType.Boolean
					: typeof option.value === 'number' ? ApplicationCommandOptionType.Integer
					: ApplicationCommandOptionType.String;
				return { name: option.name, type, value: option.value } as APIApplicationCommandInteractionDataBasicOption;
			}),
		},
	];
}

/** Sends `/discogs <name>` with the options and waits for the answer the user ends up seeing. */
export async function discogs(discord: FakeDiscord, name: string, options: Option[], extra: { user?: APIUser } = {}) {
	const handle = await discord.slash({ name: 'discogs', options: subcommand(name, options), ...extra });
	return { handle, answer: await handle.final() };
}
