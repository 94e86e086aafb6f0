import { Locale } from 'discord-api-types/v10';
import type { BotLocale } from '../../src/i18n/locales.js';
import { botLocale, LOCALES } from '../../src/i18n/locales.js';

/**
 * Each language by its own name, as Discord's language settings list them; a locale the bot gains without a name
 * here fails type-checking.
 */
const OWN_NAMES = {
	'en-US': 'English',
	de: 'Deutsch',
	fr: 'Français',
	'es-ES': 'Español',
	'pt-BR': 'Português (Brasil)',
	ja: '日本語',
	nl: 'Nederlands',
} as const satisfies Record<BotLocale, string>;

export interface DemoLanguage {
	readonly locale: BotLocale;
	readonly name: string;
}

/** What the page's language picker offers, English first (the default, as in a new Discord client). */
export const DEMO_LANGUAGES: readonly DemoLanguage[] = LOCALES.map((locale) => ({ locale, name: OWN_NAMES[locale] }));

/** The demo server's preferred locale (its guild_locale): its public answers read in this whatever the member picks. */
export const SERVER_LOCALE = Locale.EnglishUS;
export const SERVER_LANGUAGE: string = OWN_NAMES[botLocale(SERVER_LOCALE)];
