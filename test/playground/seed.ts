import type { APIUser } from 'discord-api-types/v10';
import type { FakeCatalog } from '../fakes/catalog/index.js';
import type { FakeDiscogs } from '../fakes/discogs/index.js';
import type { FakeDiscord } from '../fakes/discord/index.js';
import { DEFAULT_USER } from '../fakes/discord/index.js';
import { linkCatalogByToken, linkDiscogsByOAuth } from '../helpers/flows.js';
import { BOB, NELLY } from '../helpers/stack.js';
import { THEO } from './demoCatalog.js';

export { DEMO_CATALOG_ARTISTS, MARA, seedCatalog } from './demoCatalog.js';
export { DEMO_DISCOGS_USERNAMES, seedDiscogs } from './demoDiscogs.js';

/** Who the page can send as: the fake's default user, a plain user with an animated avatar, and Nelly with a badge (flags 64). */
export const DEMO_USERS: readonly APIUser[] = [DEFAULT_USER, BOB, NELLY];

/**
 * Links Nelly to rodneyfool on Discogs (with OAuth, so `/discogs edit` works for her) and to Theo Marsh in the
 * catalog, through the bot's own link commands: `/profile` then shows linked accounts without anyone linking by
 * hand first. Alice and Bob start unlinked, for the linking flows.
 */
export async function linkDemoAccounts(discord: FakeDiscord, discogs: FakeDiscogs, catalog: FakeCatalog): Promise<void> {
	const discogsAnswer = await linkDiscogsByOAuth(discord, discogs, NELLY, 'rodneyfool');
	const catalogAnswer = await linkCatalogByToken(discord, catalog, NELLY, THEO.id);
	for (const answer of [discogsAnswer, catalogAnswer]) {
		const text = JSON.stringify(answer.data.embeds ?? []) + (answer.data.content ?? '');
		if (!text.includes('Linked your')) throw new Error(`linking a demo account was refused: ${text}`);
	}
}
