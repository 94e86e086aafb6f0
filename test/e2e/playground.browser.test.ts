import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translator.js';
import { DEFAULT_USER } from '../fakes/discord/index.js';
import { REPO_ROOT } from '../helpers/botProcess.js';
import { CHROMIUM as CHROMIUM_PROGRAM, describeNeeding } from '../helpers/requirements.js';
import { expectPicturesLoaded, openPlaygroundPage, type BrowserSession } from '../playground/browser.js';
import { INES, MARA } from '../playground/demoCatalog.js';
import * as driver from '../playground/driver.js';
import { ANSWER_MS, fieldValue, linkCode, PlaygroundPage, START_LIMIT_MS, STOP_LIMIT_MS } from '../playground/driver.js';

/** Without Chromium these are skipped with one line naming the package (under CI=true they fail). */
const describe = describeNeeding(CHROMIUM_PROGRAM);

/**
 * `npm run playground` as a developer uses it: the CLI in its own process (which starts the fakes and the real bot),
 * its page in headless Chromium, commands typed into the page, answers read off the rendered DOM, and the linking
 * flows finished on the demo websites the page links to. UPDATE_SCREENSHOT=1 also writes docs/playground.png.
 */
const SCREENSHOT = join(REPO_ROOT, 'docs/playground.png');
const FLOW_MS = 60_000;

let playground: driver.PlaygroundProcess | undefined;
let session: BrowserSession | undefined;
let page: Page;
let channel: PlaygroundPage;

beforeAll(async () => {
	playground = driver.startPlaygroundProcess();
	session = await openPlaygroundPage(await playground.url);
	page = session.page;
	channel = new PlaygroundPage(page);
}, START_LIMIT_MS + 30_000);

afterAll(async () => {
	await session?.browser.close();
	if (playground) await driver.stopGroup(playground);
}, STOP_LIMIT_MS + 10_000);

