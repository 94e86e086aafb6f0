import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord-api-types/v10';
import type { Translator } from '../i18n/translator.js';
import { fitLabel } from './format.js';

/** Which button was pressed; part of the custom_id because ids in one message must differ. */
export type PageNav = 'first' | 'previous' | 'current' | 'next' | 'last';

/**
 * First / Previous / "page of pages" / Next / Last, or nothing for a single page. `customId` encodes the
 * target page, the page count (so a forged page can be refused unread) and whatever else the handler needs,
 * so the buttons work for anyone, after a restart too; it never depends on the reader's language.
 */
export function pageButtons(
	tr: Translator,
	page: number,
	pages: number,
	customId: (nav: PageNav, page: number, pages: number) => string,
): APIActionRowComponent<APIButtonComponent>[] {
	if (pages <= 1) return [];
	const button = (nav: PageNav, target: number, disabled: boolean): APIButtonComponent => ({
		type: ComponentType.Button,
		style: ButtonStyle.Secondary,
		label: fitLabel(tr.t(`pages:buttons.${nav}`, { page: tr.number(page), pages: tr.number(pages) }), 'button'),
		disabled,
		custom_id: customId(nav, target, pages),
	});
	return [
		{
			type: ComponentType.ActionRow,
			components: [
				button('first', 1, page <= 1),
				button('previous', Math.max(1, page - 1), page <= 1),
				button('current', page, true),
				button('next', Math.min(pages, page + 1), page >= pages),
				button('last', pages, page >= pages),
			],
		},
	];
}

/** "Page 2 of 3", the start of a paged list's footer. */
export function pageOfPages(tr: Translator, page: number, pages: number): string {
	return tr.t('pages:footer.page', { page: tr.number(page), pages: tr.number(Math.max(1, pages)) });
}
