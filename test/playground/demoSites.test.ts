import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeCatalog } from '../fakes/catalog/index.js';
import { BOT_USER_ID, FAKE_RECAPTCHA_TOKEN, startFakeCatalog } from '../fakes/catalog/index.js';
import type { FakeDiscogs } from '../fakes/discogs/index.js';
import { EDIT_LIMITS, startFakeDiscogs } from '../fakes/discogs/index.js';
import { NELLY } from '../helpers/stack.js';
import { cdnImage } from './cdn.js';
import { DEMO_CATALOG_ARTISTS } from './demoCatalog.js';
import { DEMO_DISCOGS_USERNAMES, demoDiscogsUsers, seedDiscogs } from './demoDiscogs.js';
import { seedCatalog } from './seed.js';

/**
 * The demo servers' own pages and pictures, and the demo data they serve: each member's counts match their lists,
 * each is distinct, and every picture is drawn on 127.0.0.1. The browser test clicks through the same pages.
 */

const TOKEN = 'demo-sites-token';
const UA = { 'user-agent': 'demo-sites-test/1.0' };
let discogs: FakeDiscogs;
let catalog: FakeCatalog;
let botToken: string;

beforeAll(async () => {
	discogs = await startFakeDiscogs({ token: TOKEN });
	catalog = await startFakeCatalog();
	seedDiscogs(discogs);
	seedCatalog(catalog);
	botToken = catalog.issueTokens(BOT_USER_ID).accessToken;
});
afterAll(async () => {
	await discogs?.close();
	await catalog?.close();
});

async function discogsApi(path: string): Promise<Record<string, unknown>> {
	const response = await fetch(`${discogs.url}${path}`, { headers: { ...UA, authorization: `Discogs token=${TOKEN}` } });
	expect(response.status, path).toBe(200);
	return (await response.json()) as Record<string, unknown>;
}

async function catalogApi(path: string): Promise<unknown> {
	const response = await fetch(`${catalog.url}${path}`, { headers: { authorization: `Bearer ${botToken}` } });
	expect(response.status, path).toBe(200);
	return response.json();
}

