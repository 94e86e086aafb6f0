import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { REPO_ROOT } from '../helpers/botProcess.js';

/**
 * Drives `npm run playground` as a member uses it, for test/e2e/playground.browser.test.ts: the CLI in a process
 * group of its own (which starts the fakes and the real bot), and its page in Chromium, filled in and clicked.
 */

export const START_LIMIT_MS = 60_000;
export const ANSWER_MS = 15_000;
export const STOP_LIMIT_MS = 20_000;

export interface PlaygroundProcess {
	readonly pid: number;
	readonly url: Promise<string>;
	readonly exited: Promise<number | null>;
	output(): string;
}

export function startPlaygroundProcess(): PlaygroundProcess {
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
export function groupAlive(pgid: number): boolean {
	try {
		process.kill(-pgid, 0);
		return true;
	} catch {
		return false;
	}
}

export async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
	const result = await Promise.race([promise, late]);
	clearTimeout(timer);
	return result;
}

/** SIGTERM to the whole group, then SIGKILL to whatever is left after the bound. */
export async function stopGroup(playground: PlaygroundProcess): Promise<void> {
	if (!groupAlive(playground.pid)) return;
	process.kill(-playground.pid, 'SIGTERM');
	if ((await within(playground.exited, STOP_LIMIT_MS)) === 'timeout' && groupAlive(playground.pid)) process.kill(-playground.pid, 'SIGKILL');
}

/** GET `url` with another Host header, as a DNS-rebinding page's browser sends it (fetch will not); resolves with the status. */
export function statusWithHost(url: URL, host: string): Promise<number | undefined> {
	return new Promise((resolve, reject) => {
		get(url, { headers: { host } }, (response) => {
			response.resume();
			resolve(response.statusCode);
		}).on('error', reject);
	});
}

export interface CommandInput {
	as: string;
	/** The language picker's label; English unless given, so one test's pick does not carry into the next. */
	language?: string;
	command: string;
	subcommand?: string;
	options?: Record<string, string>;
}

/** The playground page, as a member sees and uses it. */
export class PlaygroundPage {
	constructor(readonly page: Page) {}

	/** Fills the command box like a user and sends it; resolves with how many messages there were before. */
	async send(input: CommandInput): Promise<number> {
		const { page } = this;
		await page.selectOption('#as-user', { label: input.as });
		await page.selectOption('#locale', { label: input.language ?? 'English' });
		await page.selectOption('#command', { label: `/${input.command}` });
		if (input.subcommand) await page.selectOption('#subcommand', input.subcommand);
		for (const [name, value] of Object.entries(input.options ?? {})) {
			const control = page.locator(`[data-option="${name}"] [name="${name}"]`);
			if ((await control.evaluate((node) => node.tagName)) === 'SELECT') await control.selectOption({ label: value });
			else await control.fill(value);
		}
		const before = await this.count();
		await page.click('#send');
		return before;
	}

	/** Sends the command; resolves with the message that appears for it. */
	async run(input: CommandInput): Promise<Locator> {
		return this.next(() => this.send(input).then(() => undefined));
	}

	/** Does `action` (a click, a modal submitted) and resolves with the message the bot answers with. */
	async next(action: () => Promise<unknown>): Promise<Locator> {
		const message = this.page.locator('.message').nth(await this.count());
		await action();
		await message.waitFor({ timeout: ANSWER_MS });
		return message;
	}

	count(): Promise<number> {
		return this.page.locator('.message').count();
	}

	/** Fills the open modal's fields and submits it; resolves with the bot's answer. */
	async submitModal(fields: Record<string, string>): Promise<Locator> {
		const modal = this.page.locator('#modal');
		await modal.waitFor({ state: 'visible', timeout: ANSWER_MS });
		for (const [name, value] of Object.entries(fields)) await modal.locator(`[name="${name}"]`).fill(value);
		return this.next(() => this.page.click('#modal-submit'));
	}

	/** Clicks a link that opens in a new tab (as the page's links do) and resolves with that tab, loaded. */
	async openTab(link: Locator): Promise<Page> {
		const [tab] = await Promise.all([this.page.waitForEvent('popup', { timeout: ANSWER_MS }), link.click()]);
		await tab.waitForLoadState('load', { timeout: ANSWER_MS });
		return tab;
	}
}

export const fieldValue = (message: Locator, name: string): Locator =>
	message.locator('.field', { has: message.page().locator('.field-name', { hasText: new RegExp(`^${name}$`) }) }).locator('.field-value');

