import type { APIConnection } from 'discord-api-types/v10';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USER as ALICE } from '../fakes/discord/index.js';
import { profileNamed } from '../helpers/discogsUsers.js';
import { linkCatalogByToken, run, text } from '../helpers/flows.js';
import { callbackOf, consent, eventually, linkDiscogsOnWeb, linkedRolesEnv, registerMetadata, titleOf } from '../helpers/linkedRoles.js';
import { BOB, NELLY, startStack, type Stack } from '../helpers/stack.js';
import { visit } from '../helpers/webSignIn.js';
import { SEED_USER_ID } from '../fakes/catalog/index.js';
import { freePort } from '../helpers/ports.js';

/**
 * Issue 15, Linked Roles, against the bot process. Discord's side is the fake (test/fakes/discord/oauth2/), built
 * from Discord's OAuth2 docs (topics/oauth2.mdx: the code grant, the token URL, invalid_grant) and the Users
 * resource (Get Current User Connections; Update Current User Application Role Connection: registered keys,
 * integers as strings, values of at most 100 characters).
 */
let stack: Stack;
let publicUrl: string;

const spotify: APIConnection = { id: 'alice.spins', name: 'Alice Spins', type: 'spotify' as APIConnection['type'], verified: true, friend_sync: false, show_activity: true, two_way_link: false, visibility: 1 };
const hidden: APIConnection = { ...spotify, id: 'UC-hidden', name: 'Hidden channel', type: 'youtube' as APIConnection['type'], visibility: 0 };

const roleConnection = (userId: string) => stack.discord.roleConnectionOf(userId);
const roleConnectionPuts = () => stack.discord.requests.filter((request) => request.method === 'PUT' && /\/users\/@me\/applications\/\d+\/role-connection$/.test(request.path)).length;

beforeAll(async () => {
	const port = await freePort();
	publicUrl = `http://127.0.0.1:${port}`;
	// The fake Discord must know the redirect before the bot starts; its other settings come from the fake itself.
	const redirect = callbackOf(publicUrl);
	stack = await startStack({
		discord: { redirectUris: [redirect] },
		envFor: (fakes) => linkedRolesEnv(fakes.discord, publicUrl, port),
		readyLog: (line) => line.msg === 'http listening',
	});
	await registerMetadata(stack.discord);
	stack.discogs.addUser({ ...profileNamed('trader', 4_100_000), seller_rating: 99.6, seller_num_ratings: 52, releases_contributed: 140 });
});
afterAll(async () => {
	await stack?.stop();
});