describe('the playground page, against the real bot', () => {
	it('lists the commands the bot registered, with their subcommands', async () => {
		const commands = await page.locator('#command option').allTextContents();
		expect(commands).toEqual(expect.arrayContaining(['/discogs', '/profile', '/catalog', 'View profile (user menu)']));
		await page.selectOption('#command', { label: '/discogs' });
		expect(await page.locator('#subcommand option').allTextContents()).toEqual(['profile', 'ratings', 'contributions', 'submissions', 'edit']);
	});

	it('/discogs profile username:rodneyfool shows the profile embed with its avatar and banner from the demo server', async () => {
		const message = await channel.run({ as: 'Alice', command: 'discogs', subcommand: 'profile', options: { username: 'rodneyfool' } });
		await message.locator('.embed-title', { hasText: 'Rodney (rodneyfool)' }).waitFor({ timeout: ANSWER_MS });
		expect(await fieldValue(message, 'Rank').textContent()).toBe('149');
		expect(await message.locator('.embed-title a').getAttribute('href')).toBe('https://www.discogs.com/user/rodneyfool');
		expect(await message.locator('.invocation').textContent()).toBe('Alice used /discogs profile');
		// <t:…:D> is shown as a date, not as the raw tag.
		expect(await fieldValue(message, 'Registered').textContent()).toMatch(/August 1[56], 2012/);
		// The demo profile says 5 releases, and lists exactly those.
		expect(await fieldValue(message, 'Releases contributed').textContent()).toBe('5');
		expect(await message.getAttribute('class')).not.toContain('ephemeral');
		// The thumbnail, the banner and the bot's own avatar (Discord's default, from the stand-in CDN).
		await expectPicturesLoaded(message);
		expect(await message.locator('.embed-thumbnail img, .embed-image img, .avatar img').count()).toBe(3);

		if (process.env['UPDATE_SCREENSHOT'] === '1') {
			mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
			await page.screenshot({ path: SCREENSHOT });
		}
	});

	it('draws emoji in colour (Debian: fonts-noto-color-emoji), as Discord does', async () => {
		const description = page.locator('.embed-description', { hasText: '💿' }).first();
		const coloured = await description.evaluate(driver.colouredPixels, '💿');
		expect(coloured, 'no colour emoji font: apt-get install -y fonts-noto-color-emoji').toBeGreaterThan(100);
	});

	it('autocompletes the username from what the bot suggests', async () => {
		await page.selectOption('#as-user', { label: 'Alice' });
		await page.selectOption('#command', { label: '/discogs' });
		await page.selectOption('#subcommand', 'ratings');
		await page.locator('[name="username"]').fill('rod');
		await page.locator('.suggestion', { hasText: /^rodneyfool$/ }).click({ timeout: ANSWER_MS });
		expect(await page.locator('[name="username"]').inputValue()).toBe('rodneyfool');
	});

	it('/discogs contributions pages with Next, updating the same message; 25 releases, as the profile says', async () => {
		const message = await channel.run({ as: 'Alice', command: 'discogs', subcommand: 'contributions', options: { username: 'crate_digger' } });
		await message.locator('.embed-footer', { hasText: /^Page 1 of 3/ }).waitFor({ timeout: ANSWER_MS });
		const id = await message.getAttribute('data-id');
		await message.locator('button', { hasText: 'Next ›' }).click();
		const updated = page.locator(`.message[data-id="${id}"]`);
		await updated.locator('.embed-footer', { hasText: /^Page 2 of 3/ }).waitFor({ timeout: ANSWER_MS });
		expect(await updated.count()).toBe(1);
		expect(await updated.locator('button', { hasText: '‹ Previous' }).isEnabled()).toBe(true);
		await expectPicturesLoaded(updated);
	});

	it('lays inline fields out three a row, a long value wrapping inside its own column', async () => {
		const message = await channel.run({ as: 'Alice', command: 'discogs', subcommand: 'profile', options: { username: 'crate_digger' } });
		await message.locator('.embed-title', { hasText: 'crate_digger' }).waitFor({ timeout: ANSWER_MS });
		expect(await fieldValue(message, 'Releases contributed').textContent()).toBe('25');
		const boxes = await driver.readFieldBoxes(message.locator('.field.inline'));
		const [location, homePage, registered, rank] = boxes;
		if (!location || !homePage || !registered || !rank) throw new Error(`expected at least four inline fields, got ${boxes.length}`);
		expect([homePage.top, registered.top]).toEqual([location.top, location.top]);
		expect(rank.top).toBeGreaterThan(location.top);
		// The home page is one long link: it breaks inside its column instead of running under "Registered".
		expect(homePage.right).toBeLessThanOrEqual(registered.left);
		expect(boxes.filter((box) => box.overflows)).toEqual([]);
	});

	it('/profile as Nelly shows her HypeSquad badge, avatar and banner from the stand-in CDN', async () => {
		const message = await channel.run({ as: 'Nelly', command: 'profile' });
		await message.locator('.embed-title', { hasText: 'Nelly' }).waitFor({ timeout: ANSWER_MS });
		expect(await fieldValue(message, 'Badge').textContent()).toBe('HypeSquad House Bravery');
		await expectPicturesLoaded(message);
		expect(await message.locator('.embed-thumbnail img').getAttribute('src')).toMatch(/\/avatars\/80351110224678912\/8342729096ea3675442027381ff50dfe\.png/);
	});

	it('shows a mention as @name, as Discord does', async () => {
		const message = await channel.run({ as: 'Alice', command: 'discogs', subcommand: 'profile', options: { user: 'Bob' } });
		const mention = message.locator('.embed-description .mention');
		await mention.waitFor({ timeout: ANSWER_MS });
		expect(await mention.textContent()).toBe('@Bob');
		expect(await message.locator('.embed-description').textContent()).not.toContain('<@');
	});

	it('hides a spoiler until it is clicked', async () => {
		const message = await channel.run({ as: 'Nelly', command: 'catalog', subcommand: 'profile', options: { private: 'True' } });
		const spoiler = fieldValue(message, '🔒 Email').locator('.spoiler');
		await spoiler.waitFor({ timeout: ANSWER_MS });
		const colour = () => driver.textColour(spoiler);
		expect(await colour()).toBe('rgba(0, 0, 0, 0)');
		expect(await message.locator('.field-value').allTextContents()).not.toContain('||');
		await spoiler.click();
		expect(await spoiler.getAttribute('class')).toContain('revealed');
		expect(await spoiler.textContent()).toBe('theo.marsh@example.test');
		expect(await colour()).not.toBe('rgba(0, 0, 0, 0)');
	});

	it('an unknown Discogs username gets an error only the invoker sees', async () => {
		const message = await channel.run({ as: 'Alice', command: 'discogs', subcommand: 'profile', options: { username: 'nobody_here' } });
		await message.locator('.embed-description', { hasText: 'No Discogs user named' }).waitFor({ timeout: ANSWER_MS });
		expect(await message.getAttribute('class')).toContain('ephemeral');
		expect(await message.locator('.ephemeral-note').textContent()).toBe('Only you can see this');
		// The bot escapes the underscore; the page shows it as written, in bold.
		expect(await message.locator('.embed-description strong').textContent()).toBe('nobody_here');
	});

	it('opens the /discogs edit modal, prefilled, and submits it back to the bot', async () => {
		await channel.send({ as: 'Nelly', command: 'discogs', subcommand: 'edit' });
		await page.locator('#modal').waitFor({ state: 'visible', timeout: ANSWER_MS });
		expect(await page.locator('#modal-title').textContent()).toBe('Edit rodneyfool on Discogs');
		expect(await page.locator('#modal [name="name"]').inputValue()).toBe('Rodney');
		const answer = await channel.submitModal({ location: 'Portland, OR' });
		await answer.locator('.content', { hasText: 'Your Discogs profile was updated.' }).waitFor({ timeout: ANSWER_MS });
		expect(await fieldValue(answer, 'Location').textContent()).toBe('Portland, OR');
		expect(await answer.getAttribute('class')).toContain('ephemeral');
	});
});

