// Discord markdown, the subset the bot writes, rendered as Discord's client renders it: mentions as @name,
// spoilers hidden until clicked, timestamps in the reader's time zone and language.
import { el, link, memberLocale } from './dom.js';

/** Display names by user id, for mentions: the users the page knows. */
const names = new Map();
export function knowUsers(users) {
	for (const user of users) names.set(user.id, user.global_name ?? user.username);
}

/** `<@id>` as Discord shows it: the name the reader knows the user by, or @unknown-user. */
function mention(id) {
	const name = names.get(id);
	return Object.assign(el('span', 'mention', `@${name ?? 'unknown-user'}`), { title: name ? `<@${id}>` : `Unknown user ${id}` });
}

/** Hidden until clicked (or Enter), then shown for good, as in Discord. */
function spoiler(content) {
	const node = Object.assign(el('span', 'spoiler', content), { tabIndex: 0, role: 'button', title: 'Spoiler: click to reveal' });
	node.setAttribute('aria-label', 'Spoiler');
	const reveal = () => {
		node.classList.add('revealed');
		node.removeAttribute('role');
		node.removeAttribute('aria-label');
		node.title = '';
	};
	node.addEventListener('click', reveal);
	node.addEventListener('keydown', (event) => event.key === 'Enter' && reveal());
	return node;
}

const TIME_STYLES = { t: { timeStyle: 'short' }, T: { timeStyle: 'medium' }, d: { dateStyle: 'short' }, D: { dateStyle: 'long' } };
Object.assign(TIME_STYLES, { f: { ...TIME_STYLES.D, ...TIME_STYLES.t }, F: { dateStyle: 'full', ...TIME_STYLES.t } });
const UNITS = [['year', 31536000], ['month', 2592000], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];

/** `<t:unix:style>` as a date in the reader's own time zone and locale, as Discord shows it. */
function timestamp(seconds, style, raw) {
	const date = new Date(seconds * 1000);
	if (Number.isNaN(date.getTime())) return document.createTextNode(raw);
	const delta = (date.getTime() - Date.now()) / 1000;
	const [unit, size] = UNITS.find(([, length]) => Math.abs(delta) >= length) ?? UNITS[5];
	const locale = memberLocale();
	const relative = () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round(delta / size), unit);
	const text = style === 'R' ? relative() : date.toLocaleString(locale, TIME_STYLES[style]);
	return Object.assign(el('time', 'timestamp', text), { dateTime: date.toISOString(), title: date.toLocaleString(locale, TIME_STYLES.F) });
}

const INLINE_RULES = [
	[/\\([!-/:-@[-`{-~])/y, (m) => document.createTextNode(m[1])],
	[/`([^`]+)`/y, (m) => el('code', 'inline-code', m[1])],
	[/<t:(-?\d{1,13})(?::([tTdDfFR]))?>/y, (m) => timestamp(Number(m[1]), m[2] ?? 'f', m[0])],
	[/<@!?(\d{17,20})>/y, (m) => mention(m[1])],
	[/\[((?:\\.|[^\\\]])+)\]\(<?(https?:\/\/[^\s)>]+)>?\)/y, (m) => link(m[2], inline(m[1]))],
	[/<(https?:\/\/[^\s>]+)>/y, (m) => link(m[1], m[1])],
	[/https?:\/\/[^\s<]*[^\s<.,:;"')\]]/y, (m) => link(m[0], m[0])],
];
const SPANS = [['||', spoiler], ['**', 'strong'], ['__', 'u'], ['~~', 's'], ['*', 'em'], ['_', 'em']];

/** Where `mark` closes a span opened just before `from`; escaped marks and empty spans do not count. */
function closing(text, mark, from) {
	for (let at = from; at <= text.length - mark.length; at++) {
		if (text[at] === '\\') at++;
		else if (text.startsWith(mark, at) && at > from) {
			if (mark.length === 1 && text[at + 1] === mark) at++;
			else return at;
		}
	}
	return -1;
}

export function inline(text) {
	const out = document.createDocumentFragment();
	let plain = '';
	let at = 0;
	const flush = () => {
		out.append(plain);
		plain = '';
	};
	scan: while (at < text.length) {
		for (const [pattern, make] of INLINE_RULES) {
			pattern.lastIndex = at;
			const match = pattern.exec(text);
			if (!match) continue;
			flush();
			out.append(make(match));
			at += match[0].length;
			continue scan;
		}
		for (const [mark, tag] of SPANS) {
			const end = text.startsWith(mark, at) ? closing(text, mark, at + mark.length) : -1;
			if (end === -1) continue;
			flush();
			const content = inline(text.slice(at + mark.length, end));
			out.append(typeof tag === 'function' ? tag(content) : el(tag, '', content));
			at = end + mark.length;
			continue scan;
		}
		plain += text[at];
		at += 1;
	}
	flush();
	return out;
}

const BLOCKS = { '> ': 'quote', '-# ': 'subtext', '- ': 'bullet', '* ': 'bullet', '# ': 'h1', '## ': 'h2', '### ': 'h3' };

export function markdown(text) {
	return el('div', 'markdown', ...text.split('\n').map((line) => {
		const marker = /^(> |-# |- |\* |#{1,3} )/.exec(line)?.[1];
		return line ? el('div', `md-${BLOCKS[marker] ?? 'line'}`, inline(marker ? line.slice(marker.length) : line)) : el('div', 'md-line', el('br'));
	}));
}
