/**
 * Discogs profile markup → Discord markdown. Discogs text is written by strangers, so every character of it
 * is escaped, only http(s) URLs become links, and nothing in it can mention, open a code block or break
 * the formatting around it.
 */

import { escapeText, truncate } from '../core/markdown.js';

export interface MarkupOptions {
	/** Discogs website base, for the links behind [a=…], [r123], [u=…] and friends. */
	webUrl: string;
	/** Cut the result to this many characters, between tokens, with balanced markers. */
	maxLength?: number;
}

export interface ConvertedMarkup {
	markdown: string;
	/** http(s) URLs of [img] tags in order: Discord cannot show images inline, the caller may use one. */
	images: string[];
}

type FormatTag = 'b' | 'i' | 'u' | 's';
type EntityKind = 'a' | 'l' | 'r' | 'm' | 'u';
/** `arg` is the `=…` part; an [img=…] carries one and closes itself. */
type Token =
	| { type: 'text' | 'close'; raw: string; tag?: string }
	| { type: 'open'; raw: string; tag: FormatTag | 'url' | 'img'; arg: string | undefined }
	| { type: 'entity'; raw: string; kind: EntityKind; arg: string };
/** Text pieces hold raw text, the others finished markdown. */
type Piece = { kind: 'text' | 'open' | 'close' | 'atom'; value: string; label?: string };

const MARKERS: Record<FormatTag, string> = { b: '**', i: '*', u: '__', s: '~~' };
const ENTITY_PATHS = { a: 'artist', l: 'label', r: 'release', m: 'master' } as const;
const TAG_PATTERN = /\[(?:(\/?)(b|i|u|s|url|img)|(url|img)=([^\]\n]*)|([alrmu])=([^\]\n]+)|([alrm])(\d+))\]/gi;
/** Deeper nesting than this is shown literally, so hostile input cannot exhaust the stack. */
const MAX_DEPTH = 16;
const ZWSP = '\u200b';
/** Link texts are shortened to this, so one link cannot fill a description. */
const LINK_TEXT_MAX = 256;

