import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { DISCORD_LIMITS } from '../core/constants.js';
import type { ProviderName } from '../core/errors.js';
import { escapeMarkdown, stripBidiControls, truncate } from '../core/markdown.js';
import type { Translator } from '../i18n/translator.js';

/** Formatting helpers shared by every view. Pure: the clock is always passed in. */

const ZWSP = '\u200b';

/** Five stars for a 0–5 score, rounded to whole stars (e.g. 3.6 → ★★★★☆). */
export function stars(n: number): string {
	const full = Number.isFinite(n) ? Math.min(5, Math.max(0, Math.round(n))) : 0;
	return '★'.repeat(full) + '☆'.repeat(5 - full);
}

/**
 * A field only its owner may see (an email, a wallet address), in one look for every service: a 🔒 on the name and
 * the value hidden until clicked, as the owner may be sharing their screen. Undefined when there is no value.
 */
export function privateField(label: string, value: string | null | undefined): APIEmbedField | undefined {
	const shown = value?.trim();
	return shown ? { name: `🔒 ${label}`, value: `||${escapeMarkdown(shown)}||`, inline: true } : undefined;
}

export type TimestampStyle = 't' | 'T' | 'd' | 'D' | 'f' | 'F' | 'R';

/** A Discord timestamp tag, which every reader sees in their own time zone and locale. */
export function discordTimestamp(date: Date, style: TimestampStyle = 'f'): string {
	return `<t:${Math.floor(date.getTime() / 1000)}:${style}>`;
}

/** Parses the dates Discogs writes, with a `T` or a space before the time; undefined when unreadable. */
export function parseDiscogsDate(value: string | undefined): Date | undefined {
	if (!value) return undefined;
	const date = new Date(value.trim().replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T'));
	return Number.isNaN(date.getTime()) ? undefined : date;
}

const AGE_UNITS = [
	[24 * 60 * 60_000, 'days'],
	[60 * 60_000, 'hours'],
	[60_000, 'minutes'],
] as const;

/** "12 minutes ago", in words, because a footer cannot hold a Discord timestamp tag. */
export function ageInWords(tr: Translator, ms: number): string {
	for (const [size, unit] of AGE_UNITS) {
		const count = Math.floor(ms / size);
		if (count >= 1) return tr.t(`common:age.${unit}`, { count });
	}
	return tr.t('common:age.now');
}

/** "15 minutes", "1 hour 30 minutes": how long something lasts, rounded up to the minute ("a minute" at least). */
export function durationInWords(tr: Translator, ms: number): string {
	const minutes = Math.max(1, Math.ceil(ms / 60_000));
	if (minutes === 1) return tr.t('common:duration.aMinute');
	if (minutes < 60) return tr.t('common:duration.minutes', { count: minutes });
	const hours = tr.t('common:duration.hours', { count: Math.floor(minutes / 60) });
	const rest = minutes % 60;
	return rest === 0 ? hours : tr.t('common:duration.hoursAndMinutes', { hours, minutes: tr.t('common:duration.minutes', { count: rest }) });
}

/**
 * The calendar date "2024-01-15" in the reader's way of writing dates ("Jan 15, 2024", "15.01.2024"): the same day
 * for every reader, as a release date is a day and not a moment (a Discord timestamp would show 14 Jan west of
 * UTC). Undefined for anything else.
 */
export function formatCalendarDate(tr: Translator, value: string | undefined): string | undefined {
	const match = value === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
	const date = new Date(Date.UTC(year, month, day));
	// Date.UTC rolls 2024-02-31 over into March (and reads year 50 as 1950): such a date is no date at all.
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined;
	return tr.date(date);
}

/** How fresh a copy is, as every cached lookup returns it. */
export interface CopyAge {
	fetchedAt: number;
	/** The provider failed and this older copy stands in. */
	stale: boolean;
	now: number;
}

/** The footer note for data served from the cache because `provider` failed; undefined when fresh. */
export function cachedFooter(tr: Translator, provider: ProviderName, copy: CopyAge): string | undefined {
	if (!copy.stale) return undefined;
	return tr.t(`common:cached.${provider}`, { age: ageInWords(tr, Math.max(0, copy.now - copy.fetchedAt)) });
}

/** Discord's OpenAPI description: ButtonComponentForMessageRequest.label, ModalInteractionCallbackRequestData.title, TextInputComponentForModalRequest.label. */
const LABEL_LIMITS = { button: DISCORD_LIMITS.buttonLabel, modalTitle: DISCORD_LIMITS.modalTitle, inputLabel: DISCORD_LIMITS.textInputLabel } as const;

/**
 * A button's label, a modal's title or a text input's label, cut to what Discord accepts, so a long translation
 * shortens the text rather than have the whole answer refused.
 */
export function fitLabel(text: string, kind: 'button' | 'modalTitle' | 'inputLabel'): string {
	return truncate(text, LABEL_LIMITS[kind], 'plain');
}

/**
 * Joins lines up to `max` characters; lines that do not fit are counted in a last "…and N more" line.
 * Whole lines only, so a list never ends halfway through a link.
 */
export function joinLinesWithin(tr: Translator, lines: readonly string[], max: number): string {
	const kept: string[] = [];
	let length = 0;
	const moreLine = (count: number) => tr.t('common:more', { count });
	for (const [index, line] of lines.entries()) {
		const rest = lines.length - index - 1;
		const more = rest > 0 ? 1 + moreLine(rest).length : 0;
		const added = (kept.length > 0 ? 1 : 0) + line.length;
		if (length + added + more > max) {
			// Even the first line is too long: shorten it rather than show nothing.
			if (kept.length === 0) return rest > 0 ? `${truncate(line, max - more)}\n${moreLine(rest)}` : truncate(line, max);
			// The room reserved while adding the previous line holds exactly this suffix.
			return [...kept, moreLine(lines.length - index)].join('\n');
		}
		kept.push(line);
		length += added;
	}
	return kept.join('\n');
}

function embedLength(embed: APIEmbed): number {
	const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
	return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0) + fields;
}

