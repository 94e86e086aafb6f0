import { ApplicationCommandOptionType, type APIUser } from 'discord-api-types/v10';
import type { FakeCatalog } from '../fakes/catalog/index.js';
import type { FakeDiscogs } from '../fakes/discogs/index.js';
import type { FakeDiscord, FinalAnswer } from '../fakes/discord/index.js';

type Option = { name: string; value: string | number | boolean };

function options(list: Option[]) {
	return list.map((option) => ({
		name: option.name,
		type: typeof option.value === 'boolean' ? ApplicationCommandOptionType.Boolean : ApplicationCommandOptionType.String,
		value: option.value,
	})) as Array<{ name: string; type: ApplicationCommandOptionType.String; value: string }>;
}

/** `/<command> <subcommand> options…` as `user`; resolves with the handle and the answer the user sees. */
export async function run(discord: FakeDiscord, command: string, subcommand: string | undefined, list: Option[], user?: APIUser) {
	const handle = await discord.slash({
		name: command,
		options: subcommand ? [{ type: ApplicationCommandOptionType.Subcommand, name: subcommand, options: options(list) }] : options(list),
		...(user && { user }),
	});
	return { handle, answer: await handle.final() };
}

export const text = (answer: FinalAnswer): string => JSON.stringify(answer.data.embeds ?? []) + (answer.data.content ?? '');
export const description = (answer: FinalAnswer): string => answer.data.embeds?.[0]?.description ?? '';

/** Links `user` to a catalog account by pasting a token for it into the /link catalog modal. */
export async function linkCatalogByToken(discord: FakeDiscord, catalog: FakeCatalog, user: APIUser, catalogUserId: string): Promise<FinalAnswer> {
	const opened = await run(discord, 'link', 'catalog', [], user);
	if (opened.answer.type !== 9) throw new Error(`expected a modal, got ${JSON.stringify(opened.answer)}`);
	const { accessToken } = catalog.issueTokens(catalogUserId);
	return (await discord.submitModal({ customId: 'lnkm:ct', fields: { token: accessToken }, user })).final();
}

/** Links `user` to a Discogs account with OAuth: authorize link, the user approves on Discogs, pastes the code. */
export async function linkDiscogsByOAuth(discord: FakeDiscord, discogs: FakeDiscogs, user: APIUser, username: string): Promise<FinalAnswer> {
	const { handle, answer } = await run(discord, 'link', 'discogs', [], user);
	const buttons = (answer.data.components ?? []).flatMap<unknown>((row) => ('components' in row ? row.components : [])) as Array<{ url?: string; custom_id?: string }>;
	const authorizeUrl = buttons.find((button) => button.url)?.url;
	const requestToken = authorizeUrl && new URL(authorizeUrl).searchParams.get('oauth_token');
	if (!requestToken) throw new Error(`no authorize link in ${JSON.stringify(answer.data)}`);
	const verifier = discogs.authorize(requestToken, username);
	const message = handle.original();
	if (!message) throw new Error('the /link answer left no message');
	const modal = await (await discord.click({ customId: 'lnk:do', message, user })).final();
	if (modal.type !== 9) throw new Error(`expected the code modal, got ${JSON.stringify(modal)}`);
	return (await discord.submitModal({ customId: 'lnkm:do', fields: { verifier }, user })).final();
}
