import type { APIEmbed } from 'discord-api-types/v10';
import { COLORS, DISCORD_LIMITS } from '../../core/constants.js';
import { escapeMarkdown } from '../../core/markdown.js';
import { isIncomplete, type DiscogsContributionsPage } from '../../discogs/schemas.js';
import { clampEmbed, joinLinesWithin } from '../format.js';
import type { DiscogsPageOptions } from './parts.js';
import { firstThumb, incompleteLine, pageFooter } from './parts.js';
import { releaseLine } from './releaseLines.js';

/** One page of the releases a user contributed, numbered by position in the whole list. */
export function discogsContributionsEmbed(page: DiscogsContributionsPage, options: DiscogsPageOptions): APIEmbed {
	const { pagination, contributions } = page;
	const offset = (Math.max(1, pagination.page) - 1) * pagination.per_page;
	// "1\." rather than "1." so Discord does not render (and renumber) an ordered list.
	const lines = contributions.map((release, index) => {
		const line = isIncomplete(release) ? incompleteLine(release, 'release', options.webUrl) : releaseLine(release);
		return `${offset + index + 1}\\. ${line}`;
	});
	const empty = pagination.items === 0 ? 'No contributions yet.' : 'Nothing on this page.';
	const embed: APIEmbed = {
		title: `Contributions by ${escapeMarkdown(options.username)}`,
		url: `${options.webUrl.replace(/\/+$/, '')}/user/${encodeURIComponent(options.username)}/contributions`,
		description: lines.length > 0 ? joinLinesWithin(lines, DISCORD_LIMITS.embedDescription) : empty,
		color: COLORS.discogs,
		footer: { text: pageFooter(pagination, options) },
	};
	const thumb = firstThumb(contributions);
	if (thumb) embed.thumbnail = { url: thumb };
	return clampEmbed(embed);
}
