import type { FastifyReply, FastifyRequest } from 'fastify';
import { acceptLanguageLocale, type BotLocale } from '../i18n/locales.js';
import type { MessageKey, MessageParams } from '../i18n/messages.js';
import { translator, type Translator } from '../i18n/translator.js';

/** Text made safe for HTML: everything a member or a provider wrote goes through this. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);
}

/** Marks a string as HTML already built from escaped parts. */
export interface Html {
	readonly html: string;
}

export function html(strings: TemplateStringsArray, ...values: Array<string | number | Html | Html[]>): Html {
	let out = strings[0] ?? '';
	values.forEach((value, index) => {
		const part = Array.isArray(value) ? value.map((item) => item.html).join('') : typeof value === 'object' ? value.html : escapeHtml(String(value));
		out += part + (strings[index + 1] ?? '');
	});
	return { html: out };
}

/** A key of the `web` resources whose text is HTML (not a page title). */
export type WebTextKey = Extract<MessageKey, `web:${string}`>;

/**
 * A text of the `web` resources, which are HTML written by us (src/i18n/locales/en-US/web.ts); every value put
 * into it is escaped first, since interpolation does not escape.
 */
export function webText(tr: Translator, key: WebTextKey, params: MessageParams = {}): Html {
	const escaped: MessageParams = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? value : escapeHtml(value)]));
	return { html: translate(tr, key, escaped) };
}

/** Through the whole key type, as UserError does: the values are checked by the pages' tests, not per key. */
function translate(tr: Translator, key: MessageKey, params: MessageParams): string {
	const text: unknown = tr.t(key, params);
	return typeof text === 'string' ? text : key;
}

export interface PageContent {
	/** The page's language, for the browser (screen readers, hyphenation, translation offers). */
	readonly lang: BotLocale;
	/** Plain text: the tab's title and the heading. */
	readonly title: string;
	readonly body: Html;
	readonly tone?: 'ok' | 'problem';
}

/**
 * A whole page: readable on a phone, no script, no external resource (so a page shows the same behind any
 * proxy, and no third party learns who visited), and never cached.
 */
export function page({ lang, title, body, tone = 'ok' }: PageContent): string {
	const accent = tone === 'ok' ? '#3ba55d' : '#ed4245';
	return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f2f3f5;color:#2e3338;margin:0;padding:2rem 1rem;line-height:1.5}
main{max-width:34rem;margin:0 auto;background:#fff;border-radius:8px;padding:1.5rem 2rem;border-top:6px solid ${accent};box-shadow:0 1px 3px rgba(0,0,0,.1)}
h1{font-size:1.4rem;margin-top:0}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}
dt{font-weight:600}
dd{margin:0}
a{color:#5865f2}
</style>
</head>
<body><main>
<h1>${escapeHtml(title)}</h1>
${body.html}
</main></body>
</html>
`;
}

/**
 * A page's language: the browser's Accept-Language. The Linked Roles pages have no interaction to say the
 * member's; the Discogs sign-in pages could carry it from `/link`, but the callback arrives from Discogs, and the
 * browser's own setting is what its reader chose for reading pages.
 */
export function requestTranslator(request: FastifyRequest): Translator {
	return translator(acceptLanguageLocale(request.headers['accept-language']));
}

/** A page of ours, never cached; its language follows Accept-Language, so a cache in between must keep one per language. */
export function send(reply: FastifyReply, status: number, body: string): FastifyReply {
	return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').header('vary', 'accept-language').send(body);
}
