import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { isRecord } from '../http.js';
import type { Issue, Path } from './issues.js';
import { discordError, textLength } from './issues.js';

/*
 * Component rules the spec cannot express. Sources, in discord/discord-api-docs: developers/components/reference.mdx
 * ("Legacy Message Component Behavior": up to 5 action rows at the top level of a message without IS_COMPONENTS_V2;
 * Action Row: up to 5 buttons or a single select; Button: non-link buttons must have a custom_id and no url, link
 * buttons a url and no custom_id, premium buttons a sku_id; custom_id unique within a message; select min_values
 * and max_values), and developers/interactions/receiving-and-responding.mdx (Modal: "Between 1 and 5 (inclusive)
 * components"). The codes are Discord's where a real answer showed them (COMPONENT_CUSTOM_ID_DUPLICATED,
 * COMPONENT_LAYOUT_WIDTH_EXCEEDED, UNION_TYPE_CHOICES for a components V2 type sent without the flag,
 * BASE_TYPE_MAX_LENGTH on a prefilled value longer than max_length in discord-tickets/bot#678); the button and
 * select ones are from a discord.js API mock's error table (closest found).
 */
export const CLASSIC_MAX_ROWS = 5;
export const MODAL_MAX_COMPONENTS = 5;

const SELECTS: ReadonlySet<unknown> = new Set([
	ComponentType.StringSelect,
	ComponentType.UserSelect,
	ComponentType.RoleSelect,
	ComponentType.MentionableSelect,
	ComponentType.ChannelSelect,
]);

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const present = (value: unknown): boolean => value !== undefined && value !== null;

/** Every object with a custom_id in a component tree, with its path: rows, sections and containers are walked. */
function interactive(components: unknown, path: Path): Array<{ customId: string; path: Path }> {
	const found: Array<{ customId: string; path: Path }> = [];
	const walk = (node: unknown, at: Path): void => {
		if (!isRecord(node)) return;
		const customId = node['custom_id'];
		if (typeof customId === 'string') found.push({ customId, path: [...at, 'custom_id'] });
		for (const key of ['components', 'accessory', 'component'] as const) {
			const child = node[key];
			if (Array.isArray(child)) list(child).forEach((entry, index) => walk(entry, [...at, key, index]));
			else walk(child, [...at, key]);
		}
	};
	list(components).forEach((component, index) => walk(component, [...path, index]));
	return found;
}

function duplicateCustomIds(components: unknown, path: Path): Issue[] {
	const seen = new Set<string>();
	const issues: Issue[] = [];
	for (const { customId, path: at } of interactive(components, path)) {
		if (seen.has(customId)) issues.push({ path: at, code: 'COMPONENT_CUSTOM_ID_DUPLICATED', message: 'Component custom id cannot be duplicated' });
		seen.add(customId);
	}
	return issues;
}

function buttonIssues(button: Record<string, unknown>, at: Path): Issue[] {
	const issues: Issue[] = [];
	const mutuallyExclusive = (key: string): Issue => ({
		path: [...at, key],
		code: 'BUTTON_COMPONENT_CUSTOM_ID_URL_MUTUALLY_EXCLUSIVE',
		message: 'A custom id and url cannot both be specified',
	});
	const hasCustomId = present(button['custom_id']);
	const hasUrl = present(button['url']);
	if (button['style'] === ButtonStyle.Link) {
		if (!hasUrl) issues.push(discordError.required([...at, 'url']));
		if (hasCustomId) issues.push(mutuallyExclusive('custom_id'));
	} else if (button['style'] === ButtonStyle.Premium) {
		if (!present(button['sku_id'])) issues.push(discordError.required([...at, 'sku_id']));
	} else {
		if (!hasCustomId) issues.push({ path: [...at, 'custom_id'], code: 'BUTTON_COMPONENT_CUSTOM_ID_REQUIRED', message: 'A custom id is required' });
		if (hasUrl) issues.push(mutuallyExclusive('url'));
	}
	return issues;
}

