/**
 * Escaping for text written by strangers (usernames, profile texts): Discord shows it verbatim, with no
 * formatting, no code blocks and no mentions.
 */

const ZWSP = '\u200b';
const SPECIAL_CHARS = /[\\*_~`|>[\]()#<]/g;
/** A zero-width space after the @ stops @everyone, @here and <@id> from ever pinging. */
const MENTION_AT = /@(?=everyone|here|[!&]?\d)/gi;
/** Line-start markers that would start a list, a subtext line (-#) or an ordered list. */
const LINE_START = /(^|\n)([ \t]*)([-+]|\d+\.(?=\s|$))/g;

export function escapeText(text: string, atLineStart: boolean): string {
	const escaped = text.replace(SPECIAL_CHARS, '\\$&').replace(MENTION_AT, `@${ZWSP}`);
	return escaped.replace(LINE_START, (match: string, before: string, indent: string, marker: string) =>
		before === '' && !atLineStart ? match : `${before}${indent}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
	);
}

/** Escapes plain text so Discord shows it verbatim: no formatting, no mentions, no code blocks. */
export function escapeMarkdown(text: string): string {
	return escapeText(text, true);
}

