import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';
import type { LinkRecord, PendingCode, Privacy } from '../../accounts/linkStore.js';
import { COLORS } from '../../core/constants.js';
import { escapeMarkdown } from '../../core/markdown.js';
import type { MessagePayload } from '../../interactions/types.js';
import { discordTimestamp, durationInWords } from '../format.js';

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

/** "within 15 minutes: the code expires at <t:…:t>"; a relative timestamp would read "Verify in 15 minutes", as if to wait. */
function deadline(what: string, expiresAt: number, now: number): string {
	return `within ${durationInWords(expiresAt - now)}: ${what} expires at ${discordTimestamp(new Date(expiresAt), 't')}`;
}

/** The one-time code to put on the remote profile, and the button that checks it. */
export function codeInstructions(pending: PendingCode, options: { where: string; editUrl?: string; verifyId: string; now: number }): MessagePayload {
	const steps = [
		`1. Put this code anywhere in ${options.where}: \`${pending.code}\``,
		`2. Press **Verify** ${deadline('the code', pending.expiresAt, options.now)}.`,
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
export function oauthInstructions(options: { authorizeUrl: string; enterCodeId: string; expiresAt: number; now: number }): MessagePayload {
	const { authorizeUrl, enterCodeId, expiresAt, now } = options;
	return {
		embeds: [
			{
				color: COLORS.discogs,
				title: 'Link your Discogs account',
				description: [
					'1. Press **Authorize on Discogs** and allow the bot.',
					'2. Discogs shows you a code: press **Enter code** and paste it.',
					`Do both ${deadline('the request', expiresAt, now)}.`,
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
export function linkStatusPanel(options: LinkStatusOptions): MessagePayload {
	const { record, privacy, catalogName, unlinkId } = options;
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
		const verified = `verified with ${METHODS[method]} ${discordTimestamp(new Date(linkedAt), 'R')}`;
		// Named as every other answer names it; the id, which /catalog id: takes, in small print (subtext).
		if (catalogName) lines.push(`**Catalog** ${escapeMarkdown(catalogName)} · ${verified}`, `-# id \`${id}\``);
		else lines.push(`**Catalog** \`${id}\` · ${verified}`);
		buttons.push(button(unlinkId('catalog'), 'Unlink catalog', ButtonStyle.Danger));
	}
	const description = lines.length > 0 ? lines.join('\n') : 'No accounts linked. Use `/link discogs` or `/link catalog`.';
	const visibility = privacy === 'everyone' ? 'Others can see your linked accounts.' : 'Your linked accounts are private: others cannot look you up through Discord.';
	return {
		embeds: [{ color: COLORS.discord, title: 'Your linked accounts', description, footer: { text: `${visibility} Change it with /privacy.` } }],
		components: buttons.length > 0 ? [row(...buttons)] : [],
	};
}