/** The one-time code of a /link answer: the first inline code of its instructions. */
export async function linkCode(message: Locator): Promise<string> {
	const code = await message.locator('.embed-description .inline-code').first().textContent({ timeout: ANSWER_MS });
	if (!code) throw new Error('the /link answer shows no code');
	return code;
}

// Probes that run in the page. The DOM they touch is declared here: the test's TypeScript has no DOM types.
interface PageElement {
	readonly src: string;
	readonly complete: boolean;
	readonly naturalWidth: number;
	readonly scrollWidth: number;
	readonly clientWidth: number;
	querySelector(selector: string): PageElement | null;
	getBoundingClientRect(): { left: number; right: number; top: number };
}
interface Canvas2d {
	font: string;
	fillText(text: string, x: number, y: number): void;
	getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray };
}
declare const document: { createElement(tag: 'canvas'): { width: number; height: number; getContext(kind: '2d'): Canvas2d | null } };
declare function getComputedStyle(node: PageElement): { color: string; fontFamily: string };

/** How many pixels of `text` come out coloured in the element's own font stack: an empty box or outline has none. */
export function colouredPixels(node: PageElement, text: string): number {
	const canvas = document.createElement('canvas');
	canvas.width = 64;
	canvas.height = 64;
	const context = canvas.getContext('2d');
	if (!context) return -1;
	context.font = `48px ${getComputedStyle(node).fontFamily}`;
	context.fillText(text, 4, 52);
	const { data } = context.getImageData(0, 0, 64, 64);
	let count = 0;
	for (let at = 0; at < data.length; at += 4) {
		const [r = 0, g = 0, b = 0, a = 0] = data.subarray(at, at + 4);
		if (a > 128 && Math.max(r, g, b) - Math.min(r, g, b) > 60) count++;
	}
	return count;
}

export const readImages = (images: Locator) =>
	images.evaluateAll((nodes: PageElement[]) => nodes.map((node) => ({ src: node.src, complete: node.complete, width: node.naturalWidth })));

/** Where each field sits, and whether its value runs out of its own box. */
export const readFieldBoxes = (fields: Locator) =>
	fields.evaluateAll((nodes: PageElement[]) =>
		nodes.map((node) => {
			const value = node.querySelector('.field-value');
			const box = node.getBoundingClientRect();
			return { left: box.left, right: box.right, top: box.top, overflows: value ? value.scrollWidth > value.clientWidth + 1 : true };
		}),
	);

export const textColour = (node: Locator) => node.evaluate((element: PageElement) => getComputedStyle(element).color);

// What a member does on the demo websites, the stand-ins for Discogs and NEWM Studio.

/** On the fake's Authorize page: signs in as `username`, authorizes, and resolves with the code Discogs shows. */
export async function authorizeOnDiscogs(tab: Page, username: string): Promise<string> {
	await tab.fill('[name="username"]', username);
	await tab.click('button');
	const code = await tab.locator('code').textContent({ timeout: ANSWER_MS });
	if (!code) throw new Error(`the Authorize page showed no code: ${await tab.content()}`);
	return code;
}

/** On the profile editor: signs in as `username`, adds `text` to the profile text and saves. */
export async function addToDiscogsProfile(tab: Page, username: string, text: string): Promise<void> {
	await tab.fill('[name="username"]', username);
	await tab.click('button[type="submit"]');
	const profile = tab.locator('textarea[name="profile"]');
	await profile.fill(`${await profile.inputValue({ timeout: ANSWER_MS })}\n${text}`);
	await tab.click('button[type="submit"]');
	await tab.locator('.notice', { hasText: 'Your profile was saved.' }).waitFor({ timeout: ANSWER_MS });
}

/** On NEWM Studio's sign-in: signs in and resolves with the access token the page shows. */
export async function signInToStudio(tab: Page, account: { email: string; password: string }): Promise<string> {
	await tab.fill('#email', account.email);
	await tab.fill('#password', account.password);
	await tab.click('button[type="submit"]');
	await tab.locator('#signed-in').waitFor({ state: 'visible', timeout: ANSWER_MS });
	return tab.locator('#token').inputValue();
}

/** Signed in on NEWM Studio: follows "Edit your profile", adds `text` to the biography and saves. */
export async function addToBiography(tab: Page, text: string): Promise<void> {
	await tab.click('#edit-profile');
	const biography = tab.locator('#biography');
	await tab.locator('#profile').waitFor({ state: 'visible', timeout: ANSWER_MS });
	await biography.fill(`${await biography.inputValue()} ${text}`);
	await tab.click('button[type="submit"]');
	await tab.locator('#status', { hasText: 'Your profile was saved.' }).waitFor({ timeout: ANSWER_MS });
}
