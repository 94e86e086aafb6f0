import { ApplicationCommandOptionType, ApplicationCommandType, ComponentType, InteractionType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { interactionView, parseInteraction, route } from '../../src/interactions/payload.js';

/**
 * How Discord's interaction payload is read, whichever door it came through. Shapes from discord-api-docs
 * (interactions/receiving-and-responding.mdx, Interaction Structure; application-commands.mdx, option structure)
 * and the OpenAPI description's interaction schemas.
 */
const user = { id: '1300000000000000002', username: 'bob', discriminator: '0', global_name: 'Bob', avatar: null };
const base = { id: '1400000000000000001', application_id: '1100000000000000001', token: 'tok', version: 1, locale: 'de', app_permissions: '2048' };
const inGuild = { ...base, guild_id: '1200000000000000001', guild_locale: 'ja', channel_id: '1200000000000000009', member: { user, roles: [], permissions: '8' } };

function parsed(raw: unknown) {
	const result = parseInteraction(raw);
	if (!result.ok) throw new Error(result.problems.join('; '));
	return result.interaction;
}

describe('parseInteraction', () => {
	it('reads who asked from member in a server and from user in a DM, with locale, guild locale and permissions', () => {
		const command = { type: InteractionType.ApplicationCommand, data: { id: '1', name: 'profile', type: ApplicationCommandType.ChatInput } };
		const server = interactionView(parsed({ ...inGuild, ...command }));
		expect(server).toMatchObject({ user: { id: user.id }, guildId: inGuild.guild_id, locale: 'de', guildLocale: 'ja', appPermissions: '2048', channelId: inGuild.channel_id });
		expect(server.member?.roles).toEqual([]);
		const dm = interactionView(parsed({ ...base, ...command, user }));
		expect(dm).toMatchObject({ user: { id: user.id }, guildId: undefined, member: undefined });
	});

	it('refuses what is not an interaction, naming paths and checks but never values', () => {
		const refused = parseInteraction({ ...base, type: InteractionType.ApplicationCommand, data: { name: 'x', type: 1 }, token: '' });
		expect(refused).toEqual({ ok: false, problems: ['token: too_small'] });
		expect(parseInteraction({ ...base, type: InteractionType.ApplicationCommand, data: { name: 'profile', type: 1 } })).toEqual({ ok: false, problems: ['member, user: missing'] });
		expect(parseInteraction({ ...base, type: 42 }).ok).toBe(false);
		expect(parseInteraction('{"type":1}').ok).toBe(false);
	});

	it('takes a PING without a user', () => {
		expect(route(parsed({ ...base, type: InteractionType.Ping }))).toEqual({ kind: 'ping' });
	});
});

describe('route', () => {
	it('flattens subcommand groups and subcommands, and names the path for metrics', () => {
		const routed = route(
			parsed({
				...inGuild,
				type: InteractionType.ApplicationCommand,
				data: {
					id: '1',
					name: 'discogs',
					type: ApplicationCommandType.ChatInput,
					options: [
						{
							type: ApplicationCommandOptionType.Subcommand,
							name: 'contributions',
							options: [
								{ type: ApplicationCommandOptionType.String, name: 'username', value: 'rodneyfool' },
								{ type: ApplicationCommandOptionType.Integer, name: 'page', value: 2 },
								{ type: ApplicationCommandOptionType.Boolean, name: 'private', value: true },
							],
						},
					],
				},
			}),
		);
		expect(routed).toEqual({ kind: 'chatInput', name: 'discogs', path: 'discogs contributions', options: { subcommand: 'contributions', username: 'rodneyfool', page: 2, private: true } });
	});

	it('separates the focused option of an autocomplete from the others', () => {
		const routed = route(
			parsed({
				...inGuild,
				type: InteractionType.ApplicationCommandAutocomplete,
				data: {
					id: '1',
					name: 'discogs',
					type: ApplicationCommandType.ChatInput,
					options: [{ type: ApplicationCommandOptionType.Subcommand, name: 'profile', options: [{ type: 3, name: 'username', value: 'rod', focused: true }] }],
				},
			}),
		);
		expect(routed).toEqual({ kind: 'autocomplete', name: 'discogs', options: { subcommand: 'profile' }, focused: { name: 'username', value: 'rod' } });
	});

	it('reads a user command target, a select menu values, and modal fields in rows and in labels', () => {
		const target = route(parsed({ ...inGuild, type: InteractionType.ApplicationCommand, data: { id: '1', name: 'View profile', type: ApplicationCommandType.User, target_id: '80351110224678912' } }));
		expect(target).toEqual({ kind: 'userContext', name: 'View profile', targetId: '80351110224678912' });
		const select = route(parsed({ ...inGuild, type: InteractionType.MessageComponent, message: { id: '9' }, data: { custom_id: 'x:1', component_type: ComponentType.StringSelect, values: ['a', 'b'] } }));
		expect(select).toEqual({ kind: 'component', customId: 'x:1', values: ['a', 'b'] });
		// A classic modal returns rows of text inputs; one built with labels (component type 18) returns each input
		// inside its label's `component` (components/reference.mdx, Label).
		const modal = route(
			parsed({
				...inGuild,
				type: InteractionType.ModalSubmit,
				data: {
					custom_id: 'dge',
					components: [
						{ type: ComponentType.ActionRow, components: [{ type: ComponentType.TextInput, custom_id: 'name', value: 'Rodney' }] },
						{ type: 18, id: 3, component: { type: ComponentType.TextInput, custom_id: 'location', value: 'Lisbon' } },
					],
				},
			}),
		);
		expect(modal).toEqual({ kind: 'modal', customId: 'dge', fields: { name: 'Rodney', location: 'Lisbon' }, fromMessage: false });
	});
});
