import type { APIEmbed } from 'discord-api-types/v10';
import { COLORS, DISCORD_LIMITS } from '../../core/constants.js';
import { escapeMarkdown } from '../../core/markdown.js';
import { isIncomplete, type DiscogsContributionsPage } from '../../discogs/schemas.js';
import type { Translator } from '../../i18n/translator.js';
import { clampEmbed, joinLinesWithin } from '../format.js';
import type { DiscogsPageOptions } from './parts.js';
import { firstThumb, incompleteLine, pageFooter } from './parts.js';
import { releaseLine } from './releaseLines.js';

/** One page of the releases a user contributed, numbered by position in the whole list. */
export function discogsContributionsEmbed(tr: Translator, page: DiscogsContributionsPage, options: DiscogsPageOptions): APIEmbed {
	const { pagination, contributions } = page;
	const offset = (Math.max(1, pagination.page) - 1) * pagination.per_page;
	// "1\." rather than "1." so Discord does not render (and renumber) an ordered list.
	const lines = contributions.map((release, index) => {
		const line = isIncomplete(release) ? incompleteLine(tr, release, 'release', options.webUrl) : releaseLine(tr, release);
		return `${tr.number(offset + index + 1)}\\. ${line}`;
	});
	const empty = pagination.items === 0 ? tr.t('discogs:contributions.none') : tr.t('discogs:list.emptyPage');
	const embed: APIEmbed = {
		title: tr.t('discogs:contributions.title', { username: escapeMarkdown(options.username) }),
		url: `${options.webUrl.replace(/\/+$/, '')}/user/${encodeURIComponent(options.username)}/contributions`,
		description: lines.length > 0 ? joinLinesWithin(tr, lines, DISCORD_LIMITS.embedDescription) : empty,
		color: COLORS.discogs,
		footer: { text: pageFooter(tr, pagination, options) },
	};
	const thumb = firstThumb(contributions);
	if (thumb) embed.thumbnail = { url: thumb };
	return clampEmbed(embed);
}
