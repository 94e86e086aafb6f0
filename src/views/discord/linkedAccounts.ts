import type { APIEmbedField } from 'discord-api-types/v10';
import type { CatalogUser } from '../../catalog/schemas.js';
import { escapeMarkdown } from '../../core/markdown.js';
import type { DiscogsProfile } from '../../discogs/schemas.js';
import type { Translator } from '../../i18n/translator.js';
import { markdownLink } from '../../discogs/markup.js';
import { catalogDisplayName, catalogProfileUrl } from '../catalog/profileEmbed.js';
import type { ShownConnection } from '../../linkedRoles/grants.js';
import { ratingSummary } from '../discogs/parts.js';

/** What /profile knows of a linked account: the data, or that its provider did not answer in time. */
export type LinkedAccount =
	| { service: 'discogs'; username: string; webUrl: string; profile: DiscogsProfile | undefined }
	| { service: 'catalog'; id: string; webUrl: string; user: CatalogUser | undefined };

export type LinkedAccounts = { kind: 'private' } | { kind: 'shown'; accounts: LinkedAccount[]; connections: ShownConnection[] };

function discogsLine(tr: Translator, account: Extract<LinkedAccount, { service: 'discogs' }>): string {
	const name = markdownLink(account.username, `${account.webUrl}/user/${encodeURIComponent(account.username)}`) ?? escapeMarkdown(account.username);
	if (!account.profile) return tr.t('profile:linked.discogs', { details: [name, tr.t('profile:linked.unavailable')].join(' · ') });
	const details = [name];
	if (account.profile.rank !== undefined) details.push(tr.t('profile:linked.rank', { rank: tr.number(account.profile.rank) }));
	const { seller_rating: percent, seller_rating_stars: starCount, seller_num_ratings: ratings } = account.profile;
	const seller = ratings ? ratingSummary(tr, percent, starCount, ratings) : undefined;
	if (seller) details.push(tr.t('profile:linked.seller', { rating: seller }));
	return tr.t('profile:linked.discogs', { details: details.join(' · ') });
}

function catalogLine(tr: Translator, account: Extract<LinkedAccount, { service: 'catalog' }>): string {
	const url = catalogProfileUrl(account.webUrl, account.id);
	if (!account.user) return tr.t('profile:linked.catalog', { details: [markdownLink(account.id, url) ?? `\`${account.id}\``, tr.t('profile:linked.unavailable')].join(' · ') });
	const name = catalogDisplayName(tr, account.user);
	// The role and genre are the member's own words, shown as written.
	const details = [account.user.role, account.user.genre].flatMap((detail) => (detail?.trim() ? [escapeMarkdown(detail.trim())] : []));
	return tr.t('profile:linked.catalog', { details: [markdownLink(name, url) ?? escapeMarkdown(name), ...details].join(' · ') });
}

/** The "Linked accounts" section of the profile card: one line per account, or a note that they are private. */
export function linkedAccountsField(tr: Translator, linked: LinkedAccounts): APIEmbedField | undefined {
	if (linked.kind === 'private') return { name: tr.t('profile:linked.title'), value: tr.t('profile:linked.private'), inline: false };
	if (linked.accounts.length === 0) return undefined;
	const lines = linked.accounts.map((account) => (account.service === 'discogs' ? discogsLine(tr, account) : catalogLine(tr, account)));
	return { name: tr.t('profile:linked.title'), value: lines.join('\n'), inline: false };
}