/** The embeds clampEmbed returned (see its first line). */
const CLAMPED = new WeakSet<APIEmbed>();

/**
 * Enforces Discord's embed limits so a reply is never rejected: each part is cut on a token boundary, and
 * when the total is still over 6000 the description shrinks first, then fields go from the end.
 */
export function clampEmbed(embed: APIEmbed): APIEmbed {
	// A frozen embed this made cannot have changed since: a render shared by every warm hit is clamped once.
	if (Object.isFrozen(embed) && CLAMPED.has(embed)) return embed;
	const out: APIEmbed = { ...embed };
	// Every answer's text passes here: the one place where strangers' bidirectional controls are taken out.
	const fit = (text: string, max: number, mode?: 'plain') => truncate(stripBidiControls(text), max, mode);
	if (out.title !== undefined) out.title = fit(out.title, DISCORD_LIMITS.embedTitle);
	if (out.description !== undefined) out.description = fit(out.description, DISCORD_LIMITS.embedDescription);
	if (out.footer) out.footer = { ...out.footer, text: fit(out.footer.text, DISCORD_LIMITS.embedFooter, 'plain') };
	if (out.author) out.author = { ...out.author, name: fit(out.author.name, DISCORD_LIMITS.embedAuthor, 'plain') };
	if (out.fields) {
		// Discord rejects an empty name or value, so a blank one becomes a zero-width space.
		out.fields = out.fields.slice(0, DISCORD_LIMITS.embedFields).map(
			(field): APIEmbedField => ({
				...field,
				name: fit(field.name, DISCORD_LIMITS.embedFieldName) || ZWSP,
				value: fit(field.value, DISCORD_LIMITS.embedFieldValue) || ZWSP,
			}),
		);
	}
	let over = embedLength(out) - DISCORD_LIMITS.embedsTotal;
	if (over > 0 && out.description) {
		const keep = out.description.length - over;
		if (keep > 0) out.description = truncate(out.description, keep);
		else delete out.description;
		over = embedLength(out) - DISCORD_LIMITS.embedsTotal;
	}
	while (over > 0 && out.fields && out.fields.length > 0) {
		out.fields = out.fields.slice(0, -1);
		over = embedLength(out) - DISCORD_LIMITS.embedsTotal;
	}
	if (over > 0 && out.title) out.title = truncate(out.title, Math.max(1, out.title.length - over));
	CLAMPED.add(out);
	return out;
}
