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

/**
 * The explicit bidirectional controls: embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
 * One unmatched override in a stranger's name reverses the rest of the line it is shown on (the bot's own
 * words included); plain right-to-left text needs none of them to show correctly.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Removes the bidirectional controls, so text from strangers cannot reorder what follows it. */
export function stripBidiControls(text: string): string {
	return text.replace(BIDI_CONTROLS, '');
}

const ELLIPSIS = '…';

/* Truncation: a small markdown lexer, so text is cut between tokens and never inside a link or an escape. */

type Unit = { kind: 'space' | 'word' | 'atom' | 'marker'; value: string };
/** Masked link, <autolink|timestamp|mention>, emphasis marker, whitespace, then words (escape pairs kept whole). */
const MD_UNIT = /(\[(?:\\[\s\S]|[^\\\]\n])*\]\([^()\s]*\))|(<[^<>\s]+>)|(\*\*|\*|__|~~|\|\|)|(\s+)|((?:\\[\s\S]|[^\s\\*_~|<[])+|[\s\S])/g;

/** Lazily, so that cutting a long text costs what is kept, not the whole text. */
function* lexUnits(text: string, markdown: boolean): Generator<Unit> {
	const kind = (m: RegExpExecArray): Unit['kind'] => (m[4] ? 'space' : !markdown ? 'word' : m[1] || m[2] ? 'atom' : m[3] ? 'marker' : 'word');
	for (const m of text.matchAll(MD_UNIT)) yield { kind: kind(m), value: m[0] };
}

/** A marker closes the same marker when it is open, and opens it otherwise. */
function toggle(open: readonly string[], marker: string): string[] {
	const at = open.lastIndexOf(marker);
	return at === -1 ? [...open, marker] : [...open.slice(0, at), ...open.slice(at + 1)];
}

/** The markers still open after `units`, innermost last. */
function openMarkers(units: Unit[]): string[] {
	return units.reduce<string[]>((open, unit) => (unit.kind === 'marker' ? toggle(open, unit.value) : open), []);
}

/** Cuts one word at a character boundary, never inside an escape pair or a surrogate pair. */
function hardCut(word: string, max: number): string {
	let out = '';
	for (const [piece] of word.matchAll(/\\[\s\S]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g)) {
		if (out.length + piece.length > max) break;
		out += piece;
	}
	return out;
}

/**
 * Shortens markdown to at most `max` characters, ending in `…`. Cuts between tokens (never inside a link,
 * timestamp or escape), prefers a whitespace, and closes the emphasis markers left open. `plain` mode is
 * for footers and author names, where Discord renders no markdown.
 */
export function truncate(text: string, max: number, mode: 'markdown' | 'plain' = 'markdown'): string {
	if (text.length <= max) return text;
	if (max < ELLIPSIS.length) return '';
	const closers = (open: string[]): number => open.join('').length;
	let kept: Unit[] = [];
	let length = 0;
	let open: string[] = [];
	let lastSpace = -1;
	for (const unit of lexUnits(text, mode === 'markdown')) {
		const nextOpen = unit.kind === 'marker' ? toggle(open, unit.value) : open;
		if (length + unit.value.length + closers(nextOpen) + ELLIPSIS.length <= max) {
			kept.push(unit);
			length += unit.value.length;
			open = nextOpen;
			if (unit.kind === 'space') lastSpace = kept.length - 1;
			continue;
		}
		const visible = kept.some((k) => k.kind === 'word' || k.kind === 'atom');
		if (unit.kind === 'word' && !visible) {
			kept.push({ kind: 'word', value: hardCut(unit.value, max - length - closers(open) - ELLIPSIS.length) });
		} else if (unit.kind === 'word' && kept.at(-1)?.kind === 'word' && lastSpace > 0) {
			kept = kept.slice(0, lastSpace);
		}
		break;
	}
	// Trailing whitespace and markers that open nothing would leave `**` or `** …` behind.
	const dangling = (last = kept.at(-1)): boolean =>
		last?.kind === 'space' || (last?.kind === 'marker' && !openMarkers(kept.slice(0, -1)).includes(last.value));
	while (dangling()) kept.pop();
	return `${kept.map((unit) => unit.value).join('')}${ELLIPSIS}${openMarkers(kept).reverse().join('')}`;
}