describe('the four linking flows, finished by clicking', () => {
	it('/link discogs: Authorize on Discogs, then paste the code it shows', async () => {
		const message = await channel.run({ as: 'Alice', command: 'link', subcommand: 'discogs' });
		const discogs = await channel.openTab(message.locator('a.button', { hasText: 'Authorize on Discogs' }));
		const verifier = await driver.authorizeOnDiscogs(discogs, 'dj_nova');
		await discogs.close();
		await message.locator('button', { hasText: 'Enter code' }).click();
		const answer = await channel.submitModal({ verifier });
		await answer.locator('.embed-description', { hasText: 'Linked your Discogs account dj_nova' }).waitFor({ timeout: ANSWER_MS });
	}, FLOW_MS);

	it('/link discogs username: the Edit profile button opens the profile editor, where the code goes', async () => {
		const message = await channel.run({ as: 'Bob', command: 'link', subcommand: 'discogs', options: { username: 'crate_digger' } });
		const code = await linkCode(message);
		const editor = await channel.openTab(message.locator('a.button', { hasText: 'Edit profile' }));
		expect(new URL(editor.url()).pathname).toBe('/settings/user');
		await driver.addToDiscogsProfile(editor, 'crate_digger', code);
		await editor.close();
		const answer = await channel.next(() => message.locator('button', { hasText: 'Verify' }).click());
		await answer.locator('.embed-description', { hasText: 'Linked your Discogs account crate_digger' }).waitFor({ timeout: ANSWER_MS });
	}, FLOW_MS);

	it('/link catalog: the demo NEWM Studio signs in and shows the token to paste', async () => {
		const studio = await channel.openTab(page.locator('#site-studio'));
		const token = await driver.signInToStudio(studio, INES);
		await studio.close();
		await channel.send({ as: 'Alice', command: 'link', subcommand: 'catalog' });
		const answer = await channel.submitModal({ token });
		await answer.locator('.embed-description', { hasText: 'Linked your catalog account Ines D' }).waitFor({ timeout: ANSWER_MS });
	}, FLOW_MS);

	it('/link catalog id: the code goes into the biography on the demo NEWM Studio', async () => {
		const message = await channel.run({ as: 'Bob', command: 'link', subcommand: 'catalog', options: { id: MARA.id } });
		const code = await linkCode(message);
		const studio = await channel.openTab(page.locator('#site-studio'));
		await driver.signInToStudio(studio, MARA);
		await driver.addToBiography(studio, code);
		await studio.close();
		const answer = await channel.next(() => message.locator('button', { hasText: 'Verify' }).click());
		await answer.locator('.embed-description', { hasText: 'Linked your catalog account Mara' }).waitFor({ timeout: ANSWER_MS });
	}, FLOW_MS);

	it('/link status then shows both accounts of each member', async () => {
		for (const [as, discogs, catalog] of [['Alice', 'dj_nova', 'Ines D'], ['Bob', 'crate_digger', 'Mara']] as const) {
			const message = await channel.run({ as, command: 'link', subcommand: 'status' });
			const text = message.locator('.embed-description');
			await text.waitFor({ timeout: ANSWER_MS });
			expect(await text.textContent()).toContain(discogs);
			expect(await text.textContent()).toContain(catalog);
		}
	});
});