const BARE_URL = /https?:\/\/[^\s<>"'`[\]]+/gi;

/** The normalised URL when `raw` is an absolute http(s) URL; anything else (javascript:, relative) is refused. */
export function safeHttpUrl(raw: string): string | undefined {
	const trimmed = raw.trim();
	// URL.parse (no throw) would be neater but needs Node 22; the scheme test also refuses relative URLs.
	try {
		return /^https?:\/\//i.test(trimmed) ? new URL(trimmed).href : undefined;
	} catch {
		return undefined;
	}
}

/** Percent-encodes what would end a `(…)` link target or a `<…>` autolink early. */
function linkTarget(href: string): string {
	return href.replace(/[()[\]<>\s"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function lex(input: string): Token[] {
	const tokens: Token[] = [];
	let last = 0;
	for (const match of input.matchAll(TAG_PATTERN)) {
		if (match.index > last) tokens.push({ type: 'text', raw: input.slice(last, match.index) });
		last = match.index + match[0].length;
		const [raw, slash, simple, argTag, arg = '', entityKind, entityArg, idKind, id] = match;
		const tag = (simple ?? argTag)?.toLowerCase() as FormatTag | 'url' | 'img' | undefined;
		if (tag) tokens.push(slash ? { type: 'close', raw, tag } : { type: 'open', raw, tag, arg: argTag ? arg : undefined });
		else {
			const kind = (entityKind ?? idKind ?? 'a').toLowerCase() as EntityKind;
			tokens.push({ type: 'entity', raw, kind, arg: (entityArg ?? id ?? '').trim() });
		}
	}
	if (last < input.length) tokens.push({ type: 'text', raw: input.slice(last) });
	return tokens;
}

/** Pairs each open tag with its innermost close of the same name; what stays unpaired is literal text. */
function pairTags(tokens: Token[]): Map<number, number> {
	const stacks = new Map<string, number[]>();
	const pairs = new Map<number, number>();
	tokens.forEach((token, index) => {
		if ((token.type !== 'open' && token.type !== 'close') || (token.tag === 'img' && token.type === 'open' && token.arg !== undefined)) return;
		const stack = stacks.get(token.tag ?? '') ?? [];
		stacks.set(token.tag ?? '', stack);
		if (token.type === 'open') stack.push(index);
		else {
			const open = stack.pop();
			if (open !== undefined) pairs.set(open, index);
		}
	});
	return pairs;
}

/** A masked link with escaped text, `<url>` when the text is blank; undefined unless the URL is http(s). */
export function markdownLink(text: string, url: string): string | undefined {
	const href = safeHttpUrl(url);
	const label = escapeText(truncate(text.replace(/\s+/g, ' ').trim(), LINK_TEXT_MAX, 'plain'), false);
	return href && (label ? `[${label}](${linkTarget(href)})` : `<${linkTarget(href)}>`);
}

/** Numbers are ids, anything else a name to search for. `label` keeps the text for use inside another link. */
function entityLink(kind: EntityKind, arg: string, webUrl: string): Piece {
	const path = kind === 'u' ? 'user' : ENTITY_PATHS[kind];
	const [href, label] =
		kind === 'u' ? [`${webUrl}/user/${encodeURIComponent(arg)}`, arg]
		: /^\d+$/.test(arg) ? [`${webUrl}/${path}/${arg}`, `${path} ${arg}`]
		: [`${webUrl}/search/?q=${encodeURIComponent(arg)}&type=${path}`, arg];
	return { kind: 'atom', value: markdownLink(label, href) ?? escapeText(label, false), label };
}

interface BuildState {
	tokens: Token[];
	pairs: Map<number, number>;
	webUrl: string;
	images: string[];
}

/** Tokens `from`..`to` as pieces; text stays raw until `join` knows whether it starts a line. */
function build(state: BuildState, from: number, to: number, depth: number, active: ReadonlySet<FormatTag>): Piece[] {
	const out: Piece[] = [];
	const text = (value: string): void => void out.push({ kind: 'text', value });
	for (let i = from; i < to; i++) {
		const token = state.tokens[i];
		if (!token) continue;
		if (token.type === 'entity') {
			out.push(entityLink(token.kind, token.arg, state.webUrl));
			continue;
		}
		if (token.type === 'open' && token.tag === 'img' && token.arg !== undefined) {
			const url = safeHttpUrl(token.arg);
			if (url) state.images.push(url);
			else text(token.raw);
			continue;
		}
		const end = state.pairs.get(i);
		if (token.type !== 'open' || end === undefined || end >= to || depth >= MAX_DEPTH) {
			text(token.raw);
			continue;
		}
		const tag = token.tag;
		const inner = (): Piece[] => build(state, i + 1, end, depth + 1, tag === 'url' || tag === 'img' ? active : new Set([...active, tag]));
		const rawInner = (): string => state.tokens.slice(i + 1, end).map((t) => t.raw).join('');
		if (tag === 'url' && token.arg !== undefined) {
			const children = inner();
			const label = children.map((p) => p.label ?? (p.kind === 'text' ? p.value : '')).join('');
			const value = markdownLink(label, token.arg);
			// A refused link target still shows its text, just not as a link.
			if (value) out.push({ kind: 'atom', value, label });
			else out.push(...children);
		} else if (tag === 'url' || tag === 'img') {
			const href = safeHttpUrl(rawInner());
			if (!href) text(tag === 'url' ? rawInner() : `${token.raw}${rawInner()}${state.tokens[end]?.raw ?? ''}`);
			else if (tag === 'url') out.push({ kind: 'atom', value: `<${linkTarget(href)}>`, label: href });
			else state.images.push(href);
		} else if (active.has(tag)) out.push(...inner()); // already bold inside bold: more markers would end it
		else wrap(inner(), MARKERS[tag], out);
		i = end;
	}
	return out;
}

/** Wraps pieces in markers, moving edge whitespace outside: Discord ignores `** x **`. */
function wrap(inner: Piece[], marker: string, out: Piece[]): void {
	if (!inner.map((piece) => piece.value).join('').trim()) {
		out.push(...inner);
		return;
	}
	const first = inner[0];
	const lead = first?.kind === 'text' ? first.value.slice(0, first.value.length - first.value.trimStart().length) : '';
	if (first && lead) inner[0] = { kind: 'text', value: first.value.slice(lead.length) };
	const last = inner.at(-1);
	const trail = last?.kind === 'text' ? last.value.slice(last.value.trimEnd().length) : '';
	if (last && trail) inner[inner.length - 1] = { kind: 'text', value: last.value.slice(0, last.value.length - trail.length) };
	out.push({ kind: 'text', value: lead }, { kind: 'open', value: marker }, ...inner, { kind: 'close', value: marker }, { kind: 'text', value: trail });
}

/** Escapes raw text, making bare http(s) URLs autolinks: escaping them would put backslashes into the link. */
function escapeWithUrls(text: string, atLineStart: boolean): string {
	let out = '';
	let last = 0;
	for (const match of text.matchAll(BARE_URL)) {
		let url = match[0].replace(/[.,;:!?'"]+$/, '');
		if (url.endsWith(')') && !url.includes('(')) url = url.replace(/\)+$/, '');
		const href = safeHttpUrl(url);
		if (!href) continue;
		out += `${escapeText(text.slice(last, match.index), atLineStart && last === 0)}<${linkTarget(href)}>`;
		last = match.index + url.length;
	}
	return out + escapeText(text.slice(last), atLineStart && last === 0);
}

function join(pieces: Piece[]): string {
	let out = '';
	let previous: Piece['kind'] | undefined;
	let lineStart = true;
	for (const piece of pieces) {
		if (!piece.value) continue;
		// `*a*` right before `**b**` would read as `*a***b**`; a zero-width space keeps them apart.
		if (previous === 'close' && piece.kind === 'open') out += ZWSP;
		out += piece.kind === 'text' ? escapeWithUrls(piece.value, lineStart) : piece.value;
		lineStart = piece.kind === 'text' && (/\n[ \t]*$/.test(piece.value) || (lineStart && /^[ \t]*$/.test(piece.value)));
		previous = piece.kind;
	}
	return out;
}

/** Converts Discogs markup (profile text) into Discord markdown that is safe to show as is. */
export function discogsMarkupToMarkdown(text: string, options: MarkupOptions): ConvertedMarkup {
	const tokens = lex(text.replace(/\r\n?/g, '\n'));
	const state: BuildState = { tokens, pairs: pairTags(tokens), webUrl: options.webUrl.replace(/\/+$/, ''), images: [] };
	const lines = join(build(state, 0, tokens.length, 0, new Set())).split('\n');
	const markdown = lines.map((line) => line.trimEnd()).join('\n').replace(/\n{4,}/g, '\n\n\n').trim();
	return { markdown: options.maxLength === undefined ? markdown : truncate(markdown, options.maxLength), images: state.images };
}
