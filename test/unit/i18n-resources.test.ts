import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.js';
import { RESOURCES } from '../../src/i18n/resources.js';

/** Every text as `namespace:path.key` → string. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	if (typeof value === 'string') {
		out.set(prefix, value);
		return out;
	}
	if (typeof value === 'object' && value !== null) {
		for (const [key, child] of Object.entries(value)) {
			const path = prefix === '' ? `${key}:` : prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`;
			for (const [inner, text] of flatten(child, path)) out.set(inner, text);
		}
	}
	return out;
}

// `{{count, number}}` formats the count in the reader's language: the variable and its format must both stay.
const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*(,[^}]*)?\}\}/g)].map((match) => `${match[1]}${match[2]?.replace(/\s+/g, '') ?? ''}`).sort();
/** Markdown and code a translation must keep, counted: bold, code spans, links, Discord mentions and timestamps. */
const markup = (text: string) => ({
	bold: text.split('**').length - 1,
	code: (text.match(/`/g) ?? []).length,
	links: (text.match(/\]\(/g) ?? []).length,
	tags: (text.match(/<[@#t:/][^>]*>/g) ?? []).length,
});

const english = flatten(RESOURCES[DEFAULT_LOCALE]);
const BRANDS = new Set(['Discogs', 'Discord', 'NEWM', 'Spotify', 'YouTube', 'HypeSquad', 'Nitro', 'Bot', 'HTTP']);
const others = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

describe('the resources', () => {
	it('English has texts, and each plural key all three forms i18next may pick for our languages', () => {
		expect(english.size).toBeGreaterThan(0);
		// fr, es-ES and pt-BR select `many` for large round numbers (Intl.PluralRules); a missing form would fall back to English.
		const plurals = new Set([...english.keys()].filter((key) => /_(one|many|other)$/.test(key)).map((key) => key.replace(/_(one|many|other)$/, '')));
		for (const base of plurals) for (const form of ['one', 'many', 'other']) expect(english.has(`${base}_${form}`), `${base}_${form}`).toBe(true);
	});

	for (const locale of others) {
		describe(locale, () => {
			const texts = flatten(RESOURCES[locale]);

			it('has every key of English and no other, none empty', () => {
				expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
				for (const [key, text] of texts) expect(text.trim(), key).not.toBe('');
			});

			it('uses the same interpolation variables, and keeps the markdown, in every text', () => {
				for (const [key, source] of english) {
					const text = texts.get(key) ?? '';
					expect(variables(text), key).toEqual(variables(source));
					expect(markup(text), key).toEqual(markup(source));
				}
			});

			it('is a translation, not English copied over (names and codes may stay as they are)', () => {
				// Words a reader reads: not placeholders, code, markup or brand names, which stay as they are in every language.
				const words = (text: string) =>
					(text.replace(/\{\{[^}]+\}\}|`[^`]*`|<[^>]+>|\]\([^)]*\)/g, ' ').match(/\p{L}{2,}/gu) ?? []).filter((word) => !BRANDS.has(word));
				const sentences = [...english].filter(([, source]) => words(source).length >= 3);
				const same = sentences.filter(([key, source]) => texts.get(key) === source);
				expect(same.map(([key]) => key)).toEqual([]);
			});
		});
	}
});