function selectIssues(select: Record<string, unknown>, at: Path): Issue[] {
	const issues: Issue[] = [];
	const minValues = typeof select['min_values'] === 'number' ? select['min_values'] : 1;
	const maxValues = typeof select['max_values'] === 'number' ? select['max_values'] : 1;
	if (minValues > maxValues) issues.push(discordError.numberMax([...at, 'min_values'], 'int', maxValues));
	if (select['type'] !== ComponentType.StringSelect) return issues;
	const options = list(select['options']);
	if (options.length > 0 && maxValues > options.length) issues.push(discordError.minLength([...at, 'options'], maxValues));
	const values = new Set<unknown>();
	options.forEach((option, index) => {
		const value = isRecord(option) ? option['value'] : undefined;
		if (values.has(value)) {
			issues.push({ path: [...at, 'options', index, 'value'], code: 'SELECT_COMPONENT_OPTION_VALUE_DUPLICATED', message: 'The specified option value is already used' });
		}
		values.add(value);
	});
	return issues;
}

function rowIssues(row: Record<string, unknown>, at: Path): Issue[] {
	const children = list(row['components']);
	const issues: Issue[] = [];
	// A select fills its row: anything beside it exceeds the row's width.
	if (children.some((child) => isRecord(child) && SELECTS.has(child['type'])) && children.length > 1) {
		children.slice(1).forEach((_, index) => {
			issues.push({ path: [...at, 'components', index + 1], code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', message: 'The specified component exceeds the maximum width' });
		});
	}
	children.forEach((child, index) => {
		if (!isRecord(child)) return;
		const childAt = [...at, 'components', index];
		if (child['type'] === ComponentType.Button) issues.push(...buttonIssues(child, childAt));
		else if (SELECTS.has(child['type'])) issues.push(...selectIssues(child, childAt));
	});
	return issues;
}

/** A message's components: classic layout rules unless the message has IS_COMPONENTS_V2; custom_ids unique always. */
export function messageComponentIssues(components: unknown, path: Path, componentsV2: boolean): Issue[] {
	const issues = duplicateCustomIds(components, path);
	if (componentsV2) return issues;
	const rows = list(components);
	if (rows.length > CLASSIC_MAX_ROWS) issues.push(discordError.maxLength(path, CLASSIC_MAX_ROWS));
	rows.forEach((row, index) => {
		if (!isRecord(row)) return;
		if (row['type'] !== ComponentType.ActionRow) issues.push(discordError.unionChoices([...path, index], 'type', [ComponentType.ActionRow]));
		else issues.push(...rowIssues(row, [...path, index]));
	});
	return issues;
}

function textInputIssues(input: Record<string, unknown>, at: Path, inRow: boolean): Issue[] {
	const issues: Issue[] = [];
	// Before Label existed a text input carried its own label, and in an action row it still must (2024 docs).
	if (inRow && !present(input['label'])) issues.push(discordError.required([...at, 'label']));
	const minLength = typeof input['min_length'] === 'number' ? input['min_length'] : undefined;
	const maxLength = typeof input['max_length'] === 'number' ? input['max_length'] : undefined;
	if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) {
		issues.push(discordError.numberMax([...at, 'min_length'], 'int', maxLength));
	}
	const value = input['value'];
	if (typeof value === 'string' && value !== '') {
		if (maxLength !== undefined && textLength(value) > maxLength) issues.push(discordError.maxLength([...at, 'value'], maxLength));
		else if (minLength !== undefined && textLength(value) < minLength) issues.push(discordError.minLength([...at, 'value'], minLength));
	}
	return issues;
}

/** A modal's components (the callback's `data.components`). */
export function modalComponentIssues(components: unknown, path: Path): Issue[] {
	const issues = duplicateCustomIds(components, path);
	const top = list(components);
	if (top.length > MODAL_MAX_COMPONENTS) issues.push(discordError.badLength(path, 1, MODAL_MAX_COMPONENTS));
	top.forEach((component, index) => {
		if (!isRecord(component)) return;
		const at = [...path, index];
		if (component['type'] === ComponentType.ActionRow) {
			list(component['components']).forEach((child, childIndex) => {
				if (isRecord(child)) issues.push(...textInputIssues(child, [...at, 'components', childIndex], true));
			});
		} else if (component['type'] === ComponentType.Label) {
			const child = component['component'];
			if (isRecord(child) && child['type'] === ComponentType.TextInput) issues.push(...textInputIssues(child, [...at, 'component'], false));
			else if (isRecord(child) && SELECTS.has(child['type'])) issues.push(...selectIssues(child, [...at, 'component']));
		}
	});
	return issues;
}
