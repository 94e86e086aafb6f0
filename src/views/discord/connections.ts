import type { APIEmbedField } from 'discord-api-types/v10';
import { DISCORD_LIMITS } from '../../core/constants.js';
import { escapeMarkdown } from '../../core/markdown.js';
import { markdownLink } from '../../discogs/markup.js';
import type { Translator } from '../../i18n/translator.js';
import type { ShownConnection } from '../../linkedRoles/grants.js';

/** Music services first, in this order; the rest after them, by name. Types as Discord names them (Connection Object, Services). */
const MUSIC = ['spotify', 'youtube', 'amazon-music', 'soundcloud', 'tiktok', 'twitch'];

/** Services' own names, as they write them; the one type that is a word (`domain`) is translated. */
const LABELS: Record<string, string> = {
	'amazon-music': 'Amazon Music',
	battlenet: 'Battle.net',
	bluesky: 'Bluesky',
	bungie: 'Bungie',
	crunchyroll: 'Crunchyroll',
	ebay: 'eBay',
	epicgames: 'Epic Games',
	facebook: 'Facebook',
	github: 'GitHub',
	instagram: 'Instagram',
	leagueoflegends: 'League of Legends',
	mastodon: 'Mastodon',
	paypal: 'PayPal',
	playstation: 'PlayStation',
	reddit: 'Reddit',
	riotgames: 'Riot Games',
	roblox: 'Roblox',
	soundcloud: 'SoundCloud',
	spotify: 'Spotify',
	steam: 'Steam',
	tiktok: 'TikTok',
	twitch: 'Twitch',
	twitter: 'X',
	xbox: 'Xbox',
	youtube: 'YouTube',
};

/** Where a connected account can be opened, for the services whose public URL is built from what Discord gives. */
function profileUrl(connection: ShownConnection): string | undefined {
	const id = encodeURIComponent(connection.id);
	const name = encodeURIComponent(connection.name);
	switch (connection.type) {
		case 'spotify':
			return `https://open.spotify.com/user/${id}`;
		case 'youtube':
			return `https://www.youtube.com/channel/${id}`;
		case 'twitch':
			return `https://www.twitch.tv/${name}`;
		case 'github':
			return `https://github.com/${name}`;
		case 'soundcloud':
			return `https://soundcloud.com/${name}`;
		default:
			return undefined;
	}
}

function rank(type: string): number {
	const index = MUSIC.indexOf(type);
	return index === -1 ? MUSIC.length : index;
}

/** The member's verified, public Discord connections, music services first; undefined when there are none. */
export function connectionsField(tr: Translator, connections: readonly ShownConnection[]): APIEmbedField | undefined {
	if (connections.length === 0) return undefined;
	const label = (type: string): string | undefined => (type === 'domain' ? tr.t('profile:connections.domain') : LABELS[type]);
	const sorted = [...connections].sort((a, b) => rank(a.type) - rank(b.type) || (label(a.type) ?? a.type).localeCompare(label(b.type) ?? b.type));
	const more = (count: number) => tr.t('common:more', { count });
	// Room for the "…and N more" line, however long the member's language says it.
	const reserve = Math.max(20, more(sorted.length).length + 1);
	const lines: string[] = [];
	let length = 0;
	for (const connection of sorted) {
		const url = profileUrl(connection);
		const name = (url && markdownLink(connection.name, url)) ?? escapeMarkdown(connection.name);
		const line = `**${label(connection.type) ?? escapeMarkdown(connection.type)}** ${name}`;
		// The field's value limit: a long list ends with how many more there are, never cut mid-line.
		if (length + line.length + reserve > DISCORD_LIMITS.embedFieldValue) {
			lines.push(more(sorted.length - lines.length));
			break;
		}
		lines.push(line);
		length += line.length + 1;
	}
	return { name: tr.t('profile:connections.title'), value: lines.join('\n'), inline: false };
}
