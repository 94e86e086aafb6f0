import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';
import type { CatalogLink, DiscogsLink, LinkRecord, PendingCode, Privacy } from '../../accounts/linkStore.js';
import { COLORS } from '../../core/constants.js';
import { escapeMarkdown } from '../../core/markdown.js';
import type { Translator } from '../../i18n/translator.js';
import type { MessagePayload } from '../../interactions/types.js';
import { discordTimestamp, durationInWords, fitLabel } from '../format.js';

const VERIFIED = {
	oauth: 'links:status.verified.oauth',
	'profile-code': 'links:status.verified.profileCode',
	token: 'links:status.verified.token',
	'bio-code': 'links:status.verified.bioCode',
} as const satisfies Record<DiscogsLink['method'] | CatalogLink['method'], string>;

function button(customId: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Success | ButtonStyle.Danger): APIButtonComponent {
	return { type: ComponentType.Button, custom_id: customId, label: fitLabel(label, 'button'), style };
}

export function linkButton(label: string, url: string): APIButtonComponent {
	return { type: ComponentType.Button, style: ButtonStyle.Link, label: fitLabel(label, 'button'), url };
}

function row(...components: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent> {
	return { type: ComponentType.ActionRow, components };
}

/** How long is left, and the moment it ends (which every reader sees in their own time zone). */
export function deadlineParams(tr: Translator, expiresAt: number, now: number): { duration: string; time: string } {
	return { duration: durationInWords(tr, expiresAt - now), time: discordTimestamp(new Date(expiresAt), 't') };
}

export interface CodeInstructionsOptions {
	/** The remote account's name as its owner knows it (the Discogs username, the catalog profile's name). */
	name: string;
	editUrl?: string;
	verifyId: string;
	now: number;
}

/** The one-time code to put on the remote profile, and the button that checks it. */
export function codeInstructions(tr: Translator, pending: PendingCode, options: CodeInstructionsOptions): MessagePayload {
	const steps = [
		tr.t(`links:code.where.${pending.service}`, { name: escapeMarkdown(options.name), code: pending.code }),
		tr.t('links:code.deadline', deadlineParams(tr, pending.expiresAt, options.now)),
		tr.t('links:code.afterwards'),
	];
	const buttons = [button(options.verifyId, tr.t('links:code.verify'), ButtonStyle.Success)];
	if (options.editUrl) buttons.push(linkButton(tr.t('links:code.editProfile'), options.editUrl));
	return {
		embeds: [{ color: COLORS.discord, title: tr.t('links:code.title', { target: escapeMarkdown(pending.target) }), description: steps.join('\n') }],
		components: [row(...buttons)],
	};
}

/** Step one of Discogs OAuth: authorize on Discogs, then paste the code it shows. */
export function oauthInstructions(tr: Translator, options: { authorizeUrl: string; enterCodeId: string; expiresAt: number; now: number }): MessagePayload {
	const { authorizeUrl, enterCodeId, expiresAt, now } = options;
	return {
		embeds: [
			{
				color: COLORS.discogs,
				title: tr.t('links:oauth.title'),
				description: [tr.t('links:oauth.authorize'), tr.t('links:oauth.paste'), tr.t('links:oauth.deadline', deadlineParams(tr, expiresAt, now))].join('\n'),
			},
		],
		components: [row(linkButton(tr.t('links:oauth.authorizeButton'), authorizeUrl), button(enterCodeId, tr.t('links:oauth.enterCodeButton'), ButtonStyle.Primary))],
	};
}

/** Something was done: linked, unlinked, saved. */
export function successEmbed(text: string): APIEmbed {
	return { color: COLORS.success, description: `✅ ${text}` };
}

/** Nothing was wrong and nothing needed doing ("You had no linked Discogs account"): no tick, no alarm. */
export function infoEmbed(text: string): APIEmbed {
	return { color: COLORS.info, description: text };
}

export interface LinkStatusOptions {
	record: LinkRecord;
	privacy: Privacy;
	/** The linked catalog account's name; undefined when the catalog did not say in time (the id stands in). */
	catalogName?: string | undefined;
	unlinkId: (service: 'discogs' | 'catalog') => string;
}

/** /link status: each linked account, how and when it was verified, and Unlink buttons. */
export function linkStatusPanel(tr: Translator, options: LinkStatusOptions): MessagePayload {
	const { record, privacy, catalogName, unlinkId } = options;
	const lines: string[] = [];
	const buttons: APIButtonComponent[] = [];
	const verified = (method: keyof typeof VERIFIED, linkedAt: number) => tr.t(VERIFIED[method], { when: discordTimestamp(new Date(linkedAt), 'R') });
	if (record.discogs) {
		const { username, method, linkedAt, broken } = record.discogs;
		const line = tr.t('links:status.discogs', { name: escapeMarkdown(username), verified: verified(method, linkedAt) });
		lines.push(broken ? `${line} · ${tr.t('links:status.revoked')}` : line);
		buttons.push(button(unlinkId('discogs'), tr.t('links:status.unlinkDiscogs'), ButtonStyle.Danger));
	}
	if (record.catalog) {
		const { id, method, linkedAt } = record.catalog;
		// Named as every other answer names it; the id, which /catalog id: takes, in small print (subtext).
		if (catalogName) {
			lines.push(tr.t('links:status.catalog', { name: escapeMarkdown(catalogName), verified: verified(method, linkedAt) }), tr.t('links:status.catalogId', { id }));
		} else {
			lines.push(tr.t('links:status.catalog', { name: `\`${id}\``, verified: verified(method, linkedAt) }));
		}
		buttons.push(button(unlinkId('catalog'), tr.t('links:status.unlinkCatalog'), ButtonStyle.Danger));
	}
	const description = lines.length > 0 ? lines.join('\n') : tr.t('links:status.none');
	return {
		embeds: [{ color: COLORS.discord, title: tr.t('links:status.title'), description, footer: { text: tr.t(`links:status.footer.${privacy}`) } }],
		components: buttons.length > 0 ? [row(...buttons)] : [],
	};
}