describe('the language picker: the demo member speaks German', () => {
	// Discord sends the member's client language as `locale` with every interaction and the server's as `guild_locale`
	// (discord-api-docs receiving-and-responding.mdx, Interaction Structure); the bot answers privately in the first and
	// publicly in a server in the second (src/i18n/locales.ts answerLocale). Figures: test/playground/demoDiscogs.ts.
	const [de, en] = [translator('de'), translator('en-US')];

	it('lists the seven languages by their own names, English first, labelled, described and reachable by keyboard', async () => {
		const picker = page.getByLabel('Language');
		expect(await picker.locator('option').allTextContents()).toEqual(['English', 'Deutsch', 'Français', 'Español', 'Português (Brasil)', '日本語', 'Nederlands']);
		expect(await picker.locator('option').evaluateAll((nodes: Array<{ lang: string }>) => nodes.map((node) => node.lang))).toEqual(['en-US', 'de', 'fr', 'es-ES', 'pt-BR', 'ja', 'nl']);
		expect(await picker.inputValue()).toBe('en-US');
		const note = page.locator(`#${await picker.getAttribute('aria-describedby')}`);
		expect(await note.textContent()).toBe('Public answers in #general stay in English.');
		await page.focus('#as-user');
		await page.keyboard.press('Tab');
		await page.locator('#locale:focus').waitFor({ timeout: ANSWER_MS });
		await page.keyboard.press('ArrowDown');
		expect(await picker.inputValue()).toBe('de');
	});

	it('a private /discogs profile answers with German labels, German numbers and German dates', async () => {
		const rank = de.t('discogs:fields.rank');
		expect([rank, de.number(2841)]).not.toEqual([en.t('discogs:fields.rank'), en.number(2841)]);
		const message = await channel.run({ as: 'Alice', language: 'Deutsch', command: 'discogs', subcommand: 'profile', options: { username: 'crate_digger', private: 'True' } });
		expect(await fieldValue(message, rank).textContent({ timeout: ANSWER_MS })).toBe(de.number(2841));
		expect(await message.getAttribute('class')).toContain('ephemeral');
		expect(await fieldValue(message, de.t('discogs:fields.buyerRating')).textContent()).toContain(de.percent(99.6, 2));
		// The page shows <t:…:D> as Discord's client does: in the member's language (registered 2009-03-02), redrawn when it changes.
		const registered = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2009-03-02T18:21:08Z'));
		expect(await fieldValue(message, de.t('discogs:fields.registered')).textContent()).toContain(registered('de'));
		await page.selectOption('#locale', { label: 'English' });
		expect(await fieldValue(message, de.t('discogs:fields.registered')).textContent()).toContain(registered('en-US'));
	});

	it('a public answer in #general keeps the server’s English', async () => {
		const message = await channel.run({ as: 'Alice', language: 'Deutsch', command: 'discogs', subcommand: 'profile', options: { username: 'crate_digger' } });
		expect(await fieldValue(message, en.t('discogs:fields.rank')).textContent({ timeout: ANSWER_MS })).toBe(en.number(2841));
		expect(await message.getAttribute('class')).not.toContain('ephemeral');
	});

	it('a button click and a modal carry the language too', async () => {
		const panel = await channel.run({ as: 'Bob', language: 'Deutsch', command: 'link', subcommand: 'status' });
		await panel.locator('.embed-title', { hasText: de.t('links:status.title') }).waitFor({ timeout: ANSWER_MS });
		await panel.locator('button', { hasText: de.t('links:status.unlinkCatalog') }).click();
		const updated = page.locator(`.message[data-id="${await panel.getAttribute('data-id')}"]`);
		await updated.locator('button', { hasText: de.t('links:status.unlinkCatalog') }).waitFor({ state: 'detached', timeout: ANSWER_MS });
		expect(await updated.locator('.embed-title').textContent()).toBe(de.t('links:status.title'));

		await channel.send({ as: 'Nelly', language: 'Deutsch', command: 'discogs', subcommand: 'edit' });
		await page.locator('#modal').waitFor({ state: 'visible', timeout: ANSWER_MS });
		expect(await page.locator('#modal-title').textContent()).toBe(de.t('discogs:edit.title', { username: 'rodneyfool' }));
		const answer = await channel.submitModal({ location: 'Berlin' });
		expect(await answer.locator('.content').textContent({ timeout: ANSWER_MS })).toBe(de.t('discogs:edit.saved'));
	});
});

