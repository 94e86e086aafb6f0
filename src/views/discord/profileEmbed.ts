import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { COLORS } from '../../core/constants.js';
import { escapeMarkdown } from '../../core/markdown.js';
import { badgeNames } from '../../discord/badges.js';
import { discordCdn, snowflakeDate } from '../../discord/cdn.js';
import type { DiscordUser } from '../../discord/users.js';
import type { Translator } from '../../i18n/translator.js';
import { cachedFooter, discordTimestamp, type CopyAge } from '../format.js';
import { connectionsField } from './connections.js';
import { linkedAccountsField, type LinkedAccounts } from './linkedAccounts.js';

/** A stale copy stands in for Discord, which failed; the footer says so. */
export interface DiscordProfileOptions extends CopyAge {
	/** DISCORD_CDN_URL, the base of the avatar, banner and decoration links. */
	cdnUrl: string;
	/** The user's linked music accounts, as far as the viewer may see them. */
	linked?: LinkedAccounts | undefined;
}

function handle(user: DiscordUser): string {
	return user.discriminator && user.discriminator !== '0' ? `${user.username}#${user.discriminator}` : `@${user.username}`;
}

/** The Discord profile card: who the user is on Discord, from the user object alone. */
export function discordProfileEmbed(tr: Translator, user: DiscordUser, options: DiscordProfileOptions): APIEmbed {
	const cdn = discordCdn(options.cdnUrl);
	const created = snowflakeDate(user.id);
	const markers = [user.bot ? tr.t('profile:card.bot') : undefined, user.system ? tr.t('profile:card.system') : undefined].filter(Boolean);
	const badges = badgeNames(tr, user.public_flags);
	const fields: APIEmbedField[] = [
		{ name: tr.t('profile:card.created'), value: tr.t('profile:card.createdValue', { date: discordTimestamp(created, 'D'), relative: discordTimestamp(created, 'R') }), inline: true },
		{ name: tr.t('profile:card.userId'), value: `\`${user.id}\``, inline: true },
	];
	if (badges.length > 0) fields.push({ name: tr.t('profile:card.badges', { count: badges.length }), value: badges.join('\n'), inline: false });
	if (user.avatar_decoration_data) {
		fields.push({ name: tr.t('profile:card.decoration'), value: tr.t('profile:card.decorationLink', { url: cdn.avatarDecoration(user.avatar_decoration_data.asset) }), inline: true });
	}
	const linked = options.linked && linkedAccountsField(tr, options.linked);
	if (linked) fields.push(linked);
	const connections = options.linked?.kind === 'shown' ? connectionsField(tr, options.linked.connections) : undefined;
	if (connections) fields.push(connections);
	const embed: APIEmbed = {
		title: escapeMarkdown(user.global_name ?? user.username),
		url: `https://discord.com/users/${user.id}`,
		description: [escapeMarkdown(handle(user)), ...markers].join('\n'),
		color: user.accent_color ?? COLORS.discord,
		thumbnail: { url: cdn.avatar(user) },
		fields,
		footer: { text: cachedFooter(tr, 'Discord', options) ?? 'Discord' },
	};
	const banner = cdn.banner(user);
	if (banner) embed.image = { url: banner };
	return embed;
}
