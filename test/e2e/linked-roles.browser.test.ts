import type { APIApplicationRoleConnection } from 'discord-api-types/v10';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { METADATA_KEYS } from '../../src/linkedRoles/metadata.js';
import { rodneyfoolProfile } from '../fakes/discogs/index.js';
import { botUser } from '../fakes/discord/fixtures.js';
import { profileNamed } from '../helpers/discogsUsers.js';
import { run } from '../helpers/flows.js';
import { callbackOf, eventually, linkDiscogsOnWeb, linkedRolesEnv, registerMetadata } from '../helpers/linkedRoles.js';
import { CHROMIUM, describeNeeding } from '../helpers/requirements.js';
import { BOB, NELLY, startStack, type Stack } from '../helpers/stack.js';
import { discordWebOrigin, figuresOn, landingAt, launchChromium, memberBrowser, STEP_MS } from './linkedRolesBrowser.js';
import { freePort } from '../helpers/ports.js';

/** Without Chromium this file is skipped with one line naming the package (under CI=true it fails). */
const describe = describeNeeding(CHROMIUM);

/**
 * Issue 15's browser test: Linked Roles as a member goes through them, in headless Chromium with JavaScript off,
 * against the bot process and the fake Discord. The flow is Discord's: the Linked Roles verification URL (developer
 * portal → General Information) sends the member to the OAuth2 consent screen, Authorize comes back to the redirect
 * URI with `code` and `state`, and the app pushes the role connection (discord-api-docs
 * developers/tutorials/configuring-app-metadata-for-linked-roles.mdx, "Acquiring the role"; developers/topics/oauth2.mdx,
 * "Authorization Code Grant" and "State and Security": the state is unguessable and bound to the browser that began;
 * Cancel comes back with `error=access_denied`). What Discord keeps is the Application Role Connection object
 * (developers/resources/application-role-connection-metadata.mdx; developers/resources/user.mdx, "Update Current User
 * Application Role Connection": integer values as strings).
 */
const FLOW_MS = 60_000;
/** What the bot asks for (Discord's OAuth2 scopes), as the fake's consent screen words each one. */
const CONSENT_LINES = ['Access your username, avatar, and banner (identify)', 'Update your connection and metadata for this app (role_connections.write)', 'Access your third-party connections (connections)'];
const DISCOGS_KEYS = [METADATA_KEYS.sellerRating, METADATA_KEYS.sellerRatings, METADATA_KEYS.releasesContributed, METADATA_KEYS.memberSince];

let stack: Stack | undefined;
let browser: Browser | undefined;
let publicUrl = '';
let discordOrigin = '';
const contexts: BrowserContext[] = [];
/** Nelly's tab after her consent, kept for the replays: its history holds the consent page and the callback. */
let nellyTab: Page | undefined;
let nellyCallback = '';

function started(): Stack {
	if (!stack) throw new Error('the stack did not start');
	return stack;
}

async function openBrowser(userId: string): Promise<Page> {
	if (!browser) throw new Error('Chromium did not start');
	const { context, page } = await memberBrowser(browser, discordOrigin, userId);
	contexts.push(context);
	return page;
}

const roleConnection = (userId: string): APIApplicationRoleConnection | undefined => started().discord.roleConnectionOf(userId);
const roleConnectionPuts = () => started().discord.requests.filter((request) => request.method === 'PUT' && /\/users\/@me\/applications\/\d+\/role-connection$/.test(request.path)).length;
const connectedLogs = () => started().bot.logs().filter((line) => line.msg === 'linked roles connected').length;
const titleOf = (page: Page) => page.title();

beforeAll(async () => {
	const port = await freePort();
	publicUrl = `http://127.0.0.1:${port}`;
	stack = await startStack({
		discord: { redirectUris: [callbackOf(publicUrl)] },
		envFor: (fakes) => {
			discordOrigin = discordWebOrigin(fakes.discord);
			return { ...linkedRolesEnv(fakes.discord, publicUrl, port), DISCORD_WEB_URL: discordOrigin };
		},
		readyLog: (line) => line.msg === 'http listening',
	});
	await registerMetadata(stack.discord);
	stack.discogs.addUser({ ...profileNamed('trader', 4_100_000), seller_rating: 99.6, seller_num_ratings: 52, releases_contributed: 140 });
	browser = await launchChromium();
}, 90_000);

afterAll(async () => {
	try {
		await Promise.allSettled(contexts.map((context) => context.close()));
		await browser?.close();
	} finally {
		await stack?.stop();
	}
}, 30_000);

