import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USER as ALICE } from '../fakes/discord/index.js';
import { description, run } from '../helpers/flows.js';
import { BOB, startStack, type Stack } from '../helpers/stack.js';
import { answerButtons, cookieOf, decideOnDiscogs, visit } from '../helpers/webSignIn.js';
import { freePort } from '../helpers/ports.js';

/**
 * Issue 15, "Web sign-in for Discogs": with PUBLIC_URL set, `/link discogs` links through the bot's own pages, and
 * the member never copies a code. The Discogs side is Discogs' "OAuth Flow" (developers#page:authentication,
 * steps 2–4: oauth_callback, the redirect with the verifier) and, for a Cancel, `denied=<request token>` as
 * webservco/discogs-api docs/OAuthFlow.md records it; the fake's page does both (test/discogs/oauthCallback.test.ts).
 */

const NOT_LINKED = 'No accounts linked. Use `/link discogs` or `/link catalog`.';
const titleOf = (body: string) => /<title>(.*)<\/title>/.exec(body)?.[1];

let stack: Stack;
let publicUrl: string;
beforeAll(async () => {
	const port = await freePort();
	publicUrl = `http://127.0.0.1:${port}`;
	stack = await startStack({ env: { PUBLIC_URL: publicUrl, HTTP_PORT: String(port) }, readyLog: (line) => line.msg === 'http listening' });
});
afterAll(async () => {
	await stack?.stop();
});

const status = async (user: typeof ALICE) => description((await run(stack.discord, 'link', 'status', [], user)).answer);

/** `/link discogs`, then the start link opened in a browser: the cookie it set and where it sent the browser. */
async function begin(user: typeof ALICE) {
	const { answer } = await run(stack.discord, 'link', 'discogs', [], user);
	const { urls, customIds } = answerButtons(answer);
	const [startUrl] = urls;
	if (!startUrl) throw new Error(`no link in ${JSON.stringify(answer.data)}`);
	const start = await visit(startUrl);
	return { urls, customIds, startUrl, start, cookie: cookieOf(start.setCookies[0]).pair };
}

describe('Discogs web sign-in, against the bot process', () => {
	it('links without a pasted code: link → start page → Discogs → callback; refuses other browsers and a replay', async () => {
		const { urls, customIds, startUrl, start, cookie } = await begin(ALICE);
		expect(customIds).toEqual([]);
		expect(urls).toEqual([startUrl]);
		expect(startUrl.startsWith(`${publicUrl}/oauth/discogs/start?t=`)).toBe(true);
		expect(start.status).toBe(302);
		expect(start.location).toMatch(/^https:\/\/www\.discogs\.com\/oauth\/authorize\?oauth_token=[0-9a-f]+$/);
		// Over http, so not Secure: a browser would drop a Secure cookie set by an http page.
		expect(start.setCookies[0]).toMatch(/^crossfade_discogs_signin=[A-Za-z0-9_-]+; Max-Age=\d+; Path=\/oauth\/discogs\/callback; HttpOnly; SameSite=Lax$/);

		const approved = await decideOnDiscogs(stack.discogs.url, start.location ?? '', 'authorize', 'rodneyfool');
		expect(approved.status).toBe(302);
		const callback = approved.location ?? '';
		expect(callback.startsWith(`${publicUrl}/oauth/discogs/callback?oauth_token=`)).toBe(true);

		// Someone else's browser, with the member's callback URL: no cookie, or another one. Nothing changes.
		const bare = await visit(callback);
		expect([bare.status, titleOf(bare.body)]).toEqual([400, 'Please finish in the same browser']);
		const forged = await visit(callback, { cookie: 'crossfade_discogs_signin=forged-nonce-forged-nonce-forged0' });
		expect([forged.status, titleOf(forged.body)]).toEqual([400, 'Please finish in the same browser']);
		expect(await status(ALICE)).toBe(NOT_LINKED);

		const done = await visit(callback, { cookie });
		expect(done.status).toBe(200);
		expect(done.body).toContain('Linked Discogs account <strong>rodneyfool</strong> to your Discord account; you can close this page.');
		const linked = await status(ALICE);
		expect(linked).toMatch(/^\*\*Discogs\*\* rodneyfool · verified with Discogs authorization <t:\d+:R>$/);

		const replayed = await visit(callback, { cookie });
		expect([replayed.status, titleOf(replayed.body)]).toEqual([400, 'This sign-in was already finished']);
		expect(await status(ALICE)).toBe(linked);

		// The link's OAuth token works: the profile as its owner sees it (the email is the owner's only).
		const own = await run(stack.discord, 'discogs', 'profile', [{ name: 'private', value: true }], ALICE);
		expect(JSON.stringify(own.answer.data.embeds)).toContain('🔒 Email');

		const verifier = new URL(callback).searchParams.get('oauth_verifier') ?? 'missing';
		const nonce = cookie.split('=')[1] ?? 'missing';
		const ticket = new URL(startUrl).searchParams.get('t') ?? 'missing';
		const requestToken = new URL(callback).searchParams.get('oauth_token') ?? 'missing';
		for (const secret of [verifier, nonce, ticket, requestToken]) {
			expect(stack.bot.stdout()).not.toContain(secret);
			for (const page of [start.body, bare.body, forged.body, done.body, replayed.body]) expect(page).not.toContain(secret);
		}
	});

	it('changes nothing when the member cancels on Discogs, and that request is spent', async () => {
		const { start, cookie } = await begin(BOB);
		const cancelled = await decideOnDiscogs(stack.discogs.url, start.location ?? '', 'cancel', 'shooezgirl');
		expect(cancelled.status).toBe(302);
		const callback = cancelled.location ?? '';
		expect(new URL(callback).searchParams.get('denied')).toBe(new URL(start.location ?? '').searchParams.get('oauth_token'));
		const denied = await visit(callback, { cookie });
		expect([denied.status, titleOf(denied.body)]).toEqual([200, 'Nothing was linked']);
		expect(denied.body).toContain('You did not authorize the bot on Discogs, so nothing changed.');
		expect(await status(BOB)).toBe(NOT_LINKED);
		expect(titleOf((await visit(callback, { cookie })).body)).toBe('This sign-in was already finished');
	});

	it('refuses the start link of an older /link discogs once a newer one is out', async () => {
		const older = await run(stack.discord, 'link', 'discogs', [], BOB);
		await run(stack.discord, 'link', 'discogs', [], BOB);
		const stale = await visit(answerButtons(older.answer).urls[0] ?? 'missing');
		expect([stale.status, stale.location, titleOf(stale.body)]).toEqual([400, undefined, 'This link has expired']);
	});
});
