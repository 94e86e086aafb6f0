import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';
import type { LinkRecord, PendingCode, Privacy } from '../../accounts/linkStore.js';
import { COLORS } from '../../core/constants.js';
import { escapeMarkdown } from '../../core/markdown.js';
import type { MessagePayload } from '../../interactions/types.js';
import { discordTimestamp } from '../format.js';

const METHODS: Record<string, string> = {
	oauth: 'Discogs authorization',
	'profile-code': 'a code in the Discogs profile',
	token: 'a catalog access token',
	'bio-code': 'a code in the catalog biography',
};

function button(customId: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Success | ButtonStyle.Danger): APIButtonComponent {
	return { type: ComponentType.Button, custom_id: customId, label, style };
}

function row(...components: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent> {
	return { type: ComponentType.ActionRow, components };
}

/** The one-time code to put on the remote profile, and the button that checks it. */
export function codeInstructions(pending: PendingCode, options: { where: string; editUrl?: string; verifyId: string }): MessagePayload {
	const steps = [
		`1. Put this code anywhere in ${options.where}: \`${pending.code}\``,
		`2. Press **Verify** ${discordTimestamp(new Date(pending.expiresAt), 'R')}: the code expires then.`,
		'You can remove the code again once the account is linked.',
	];
	const buttons = [button(options.verifyId, 'Verify', ButtonStyle.Success)];
	if (options.editUrl) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Link, label: 'Edit profile', url: options.editUrl });
	return {
		embeds: [{ color: COLORS.discord, title: `Prove that ${escapeMarkdown(pending.target)} is yours`, description: steps.join('\n') }],
		components: [row(...buttons)],
	};
}

/** Step one of Discogs OAuth: authorize on Discogs, then paste the code it shows. */
export function oauthInstructions(authorizeUrl: string, enterCodeId: string, expiresAt: number): MessagePayload {
	return {
		embeds: [
			{
				color: COLORS.discogs,
				title: 'Link your Discogs account',
				description: [
					'1. Press **Authorize on Discogs** and allow the bot.',
					'2. Discogs shows you a code: press **Enter code** and paste it.',
					`The authorization request expires ${discordTimestamp(new Date(expiresAt), 'R')}.`,
				].join('\n'),
			},
		],
		components: [
			row(
				{ type: ComponentType.Button, style: ButtonStyle.Link, label: 'Authorize on Discogs', url: authorizeUrl },
				button(enterCodeId, 'Enter code', ButtonStyle.Primary),
			),
		],
	};
}

export function successEmbed(text: string): APIEmbed {
	return { color: COLORS.catalog, description: `✅ ${text}` };
}

/** /link status: each linked account, how and when it was verified, and Unlink buttons. */
export function linkStatusPanel(record: LinkRecord, privacy: Privacy, unlinkId: (service: 'discogs' | 'catalog') => string): MessagePayload {
	const lines: string[] = [];
	const buttons: APIButtonComponent[] = [];
	if (record.discogs) {
		const { username, method, linkedAt, broken } = record.discogs;
		const state = broken ? ' · ⚠️ authorization revoked: link again to edit' : '';
		lines.push(`**Discogs** ${escapeMarkdown(username)} · verified with ${METHODS[method]} ${discordTimestamp(new Date(linkedAt), 'R')}${state}`);
		buttons.push(button(unlinkId('discogs'), 'Unlink Discogs', ButtonStyle.Danger));
	}
	if (record.catalog) {
		const { id, method, linkedAt } = record.catalog;
		lines.push(`**Catalog** \`${id}\` · verified with ${METHODS[method]} ${discordTimestamp(new Date(linkedAt), 'R')}`);
		buttons.push(button(unlinkId('catalog'), 'Unlink catalog', ButtonStyle.Danger));
	}
	const description = lines.length > 0 ? lines.join('\n') : 'No accounts linked. Use `/link discogs` or `/link catalog`.';
	const visibility = privacy === 'everyone' ? 'Others can see your linked accounts.' : 'Your linked accounts are private: others cannot look you up through Discord.';
	return {
		embeds: [{ color: COLORS.discord, title: 'Your linked accounts', description, footer: { text: `${visibility} Change it with /privacy.` } }],
		components: buttons.length > 0 ? [row(...buttons)] : [],
	};
}
