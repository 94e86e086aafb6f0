import type { APIEmbed } from 'discord-api-types/v10';
import type { CatalogSong } from '../../catalog/schemas.js';
import { COLORS, DISCORD_LIMITS } from '../../core/constants.js';
import { escapeMarkdown } from '../../core/markdown.js';
import { safeHttpUrl } from '../../discogs/markup.js';
import type { Translator } from '../../i18n/translator.js';
import { cachedFooter, clampEmbed, formatCalendarDate, joinLinesWithin } from '../format.js';
import { pageOfPages } from '../pagination.js';
import type { CatalogViewOptions } from './profileEmbed.js';

export interface CatalogSongsOptions extends CatalogViewOptions {
	ownerName: string;
	page: number;
	pages: number;
	perPage: number;
	total: number;
}

/**
 * A song's length as players show it: `duration` is milliseconds in newm-server (set from the encoder's
 * `durationInMs`, features/song/AudioMessageReceiver.kt), so 205000 is "3:25". Undefined when it is unknown.
 */
export function songDuration(ms: number | undefined): string | undefined {
	if (ms === undefined || !Number.isFinite(ms) || ms < 500) return undefined;
	const total = Math.round(ms / 1000);
	const [hours, minutes, seconds] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
	const two = (n: number) => String(n).padStart(2, '0');
	return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

function songLine(tr: Translator, song: CatalogSong, position: number): string {
	const parts = [`${position}\\. **${escapeMarkdown(song.title)}**`];
	const length = songDuration(song.duration);
	if (length) parts.push(length);
	if (song.genres && song.genres.length > 0) parts.push(escapeMarkdown(song.genres.join(', ')));
	// A LocalDate in newm-server (features/song/model/Song.kt: `releaseDate: LocalDate?`): a calendar day.
	const released = formatCalendarDate(tr, song.releaseDate);
	if (released) parts.push(tr.t('catalog:songs.released', { date: released }));
	else if (song.releaseDate?.trim()) parts.push(tr.t('catalog:songs.released', { date: escapeMarkdown(song.releaseDate.trim()) }));
	return parts.join(' · ');
}

export function catalogSongsEmbed(tr: Translator, songs: readonly CatalogSong[], options: CatalogSongsOptions): APIEmbed {
	const first = (options.page - 1) * options.perPage;
	const lines = songs.map((song, index) => songLine(tr, song, first + index + 1));
	const page = `${pageOfPages(tr, options.page, options.pages)} · ${tr.t('catalog:songs.total', { count: options.total })}`;
	const stale = cachedFooter(tr, 'catalog', options);
	const embed: APIEmbed = {
		title: tr.t('catalog:songs.title', { name: escapeMarkdown(options.ownerName) }),
		color: COLORS.catalog,
		description: lines.length > 0 ? joinLinesWithin(tr, lines, DISCORD_LIMITS.embedDescription) : tr.t('catalog:songs.none'),
		footer: { text: stale ? `${page} · ${stale}` : page },
	};
	const cover = songs.map((song) => song.coverArtUrl && safeHttpUrl(song.coverArtUrl)).find(Boolean);
	if (cover) embed.thumbnail = { url: cover };
	return clampEmbed(embed);
}
