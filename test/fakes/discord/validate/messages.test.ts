import { ButtonStyle, ComponentType, InteractionResponseType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { parseCallback } from './callback.js';
import { expectFormError, refusal } from './expect-form-error.js';
import { parseWebhookMessage } from './message.js';

/**
 * Message bodies (callback 4 and 7 data, follow-ups, edits) against Discord's rules. Sources: the spec's
 * IncomingWebhookInteractionRequest, IncomingWebhookRequestPartial, IncomingWebhookUpdateRequestPartial, RichEmbed,
 * MessageAllowedMentionsRequest, ActionRowComponentForMessageRequest, ButtonComponentForMessageRequest and
 * StringSelectComponentForMessageRequest (../openapi/discord-openapi.subset.json); discord-api-docs
 * resources/message.mdx (embed limits, allowed mentions), components/reference.mdx (legacy components, buttons,
 * selects) and interactions/receiving-and-responding.mdx (callback types, flags).
 */
const reply = (data: unknown): unknown => parseCallback({ type: InteractionResponseType.ChannelMessageWithSource, data }, InteractionType.ApplicationCommand, 0);
const followUp = (body: unknown): unknown => parseWebhookMessage(body, { operationId: 'execute_webhook', kind: 'followup', fileCount: 0 });
const edit = (body: unknown): unknown => parseWebhookMessage(body, { operationId: 'update_original_webhook_message', kind: 'edit', fileCount: 0 });
const button = (customId: string, label = 'Go'): unknown => ({ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: customId, label });
const row = (...components: unknown[]): unknown => ({ type: ComponentType.ActionRow, components });
const select = (customId: string, count: number): unknown => ({
	type: ComponentType.StringSelect,
	custom_id: customId,
	options: Array.from({ length: count }, (_, index) => ({ label: `Option ${index}`, value: `v${index}` })),
});

describe('message bodies', () => {
	it('accepts a full valid reply, follow-up and edit', () => {
		const body = {
			content: 'hello',
			embeds: [{ title: 'Profile', description: 'x', fields: [{ name: 'Rating', value: '5', inline: true }], footer: { text: 'f' }, color: 0xff00ff }],
			components: [row(button('a'), button('b'), { type: ComponentType.Button, style: ButtonStyle.Link, url: 'https://discogs.com', label: 'Open' }), row(select('s', 3))],
			allowed_mentions: { parse: [] },
			flags: MessageFlags.Ephemeral,
		};
		expect(reply(body)).toMatchObject({ type: 4, data: { content: 'hello', flags: MessageFlags.Ephemeral } });
		expect(followUp(body)).toMatchObject({ content: 'hello' });
		expect(edit({ content: null, embeds: [], components: [] })).toMatchObject({ content: null });
	});

	it('content: at most 2000 characters (spec maxLength)', () => {
		expectFormError(() => reply({ content: 'x'.repeat(2001) }), 'data.content', 'BASE_TYPE_MAX_LENGTH');
		expectFormError(() => edit({ content: 'x'.repeat(2001) }), 'content', 'BASE_TYPE_MAX_LENGTH');
		expect(reply({ content: '🎵'.repeat(2000) })).toBeDefined();
	});

	it('a new message must not be empty (50006); an edit may change nothing', () => {
		expect(refusal(() => reply({ content: '' })).body).toEqual({ code: 50006, message: 'Cannot send an empty message' });
		expect(refusal(() => followUp({ embeds: [] })).body.code).toBe(50006);
		expect(edit({})).toEqual({});
	});

	it('embeds: at most 10, 25 fields each, title 256, field name 256 and value 1024 (spec)', () => {
		expectFormError(() => reply({ embeds: Array.from({ length: 11 }, () => ({ description: 'x' })) }), 'data.embeds', 'BASE_TYPE_MAX_LENGTH');
		const fields = Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' }));
		expectFormError(() => reply({ embeds: [{ fields }] }), 'data.embeds.0.fields', 'BASE_TYPE_MAX_LENGTH');
		expectFormError(() => reply({ embeds: [{ title: 't'.repeat(257) }] }), 'data.embeds.0.title', 'BASE_TYPE_MAX_LENGTH');
		expectFormError(() => reply({ embeds: [{ fields: [{ name: 'n'.repeat(257), value: 'v' }] }] }), 'data.embeds.0.fields.0.name', 'BASE_TYPE_MAX_LENGTH');
		expectFormError(() => followUp({ embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }] }), 'embeds.0.fields.0.value', 'BASE_TYPE_MAX_LENGTH');
	});

	it('embed fields need a non-blank name and value (message.mdx, embed limits)', () => {
		expectFormError(() => reply({ embeds: [{ fields: [{ name: 'n', value: '' }] }] }), 'data.embeds.0.fields.0.value', 'BASE_TYPE_REQUIRED');
		expectFormError(() => reply({ embeds: [{ fields: [{ name: '  ', value: 'v' }] }] }), 'data.embeds.0.fields.0.name', 'BASE_TYPE_REQUIRED');
		expectFormError(() => reply({ embeds: [{ fields: [{ name: 'n' }] }] }), 'data.embeds.0.fields.0.value', 'BASE_TYPE_REQUIRED');
	});

	it('embeds: 6000 characters in total across all embeds of the message (message.mdx, embed limits)', () => {
		const big = { description: 'd'.repeat(4000), footer: { text: 'f'.repeat(1000) } };
		expectFormError(() => reply({ embeds: [big, { description: 'd'.repeat(1001) }] }), 'data.embeds', 'MAX_EMBED_SIZE_EXCEEDED');
		expect(reply({ embeds: [big, { description: 'd'.repeat(1000) }] })).toBeDefined();
	});

	it('classic components: at most 5 action rows, only action rows at the top (components/reference.mdx, legacy behaviour)', () => {
		const rows = Array.from({ length: 6 }, (_, index) => row(button(`b${index}`)));
		expectFormError(() => reply({ content: 'x', components: rows }), 'data.components', 'BASE_TYPE_MAX_LENGTH');
		expectFormError(() => reply({ content: 'x', components: [{ type: ComponentType.TextDisplay, content: 'hi' }] }), 'data.components.0', 'UNION_TYPE_CHOICES');
		// With IS_COMPONENTS_V2 the same top-level text display is fine.
		expect(reply({ components: [{ type: ComponentType.TextDisplay, content: 'hi' }], flags: MessageFlags.IsComponentsV2 })).toBeDefined();
	});

	it('an edit of a components V2 message keeps its layout rules without repeating the flag', () => {
		const body = { components: [{ type: ComponentType.TextDisplay, content: 'hi' }] };
		const storedV2 = { operationId: 'update_original_webhook_message', kind: 'edit', fileCount: 0, storedFlags: MessageFlags.IsComponentsV2 } as const;
		expect(parseWebhookMessage(body, storedV2)).toMatchObject(body);
		expectFormError(() => edit(body), 'components.0', 'UNION_TYPE_CHOICES');
	});

	it('action rows: 5 buttons at most, and a select alone (spec maxItems; components/reference.mdx)', () => {
		const six = Array.from({ length: 6 }, (_, index) => button(`b${index}`));
		expectFormError(() => reply({ components: [row(...six)] }), 'data.components.0.components', 'BASE_TYPE_BAD_LENGTH');
		expectFormError(() => reply({ components: [row(select('s', 2), button('b'))] }), 'data.components.0.components.1', 'COMPONENT_LAYOUT_WIDTH_EXCEEDED');
		expectFormError(() => reply({ components: [row()] }), 'data.components.0.components', 'BASE_TYPE_BAD_LENGTH');
	});

	it('buttons: label 80; custom_id 1-100 and unique within the message', () => {
		expectFormError(() => reply({ components: [row(button('a', 'l'.repeat(81)))] }), 'data.components.0.components.0.label', 'BASE_TYPE_MAX_LENGTH');
		expectFormError(() => reply({ components: [row(button('c'.repeat(101)))] }), 'data.components.0.components.0.custom_id', 'BASE_TYPE_BAD_LENGTH');
		expectFormError(() => reply({ components: [row(button(''))] }), 'data.components.0.components.0.custom_id', 'BASE_TYPE_BAD_LENGTH');
		expectFormError(() => reply({ components: [row(button('same')), row(button('same'))] }), 'data.components.1.components.0.custom_id', 'COMPONENT_CUSTOM_ID_DUPLICATED');
	});

	it('buttons: a link has a url and no custom_id; the others a custom_id and no url (components/reference.mdx)', () => {
		const link = { type: ComponentType.Button, style: ButtonStyle.Link, label: 'Open' };
		expectFormError(() => reply({ components: [row(link)] }), 'data.components.0.components.0.url', 'BASE_TYPE_REQUIRED');
		expectFormError(
			() => reply({ components: [row({ ...link, url: 'https://x.test', custom_id: 'c' })] }),
			'data.components.0.components.0.custom_id',
			'BUTTON_COMPONENT_CUSTOM_ID_URL_MUTUALLY_EXCLUSIVE',
		);
		const primary = { type: ComponentType.Button, style: ButtonStyle.Primary, label: 'Go' };
		expectFormError(() => reply({ components: [row(primary)] }), 'data.components.0.components.0.custom_id', 'BUTTON_COMPONENT_CUSTOM_ID_REQUIRED');
		expectFormError(
			() => reply({ components: [row({ ...primary, custom_id: 'c', url: 'https://x.test' })] }),
			'data.components.0.components.0.url',
			'BUTTON_COMPONENT_CUSTOM_ID_URL_MUTUALLY_EXCLUSIVE',
		);
		expectFormError(() => reply({ components: [row({ ...link, url: 'not a url' })] }), 'data.components.0.components.0.url', 'URL_TYPE_INVALID_URL');
	});

	it('selects: 1-25 options, label and value 1-100, placeholder 150, max_values within the options (spec; components/reference.mdx)', () => {
		expectFormError(() => reply({ components: [row(select('s', 26))] }), 'data.components.0.components.0.options', 'BASE_TYPE_BAD_LENGTH');
		const long = { type: ComponentType.StringSelect, custom_id: 's', options: [{ label: 'l'.repeat(101), value: 'v'.repeat(101) }] };
		const error = expectFormError(() => reply({ components: [row(long)] }), 'data.components.0.components.0.options.0.label', 'BASE_TYPE_BAD_LENGTH');
		expect(JSON.stringify(error.body.errors)).toContain('"value":{"_errors":[{"code":"BASE_TYPE_BAD_LENGTH"');
		const placeholder = { type: ComponentType.StringSelect, custom_id: 's', placeholder: 'p'.repeat(151), options: [{ label: 'a', value: 'a' }] };
		expectFormError(() => reply({ components: [row(placeholder)] }), 'data.components.0.components.0.placeholder', 'BASE_TYPE_MAX_LENGTH');
		const tooMany = { type: ComponentType.StringSelect, custom_id: 's', max_values: 3, options: [{ label: 'a', value: 'a' }] };
		expectFormError(() => reply({ components: [row(tooMany)] }), 'data.components.0.components.0.options', 'BASE_TYPE_MIN_LENGTH');
		const twice = { type: ComponentType.StringSelect, custom_id: 's', options: [{ label: 'a', value: 'a' }, { label: 'b', value: 'a' }] };
		expectFormError(() => reply({ components: [row(twice)] }), 'data.components.0.components.0.options.1.value', 'SELECT_COMPONENT_OPTION_VALUE_DUPLICATED');
	});

	it('allowed_mentions: parse values, parse exclusive with ids of its kind, at most 100 ids (spec; message.mdx)', () => {
		expectFormError(() => reply({ content: 'x', allowed_mentions: { parse: ['members'] } }), 'data.allowed_mentions.parse.0', 'BASE_TYPE_CHOICES');
		const exclusive = expectFormError(
			() => reply({ content: 'x', allowed_mentions: { parse: ['users'], users: ['1300000000000000001'] } }),
			'data.allowed_mentions',
			'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
		);
		expect(JSON.stringify(exclusive.body)).toContain('parse:[\\"users\\"] and users: [ids...] are mutually exclusive.');
		const ids = Array.from({ length: 101 }, (_, index) => String(1300000000000000000n + BigInt(index)));
		expectFormError(() => reply({ content: 'x', allowed_mentions: { users: ids } }), 'data.allowed_mentions.users', 'BASE_TYPE_MAX_LENGTH');
		expectFormError(() => reply({ content: 'x', allowed_mentions: { users: ['alice'] } }), 'data.allowed_mentions.users.0', 'NUMBER_TYPE_COERCE');
		expect(reply({ content: 'x', allowed_mentions: { parse: ['roles'], users: ['1300000000000000001'] } })).toBeDefined();
	});

	it('flags: only the ones each kind may set are kept, as Discord filters them (discord-api-docs#7386)', () => {
		const suppressed = MessageFlags.Ephemeral | MessageFlags.SuppressNotifications | MessageFlags.Crossposted;
		expect(reply({ content: 'x', flags: suppressed })).toMatchObject({ data: { flags: MessageFlags.Ephemeral | MessageFlags.SuppressNotifications } });
		const deferred = parseCallback({ type: 5, data: { flags: suppressed } }, InteractionType.ApplicationCommand, 0);
		expect(deferred.data?.flags).toBe(MessageFlags.Ephemeral);
		expect(edit({ flags: MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds })).toMatchObject({ flags: MessageFlags.SuppressEmbeds });
		expectFormError(() => reply({ content: 'x', flags: 'loud' }), 'data.flags', 'NUMBER_TYPE_COERCE');
	});
});

