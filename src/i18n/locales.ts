/** The languages the bot speaks, as Discord names them (Locales reference); en-US is the default and the fallback. */
export const LOCALES = ['en-US', 'de', 'fr', 'es-ES', 'pt-BR', 'ja', 'nl'] as const;
export type BotLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: BotLocale = 'en-US';

/** Discord locales we have no resource for, but a close one: British English reads the US text, Latin American Spanish the Spanish. */
const NEAREST: Readonly<Record<string, BotLocale>> = { 'en-GB': 'en-US', 'es-419': 'es-ES' };

export function isBotLocale(value: string): value is BotLocale {
	return (LOCALES as readonly string[]).includes(value);
}

/** The bot's language for a Discord locale (or an Accept-Language tag): ours, the nearest, or English. */
export function botLocale(locale: string | undefined): BotLocale {
	if (locale === undefined) return DEFAULT_LOCALE;
	if (isBotLocale(locale)) return locale;
	const nearest = NEAREST[locale];
	if (nearest) return nearest;
	const language = locale.split('-')[0]?.toLowerCase() ?? '';
	return LOCALES.find((candidate) => candidate.split('-')[0]?.toLowerCase() === language) ?? DEFAULT_LOCALE;
}

/**
 * The one place that picks an answer's language. Private answers speak the member's `locale`; a public answer in
 * a server speaks the server's `guild_locale` when Discord sends it, so a channel reads in one language.
 */
export function answerLocale(interaction: { locale: string | undefined; guildLocale: string | undefined; guildId: string | undefined }, ephemeral: boolean): BotLocale {
	if (!ephemeral && interaction.guildId !== undefined && interaction.guildLocale !== undefined) return botLocale(interaction.guildLocale);
	return botLocale(interaction.locale);
}

/** The best of an Accept-Language header's languages that we speak (the web pages). */
export function acceptLanguageLocale(header: string | undefined): BotLocale {
	const ranked = (header ?? '')
		.split(',')
		.map((part) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.map((param) => /^q=([\d.]+)$/.exec(param.trim())?.[1]).find((value) => value !== undefined);
			return { tag: tag.trim(), q: q === undefined ? 1 : Number(q) };
		})
		.filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
		.sort((a, b) => b.q - a.q);
	for (const { tag } of ranked) {
		const locale = botLocale(tag);
		if (locale !== DEFAULT_LOCALE || tag.toLowerCase().startsWith('en')) return locale;
	}
	return DEFAULT_LOCALE;
}
