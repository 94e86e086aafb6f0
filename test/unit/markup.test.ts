import { describe, expect, it } from 'vitest';
import { escapeMarkdown, truncate } from '../../src/core/markdown.js';
import { discogsMarkupToMarkdown, markdownLink, safeHttpUrl } from '../../src/discogs/markup.js';

const WEB = 'https://www.discogs.com';
const convert = (text: string, maxLength?: number) =>
	discogsMarkupToMarkdown(text, maxLength === undefined ? { webUrl: WEB } : { webUrl: WEB, maxLength });
const md = (text: string): string => convert(text).markdown;

/** Counts unescaped occurrences of a marker, to check that formatting is balanced. */
function countMarker(text: string, marker: string): number {
	const unescaped = text.replace(/\\[\s\S]/g, '');
	return unescaped.split(marker).length - 1;
}

describe('discogsMarkupToMarkdown: tags', () => {
	it('converts bold, italic, underline and strikethrough, case-insensitively', () => {
		expect(md('[b]x[/b] [i]y[/i] [u]z[/u] [s]w[/s]')).toBe('**x** *y* __z__ ~~w~~');
		expect(md('[B]x[/B] [I]y[/i]')).toBe('**x** *y*');
	});

	it('nests tags', () => {
		expect(md('[b][i]x[/i][/b]')).toBe('***x***');
		expect(md('[u][s]a [b]b[/b][/s][/u]')).toBe('__~~a **b**~~__');
	});

	it('keeps the same format inside itself from closing early', () => {
		expect(md('[b]a[b]b[/b]c[/b]')).toBe('**abc**');
	});

	it('keeps adjacent formats apart so their markers do not merge', () => {
		expect(md('[i]a[/i][b]b[/b]')).toBe('*a*\u200b**b**');
	});

	it('moves edge whitespace outside the markers, where Discord needs it', () => {
		expect(md('[b] spaced [/b]x')).toBe('**spaced** x');
		expect(md('a[b] [/b]b')).toBe('a b');
	});

	it('turns [url=…] into a masked link and [url] into an autolink', () => {
		expect(md('[url=https://example.com/a]Example[/url]')).toBe('[Example](https://example.com/a)');
		expect(md('[url]https://example.com/a_b[/url]')).toBe('<https://example.com/a_b>');
		expect(md('[URL=http://example.com][/URL]')).toBe('<http://example.com/>');
	});

	it('links artists, labels, releases, masters and users by id or name', () => {
		expect(md('[a=Artist Name]')).toBe(`[Artist Name](${WEB}/search/?q=Artist%20Name&type=artist)`);
		expect(md('[a123]')).toBe(`[artist 123](${WEB}/artist/123)`);
		expect(md('[a=123]')).toBe(`[artist 123](${WEB}/artist/123)`);
		expect(md('[l=Geffen Records]')).toBe(`[Geffen Records](${WEB}/search/?q=Geffen%20Records&type=label)`);
		expect(md('[l821]')).toBe(`[label 821](${WEB}/label/821)`);
		expect(md('[r5531933] [r=5531933]')).toBe(`[release 5531933](${WEB}/release/5531933) [release 5531933](${WEB}/release/5531933)`);
		expect(md('[m223379] [M=223379]')).toBe(`[master 223379](${WEB}/master/223379) [master 223379](${WEB}/master/223379)`);
		expect(md('[u=rodneyfool]')).toBe(`[rodneyfool](${WEB}/user/rodneyfool)`);
	});

	it('escapes names inside entity links', () => {
		expect(md('[a=*NSYNC]')).toBe(`[\\*NSYNC](${WEB}/search/?q=*NSYNC&type=artist)`);
	});

	it('takes images out of the text and collects their URLs', () => {
		const result = convert('a [img=https://i.example/1.png] b [img]https://i.example/2.png[/img] c');
		expect(result.markdown).toBe('a  b  c');
		expect(result.images).toEqual(['https://i.example/1.png', 'https://i.example/2.png']);
	});

	it('converts the documented seed profile text', () => {
		const result = convert('I am a software developer for Discogs.\r\n\r\n[img=http://i.imgur.com/IAk3Ukk.gif]');
		expect(result).toEqual({ markdown: 'I am a software developer for Discogs.', images: ['http://i.imgur.com/IAk3Ukk.gif'] });
		expect(md('This is some [b]different sample[/b] data!')).toBe('This is some **different sample** data!');
	});

	it('normalises \\r\\n and collapses three or more blank lines to two', () => {
		expect(md('a\r\nb')).toBe('a\nb');
		expect(md('a\n\n\n\n\n\nb')).toBe('a\n\n\nb');
		expect(md('a\n\n[img=https://i.example/x.png]\n\n\n\nb')).toBe('a\n\n\nb');
	});

	it('keeps unknown and unclosed tags as escaped literal text', () => {
		expect(md('[b]unclosed')).toBe('\\[b\\]unclosed');
		expect(md('[foo]bar[/foo]')).toBe('\\[foo\\]bar\\[/foo\\]');
		expect(md('[b]x[i]y[/b][/i]')).toBe('**x\\[i\\]y**\\[/i\\]');
	});
});