describe('interaction callbacks', () => {
	it('a callback type this interaction allows (receiving-and-responding.mdx, callback types)', () => {
		const modal = { type: 9, data: { custom_id: 'm', title: 'T', components: [row({ type: 4, custom_id: 'f', style: 1, label: 'L' })] } };
		expectFormError(() => parseCallback(modal, InteractionType.ModalSubmit, 0), 'type', 'INTERACTION_RESPONSE_TYPE_INVALID');
		expectFormError(() => parseCallback({ type: 7 }, InteractionType.ApplicationCommand, 0), 'type', 'INTERACTION_RESPONSE_TYPE_INVALID');
		expectFormError(() => parseCallback({ type: 10 }, InteractionType.ApplicationCommand, 0), '', 'UNION_TYPE_CHOICES');
		expect(parseCallback({ type: 6 }, InteractionType.MessageComponent, 0)).toEqual({ type: 6, data: undefined });
	});

	it('an update (7) checks its data like a message', () => {
		expectFormError(() => parseCallback({ type: 7, data: { content: 'x'.repeat(2001) } }, InteractionType.MessageComponent, 0), 'data.content', 'BASE_TYPE_MAX_LENGTH');
		expect(parseCallback({ type: 7, data: { components: [] } }, InteractionType.MessageComponent, 0).data).toEqual({ components: [] });
	});

	it('autocomplete (8): at most 25 choices, name 1-100, string value 100 (spec; application-commands.mdx)', () => {
		const autocomplete = (choices: unknown): unknown => parseCallback({ type: 8, data: { choices } }, InteractionType.ApplicationCommandAutocomplete, 0);
		const many = Array.from({ length: 26 }, (_, index) => ({ name: `n${index}`, value: `v${index}` }));
		expectFormError(() => autocomplete(many), 'data.choices', 'BASE_TYPE_MAX_LENGTH');
		expectFormError(() => autocomplete([{ name: '', value: 'v' }]), 'data.choices.0.name', 'BASE_TYPE_BAD_LENGTH');
		expectFormError(() => autocomplete([{ name: 'n'.repeat(101), value: 'v' }]), 'data.choices.0.name', 'BASE_TYPE_BAD_LENGTH');
		expectFormError(() => autocomplete([{ name: 'n', value: 'v'.repeat(101) }]), 'data.choices.0.value', 'BASE_TYPE_MAX_LENGTH');
		expect(autocomplete([{ name: 'one', value: 1 }, { name: 'two', value: 2 }])).toMatchObject({ data: { choices: [{ value: 1 }, { value: 2 }] } });
	});
});
