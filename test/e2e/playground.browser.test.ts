import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USER } from '../fakes/discord/index.js';
import { REPO_ROOT } from '../helpers/botProcess.js';

/**
 * `npm run playground` as a developer uses it: the CLI in its own process (which starts the fakes and the real bot),
 * its page in headless Chromium, commands typed into the page and answers read off the rendered DOM.
 * UPDATE_SCREENSHOT=1 also writes docs/playground.png after the first lookup.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const START_LIMIT_MS = 60_000;
const ANSWER_MS = 15_000;
const STOP_LIMIT_MS = 20_000;
const SCREENSHOT = join(REPO_ROOT, 'docs/playground.png');

interface PlaygroundProcess {
	readonly pid: number;
	readonly url: Promise<string>;
	readonly exited: Promise<number | null>;
	output(): string;
}

function startPlaygroundProcess(): PlaygroundProcess {
	// Its own process group, so a cleanup after a failure can end the bot it started along with it.
	const child = spawn(join(REPO_ROOT, 'node_modules/.bin/tsx'), [join(REPO_ROOT, 'test/playground/index.ts')], {
		cwd: REPO_ROOT,
		detached: true,
		env: { PATH: process.env['PATH'] ?? '' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	if (child.pid === undefined) throw new Error('could not spawn the playground');
	let output = '';
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	const url = new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`the playground printed no URL within ${START_LIMIT_MS} ms:\n${output}`)), START_LIMIT_MS);
		const read = (chunk: Buffer): void => {
			output += chunk.toString();
			const found = /^Playground: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(output)?.[1];
			if (found) {
				clearTimeout(timer);
				resolve(found);
			}
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		void exited.then((code) => {
			clearTimeout(timer);
			reject(new Error(`the playground exited (code ${code}) before it was ready:\n${output}`));
		});
	});
	return { pid: child.pid, url, exited, output: () => output };
}

/** Whether any process of the group (the playground, the bot, their tsx wrappers) still runs. */
function groupAlive(pgid: number): boolean {
	try {
		process.kill(-pgid, 0);
		return true;
	} catch {
		return false;
	}
}

async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
	const result = await Promise.race([promise, late]);
	clearTimeout(timer);
	return result;
}

let playground: PlaygroundProcess | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`${CHROMIUM} does not exist. This test needs Chromium and fails without it on purpose: install it with \`apt-get install -y chromium\` (.ci/run does).`);
	}
	playground = startPlaygroundProcess();
	const url = await playground.url;
	// launch() gives every browser a fresh, temporary user-data directory, removed again on close().
	browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'UTC' });
	page.on('pageerror', (error) => pageErrors.push(error.message));
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
	});
	await page.goto(url);
	await page.locator('#connection.live').waitFor({ timeout: ANSWER_MS });
}, START_LIMIT_MS + 30_000);

afterAll(async () => {
	await browser?.close();
	if (playground && groupAlive(playground.pid)) {
		process.kill(-playground.pid, 'SIGTERM');
		if ((await within(playground.exited, STOP_LIMIT_MS)) === 'timeout' && groupAlive(playground.pid)) process.kill(-playground.pid, 'SIGKILL');
	}
}, STOP_LIMIT_MS + 10_000);

interface CommandInput {
	as: string;
	command: string;
	subcommand?: string;
	options?: Record<string, string>;
}

/** Fills the command box like a user and sends it; resolves with how many messages there were before. */
async function send(input: CommandInput): Promise<number> {
	await page.selectOption('#as-user', { label: input.as });
	await page.selectOption('#command', { label: `/${input.command}` });
	if (input.subcommand) await page.selectOption('#subcommand', input.subcommand);
	for (const [name, value] of Object.entries(input.options ?? {})) {
		const control = page.locator(`[data-option="${name}"] [name="${name}"]`);
		if ((await control.evaluate((node) => node.tagName)) === 'SELECT') await control.selectOption({ label: value });
		else await control.fill(value);
	}
	const before = await page.locator('.message').count();
	await page.click('#send');
	return before;
}

