import { isRecord } from '../http.js';
import type { Issue, Path } from './issues.js';
import { discordError, textLength } from './issues.js';

/**
 * The embed limits the spec cannot express (developers/resources/message.mdx, "Embed Limits", in
 * discord/discord-api-docs): the combined characters of title, description, field names and values, footer text and
 * author name across all embeds of a message stay within 6000, and a field has a name and a value. Lengths are
 * measured without leading and trailing whitespace, which Discord trims. The per-field maxima (title 256, field
 * name 256, value 1024, footer 2048, author 256, 25 fields, 10 embeds) are the spec's, checked by the schema.
 */
export const EMBED_TOTAL_MAX = 6000;

const trimmedLength = (value: unknown): number => (typeof value === 'string' ? textLength(value.trim()) : 0);
const child = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

export function embedIssues(embeds: unknown, path: Path): Issue[] {
	if (!Array.isArray(embeds)) return [];
	const list: unknown[] = embeds;
	const issues: Issue[] = [];
	let total = 0;
	list.forEach((embed, index) => {
		total += trimmedLength(child(embed, 'title')) + trimmedLength(child(embed, 'description'));
		total += trimmedLength(child(child(embed, 'footer'), 'text')) + trimmedLength(child(child(embed, 'author'), 'name'));
		const fields = child(embed, 'fields');
		if (!Array.isArray(fields)) return;
		const fieldList: unknown[] = fields;
		fieldList.forEach((field, fieldIndex) => {
			for (const key of ['name', 'value'] as const) {
				const length = trimmedLength(child(field, key));
				total += length;
				// A missing name or value is the schema's BASE_TYPE_REQUIRED already; this is the blank one.
				if (length === 0 && typeof child(field, key) === 'string') issues.push(discordError.required([...path, index, 'fields', fieldIndex, key]));
			}
		});
	});
	if (total > EMBED_TOTAL_MAX) {
		issues.push({ path, code: 'MAX_EMBED_SIZE_EXCEEDED', message: `Embed size exceeds maximum size of ${EMBED_TOTAL_MAX}` });
	}
	return issues;
}
