import { ComponentType, InteractionResponseType, InteractionType, TextInputStyle } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { parseCallback } from './callback.js';
import { expectFormError } from './expect-form-error.js';

/**
 * Modal callbacks (type 9). Sources: the spec's ModalInteractionCallbackRequestData, ActionRowComponentForModalRequest,
 * LabelComponentForModalRequest and TextInputComponentForModalRequest (../openapi/discord-openapi.subset.json: title,
 * custom_id, label 1-45, value 4000, placeholder 100, min_length/max_length 0-4000); discord-api-docs
 * interactions/receiving-and-responding.mdx ("Between 1 and 5 (inclusive) components") and components/reference.mdx
 * (text inputs, labels, custom_id unique); a real answer for a prefilled value over max_length
 * (discord-tickets/bot#678: "value[BASE_TYPE_MAX_LENGTH]: Must be 100 or fewer in length.").
 */
const input = (customId: string, label: string, extra: Record<string, unknown> = {}): unknown => ({
	type: ComponentType.TextInput,
	custom_id: customId,
	label,
	style: TextInputStyle.Short,
	...extra,
});
const row = (component: unknown): unknown => ({ type: ComponentType.ActionRow, components: [component] });
const modal = (data: Record<string, unknown>): unknown =>
	parseCallback({ type: InteractionResponseType.Modal, data }, InteractionType.ApplicationCommand, 0);
const fields = (count: number): unknown[] => Array.from({ length: count }, (_, index) => row(input(`f${index}`, `Field ${index}`)));

describe('modals', () => {
	it('accepts a modal of action rows, and one of labels and text displays', () => {
		expect(modal({ custom_id: 'm', title: 'Edit rodneyfool on Discogs', components: fields(5) })).toMatchObject({ type: 9, data: { custom_id: 'm' } });
		const labelled = {
			custom_id: 'm',
			title: 'Feedback',
			components: [
				{ type: ComponentType.TextDisplay, content: 'Tell us' },
				{ type: ComponentType.Label, label: 'Comment', component: { type: ComponentType.TextInput, custom_id: 'c', style: TextInputStyle.Paragraph } },
			],
		};
		expect(modal(labelled)).toMatchObject({ type: 9 });
	});

	it('refuses the /discogs edit modal whose currency label was 58 characters (the bug of issue 10)', () => {
		const label = 'Currency (USD GBP EUR CAD AUD JPY CHF MXN BRL NZD SEK ZAR)';
		expect([...label]).toHaveLength(58);
		const components = [...fields(4), row(input('curr_abbr', label, { max_length: 3, required: true }))];
		const error = expectFormError(() => modal({ custom_id: 'dge', title: 'Edit rodneyfool on Discogs', components }), 'data.components.4.components.0.label', 'BASE_TYPE_BAD_LENGTH');
		expect(error.body).toEqual({
			code: 50035,
			message: 'Invalid Form Body',
			errors: {
				data: {
					components: {
						'4': { components: { '0': { label: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 45 in length.' }] } } } },
					},
				},
			},
		});
	});

	it('title and custom_id: 1-45 and 1-100 characters, both required', () => {
		expectFormError(() => modal({ custom_id: 'm', title: 't'.repeat(46), components: fields(1) }), 'data.title', 'BASE_TYPE_BAD_LENGTH');
		expectFormError(() => modal({ custom_id: 'm', title: '', components: fields(1) }), 'data.title', 'BASE_TYPE_BAD_LENGTH');
		expectFormError(() => modal({ custom_id: 'c'.repeat(101), title: 'T', components: fields(1) }), 'data.custom_id', 'BASE_TYPE_BAD_LENGTH');
		expectFormError(() => modal({ title: 'T', components: fields(1) }), 'data.custom_id', 'BASE_TYPE_REQUIRED');
		expectFormError(() => parseCallback({ type: 9 }, InteractionType.ApplicationCommand, 0), 'data', 'BASE_TYPE_REQUIRED');
	});

	it('1 to 5 components', () => {
		expectFormError(() => modal({ custom_id: 'm', title: 'T', components: fields(6) }), 'data.components', 'BASE_TYPE_BAD_LENGTH');
		expectFormError(() => modal({ custom_id: 'm', title: 'T', components: [] }), 'data.components', 'BASE_TYPE_BAD_LENGTH');
	});

	it('text inputs: label 1-45 (and required in an action row), placeholder 100, custom_id unique', () => {
		expectFormError(() => modal({ custom_id: 'm', title: 'T', components: [row(input('a', ''))] }), 'data.components.0.components.0.label', 'BASE_TYPE_BAD_LENGTH');
		const unlabelled = { type: ComponentType.TextInput, custom_id: 'a', style: TextInputStyle.Short };
		expectFormError(() => modal({ custom_id: 'm', title: 'T', components: [row(unlabelled)] }), 'data.components.0.components.0.label', 'BASE_TYPE_REQUIRED');
		const placeholder = input('a', 'A', { placeholder: 'p'.repeat(101) });
		expectFormError(() => modal({ custom_id: 'm', title: 'T', components: [row(placeholder)] }), 'data.components.0.components.0.placeholder', 'BASE_TYPE_MAX_LENGTH');
		const twice = [row(input('same', 'A')), row(input('same', 'B'))];
		expectFormError(() => modal({ custom_id: 'm', title: 'T', components: twice }), 'data.components.1.components.0.custom_id', 'COMPONENT_CUSTOM_ID_DUPLICATED');
		const label = { type: ComponentType.Label, label: 'l'.repeat(46), component: unlabelled };
		expectFormError(() => modal({ custom_id: 'm', title: 'T', components: [label] }), 'data.components.0.label', 'BASE_TYPE_BAD_LENGTH');
	});

	it('text inputs: a prefilled value within min_length and max_length, and min_length not above max_length', () => {
		const long = input('a', 'A', { max_length: 3, value: 'EURO' });
		expectFormError(() => modal({ custom_id: 'm', title: 'T', components: [row(long)] }), 'data.components.0.components.0.value', 'BASE_TYPE_MAX_LENGTH');
		const short = input('a', 'A', { min_length: 3, value: 'EU' });
		expectFormError(() => modal({ custom_id: 'm', title: 'T', components: [row(short)] }), 'data.components.0.components.0.value', 'BASE_TYPE_MIN_LENGTH');
		const crossed = input('a', 'A', { min_length: 5, max_length: 3 });
		expectFormError(() => modal({ custom_id: 'm', title: 'T', components: [row(crossed)] }), 'data.components.0.components.0.min_length', 'NUMBER_TYPE_MAX');
		const limits = input('a', 'A', { max_length: 4001 });
		expectFormError(() => modal({ custom_id: 'm', title: 'T', components: [row(limits)] }), 'data.components.0.components.0.max_length', 'NUMBER_TYPE_MAX');
		expect(modal({ custom_id: 'm', title: 'T', components: [row(input('a', 'A', { max_length: 3, value: 'EUR' }))] })).toBeDefined();
	});
});