describe('Linked Roles in a real browser (headless Chromium, no JavaScript)', () => {
	it('the verification URL leads to the consent screen, Authorize to the success page, and the fake holds the role connection', async () => {
		const { discord, discogs } = started();
		await linkDiscogsOnWeb(discord, discogs, NELLY, 'trader');
		const page = await openBrowser(NELLY.id);
		nellyTab = page;

		const consent = await page.goto(`${publicUrl}/linked-roles`);
		expect(consent?.request().redirectedFrom()?.url()).toBe(`${publicUrl}/linked-roles`);
		expect(new URL(page.url()).origin).toBe(discordOrigin);
		expect(new URL(page.url()).pathname).toBe('/oauth2/authorize');
		expect(await page.locator('h1').textContent()).toBe(`${botUser(discord.applicationId).username} wants to access your Discord account`);
		expect(await page.locator('main ul li').allTextContents()).toEqual(CONSENT_LINES);
		expect(await page.locator('main p', { hasText: 'Signed in as' }).textContent()).toContain(NELLY.id);
		expect(await page.locator('main p', { hasText: 'redirected outside of Discord' }).textContent()).toContain(publicUrl);
		// The browser holds the binding cookie, for the callback path only and out of a script's reach.
		const [binding] = (await page.context().cookies(callbackOf(publicUrl))).filter((cookie) => cookie.name === 'crossfade_consent');
		expect(binding).toMatchObject({ path: '/oauth/discord/callback', httpOnly: true });

		const puts = roleConnectionPuts();
		const landed = await landingAt(page, '/oauth/discord/callback', () => page.getByRole('button', { name: 'Authorize' }).click());
		nellyCallback = page.url();
		expect(new URL(nellyCallback).searchParams.get('code')).toBeTruthy();
		// The cookie crossed from the fake's site back to the bot's: otherwise this is "Please finish in the same browser".
		expect([landed.status(), await titleOf(page)]).toEqual([200, 'Connected']);
		const registered = new Date(String(rodneyfoolProfile.registered)).toISOString();
		expect(await figuresOn(page)).toEqual([
			'Discogs seller rating (%): 99',
			'Discogs seller ratings: 52',
			'Discogs releases contributed: 140',
			// The date as Intl writes it for en-US, in UTC (the role connection keeps the ISO 8601 below).
			'Discogs member for (days): Aug 16, 2012',
		]);
		expect(await page.locator('main strong').first().textContent()).toBe(NELLY.username);
		expect(await page.locator('script').count()).toBe(0);
		// Spent with the callback: the browser dropped it (Max-Age=0).
		expect((await page.context().cookies(callbackOf(publicUrl))).map((cookie) => cookie.name)).not.toContain('crossfade_consent');

		expect(roleConnectionPuts()).toBe(puts + 1);
		expect(roleConnection(NELLY.id)).toEqual({
			platform_name: 'Discogs',
			platform_username: 'trader',
			// 99.6 % floored: Discord compares integers (application-role-connection-metadata.mdx, INTEGER_* types).
			metadata: { discogs_seller_rating: '99', discogs_seller_ratings: '52', discogs_contributed: '140', discogs_member_since: registered },
		});
	}, FLOW_MS);

	it('/unlink discogs clears the Discogs metadata', async () => {
		await run(started().discord, 'unlink', undefined, [{ name: 'service', value: 'discogs' }], NELLY);
		const metadata = await eventually(() => {
			const current = roleConnection(NELLY.id)?.metadata ?? {};
			return DISCOGS_KEYS.some((key) => key in current) ? undefined : current;
		}, 'the Discogs keys to be cleared');
		expect(metadata).toEqual({});
	}, FLOW_MS);

	it('a replayed state is refused: Back to the callback, Authorize again on the old consent page, the same URL again', async () => {
		const page = nellyTab;
		if (!page || !nellyCallback) throw new Error('the consent test did not run');
		const before = structuredClone(roleConnection(NELLY.id));
		const puts = roleConnectionPuts();
		const connected = connectedLogs();
		const expectRefused = async (status: number | undefined) => {
			expect([status, await titleOf(page)]).toEqual([400, 'This link has expired']);
			expect(await page.locator('main p').first().textContent()).toContain('nothing changed');
			expect(roleConnection(NELLY.id)).toEqual(before);
			expect([roleConnectionPuts(), connectedLogs()]).toEqual([puts, connected]);
		};

		// The member leaves the success page and presses Back: the page is no-store, so the browser asks again.
		await page.goto('about:blank');
		const back = await landingAt(page, '/oauth/discord/callback', () => page.goBack({ timeout: STEP_MS }));
		expect(page.url()).toBe(nellyCallback);
		await expectRefused(back.status());

		// Back once more is Discord's consent page for the old state; Authorize there mints a fresh code for it.
		await page.goBack({ timeout: STEP_MS });
		expect(new URL(page.url()).pathname).toBe('/oauth2/authorize');
		const again = await landingAt(page, '/oauth/discord/callback', () => page.getByRole('button', { name: 'Authorize' }).click());
		expect(new URL(page.url()).searchParams.get('code')).not.toBe(new URL(nellyCallback).searchParams.get('code'));
		await expectRefused(again.status());

		const reopened = await page.goto(nellyCallback);
		await expectRefused(reopened?.status());
	}, FLOW_MS);

	it('Cancel on the consent screen comes back to "Nothing was connected", and nothing is pushed', async () => {
		const page = await openBrowser(BOB.id);
		await page.goto(`${publicUrl}/linked-roles`);
		expect(await page.locator('main p', { hasText: 'Signed in as' }).textContent()).toContain(BOB.id);
		const puts = roleConnectionPuts();
		const landed = await landingAt(page, '/oauth/discord/callback', () => page.getByRole('button', { name: 'Cancel' }).click());
		expect(new URL(page.url()).searchParams.get('error')).toBe('access_denied');
		expect([landed.status(), await titleOf(page)]).toEqual([200, 'Nothing was connected']);
		expect(roleConnection(BOB.id)).toBeUndefined();
		expect(roleConnectionPuts()).toBe(puts);
	}, FLOW_MS);
});