describe('discogsMarkupToMarkdown: hostile input', () => {
	it('neutralises @everyone, @here and mentions', () => {
		const out = md('@everyone @here <@123> <@!123> <@&456> <#789>');
		expect(out).not.toMatch(/@everyone|@here|(?<!\\)<[@#]|@[!&]?\d/);
		expect(out).toBe('@\u200beveryone @\u200bhere \\<@\u200b123\\> \\<@\u200b!123\\> \\<@\u200b&456\\> \\<\\#789\\>');
	});

	it('never lets backticks open a code block', () => {
		expect(md('```js\ncode\n```')).toBe('\\`\\`\\`js\ncode\n\\`\\`\\`');
		expect(md('`inline`')).toBe('\\`inline\\`');
	});

	it('refuses javascript:, discord: and relative links', () => {
		expect(md('[url=javascript:alert(1)]x[/url]')).toBe('x');
		expect(md('[url=discord://x]y[/url]')).toBe('y');
		expect(md('[url]/relative[/url]')).toBe('/relative');
		const images = convert('[img=javascript:alert(1)][img]/x.png[/img]');
		expect(images.images).toEqual([]);
		expect(images.markdown).toBe('\\[img=javascript:alert\\(1\\)\\]\\[img\\]/x.png\\[/img\\]');
	});

	it('percent-encodes a ) in a link target so the link is not cut short', () => {
		expect(md('[url=http://a.b/x)y]t[/url]')).toBe('[t](http://a.b/x%29y)');
	});

	it('escapes markdown characters in plain text', () => {
		expect(md('*a* _b_ ~c~ |d| (e) [f] \\ #g >h')).toBe('\\*a\\* \\_b\\_ \\~c\\~ \\|d\\| \\(e\\) \\[f\\] \\\\ \\#g \\>h');
		expect(md('- item\n1. first\n-# small')).toBe('\\- item\n1\\. first\n\\-\\# small');
		expect(md('a - b')).toBe('a - b');
		expect(md('[b]x[/b]\n- y [i]z[/i]\n+ w')).toBe('**x**\n\\- y *z*\n\\+ w');
	});

	it('escapes link texts too', () => {
		expect(md('[url=https://x.example]a](https://evil.example) [b[/url]')).toBe('[a\\]\\(https://evil.example\\) \\[b](https://x.example/)');
	});

	it('makes bare URLs autolinks instead of escaping characters inside them', () => {
		expect(md('see https://example.com/a_b.')).toBe('see <https://example.com/a_b>.');
	});

	it('truncates a 10 000-character text with an ellipsis and balanced markdown', () => {
		const words = Array.from({ length: 1500 }, (_, i) => (i % 5 === 0 ? `[b]bold ${i}[/b]` : `word_${i}`)).join(' ');
		const text = `[i]${words}[/i]`;
		expect(text.length).toBeGreaterThan(10_000);
		const out = convert(text, 4096).markdown;
		expect(out.length).toBeLessThanOrEqual(4096);
		expect(out).toContain('…');
		expect(countMarker(out, '**') % 2).toBe(0);
		expect(countMarker(out.replaceAll('**', ''), '*') % 2).toBe(0);
		expect(out.endsWith('…*')).toBe(true);
	});
});

describe('escapeMarkdown', () => {
	it('escapes the same characters as the converter', () => {
		expect(escapeMarkdown('a_b*c `d` <@1> @everyone')).toBe('a\\_b\\*c \\`d\\` \\<@\u200b1\\> @\u200beveryone');
	});
});

describe('truncate', () => {
	it('returns short text unchanged', () => {
		expect(truncate('hello', 5)).toBe('hello');
	});

	it('cuts at a whitespace and appends an ellipsis', () => {
		expect(truncate('hello wonderful world', 18)).toBe('hello wonderful…');
	});

	it('never cuts inside a link, timestamp or escape sequence', () => {
		expect(truncate('abc [link](https://example.com) def', 20)).toBe('abc…');
		expect(truncate('x <t:1345090416:D> y', 12)).toBe('x…');
		expect(truncate('\\*\\*\\*\\*\\*\\*', 6)).toBe('\\*\\*…');
	});

	it('closes the markers it leaves open and drops ones that would open nothing', () => {
		expect(truncate(`**${'x'.repeat(50)}**`, 20)).toBe(`**${'x'.repeat(15)}…**`);
		expect(truncate(`**a** b ~~c ${'d'.repeat(40)}~~`, 20)).toBe('**a** b ~~c…~~');
		expect(truncate(`a **${'b'.repeat(40)}**`, 10)).toBe('a…');
	});

	it('keeps every result within the limit', () => {
		const text = convert(Array.from({ length: 400 }, (_, i) => `[b][i]w${i}[/i][/b] [url=https://e.x/${i}]l${i}[/url]`).join(' ')).markdown;
		for (const max of [1, 2, 3, 10, 57, 256, 1024]) expect(truncate(text, max).length).toBeLessThanOrEqual(max);
	});

	it('cuts plain text (footers) without treating markers specially', () => {
		expect(truncate('a__b c__d e', 8, 'plain')).toBe('a__b…');
	});
});

describe('links', () => {
	it('accepts only absolute http(s) URLs', () => {
		expect(safeHttpUrl('https://example.com/x')).toBe('https://example.com/x');
		expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
		expect(safeHttpUrl('/relative')).toBeUndefined();
		expect(safeHttpUrl('http://')).toBeUndefined();
	});

	it('builds escaped masked links', () => {
		expect(markdownLink('a [b]', 'https://e.x/(1)')).toBe('[a \\[b\\]](https://e.x/%281%29)');
		expect(markdownLink('x', 'ftp://e.x')).toBeUndefined();
	});
});
