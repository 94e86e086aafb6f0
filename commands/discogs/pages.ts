import type { Context } from '../../src/context.js';
import type { ContributionSort, SortOrder } from '../../src/discogs/schemas.js';
import { CONTRIBUTION_SORTS, SORT_ORDERS } from '../../src/discogs/schemas.js';
import { StaleComponentError } from '../../src/core/errors.js';
import { encodeCustomId, parsePage } from '../../src/interactions/customId.js';
import type { Translator } from '../../src/i18n/translator.js';
import type { ComponentHandler, MessagePayload } from '../../src/interactions/types.js';
import { discogsContributionsEmbed } from '../../src/views/discogs/contributionsEmbed.js';
import { discogsSubmissionsEmbed } from '../../src/views/discogs/submissionsEmbed.js';
import { pageButtons } from '../../src/views/pagination.js';

/** Items a page shows: what fits an embed comfortably. */
export const PER_PAGE = 10;
const PREFIX = 'dgp';

/** Everything needed to draw a page again, kept in the buttons' custom_ids. */
export interface PageState {
	view: 'contributions' | 'submissions';
	username: string;
	page: number;
	sort?: ContributionSort | undefined;
	order?: SortOrder | undefined;
}

const VIEW_CODES = { contributions: 'c', submissions: 's' } as const;

const NAV_CODES = { first: 'f', previous: 'p', current: 'i', next: 'n', last: 'l' } as const;

function navigation(tr: Translator, state: PageState, pages: number) {
	return pageButtons(tr, state.page, pages, (nav, page, count) =>
		encodeCustomId(PREFIX, VIEW_CODES[state.view], NAV_CODES[nav], page, count, state.sort ?? '-', state.order ?? '-', encodeURIComponent(state.username)),
	);
}

/** Fetches one page from Discogs and draws it with its First / Previous / Next / Last buttons. */
export async function renderPage(context: Context, tr: Translator, state: PageState): Promise<MessagePayload> {
	const view = { webUrl: context.config.discogs.webUrl, now: context.now(), username: state.username };
	if (state.view === 'contributions') {
		const { value, fetchedAt, stale } = await context.discogs.getContributions(state.username, {
			page: state.page,
			perPage: PER_PAGE,
			...(state.sort && { sort: state.sort }),
			...(state.order && { sortOrder: state.order }),
		});
		return {
			embeds: [discogsContributionsEmbed(tr, value, { ...view, fetchedAt, stale, sort: state.sort, sortOrder: state.order })],
			components: navigation(tr, state, value.pagination.pages),
		};
	}
	const { value, fetchedAt, stale } = await context.discogs.getSubmissions(state.username, { page: state.page, perPage: PER_PAGE });
	return { embeds: [discogsSubmissionsEmbed(tr, value, { ...view, fetchedAt, stale })], components: navigation(tr, state, value.pagination.pages) };
}

/** `-` stands for "none"; anything else must be one of the known keys, or the button is not ours. */
function parseKey<K extends string>(value: string | undefined, keys: readonly K[]): { key: K | undefined } | undefined {
	if (value === '-') return { key: undefined };
	const key = keys.find((candidate) => candidate === value);
	return key === undefined ? undefined : { key };
}

function decodeUsername(value: string | undefined): string | undefined {
	try {
		return value === undefined || value === '' ? undefined : decodeURIComponent(value);
	} catch {
		return undefined;
	}
}

/** The state a page button carries, read strictly: undefined for anything this version did not make. */
export function parseState(args: readonly string[]): PageState | undefined {
	const [code, , page, pages, sort, order, username, ...rest] = args;
	const view = code === 'c' ? 'contributions' : code === 's' ? 'submissions' : undefined;
	const position = parsePage(page, pages);
	const sortKey = parseKey(sort, CONTRIBUTION_SORTS);
	const orderKey = parseKey(order, SORT_ORDERS);
	const name = decodeUsername(username);
	if (!view || !position || !sortKey || !orderKey || name === undefined || rest.length > 0) return undefined;
	return { view, username: name, page: position.page, sort: sortKey.key, order: orderKey.key };
}

/** The page buttons: work for anyone who sees the message and after a restart, since the state is in the id. */
export const discogsPageButtons: ComponentHandler = {
	prefix: PREFIX,
	defer: 'update',
	changes: false,
	async execute(context, { args, tr }) {
		const state = parseState(args);
		if (!state) throw new StaleComponentError(`page button ${args.join(':')}`);
		return { kind: 'update', message: await renderPage(context, tr, state) };
	},
};