/** A picture the demo servers draw: on 127.0.0.1, answered 200 as SVG. */
async function expectPicture(url: unknown): Promise<void> {
	expect(url).toEqual(expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/images\//));
	const response = await fetch(String(url));
	expect(response.status, String(url)).toBe(200);
	expect(response.headers.get('content-type')).toBe('image/svg+xml');
	expect(await response.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
}

const postForm = (path: string, form: Record<string, string>) =>
	fetch(`${discogs.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });

describe('the demo Discogs members', () => {
	it('each says as many releases contributed as its list holds, with its own text, ratings and pictures', async () => {
		const seen = { profile: new Set<unknown>(), ratings: new Set<string>(), avatar: new Set<unknown>() };
		for (const username of DEMO_DISCOGS_USERNAMES) {
			const profile = await discogsApi(`/users/${username}`);
			const contributions = await discogsApi(`/users/${username}/contributions`);
			expect(profile['releases_contributed'], username).toBe((contributions['pagination'] as { items: number }).items);
			for (const release of contributions['contributions'] as Array<Record<string, unknown>>) await expectPicture(release['thumb']);
			await expectPicture(profile['avatar_url']);
			if (profile['banner_url']) await expectPicture(profile['banner_url']);
			seen.profile.add(profile['profile']);
			seen.ratings.add(`${profile['rating_avg']} ${profile['releases_rated']} ${profile['buyer_num_ratings']}`);
			seen.avatar.add(profile['avatar_url']);
		}
		const count = DEMO_DISCOGS_USERNAMES.length;
		expect([seen.profile.size, seen.ratings.size, seen.avatar.size]).toEqual([count, count, count]);
	});

	it('draws a different cover for each title', () => {
		const thumbs = demoDiscogsUsers('http://127.0.0.1:1').flatMap((user) => user.contributions.map((release) => [release['title'], release['thumb']]));
		expect(new Set(thumbs.map(([title]) => title)).size).toBe(new Set(thumbs.map(([, thumb]) => thumb)).size);
	});
});

// Discogs keeps the profile form at www.discogs.com/settings/user (Settings > Profile), where the bot's Edit profile
// button points; no published document says so, so this is the site as members use it. Saving applies the rules of
// POST /users/{username} (developers/#page:user-identity,header:user-identity-profile-post), as the fake's API does.
describe('the demo Discogs profile editor, at /settings/user', () => {
	it('signs in by username, then saves the profile text through the API edit rules, visible to the API at once', async () => {
		const signIn = await fetch(`${discogs.url}/settings/user`);
		expect(signIn.status).toBe(200);
		expect(signIn.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await signIn.text()).toContain('name="username"');
		const editor = await (await fetch(`${discogs.url}/settings/user?username=dj_nova`)).text();
		expect(editor).toContain('Signed in as <strong>dj_nova</strong>');
		// The profile text is shown escaped, never as markup.
		expect(editor).toContain('[url=https://www.discogs.com/label/1-Planet-E]Planet E[/url]');

		const saved = await postForm('/settings/user', { username: 'dj_nova', profile: 'Now with <b>a code</b>: abc123', location: 'Leipzig' });
		expect(saved.status).toBe(200);
		const page = await saved.text();
		expect(page).toContain('Your profile was saved.');
		expect(page).toContain('Now with &#60;b&#62;a code&#60;/b&#62;: abc123');
		const profile = await discogsApi('/users/dj_nova');
		expect([profile['profile'], profile['location'], profile['name']]).toEqual(['Now with <b>a code</b>: abc123', 'Leipzig', 'Nova']);
	});

	it('refuses what the API refuses, keeping what was typed, and says who is unknown', async () => {
		const tooLong = await postForm('/settings/user', { username: 'crate_digger', profile: 'x'.repeat(EDIT_LIMITS.profile + 1) });
		expect(tooLong.status).toBe(422);
		expect(await tooLong.text()).toContain(`Invalid profile: must be at most ${EDIT_LIMITS.profile} characters.`);
		expect((await discogsApi('/users/crate_digger'))['profile']).toMatch(/^Digging since 1998/);
		const stranger = await fetch(`${discogs.url}/settings/user?username=nobody_here`);
		expect(stranger.status).toBe(404);
		expect(await stranger.text()).toContain('No Discogs user named nobody_here.');
		expect((await fetch(`${discogs.url}/settings/user`, { method: 'DELETE' })).status).toBe(405);
	});

	it('is the website, not the API: no rate limit, not in the request log', async () => {
		discogs.reset();
		for (let index = 0; index < 30; index++) expect((await fetch(`${discogs.url}/settings/user`)).status).toBe(200);
		expect(discogs.requestCount()).toBe(0);
		expect((await fetch(`${discogs.url}/images/avatar/x.svg`)).status).toBe(200);
		expect((await fetch(`${discogs.url}/images/poster/x.svg`)).status).toBe(404);
		expect(discogs.requestCount()).toBe(0);
	});
});

describe('the demo catalog artists and NEWM Studio', () => {
	it('each has its own biography and pictures, and cover art for every song', async () => {
		const biographies = new Set<unknown>();
		for (const artist of DEMO_CATALOG_ARTISTS) {
			const user = (await catalogApi(`/v1/users/${artist.id}`)) as Record<string, unknown>;
			await expectPicture(user['pictureUrl']);
			await expectPicture(user['bannerUrl']);
			biographies.add(user['biography']);
			const songs = (await catalogApi(`/v1/songs?ownerIds=${artist.id}`)) as Array<Record<string, unknown>>;
			expect(songs.length, artist.name).toBeGreaterThan(0);
			for (const song of songs) await expectPicture(song['coverArtUrl']);
		}
		expect(biographies.size).toBe(DEMO_CATALOG_ARTISTS.length);
	});

	// The web app's routes: projectNEWM/newm-web apps/studio/src/App.tsx (`login`) and pages/home/Home.tsx (`home/profile`).
	it('serves the sign-in and profile pages at the web app paths, with the reCAPTCHA token a browser would get', async () => {
		const before = catalog.requestCount();
		for (const path of ['/login', '/home/profile']) {
			const page = await fetch(`${catalog.url}${path}`);
			expect(page.status, path).toBe(200);
			expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
			expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
		}
		const script = await (await fetch(`${catalog.url}/assets/login.js`)).text();
		expect(script).toContain(JSON.stringify(FAKE_RECAPTCHA_TOKEN));
		expect(script).not.toContain('__FAKE_RECAPTCHA_TOKEN__');
		expect((await fetch(`${catalog.url}/login`, { method: 'POST' })).status).toBe(405);
		expect(catalog.requestCount()).toBe(before);
	});

	it('lets each demo artist sign in with the password the playground shows', async () => {
		for (const artist of DEMO_CATALOG_ARTISTS) {
			const response = await fetch(`${catalog.url}/v1/auth/login`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'g-recaptcha-platform': 'web', 'g-recaptcha-token': FAKE_RECAPTCHA_TOKEN },
				body: JSON.stringify({ email: artist.email, password: artist.password }),
			});
			expect(response.status, artist.name).toBe(200);
		}
	});
});

describe('the stand-in Discord CDN', () => {
	it("serves the demo users' avatar, banner and decoration at the CDN's paths, and nothing for another hash", () => {
		const users = new Map([[NELLY.id, NELLY]]);
		const decoration = NELLY.avatar_decoration_data?.asset ?? '';
		expect(cdnImage(users, `/avatars/${NELLY.id}/${NELLY.avatar}.png`)).toMatch(/^<svg/);
		expect(cdnImage(users, `/banners/${NELLY.id}/${NELLY.banner}.png`)).toMatch(/^<svg/);
		expect(cdnImage(users, `/avatar-decoration-presets/${decoration}.png`)).toMatch(/^<svg/);
		expect(cdnImage(users, '/embed/avatars/5.png')).toMatch(/^<svg/);
		expect(cdnImage(users, '/embed/avatars/6.png')).toBeUndefined();
		expect(cdnImage(users, `/avatars/${NELLY.id}/${'0'.repeat(32)}.png`)).toBeUndefined();
		expect(cdnImage(users, `/avatars/1300000000000000009/${NELLY.avatar}.png`)).toBeUndefined();
	});
});