describe('Linked Roles through the bot process', () => {
	it('says it is on at start-up, with the verification URL to enter in the developer portal', () => {
		const line = stack.bot.logs().find((entry) => entry.msg === 'linked roles on');
		expect(line?.['verificationUrl']).toBe(`${publicUrl}/linked-roles`);
	});

	it('consent pushes the figures of the linked Discogs account, floored, and shows what was connected', async () => {
		await linkDiscogsOnWeb(stack.discord, stack.discogs, ALICE, 'trader');
		stack.discord.addConnection(ALICE.id, spotify);
		stack.discord.addConnection(ALICE.id, hidden);
		const { landed } = await consent(stack.discord, publicUrl, ALICE.id);
		expect(landed.status).toBe(200);
		expect(titleOf(landed.body)).toBe('Connected');
		expect(landed.body).toContain('Discogs seller rating (%)');
		expect(landed.body).not.toContain('<script');
		expect(roleConnection(ALICE.id)).toMatchObject({
			platform_name: 'Discogs',
			platform_username: 'trader',
			// 99.6 % is 99: Discord compares integers (Application Role Connection Metadata, INTEGER types).
			metadata: { discogs_seller_rating: '99', discogs_seller_ratings: '52', discogs_contributed: '140' },
		});
	});

	it('a replayed callback, another browser and a denied consent change nothing', async () => {
		const first = await consent(stack.discord, publicUrl, BOB.id);
		expect(first.landed.status).toBe(200);
		const replayed = await visit(first.redirect, { cookie: first.cookie });
		expect([replayed.status, titleOf(replayed.body)]).toEqual([400, 'This link has expired']);

		const start = await visit(`${publicUrl}/linked-roles`);
		const state = new URL(start.location ?? '').searchParams.get('state') ?? '';
		const elsewhere = await visit(stack.discord.authorize({ userId: NELLY.id, scope: 'identify role_connections.write connections', redirectUri: callbackOf(publicUrl), state }));
		expect([elsewhere.status, titleOf(elsewhere.body)]).toEqual([400, 'Please finish in the same browser']);

		const again = await visit(`${publicUrl}/linked-roles`);
		const deniedState = new URL(again.location ?? '').searchParams.get('state') ?? '';
		const cookie = again.setCookies[0]?.split(';')[0] ?? '';
		const denied = await visit(`${callbackOf(publicUrl)}?error=access_denied&state=${deniedState}`, { cookie });
		expect([denied.status, titleOf(denied.body)]).toEqual([200, 'Nothing was connected']);
		expect(roleConnection(NELLY.id)).toBeUndefined();
	});

	it("answers in the browser's language: Accept-Language de-DE,de;q=0.9 is a German page", async () => {
		const answer = await request(`${callbackOf(publicUrl)}?state=unknown&code=x`, { headers: { 'accept-language': 'de-DE,de;q=0.9' } });
		const body = await answer.body.text();
		expect(answer.statusCode).toBe(400);
		expect(body).toMatch(/^<!doctype html>\n<html lang="de">/);
		expect(answer.headers['vary']).toBe('accept-language');
	});

	it('connections show on /profile, music first and only public ones, and privacy `nobody` hides them', async () => {
		const card = await run(stack.discord, 'profile', undefined, [{ name: 'user', value: ALICE.id }], BOB);
		expect(text(card.answer)).toContain('Spotify');
		expect(text(card.answer)).toContain('Alice Spins');
		expect(text(card.answer)).not.toContain('Hidden channel');
		await run(stack.discord, 'privacy', undefined, [{ name: 'lookups', value: 'nobody' }], ALICE);
		const hiddenCard = await run(stack.discord, 'profile', undefined, [{ name: 'user', value: ALICE.id }], BOB);
		expect(text(hiddenCard.answer)).not.toContain('Alice Spins');
		expect(text(hiddenCard.answer)).toContain('🔒 Private');
		await run(stack.discord, 'privacy', undefined, [{ name: 'lookups', value: 'everyone' }], ALICE);
	});

	it('the metadata follows a /discogs edit', async () => {
		// Discogs' figures moved since consent; the edit answers with the profile as it now is, and the push follows.
		stack.discogs.addUser({ ...profileNamed('trader', 4_100_000), seller_rating: 100, seller_num_ratings: 60, releases_contributed: 141 });
		const fields = { name: 'Trader', home_page: 'https://example.org', location: 'Lyon', profile: 'Records', curr_abbr: 'EUR' };
		const opened = await run(stack.discord, 'discogs', 'edit', [], ALICE);
		expect(opened.answer.type).toBe(9);
		await (await stack.discord.submitModal({ customId: 'dge', fields, user: ALICE })).final();
		const metadata = await eventually(() => (roleConnection(ALICE.id)?.metadata['discogs_seller_ratings'] === '60' ? roleConnection(ALICE.id)?.metadata : undefined), 'the pushed figures');
		expect(metadata).toMatchObject({ discogs_seller_rating: '100', discogs_contributed: '141' });
	});

	it('an expired access token is refreshed, and the push goes through', async () => {
		stack.discord.expireAccessTokens(ALICE.id);
		await linkCatalogByToken(stack.discord, stack.catalog, ALICE, SEED_USER_ID);
		// The catalog key arrives only if the push, after a refresh, was taken.
		await eventually(() => roleConnection(ALICE.id)?.metadata['catalog_artist'], 'the catalog key');
		expect(stack.bot.logs().some((line) => line.msg === 'linked roles grant revoked; marked broken')).toBe(false);
	});

	it('/unlink discogs clears the Discogs figures', async () => {
		await run(stack.discord, 'unlink', undefined, [{ name: 'service', value: 'discogs' }], ALICE);
		const metadata = await eventually(() => (roleConnection(ALICE.id)?.metadata['discogs_seller_rating'] === undefined ? roleConnection(ALICE.id)?.metadata : undefined), 'the cleared figures');
		expect(Object.keys(metadata)).toEqual(['catalog_artist']);
	});

	it('a revoked grant is marked broken and not tried again', async () => {
		await linkDiscogsOnWeb(stack.discord, stack.discogs, BOB, 'rodneyfool');
		await eventually(() => roleConnection(BOB.id)?.platform_username ?? undefined, "Bob's push");
		stack.discord.revokeGrant(BOB.id);
		await run(stack.discord, 'unlink', undefined, [{ name: 'service', value: 'discogs' }], BOB);
		await stack.bot.waitForLog((line) => line.msg === 'linked roles grant revoked; marked broken' && line['user'] === BOB.id);
		const puts = roleConnectionPuts();
		await linkDiscogsOnWeb(stack.discord, stack.discogs, BOB, 'rodneyfool');
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(roleConnectionPuts()).toBe(puts);
	});

	it('/unlink all removes the role connection and the tokens', async () => {
		await run(stack.discord, 'unlink', undefined, [{ name: 'service', value: 'all' }], ALICE);
		expect(roleConnection(ALICE.id)).toBeUndefined();
		const card = await run(stack.discord, 'profile', undefined, [{ name: 'user', value: ALICE.id }], BOB);
		expect(text(card.answer)).not.toContain('Alice Spins');
	});
});
