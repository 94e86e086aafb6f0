import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { SIGNED_IN_COOKIE, type FakeDiscord } from '../fakes/discord/index.js';
import { CHROMIUM } from '../helpers/requirements.js';

/** Helpers of linked-roles.browser.test.ts: Debian's Chromium, a member's browser, and the pages read off the DOM. */

/** Each browser step (a navigation, a click and its redirects) gets this long; the bot and the fakes are local. */
export const STEP_MS = 10_000;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Debian's Chromium (never a downloaded one); under CI=true a missing one fails here with the package to install. */
export async function launchChromium(): Promise<Browser> {
	const executablePath = CHROMIUM.locate();
	if (executablePath === undefined) throw new Error('Chromium is not installed: apt-get install -y chromium (.ci/run does).');
	return chromium.launch({ executablePath, args: ARGS, timeout: STEP_MS });
}

/**
 * The fake Discord's website as a different site from the bot, as discord.com is from the bot's domain: `localhost`
 * where the fake listens on 127.0.0.1. Two ports of one host are one site, where a SameSite cookie proves nothing.
 */
export function discordWebOrigin(discord: FakeDiscord): string {
	const url = new URL(discord.authorizeUrl);
	url.hostname = 'localhost';
	return url.origin;
}

/**
 * A fresh browser profile for one member, with JavaScript off (the pages must work without it), signed in to the
 * fake Discord as `userId` through its `fake_discord_user` cookie, set for the fake's origin only.
 */
export async function memberBrowser(browser: Browser, discordOrigin: string, userId: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
	context.setDefaultTimeout(STEP_MS);
	context.setDefaultNavigationTimeout(STEP_MS);
	await context.addCookies([{ name: SIGNED_IN_COOKIE, value: userId, url: discordOrigin }]);
	return { context, page: await context.newPage() };
}

/** Runs `act` (a click, Back) and resolves with the navigation's answer at `pathname`, once its page has loaded. */
export async function landingAt(page: Page, pathname: string, act: () => Promise<unknown>): Promise<Response> {
	const landed = page.waitForResponse((response) => response.request().isNavigationRequest() && new URL(response.url()).pathname === pathname, { timeout: STEP_MS });
	const [response] = await Promise.all([landed, act()]);
	await page.waitForLoadState('load', { timeout: STEP_MS });
	return response;
}

/** The figures on the bot's success page, as `name: value` in the order listed. */
export async function figuresOn(page: Page): Promise<string[]> {
	const names = await page.locator('dl dt').allTextContents();
	const values = await page.locator('dl dd').allTextContents();
	return names.map((name, index) => `${name}: ${values[index] ?? ''}`);
}
