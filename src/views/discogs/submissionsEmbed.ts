import type { APIEmbed } from 'discord-api-types/v10';
import { COLORS, DISCORD_LIMITS } from '../../core/constants.js';
import { escapeMarkdown } from '../../core/markdown.js';
import { isIncomplete, type DiscogsSubmissionsPage } from '../../discogs/schemas.js';
import type { Translator } from '../../i18n/translator.js';
import { clampEmbed, joinLinesWithin } from '../format.js';
import type { DiscogsPageOptions } from './parts.js';
import { entityLine, field, firstThumb, incompleteLine, isPresent, pageFooter } from './parts.js';
import { releaseLine } from './releaseLines.js';

/** One page of a user's edits, artists, labels and releases each in their own field. */
export function discogsSubmissionsEmbed(tr: Translator, page: DiscogsSubmissionsPage, options: DiscogsPageOptions): APIEmbed {
	const { pagination, submissions } = page;
	const { webUrl } = options;
	const list = (lines: string[]): string => joinLinesWithin(tr, lines, DISCORD_LIMITS.embedFieldValue);
	const fields = [
		field(
			tr.t('discogs:submissions.artists'),
			list(submissions.artists.map((a) => (isIncomplete(a) ? incompleteLine(tr, a, 'artist', webUrl) : entityLine(a, 'artist', webUrl)))),
			false,
		),
		field(
			tr.t('discogs:submissions.labels'),
			list(submissions.labels.map((l) => (isIncomplete(l) ? incompleteLine(tr, l, 'label', webUrl) : entityLine(l, 'label', webUrl)))),
			false,
		),
		field(
			tr.t('discogs:submissions.releases'),
			list(submissions.releases.map((r) => (isIncomplete(r) ? incompleteLine(tr, r, 'release', webUrl) : releaseLine(tr, r)))),
			false,
		),
	].filter(isPresent);
	const embed: APIEmbed = {
		title: tr.t('discogs:submissions.title', { username: escapeMarkdown(options.username) }),
		url: `${options.webUrl.replace(/\/+$/, '')}/user/${encodeURIComponent(options.username)}`,
		color: COLORS.discogs,
		fields,
		footer: { text: pageFooter(tr, pagination, options) },
	};
	if (fields.length === 0) embed.description = pagination.items === 0 ? tr.t('discogs:submissions.none') : tr.t('discogs:list.emptyPage');
	const thumb = firstThumb(submissions.releases);
	if (thumb) embed.thumbnail = { url: thumb };
	return clampEmbed(embed);
}