describe('the playground process', () => {
	it('refuses API requests the page never sends: not JSON, another Host, unknown users, messages and locales, bad options', async () => {
		const url = await (playground?.url ?? Promise.reject(new Error('no playground')));
		const post = (path: string, body: unknown, type = 'application/json') =>
			fetch(new URL(path, url), { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
		expect((await post('/api/command', 'name=profile', 'application/x-www-form-urlencoded')).status).toBe(415);
		const stranger = await post('/api/command', { type: 1, name: 'profile', userId: '1399999999999999999' });
		expect(stranger.status).toBe(400);
		expect(await stranger.json()).toEqual({ error: expect.stringContaining('unknown user') });
		expect((await post('/api/command', { type: 1, name: 'profile', userId: DEFAULT_USER.id, options: [{ type: 3, name: 'user', value: 5 }] })).status).toBe(400);
		// Not one of Discord's locales (openapi.json AvailableLocalesEnum).
		const klingon = await post('/api/command', { type: 1, name: 'profile', userId: DEFAULT_USER.id, locale: 'tlh' });
		expect([klingon.status, await klingon.json()]).toEqual([400, { error: expect.stringContaining('locale') }]);
		expect((await post('/api/click', { userId: DEFAULT_USER.id, messageId: '1399999999999999999', customId: 'dgp:x', componentType: 2 })).status).toBe(404);
		expect(await driver.statusWithHost(new URL('/api/state', url), 'rebound.example')).toBe(403);
	});

	it('ran without script errors or Content Security Policy violations, on its page and the demo sites', () => {
		expect(session?.pageErrors).toEqual([]);
	});

	it('stops on SIGTERM within the bound, taking the bot process with it', async () => {
		if (!playground) throw new Error('no playground');
		process.kill(playground.pid, 'SIGTERM');
		expect(await driver.within(playground.exited, STOP_LIMIT_MS)).toBe(0);
		await expect.poll(() => driver.groupAlive(playground?.pid ?? 0), { timeout: 5_000 }).toBe(false);
		expect(playground.output().trim().split('\n')).toEqual([expect.stringMatching(/^Playground: http:\/\/127\.0\.0\.1:\d+\/$/)]);
	}, STOP_LIMIT_MS + 10_000);
});
