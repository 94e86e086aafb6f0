import type { APIEmbedField } from 'discord-api-types/v10';
import type { CatalogUser } from '../../catalog/schemas.js';
import { escapeMarkdown } from '../../core/markdown.js';
import type { DiscogsProfile } from '../../discogs/schemas.js';
import { markdownLink } from '../../discogs/markup.js';
import { catalogDisplayName, catalogProfileUrl } from '../catalog/profileEmbed.js';
import type { ShownConnection } from '../../linkedRoles/grants.js';
import { ratingSummary } from '../discogs/parts.js';

/** What /profile knows of a linked account: the data, or that its provider did not answer in time. */
export type LinkedAccount =
	| { service: 'discogs'; username: string; webUrl: string; profile: DiscogsProfile | undefined }
	| { service: 'catalog'; id: string; webUrl: string; user: CatalogUser | undefined };

export type LinkedAccounts = { kind: 'private' } | { kind: 'shown'; accounts: LinkedAccount[]; connections: ShownConnection[] };

function discogsLine(account: Extract<LinkedAccount, { service: 'discogs' }>): string {
	const name = markdownLink(account.username, `${account.webUrl}/user/${encodeURIComponent(account.username)}`) ?? escapeMarkdown(account.username);
	if (!account.profile) return `**Discogs** ${name} · unavailable right now`;
	const details = [name];
	if (account.profile.rank !== undefined) details.push(`rank ${account.profile.rank}`);
	const { seller_rating: percent, seller_rating_stars: starCount, seller_num_ratings: ratings } = account.profile;
	const seller = ratings ? ratingSummary(percent, starCount, ratings) : undefined;
	if (seller) details.push(`seller ${seller}`);
	return `**Discogs** ${details.join(' · ')}`;
}

function catalogLine(account: Extract<LinkedAccount, { service: 'catalog' }>): string {
	const url = catalogProfileUrl(account.webUrl, account.id);
	if (!account.user) return `**Catalog** ${markdownLink(account.id, url) ?? `\`${account.id}\``} · unavailable right now`;
	const name = catalogDisplayName(account.user);
	const details = [account.user.role, account.user.genre].flatMap((detail) => (detail?.trim() ? [escapeMarkdown(detail.trim())] : []));
	return `**Catalog** ${[markdownLink(name, url) ?? escapeMarkdown(name), ...details].join(' · ')}`;
}

/** The "Linked accounts" section of the profile card: one line per account, or a note that they are private. */
export function linkedAccountsField(linked: LinkedAccounts): APIEmbedField | undefined {
	if (linked.kind === 'private') return { name: 'Linked accounts', value: '🔒 Private', inline: false };
	if (linked.accounts.length === 0) return undefined;
	const lines = linked.accounts.map((account) => (account.service === 'discogs' ? discogsLine(account) : catalogLine(account)));
	return { name: 'Linked accounts', value: lines.join('\n'), inline: false };
}
