import type { DiscogsRelease } from '../../discogs/schemas.js';
import { escapeMarkdown, truncate } from '../../core/markdown.js';
import { markdownLink } from '../../discogs/markup.js';
import type { Translator } from '../../i18n/translator.js';

/** One release on one line, for the contributions and submissions lists. */

type Artist = DiscogsRelease['artists'][number];

/** Titles longer than this are shortened so one release cannot take a whole list's room. */
const TITLE_MAX = 100;

/** Discogs tells namesakes apart with "Name (2)"; the site hides that number, so do we. */
function artistName(artist: Artist): string {
	return artist.anv?.trim() || artist.name.replace(/\s+\(\d+\)$/, '');
}

/** "Cher And Peter Cetera": each artist's join word sits between it and the next; the last one's is dropped. */
export function artistCredit(artists: readonly Artist[]): string {
	return artists
		.map((artist, index) => {
			const name = escapeMarkdown(artistName(artist));
			if (index === artists.length - 1) return name;
			const join = artist.join?.trim() ?? '';
			return join === '' || join === ',' ? `${name}, ` : `${name} ${escapeMarkdown(join)} `;
		})
		.join('');
}

function formatText(tr: Translator, release: DiscogsRelease): string {
	return release.formats
		.map((format) => {
			const quantity = Number(format.qty);
			const details = [...(format.descriptions ?? []), format.text ?? ''].filter((detail) => detail.trim()).map(escapeMarkdown);
			const name = `${quantity > 1 ? `${tr.number(quantity)} × ` : ''}${escapeMarkdown(format.name)}`;
			return details.length > 0 ? `${name} (${details.join(', ')})` : name;
		})
		.join(' + ');
}

function labelText(release: DiscogsRelease): string {
	const labels = release.labels.map((label) => {
		const catno = label.catno?.trim();
		// Discogs writes "none" for a release without a catalogue number.
		return catno && catno.toLowerCase() !== 'none' ? `${escapeMarkdown(label.name)} – ${escapeMarkdown(catno)}` : escapeMarkdown(label.name);
	});
	return [...new Set(labels)].join(', ');
}

function yearText(release: DiscogsRelease): string {
	if (release.year) return String(release.year);
	const year = /^\d{4}/.exec(release.released ?? '')?.[0];
	return year && year !== '0000' ? year : '';
}

/**
 * `**[Title](uri)** — Artist · 1989 · Vinyl (7", 45 RPM, Promo) · Geffen Records – 7-27529-DJ`, escaped, blanks left
 * out. A year is written as Discogs writes it: a year, not an amount with a thousands separator.
 */
export function releaseLine(tr: Translator, release: DiscogsRelease): string {
	const title = truncate(release.title.trim() || tr.t('discogs:list.unnamed.release', { id: String(release.id) }), TITLE_MAX, 'plain');
	const head = `**${(release.uri && markdownLink(title, release.uri)) || escapeMarkdown(title)}**`;
	const artists = artistCredit(release.artists);
	const details = [yearText(release), formatText(tr, release), labelText(release)].filter((part) => part !== '');
	return [artists ? `${head} — ${artists}` : head, ...details].join(' · ');
}
