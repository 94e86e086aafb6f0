import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LOCALE, LOCALES, type BotLocale } from './locales.js';
import { RESOURCES, type LocaleResources, type Resources } from './resources.js';

type Namespace = keyof Resources;
const NAMESPACES = Object.keys(RESOURCES[DEFAULT_LOCALE]) as Namespace[];

const instance = i18next.createInstance();
// Synchronous: the resources are in the bundle, so no request ever waits for a translation to load.
void instance.init({
	initAsync: false,
	resources: RESOURCES,
	supportedLngs: [...LOCALES],
	fallbackLng: DEFAULT_LOCALE,
	// Exactly these codes: i18next would otherwise also look for `es` before `es-ES`.
	load: 'currentOnly',
	nsSeparator: ':',
	keySeparator: '.',
	defaultNS: 'common',
	ns: NAMESPACES,
	// Discord markdown, not HTML: callers escape what they interpolate for where it goes.
	interpolation: { escapeValue: false },
	returnNull: false,
});

/**
 * What views receive: the member's language for text (keys checked by the type system) and for numbers and dates.
 * Views never pick a locale themselves; provider text (profiles, titles) is never passed through here.
 */
export interface Translator {
	readonly locale: BotLocale;
	readonly t: TFunction<Namespace[]>;
	/** 1234.5 → "1,234.5" / "1.234,5" / "1 234,5". */
	number(value: number, options?: Intl.NumberFormatOptions): string;
	/** A percentage given as a number of percent (99.6 → "99.6%" / "99,6 %"). */
	percent(value: number, fractionDigits?: number): string;
	/** A plain date (release dates), in UTC: "Aug 16, 2012" / "16.08.2012" / "2012年8月16日". */
	date(value: Date, options?: Intl.DateTimeFormatOptions): string;
}

const cache = new Map<BotLocale, Translator>();

/**
 * Replaces a locale's texts in this process. For tests only: the pseudo-locale check renders every view with
 * long, accented texts under a real locale code, through the real dispatcher and the strict fake Discord.
 */
export function replaceResources(locale: BotLocale, resources: LocaleResources): void {
	for (const [namespace, bundle] of Object.entries(resources)) instance.addResourceBundle(locale, namespace, bundle, true, true);
	cache.delete(locale);
}

/** Formatters by their options, made once: building an Intl formatter costs far more than using one. */
function formatters<F>(make: (options: Record<string, unknown>) => F): (options: Record<string, unknown> | undefined) => F {
	const made = new Map<string, F>();
	let plain: F | undefined;
	return (options) => {
		if (options === undefined) return (plain ??= make({}));
		const key = JSON.stringify(options);
		let format = made.get(key);
		if (!format) {
			format = make(options);
			made.set(key, format);
		}
		return format;
	};
}

export function translator(locale: BotLocale): Translator {
	const known = cache.get(locale);
	if (known) return known;
	const numberFormat = formatters((options) => new Intl.NumberFormat(locale, options));
	const dateFormat = formatters((options) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }));
	const fixed = instance.getFixedT(locale, NAMESPACES);
	// A text without parameters is the same every time: resolved once (keys are typed, so these are a bounded set).
	const plainTexts = new Map<string, string>();
	const untyped = fixed as unknown as (...args: unknown[]) => string;
	const t = ((key: unknown, ...rest: unknown[]): string => {
		if (rest.length > 0 || typeof key !== 'string') return untyped(key, ...rest);
		let text = plainTexts.get(key);
		if (text === undefined) {
			text = untyped(key);
			plainTexts.set(key, text);
		}
		return text;
	}) as unknown as typeof fixed;
	const made: Translator = {
		locale,
		t,
		number: (value, options) => numberFormat(options as Record<string, unknown> | undefined).format(value),
		percent: (value, fractionDigits = 1) => numberFormat({ style: 'percent', maximumFractionDigits: fractionDigits }).format(value / 100),
		date: (value, options = DATE) => dateFormat(options as Record<string, unknown>).format(value),
	};
	cache.set(locale, made);
	return made;
}

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
