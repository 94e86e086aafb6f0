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

export function translator(locale: BotLocale): Translator {
	const known = cache.get(locale);
	if (known) return known;
	const numbers = new Map<string, Intl.NumberFormat>();
	const numberFormat = (options: Intl.NumberFormatOptions = {}) => {
		const key = JSON.stringify(options);
		let format = numbers.get(key);
		if (!format) {
			format = new Intl.NumberFormat(locale, options);
			numbers.set(key, format);
		}
		return format;
	};
	const made: Translator = {
		locale,
		t: instance.getFixedT(locale, NAMESPACES),
		number: (value, options) => numberFormat(options).format(value),
		percent: (value, fractionDigits = 1) => numberFormat({ style: 'percent', maximumFractionDigits: fractionDigits }).format(value / 100),
		date: (value, options = { year: 'numeric', month: 'short', day: 'numeric' }) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(value),
	};
	cache.set(locale, made);
	return made;
}
