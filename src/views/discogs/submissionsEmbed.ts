import type { APIEmbed } from 'discord-api-types/v10';
import { COLORS, DISCORD_LIMITS } from '../../core/constants.js';
import { escapeMarkdown } from '../../core/markdown.js';
import { isIncomplete, type DiscogsSubmissionsPage } from '../../discogs/schemas.js';
import { clampEmbed, joinLinesWithin } from '../format.js';
import type { DiscogsPageOptions } from './parts.js';
import { entityLine, field, firstThumb, incompleteLine, isPresent, pageFooter } from './parts.js';
import { releaseLine } from './releaseLines.js';

/** One page of a user's edits, artists, labels and releases each in their own field. */
export function discogsSubmissionsEmbed(page: DiscogsSubmissionsPage, options: DiscogsPageOptions): APIEmbed {
	const { pagination, submissions } = page;
	const { webUrl } = options;
	const list = (lines: string[]): string => joinLinesWithin(lines, DISCORD_LIMITS.embedFieldValue);
	const fields = [
		field('Artists', list(submissions.artists.map((a) => (isIncomplete(a) ? incompleteLine(a, 'artist', webUrl) : entityLine(a, 'artist', webUrl)))), false),
		field('Labels', list(submissions.labels.map((l) => (isIncomplete(l) ? incompleteLine(l, 'label', webUrl) : entityLine(l, 'label', webUrl)))), false),
		field('Releases', list(submissions.releases.map((r) => (isIncomplete(r) ? incompleteLine(r, 'release', webUrl) : releaseLine(r)))), false),
	].filter(isPresent);
	const embed: APIEmbed = {
		title: `Submissions by ${escapeMarkdown(options.username)}`,
		url: `${options.webUrl.replace(/\/+$/, '')}/user/${encodeURIComponent(options.username)}`,
		color: COLORS.discogs,
		fields,
		footer: { text: pageFooter(pagination, options) },
	};
	if (fields.length === 0) embed.description = pagination.items === 0 ? 'No submissions yet.' : 'Nothing on this page.';
	const thumb = firstThumb(submissions.releases);
	if (thumb) embed.thumbnail = { url: thumb };
	return clampEmbed(embed);
}
