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

/** Page numbers a custom_id may carry: digits only, no leading zero, far below anything a number can misread. */
const PAGE_NUMBER = /^[1-9]\d{0,5}$/;

/**
 * A page and the page count that a pager's button carries, read strictly: both whole numbers, the page
 * within 1..pages. Undefined for anything else (a forged `1e21`, `0`, `-1`, `2.5`, a page past the last).
 */
export function parsePage(page: string | undefined, pages: string | undefined): { page: number; pages: number } | undefined {
	if (page === undefined || pages === undefined || !PAGE_NUMBER.test(page) || !PAGE_NUMBER.test(pages)) return undefined;
	const parsed = { page: Number(page), pages: Number(pages) };
	return parsed.page <= parsed.pages ? parsed : undefined;
}
