import type { Translator } from '../i18n/translator.js';

/**
 * What one immutable value (a cached profile) looked like in each language, kept exactly as long as the value is:
 * the in-process cache hands out the same object on every warm hit, so a hit answers without rendering again, and
 * a refetched or edited profile is a new object that renders afresh. Keyed by the translator object, so texts
 * replaced in a test render anew too.
 */
const renders = new WeakMap<object, Map<Translator, Map<string, unknown>>>();

/**
 * `render()` once per value, translator and `variant` (whatever else the render reads: options that change the
 * output). The result is frozen, so a caller that would change a shared render fails loudly instead of changing
 * the next member's answer.
 */
export function renderOnce<T extends object>(value: object, tr: Translator, variant: string, render: () => T): T {
	let byTranslator = renders.get(value);
	if (!byTranslator) {
		byTranslator = new Map();
		renders.set(value, byTranslator);
	}
	let byVariant = byTranslator.get(tr);
	if (!byVariant) {
		byVariant = new Map();
		byTranslator.set(tr, byVariant);
	}
	const known = byVariant.get(variant);
	if (known !== undefined) return known as T;
	const made = deepFreeze(render());
	byVariant.set(variant, made);
	return made;
}

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}
