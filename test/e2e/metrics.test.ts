import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discogs } from '../helpers/discogsUsers.js';
import { NELLY, startStack, type Stack } from '../helpers/stack.js';

let stack: Stack;
let base: string;
/** The public listener (HTTP_PORT). */
let publicBase: string;

/** Port 0: the bot picks a free port and says which in its log; the test knows no other way to find it. */
async function listeningAt(msg: string): Promise<string> {
	const listening = await stack.bot.waitForLog((line) => line.msg === msg);
	if (typeof listening.port !== 'number' || typeof listening.host !== 'string') throw new Error(`bad log line: ${JSON.stringify(listening)}`);
	return `http://${listening.host}:${listening.port}`;
}

beforeAll(async () => {
	stack = await startStack({ env: { METRICS_PORT: '0', HTTP_PORT: '0' } });
	base = await listeningAt('metrics listening');
	publicBase = await listeningAt('http listening');
});
afterAll(async () => {
	await stack?.stop();
});

/** One sample of the scrape, e.g. `crossfade_interactions_total{command="profile",outcome="ok"}`; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
	for (const line of text.split('\n')) {
		const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
		if (!match || match[1] !== name) continue;
		const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]));
		const wanted = Object.entries(labels);
		if (wanted.length === Object.keys(found).length && wanted.every(([key, value]) => found[key] === value)) return Number(match[3]);
	}
	return undefined;
}

async function scrape(): Promise<string> {
	const response = await fetch(`${base}/metrics`);
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
	return response.text();
}

/** The sum of every series of a metric. */
function total(text: string, name: string): number {
	const values = text.split('\n').filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `));
	return values.reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/**
 * Scrapes until `ready` holds (or 5 s pass): the bot counts an interaction once Discord has acknowledged its
 * answer, a moment after the test saw that answer arrive.
 */
async function scrapeUntil(ready: (text: string) => boolean): Promise<string> {
	const started = Date.now();
	for (;;) {
		const text = await scrape();
		if (ready(text) || Date.now() - started > 5000) return text;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

describe('health and metrics with METRICS_PORT and HTTP_PORT set', () => {
	it('is healthy once connected: gateway up, store answering', async () => {
		const response = await fetch(`${base}/healthz`);
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({ status: 'ok', gateway: 'connected', store: 'ok', catalog: 'ok' });
		expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
	});

	it('serves /healthz on the public port too, and never /metrics there', async () => {
		expect(publicBase).not.toBe(base);
		const response = await fetch(`${publicBase}/healthz`);
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.json()).toMatchObject({ status: 'ok', gateway: 'connected', store: 'ok', catalog: 'ok' });
		expect((await fetch(`${publicBase}/metrics`)).status).toBe(404);
		expect((await fetch(`${publicBase}/metrics`, { method: 'HEAD' })).status).toBe(404);
		expect((await fetch(`${publicBase}/nothing-here`)).status).toBe(404);
		// A probe is no news: requests leave no line in the bot's log.
		expect(stack.bot.logs().filter((line) => typeof line.msg === 'string' && /request/i.test(line.msg))).toEqual([]);
	});

	it('counts interactions by command and outcome, Discogs cache hits and misses, and upstream requests', async () => {
		const profile = await (await stack.discord.slash({ name: 'profile', options: [{ name: 'user', type: ApplicationCommandOptionType.User, value: NELLY.id }] })).final();
		expect(profile.data.embeds?.[0]?.title).toBe('Nelly');
		const requestsBefore = stack.discogs.requests.length;
		for (let lookup = 0; lookup < 2; lookup++) {
			const { answer } = await discogs(stack.discord, 'profile', [{ name: 'username', value: 'rodneyfool' }]);
			expect(answer.data.embeds?.[0]?.title).toBe('Rodney (rodneyfool)');
		}
		// The second lookup came from the cache: one request reached Discogs.
		expect(stack.discogs.requests.length - requestsBefore).toBe(1);
		const unknown = await (await stack.discord.slash({ name: 'no-such-command' })).final();
		expect(unknown.data.embeds?.[0]?.description).toContain("I don't know that command");
		// A user option that is no snowflake is refused by the command's option schema: the member's answer, not a bug.
		await (await stack.discord.slash({ name: 'profile', options: [{ name: 'user', type: ApplicationCommandOptionType.User, value: 'bogus' }] })).final();

		const text = await scrapeUntil((scraped) => total(scraped, 'crossfade_interactions_total') >= 5);
		expect(sample(text, 'crossfade_interactions_total', { command: 'profile', outcome: 'ok' })).toBe(1);
		expect(sample(text, 'crossfade_interactions_total', { command: 'profile', outcome: 'user_error' })).toBe(1);
		expect(sample(text, 'crossfade_interactions_total', { command: 'discogs profile', outcome: 'ok' })).toBe(2);
		expect(sample(text, 'crossfade_interactions_total', { command: 'unknown', outcome: 'unknown' })).toBe(1);
		expect(sample(text, 'crossfade_interaction_duration_seconds_count', { command: 'discogs profile' })).toBe(2);
		expect(sample(text, 'crossfade_interaction_duration_seconds_bucket', { command: 'discogs profile', le: '+Inf' })).toBe(2);
		expect(sample(text, 'crossfade_cache_misses_total', { provider: 'discogs' })).toBe(1);
		expect(sample(text, 'crossfade_cache_hits_total', { provider: 'discogs' })).toBe(1);
		expect(sample(text, 'crossfade_cache_stale_answers_total', { provider: 'discogs' })).toBe(0);
		expect(sample(text, 'crossfade_upstream_requests_total', { provider: 'discogs', status: '2xx' })).toBe(1);
		expect(sample(text, 'crossfade_upstream_requests_total', { provider: 'discord', status: '2xx' })).toBe(1);
		expect(sample(text, 'crossfade_cache_misses_total', { provider: 'discord' })).toBe(1);
		expect(sample(text, 'process_cpu_user_seconds_total', {})).toBeGreaterThan(0);
	});

	it('turns 503 naming the gateway when Discord goes away', async () => {
		await stack.discord.close();
		let response: Response | undefined;
		for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((resolve) => setTimeout(resolve, 100))) {
			response = await fetch(`${base}/healthz`);
			if (response.status !== 200) break;
			await response.text();
		}
		expect(response?.status).toBe(503);
		expect(await response?.json()).toMatchObject({ status: 'unhealthy', gateway: 'disconnected', store: 'ok', catalog: 'ok' });
		// What a load balancer sees on the public port: the same answer.
		const publicAnswer = await fetch(`${publicBase}/healthz`);
		expect(publicAnswer.status).toBe(503);
		expect(await publicAnswer.json()).toMatchObject({ status: 'unhealthy', gateway: 'disconnected' });
		// Both ports asked; the change is logged once.
		expect(stack.bot.logs().filter((line) => line.msg === 'health check failing')).toHaveLength(1);
	});

	it('stops serving when the bot shuts down', async () => {
		expect(await stack.bot.stop()).toBe(0);
		await expect(fetch(`${base}/healthz`)).rejects.toThrow();
		await expect(fetch(`${publicBase}/healthz`)).rejects.toThrow();
	});
});
