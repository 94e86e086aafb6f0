import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord-api-types/v10';

/** Which button was pressed; part of the custom_id because ids in one message must differ. */
export type PageNav = 'first' | 'previous' | 'current' | 'next' | 'last';

/**
 * First / Previous / "page of pages" / Next / Last, or nothing for a single page. `customId` encodes the
 * target page, the page count (so a forged page can be refused unread) and whatever else the handler needs,
 * so the buttons work for anyone, after a restart too.
 */
export function pageButtons(page: number, pages: number, customId: (nav: PageNav, page: number, pages: number) => string): APIActionRowComponent<APIButtonComponent>[] {
	if (pages <= 1) return [];
	const button = (nav: PageNav, label: string, target: number, disabled: boolean): APIButtonComponent => ({
		type: ComponentType.Button,
		style: ButtonStyle.Secondary,
		label,
		disabled,
		custom_id: customId(nav, target, pages),
	});
	return [
		{
			type: ComponentType.ActionRow,
			components: [
				button('first', '« First', 1, page <= 1),
				button('previous', '‹ Previous', Math.max(1, page - 1), page <= 1),
				button('current', `${page} / ${pages}`, page, true),
				button('next', 'Next ›', Math.min(pages, page + 1), page >= pages),
				button('last', 'Last »', pages, page >= pages),
			],
		},
	];
}
