import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServer } from '../../src/http/server.js';
import { translator } from '../../src/i18n/translator.js';
import { discogsSignInRoutes } from '../../src/web/discogsSignIn.js';
import { DEFAULT_USER as ALICE } from '../fakes/discord/index.js';
import { description, run } from '../helpers/flows.js';
import { startInProcess, type InProcessBot } from '../helpers/inProcess.js';
import { BOB, NELLY } from '../helpers/stack.js';
import { answerButtons, cookieOf, visit } from '../helpers/webSignIn.js';

/**
 * The Discogs web sign-in's pages in this process, on a public URL behind https (where the cookie must be Secure),
 * against the real fakes. The Discogs side follows Discogs' "OAuth Flow" (developers#page:authentication, steps
 * 2–4) as test/discogs/oauthCallback.test.ts pins it on the fake. The whole flow in the real process, with the
 * refusals a browser can cause, is test/e2e/discogs-web-signin.test.ts.
 */
const PUBLIC_URL = 'https://bot.example.test';

let bot: InProcessBot;
let server: HttpServer;
let local: string;
beforeAll(async () => {
	bot = await startInProcess({ env: { PUBLIC_URL } });
	server = await startHttpServer({ name: 'web', portVariable: 'HTTP_PORT', host: '127.0.0.1', port: 0, routes: [discogsSignInRoutes({ context: bot.context })], logger: bot.context.logger });
	local = `http://127.0.0.1:${server.address.port}`;
});
afterAll(async () => {
	await server?.close();
	await bot?.stop();
});

/** `/link discogs` as `user`, the start page opened in a browser: its cookie and Discogs' authorize URL. */
async function begin(user = ALICE) {
	const { answer } = await run(bot.discord, 'link', 'discogs', [], user);
	const [startUrl] = answerButtons(answer).urls;
	if (!startUrl) throw new Error(`no link in ${JSON.stringify(answer.data)}`);
	const start = await visit(startUrl, { server: local });
	const requestToken = new URL(start.location ?? 'http://none').searchParams.get('oauth_token') ?? '';
	return { answer, startUrl, start, requestToken, cookie: cookieOf(start.setCookies[0]) };
}