/** Sends the command; resolves with the message that appears for it. */
async function run(input: CommandInput): Promise<Locator> {
	const message = page.locator('.message').nth(await send(input));
	await message.waitFor({ timeout: ANSWER_MS });
	return message;
}

const fieldValue = (message: Locator, name: string): Locator =>
	message.locator('.field', { has: page.locator('.field-name', { hasText: new RegExp(`^${name}$`) }) }).locator('.field-value');

describe('the playground page, against the real bot', () => {
	it('lists the commands the bot registered, with their subcommands', async () => {
		const commands = await page.locator('#command option').allTextContents();
		expect(commands).toEqual(expect.arrayContaining(['/discogs', '/profile', '/catalog', 'View profile (user menu)']));
		await page.selectOption('#command', { label: '/discogs' });
		expect(await page.locator('#subcommand option').allTextContents()).toEqual(['profile', 'ratings', 'contributions', 'submissions', 'edit']);
	});

	it('/discogs profile username:rodneyfool shows the profile embed with the rank', async () => {
		const message = await run({ as: 'Alice', command: 'discogs', subcommand: 'profile', options: { username: 'rodneyfool' } });
		await message.locator('.embed-title', { hasText: 'Rodney (rodneyfool)' }).waitFor({ timeout: ANSWER_MS });
		expect(await fieldValue(message, 'Rank').textContent()).toBe('149');
		expect(await message.locator('.embed-title a').getAttribute('href')).toBe('https://www.discogs.com/user/rodneyfool');
		expect(await message.locator('.invocation').textContent()).toBe('Alice used /discogs profile');
		// <t:…:D> is shown as a date, not as the raw tag.
		expect(await fieldValue(message, 'Registered').textContent()).toMatch(/August 1[56], 2012/);
		expect(await message.getAttribute('class')).not.toContain('ephemeral');

		if (process.env['UPDATE_SCREENSHOT'] === '1') {
			// Offline, the avatar and banner fail to load; wait until they have, so the placeholders are drawn.
			await page.waitForFunction('[...document.images].every((image) => image.complete)', undefined, { timeout: 5_000 }).catch(() => undefined);
			mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
			await page.screenshot({ path: SCREENSHOT });
		}
	});

	it('autocompletes the username from what the bot suggests', async () => {
		await page.selectOption('#as-user', { label: 'Alice' });
		await page.selectOption('#command', { label: '/discogs' });
		await page.selectOption('#subcommand', 'ratings');
		await page.locator('[name="username"]').fill('rod');
		await page.locator('.suggestion', { hasText: /^rodneyfool$/ }).click({ timeout: ANSWER_MS });
		expect(await page.locator('[name="username"]').inputValue()).toBe('rodneyfool');
	});

	it('/discogs contributions pages with Next, updating the same message', async () => {
		const message = await run({ as: 'Alice', command: 'discogs', subcommand: 'contributions', options: { username: 'crate_digger' } });
		await message.locator('.embed-footer', { hasText: /^Page 1 of 3/ }).waitFor({ timeout: ANSWER_MS });
		const id = await message.getAttribute('data-id');
		await message.locator('button', { hasText: 'Next ›' }).click();
		const updated = page.locator(`.message[data-id="${id}"]`);
		await updated.locator('.embed-footer', { hasText: /^Page 2 of 3/ }).waitFor({ timeout: ANSWER_MS });
		expect(await updated.count()).toBe(1);
		expect(await updated.locator('button', { hasText: '‹ Previous' }).isEnabled()).toBe(true);
	});

	it('/profile as Nelly shows her HypeSquad badge', async () => {
		const message = await run({ as: 'Nelly', command: 'profile' });
		await message.locator('.embed-title', { hasText: 'Nelly' }).waitFor({ timeout: ANSWER_MS });
		expect(await fieldValue(message, 'Badge').textContent()).toBe('HypeSquad House Bravery');
	});

	it('an unknown Discogs username gets an error only the invoker sees', async () => {
		const message = await run({ as: 'Alice', command: 'discogs', subcommand: 'profile', options: { username: 'nobody_here' } });
		await message.locator('.embed-description', { hasText: 'No Discogs user named' }).waitFor({ timeout: ANSWER_MS });
		expect(await message.getAttribute('class')).toContain('ephemeral');
		expect(await message.locator('.ephemeral-note').textContent()).toBe('Only you can see this');
		// The bot escapes the underscore; the page shows it as written, in bold.
		expect(await message.locator('.embed-description strong').textContent()).toBe('nobody_here');
	});

	it('opens the /discogs edit modal, prefilled, and submits it back to the bot', async () => {
		await send({ as: 'Nelly', command: 'discogs', subcommand: 'edit' });
		const modal = page.locator('#modal');
		await modal.waitFor({ state: 'visible', timeout: ANSWER_MS });
		expect(await page.locator('#modal-title').textContent()).toBe('Edit rodneyfool on Discogs');
		expect(await modal.locator('[name="name"]').inputValue()).toBe('Rodney');
		await modal.locator('[name="location"]').fill('Portland, OR');
		const before = await page.locator('.message').count();
		await page.click('#modal-submit');
		const answer = page.locator('.message').nth(before);
		await answer.locator('.content', { hasText: 'Your Discogs profile was updated.' }).waitFor({ timeout: ANSWER_MS });
		expect(await fieldValue(answer, 'Location').textContent()).toBe('Portland, OR');
		expect(await answer.getAttribute('class')).toContain('ephemeral');
	});

	it('refuses API requests the page never sends: not JSON, another Host, unknown users and messages, bad options', async () => {
		const url = await (playground?.url ?? Promise.reject(new Error('no playground')));
		const post = (path: string, body: unknown, type = 'application/json') =>
			fetch(new URL(path, url), { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
		expect((await post('/api/command', 'name=profile', 'application/x-www-form-urlencoded')).status).toBe(415);
		const stranger = await post('/api/command', { type: 1, name: 'profile', userId: '1399999999999999999' });
		expect(stranger.status).toBe(400);
		expect(await stranger.json()).toEqual({ error: expect.stringContaining('unknown user') });
		expect((await post('/api/command', { type: 1, name: 'profile', userId: DEFAULT_USER.id, options: [{ type: 3, name: 'user', value: 5 }] })).status).toBe(400);
		expect((await post('/api/click', { userId: DEFAULT_USER.id, messageId: '1399999999999999999', customId: 'dgp:x', componentType: 2 })).status).toBe(404);
		// fetch will not send another Host; node:http will, as a DNS-rebinding page's browser would.
		const status = await new Promise<number | undefined>((resolve, reject) => {
			get(new URL('/api/state', url), { headers: { host: 'rebound.example' } }, (response) => {
				response.resume();
				resolve(response.statusCode);
			}).on('error', reject);
		});
		expect(status).toBe(403);
	});

	it('ran without script errors or Content Security Policy violations', () => {
		expect(pageErrors).toEqual([]);
	});

	it('stops on SIGTERM within the bound, taking the bot process with it', async () => {
		if (!playground) throw new Error('no playground');
		process.kill(playground.pid, 'SIGTERM');
		expect(await within(playground.exited, STOP_LIMIT_MS)).toBe(0);
		await expect.poll(() => groupAlive(playground?.pid ?? 0), { timeout: 5_000 }).toBe(false);
		expect(playground.output().trim().split('\n')).toEqual([expect.stringMatching(/^Playground: http:\/\/127\.0\.0\.1:\d+\/$/)]);
	}, STOP_LIMIT_MS + 10_000);
});
