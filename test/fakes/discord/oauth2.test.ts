import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_USER, SIGNED_IN_COOKIE, startFakeDiscord } from './index.js';
import type { FakeDiscord } from './index.js';
import {
	REDIRECT_URI,
	authorizationUrl,
	call,
	codeRequest,
	formFields,
	openPage,
	press,
	redirectParams,
	requestToken,
	tokensFor,
	tokensOf,
} from './oauth2-test-client.js';

/**
 * The fake's consent page, as discord-api-docs developers/topics/oauth2.mdx describes the authorization code grant
 * ("Authorization URL Example", "Redirect URL Example", `state`, `prompt`), with Discord's answers where the docs are
 * silent taken from real redirects quoted in public issues (named in each test).
 */
let fake: FakeDiscord;

beforeEach(async () => {
	fake = await startFakeDiscord({ redirectUris: [REDIRECT_URI] });
});

afterEach(async () => {
	await fake?.close();
});

const pageFor = (overrides: Record<string, string> = {}, cookie?: string) => openPage(authorizationUrl(fake, codeRequest(fake, overrides)), cookie);

describe('the consent page (GET /oauth2/authorize)', () => {
	it('is a readable HTML page naming the app, the signed-in user and the scopes, with a plain form that posts back', async () => {
		const page = await pageFor({ scope: 'identify role_connections.write connections' });
		expect(page.status).toBe(200);
		expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(page.text).toContain('crossfade-test-bot wants to access your Discord account');
		expect(page.text).toContain('Signed in as <strong>Alice</strong>');
		expect(page.text).toContain('Access your third-party connections');
		expect(page.text).toContain('Update your connection and metadata for this app');
		// No JavaScript: a form and two submit buttons.
		expect(page.text).not.toMatch(/<script/i);
		expect(page.text).toContain('<form method="post" action="/oauth2/authorize">');
		expect(page.text).toMatch(/<button type="submit" name="decision" value="authorize">Authorize<\/button>/);
		expect(page.text).toMatch(/<button type="submit" name="decision" value="cancel">Cancel<\/button>/);
	});

	it('Authorize redirects (302) to redirect_uri with a code and the state ("Redirect URL Example")', async () => {
		const page = await pageFor({ state: 'a b&c' });
		const answer = await press(fake, formFields(page.text), 'authorize');
		expect(answer.status).toBe(302);
		const location = new URL(answer.headers.get('location') ?? '');
		expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
		expect(location.searchParams.get('code')).toMatch(/^[A-Za-z0-9]{20,}$/);
		expect(location.searchParams.get('state')).toBe('a b&c');
	});

	it('Cancel redirects with error=access_denied and Discord\'s description, and the state (nhost/hasura-auth#125)', async () => {
		const answer = await press(fake, formFields((await pageFor()).text), 'cancel');
		expect(answer.status).toBe(302);
		expect(Object.fromEntries(redirectParams(answer))).toEqual({
			error: 'access_denied',
			error_description: 'The resource owner or authorization server denied the request',
			state: 'state-1',
		});
	});

	it('acts as the user in the fake_discord_user cookie, whose tokens then open their own /users/@me', async () => {
		const bob = { id: '1300000000000000002', username: 'bob', global_name: 'Bob', discriminator: '0', avatar: null };
		fake.addUser(bob);
		const cookie = `theme=dark; ${SIGNED_IN_COOKIE}=${bob.id}`;
		const page = await pageFor({}, cookie);
		expect(page.text).toContain('Signed in as <strong>Bob</strong>');
		const code = redirectParams(await press(fake, formFields(page.text), 'authorize', cookie)).get('code') ?? '';
		const tokens = tokensOf(await requestToken(fake, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI }));
		expect((await call(fake, 'GET', '/users/@me', `Bearer ${tokens.access_token}`)).body).toEqual(bob);
	});

	it('refuses a user id the fake does not know, rather than acting as someone else', async () => {
		const page = await pageFor({}, `${SIGNED_IN_COOKIE}=1399999999999999999`);
		expect(page.status).toBe(400);
		expect(page.text).toContain('Not signed in');
	});

	it('a redirect_uri that is not registered, even by a trailing slash, gets an error page and no redirect (api-docs#1131)', async () => {
		for (const redirectUri of ['https://evil.example/callback', `${REDIRECT_URI}/`]) {
			const page = await pageFor({ redirect_uri: redirectUri });
			expect(page.status).toBe(400);
			expect(page.headers.get('location')).toBeNull();
			expect(page.text).toContain('Invalid OAuth2 redirect_uri');
		}
		// The POST checks again: a form edited to another target is refused the same way.
		const fields = formFields((await pageFor()).text).map(([name, value]): [string, string] => [name, name === 'redirect_uri' ? 'https://evil.example/' : value]);
		const answer = await press(fake, fields, 'authorize');
		expect(answer.status).toBe(400);
		expect(answer.headers.get('location')).toBeNull();
	});

	it('setRedirectUris replaces the registered URIs', async () => {
		fake.setRedirectUris(['https://bot.example/oauth/discord/callback']);
		expect(fake.redirectUris).toEqual(['https://bot.example/oauth/discord/callback']);
		expect((await pageFor()).status).toBe(400);
		expect((await pageFor({ redirect_uri: 'https://bot.example/oauth/discord/callback' })).status).toBe(200);
		expect(() => fake.setRedirectUris(['/relative'])).toThrow(/not an absolute URL/);
	});

	it('refuses another client_id with an error page', async () => {
		const page = await pageFor({ client_id: '1100000000000000999' });
		expect(page.status).toBe(400);
		expect(page.text).toContain('Unknown Application');
		expect(page.headers.get('location')).toBeNull();
	});

	it('unknown and unavailable scopes are listed, and Authorize answers invalid_scope (reboxer/discord-oauth2#33, api-docs#6200)', async () => {
		for (const scope of ['identify connectionz', 'identify relationships.read']) {
			const page = await pageFor({ scope });
			expect(page.status).toBe(200);
			expect(page.text).toMatch(/class="refused"/);
			expect(Object.fromEntries(redirectParams(await press(fake, formFields(page.text), 'authorize')))).toEqual({
				error: 'invalid_scope',
				error_description: 'The requested scope is invalid, unknown, or malformed.',
				state: 'state-1',
			});
		}
	});

	it('a missing response_type is redirected as invalid_request (discord/discord-oauth2-example#1)', async () => {
		const request = codeRequest(fake);
		delete request['response_type'];
		const params = redirectParams(await openPage(authorizationUrl(fake, request)));
		expect(params.get('error')).toBe('invalid_request');
		expect(params.get('error_description')).toBe('Missing response_type parameter.');
	});

	it('prompt=none skips the screen once the user has authorized those scopes; before that it shows it', async () => {
		expect((await pageFor({ prompt: 'none' })).status).toBe(200);
		await tokensFor(fake, 'identify connections');
		const skipped = await pageFor({ prompt: 'none', scope: 'connections' });
		expect(skipped.status).toBe(302);
		expect(redirectParams(skipped).get('code')).toMatch(/^[A-Za-z0-9]+$/);
		expect((await pageFor({ prompt: 'consent', scope: 'connections' })).status).toBe(200);
	});
});

describe('fake.authorize (consent without a browser)', () => {
	it('returns the redirect Authorize would send, with a code the token URL accepts', async () => {
		const location = new URL(fake.authorize({ scope: ['identify', 'connections'], redirectUri: REDIRECT_URI, state: 's' }));
		expect(location.searchParams.get('state')).toBe('s');
		const answer = await requestToken(fake, { grant_type: 'authorization_code', code: location.searchParams.get('code') ?? '', redirect_uri: REDIRECT_URI });
		expect(answer.body).toMatchObject({ scope: 'identify connections' });
		expect((await call(fake, 'GET', '/users/@me', `Bearer ${tokensOf(answer).access_token}`)).body).toEqual(DEFAULT_USER);
	});

	it('throws what the page would show for an unregistered redirect_uri or an unknown user', () => {
		expect(() => fake.authorize({ scope: 'identify', redirectUri: 'https://evil.example/' })).toThrow(/Invalid OAuth2 redirect_uri/);
		expect(() => fake.authorize({ userId: '1', scope: 'identify', redirectUri: REDIRECT_URI })).toThrow(/Not signed in/);
	});
});
