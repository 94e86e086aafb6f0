import { roleConnectionMetadata } from '../../src/linkedRoles/metadata.js';
import type { APIUser } from 'discord-api-types/v10';
import type { FakeDiscogs } from '../fakes/discogs/index.js';
import type { FakeDiscord } from '../fakes/discord/index.js';
import { run } from './flows.js';
import { answerButtons, cookieOf, decideOnDiscogs, visit, type PageVisit } from './webSignIn.js';

/** The records deploy-commands registers, in every language the resources speak. */
const ROLE_CONNECTION_METADATA = roleConnectionMetadata();

export const SCOPE = 'identify role_connections.write connections';
export const callbackOf = (publicUrl: string) => `${publicUrl}/oauth/discord/callback`;

/** The environment that turns Linked Roles on against the fake Discord, with the public port it names. */
export function linkedRolesEnv(discord: FakeDiscord, publicUrl: string, port: number): Record<string, string> {
	return {
		PUBLIC_URL: publicUrl,
		HTTP_PORT: String(port),
		DISCORD_APPLICATION_ID: discord.applicationId,
		DISCORD_CLIENT_SECRET: discord.clientSecret,
		DISCORD_WEB_URL: new URL(discord.authorizeUrl).origin,
	};
}

/** What deploy-commands registers: the role connections the bot pushes are checked against it, as Discord checks them. */
export async function registerMetadata(discord: FakeDiscord): Promise<void> {
	const response = await fetch(`${discord.apiUrl}/v10/applications/${discord.applicationId}/role-connections/metadata`, {
		method: 'PUT',
		headers: { authorization: `Bot ${discord.token}`, 'content-type': 'application/json' },
		body: JSON.stringify(ROLE_CONNECTION_METADATA),
	});
	if (!response.ok) throw new Error(`metadata PUT answered ${response.status}: ${await response.text()}`);
}

export interface Consent {
	/** The verification URL's answer: a redirect to Discord's consent page. */
	start: PageVisit;
	/** The `name=value` cookie the browser got. */
	cookie: string;
	state: string;
	/** Where Discord sends the browser back after Authorize. */
	redirect: string;
	/** The bot's page at the end. */
	landed: PageVisit;
}

/** A member opens the verification URL, clicks Authorize on Discord, and comes back with the browser's cookie. */
export async function consent(discord: FakeDiscord, publicUrl: string, userId: string): Promise<Consent> {
	const start = await visit(`${publicUrl}/linked-roles`);
	if (start.status !== 302 || !start.location) throw new Error(`the verification URL answered ${start.status}: ${start.body}`);
	const state = new URL(start.location).searchParams.get('state') ?? '';
	const cookie = cookieOf(start.setCookies[0]).pair;
	const redirect = discord.authorize({ userId, scope: SCOPE, redirectUri: callbackOf(publicUrl), state });
	const landed = await visit(redirect, { cookie });
	return { start, cookie, state, redirect, landed };
}

export const titleOf = (body: string) => /<title>(.*)<\/title>/.exec(body)?.[1];

/** Polls `probe` until it returns something other than undefined; pushes happen off the member's answer. */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 5000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/** `/link discogs` with PUBLIC_URL set: the start link, approval on the fake Discogs, and the callback in the same browser. */
export async function linkDiscogsOnWeb(discord: FakeDiscord, discogs: FakeDiscogs, user: APIUser, username: string): Promise<PageVisit> {
	const { answer } = await run(discord, 'link', 'discogs', [], user);
	const [startUrl] = answerButtons(answer).urls;
	if (!startUrl) throw new Error(`no start link in ${JSON.stringify(answer.data)}`);
	const start = await visit(startUrl);
	const approved = await decideOnDiscogs(discogs.url, start.location ?? '', 'authorize', username);
	const done = await visit(approved.location ?? '', { cookie: cookieOf(start.setCookies[0]).pair });
	if (done.status !== 200) throw new Error(`the Discogs callback answered ${done.status}: ${done.body}`);
	return done;
}
