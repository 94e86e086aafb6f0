import { DISCORD_LIMITS } from '../core/constants.js';

/**
 * Component state lives in the custom_id (`prefix:arg:arg`), so buttons keep working after a restart and for
 * anyone who sees the message. Arguments must not contain the separator.
 */
const SEPARATOR = ':';

export function encodeCustomId(prefix: string, ...args: Array<string | number>): string {
	const parts = [prefix, ...args.map(String)];
	for (const part of parts) {
		if (part.includes(SEPARATOR)) throw new Error(`custom_id part contains "${SEPARATOR}": ${part}`);
	}
	const id = parts.join(SEPARATOR);
	if (id.length > DISCORD_LIMITS.customId) throw new Error(`custom_id longer than ${DISCORD_LIMITS.customId}: ${id}`);
	return id;
}

export function decodeCustomId(customId: string): { prefix: string; args: string[] } {
	const [prefix = '', ...args] = customId.split(SEPARATOR);
	return { prefix, args };
}
