import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { COLORS } from '../../core/constants.js';
import type { Translator } from '../../i18n/translator.js';
import type { MessagePayload } from '../../interactions/types.js';
import { durationInWords, fitLabel } from '../format.js';

/**
 * A /discogs edit form that was refused: what was wrong (each problem already in the reader's language) and, when
 * what was typed could be kept, a Try again button that reopens the form with it filled in.
 */
export function editRefusedMessage(tr: Translator, problems: readonly string[], retry: { customId: string; keptForMs: number } | undefined): MessagePayload {
	const lines = [tr.t('discogs:edit.refused.intro'), ...problems.map((problem) => `• ${problem}`), ''];
	lines.push(retry ? tr.t('discogs:edit.refused.retry', { duration: durationInWords(tr, retry.keptForMs) }) : tr.t('discogs:edit.refused.notKept'));
	const button = { type: ComponentType.Button, style: ButtonStyle.Primary, label: fitLabel(tr.t('discogs:edit.refused.button'), 'button') } as const;
	return {
		embeds: [{ color: COLORS.error, description: lines.join('\n') }],
		components: retry ? [{ type: ComponentType.ActionRow, components: [{ ...button, custom_id: retry.customId }] }] : [],
	};
}
