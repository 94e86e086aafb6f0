import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ANSWER_MS, readImages } from './driver.js';

/** Debian's Chromium, for test/e2e/playground.browser.test.ts, kept from calling home and from needing a GPU. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserSession {
	readonly browser: Browser;
	readonly page: Page;
	/** Script errors and Content Security Policy violations, on the page and on every tab it opens. */
	readonly pageErrors: string[];
}

function watchErrors(tab: Page, pageErrors: string[]): void {
	tab.on('pageerror', (error) => pageErrors.push(`${tab.url()}: ${error.message}`));
	tab.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) pageErrors.push(`${tab.url()}: ${message.text()}`);
	});
}

/** Headless Chromium with the playground page open and live. The browser is English and in UTC, as the tests read it. */
export async function openPlaygroundPage(url: string): Promise<BrowserSession> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`${CHROMIUM} does not exist. This test needs Chromium and fails without it on purpose: install it with \`apt-get install -y chromium\` (.ci/run does).`);
	}
	// launch() gives every browser a fresh, temporary user-data directory, removed again on close().
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	try {
		const pageErrors: string[] = [];
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'UTC' });
		context.on('page', (tab) => watchErrors(tab, pageErrors));
		const page = await context.newPage();
		await page.goto(url);
		await page.locator('#connection.live').waitFor({ timeout: ANSWER_MS });
		return { browser, page, pageErrors };
	} catch (error) {
		await browser.close();
		throw error;
	}
}

/** Every picture in `scope` has loaded, from the demo servers on 127.0.0.1; none fell back to the grey box. */
export async function expectPicturesLoaded(scope: Locator): Promise<void> {
	const read = () => readImages(scope.locator('img'));
	await expect.poll(async () => (await read()).every((image) => image.complete), { timeout: ANSWER_MS }).toBe(true);
	const loaded = await read();
	expect(loaded.length).toBeGreaterThan(0);
	for (const image of loaded) expect(image.src).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
	expect(loaded.filter((image) => image.width === 0)).toEqual([]);
	expect(await scope.locator('.media.broken').count()).toBe(0);
}