describe('Discogs web sign-in, in process', () => {
	it('answers /link discogs with a link to the start page and no code to enter; the callback links, and says so', async () => {
		const { answer, startUrl, start, requestToken, cookie } = await begin();
		expect(answer.ephemeral).toBe(true);
		expect(answerButtons(answer).customIds).toEqual([]);
		expect(description(answer)).not.toContain('Enter code');
		expect(startUrl).toMatch(/^https:\/\/bot\.example\.test\/oauth\/discogs\/start\?t=[A-Za-z0-9_-]{32}$/);

		expect(start.status).toBe(302);
		expect(start.location).toBe(`https://www.discogs.com/oauth/authorize?oauth_token=${requestToken}`);
		expect(cookie.pair).toMatch(/^crossfade_discogs_signin=[A-Za-z0-9_-]{32}$/);
		expect(cookie.attributes.filter((attribute) => !attribute.startsWith('Max-Age='))).toEqual(['Path=/oauth/discogs/callback', 'HttpOnly', 'SameSite=Lax', 'Secure']);
		const maxAge = Number(cookie.attributes.find((attribute) => attribute.startsWith('Max-Age='))?.slice('Max-Age='.length));
		expect(maxAge).toBeGreaterThan(14 * 60);
		expect(maxAge).toBeLessThanOrEqual(15 * 60);

		const callback = bot.discogs.approve(requestToken, 'rodneyfool');
		expect(callback.startsWith(`${PUBLIC_URL}/oauth/discogs/callback?oauth_token=`)).toBe(true);
		const done = await visit(callback, { server: local, cookie: cookie.pair });
		expect(done.status).toBe(200);
		expect(done.body).toContain('Linked Discogs account <strong>rodneyfool</strong> to your Discord account; you can close this page.');
		expect(done.body).not.toContain('<script');
		for (const secret of [requestToken, new URL(callback).searchParams.get('oauth_verifier') ?? 'none', cookie.pair.split('=')[1] ?? 'none']) {
			expect(done.body).not.toContain(secret);
		}
		expect(done.setCookies).toEqual(['crossfade_discogs_signin=; Max-Age=0; Path=/oauth/discogs/callback; HttpOnly; SameSite=Lax; Secure']);
		expect(await bot.context.links.get(ALICE.id)).toMatchObject({ discogs: { username: 'rodneyfool', method: 'oauth' } });
		expect(await bot.context.links.discogsOAuth(ALICE.id)).toBeDefined();
		expect(description((await run(bot.discord, 'link', 'status', [], ALICE)).answer)).toMatch(/^\*\*Discogs\*\* rodneyfool · verified with Discogs authorization <t:\d+:R>$/);
	});

	it("refuses an account linked to another member with the link store's words, and links nothing", async () => {
		// Alice's already, whether or not the test before linked it.
		await bot.context.links.linkDiscogs(ALICE.id, { username: 'rodneyfool', id: 1, method: 'profile-code' });
		const { requestToken, cookie } = await begin(BOB);
		const refused = await visit(bot.discogs.approve(requestToken, 'rodneyfool'), { server: local, cookie: cookie.pair });
		expect(refused.status).toBe(409);
		expect(refused.body).toContain('That Discogs account is already linked to another Discord user. If it is yours, unlink it from the other account first.');
		expect(await bot.context.links.get(BOB.id)).toEqual({});
	});

	it('says Discogs did not answer when the access token cannot be had, and links nothing', async () => {
		const { requestToken, cookie } = await begin(NELLY);
		const callback = bot.discogs.approve(requestToken, 'shooezgirl');
		bot.discogs.mode = 'error500';
		try {
			const down = await visit(callback, { server: local, cookie: cookie.pair });
			expect(down.status).toBe(503);
			expect(down.body).toContain('<title>Discogs did not answer</title>');
		} finally {
			bot.discogs.mode = 'normal';
		}
		expect(await bot.context.links.get(NELLY.id)).toEqual({});
	});

	it('says Discogs refused a verifier it did not issue', async () => {
		const { requestToken, cookie } = await begin(NELLY);
		const callback = new URL(bot.discogs.approve(requestToken, 'shooezgirl'));
		callback.searchParams.set('oauth_verifier', 'NOTTHEONEX');
		const refused = await visit(callback.toString(), { server: local, cookie: cookie.pair });
		expect([refused.status, /<title>(.*)<\/title>/.exec(refused.body)?.[1]]).toEqual([400, 'Discogs did not accept the sign-in']);
		expect(await bot.context.links.get(NELLY.id)).toEqual({});
	});

	it('answers an unknown start token, a start link opened twice, and a HEAD request with a page, never a redirect', async () => {
		const unknown = await visit(`${local}/oauth/discogs/start?t=not-a-ticket`);
		expect([unknown.status, unknown.location, unknown.setCookies]).toEqual([400, undefined, []]);
		expect(unknown.body).toContain('<title>This link has expired</title>');
		// A link checker's HEAD spends nothing: there is no HEAD route.
		const { answer } = await run(bot.discord, 'link', 'discogs', [], NELLY);
		const startUrl = answerButtons(answer).urls[0] ?? 'missing';
		const checked = await request(`${local}${new URL(startUrl).pathname}${new URL(startUrl).search}`, { method: 'HEAD' });
		await checked.body.dump();
		expect(checked.statusCode).toBe(404);
		expect((await visit(startUrl, { server: local })).status).toBe(302);
		const twice = await visit(startUrl, { server: local });
		expect([twice.status, twice.location]).toEqual([400, undefined]);
		expect(twice.body).toContain('<title>This link was already opened</title>');
	});

	it("writes its pages in the browser's language (Accept-Language, RFC 9110 §12.5.4), English for one it does not speak", async () => {
		const pageIn = async (acceptLanguage: string | undefined) => {
			const answer = await request(`${local}/oauth/discogs/start?t=not-a-ticket`, { headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage } });
			const body = await answer.body.text();
			return { lang: /<html lang="([^"]*)">/.exec(body)?.[1], title: /<title>(.*)<\/title>/.exec(body)?.[1], vary: answer.headers['vary'] };
		};
		expect(await pageIn('de-DE,de;q=0.9')).toEqual({ lang: 'de', title: translator('de').t('web:discogsSignIn.failed.expired.title'), vary: 'accept-language' });
		expect(translator('de').t('web:discogsSignIn.failed.expired.title')).not.toBe('This link has expired');
		expect((await pageIn('sv-SE, pt-BR;q=0.8, en;q=0.5')).lang).toBe('pt-BR');
		expect((await pageIn('sv-SE,sv;q=0.9')).lang).toBe('en-US');
		expect((await pageIn(undefined)).lang).toBe('en-US');
	});

	it('says the sign-in is not set up when PUBLIC_URL is not', async () => {
		const off = await startHttpServer({
			name: 'web-off',
			portVariable: 'HTTP_PORT',
			host: '127.0.0.1',
			port: 0,
			routes: [discogsSignInRoutes({ context: { ...bot.context, config: { ...bot.context.config, publicUrl: undefined } } })],
			logger: bot.context.logger,
		});
		try {
			for (const path of ['/oauth/discogs/start?t=x', '/oauth/discogs/callback?oauth_token=x&oauth_verifier=y']) {
				const page = await visit(`http://127.0.0.1:${off.address.port}${path}`);
				expect([page.status, /<title>(.*)<\/title>/.exec(page.body)?.[1]]).toEqual([503, 'Discogs sign-in is not set up']);
			}
		} finally {
			await off.close();
		}
	});
});
