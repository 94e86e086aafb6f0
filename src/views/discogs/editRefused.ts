import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { COLORS } from '../../core/constants.js';
import type { MessagePayload } from '../../interactions/types.js';
import { durationInWords } from '../format.js';

/**
 * A /discogs edit form that was refused: what was wrong and, when what was typed could be kept, a Try again
 * button that reopens the form with it filled in.
 */
export function editRefusedMessage(problems: readonly string[], retry: { customId: string; keptForMs: number } | undefined): MessagePayload {
	const lines = ['Nothing was changed:', ...problems.map((problem) => `• ${problem}`), ''];
	lines.push(
		retry
			? `Press **Try again** to fix it: what you typed is kept for ${durationInWords(retry.keptForMs)}.`
			: "I couldn't keep what you typed, so run `/discogs edit` again to fix it.",
	);
	return {
		embeds: [{ color: COLORS.error, description: lines.join('\n') }],
		components: retry
			? [{ type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'Try again', custom_id: retry.customId }] }]
			: [],
	};
}
