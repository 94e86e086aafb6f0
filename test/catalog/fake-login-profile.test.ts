import { afterEach, describe, expect, it } from 'vitest';
import {
	BOT_EMAIL,
	BOT_PASSWORD,
	BOT_USER_ID,
	FAKE_RECAPTCHA_TOKEN,
	REFRESH_TTL_MS,
	SEED_USER_ID,
	startFakeCatalog,
	type FakeCatalog,
} from '../fakes/catalog/index.js';
import { call } from './fakeCall.js';

let fake: FakeCatalog | undefined;
afterEach(async () => {
	await fake?.close();
	fake = undefined;
});

async function start(options: Parameters<typeof startFakeCatalog>[0] = {}): Promise<FakeCatalog> {
	// Login tests run on a deployment that whitelists the caller, unless they ask for reCAPTCHA.
	fake = await startFakeCatalog({ loginRecaptcha: 'whitelisted', ...options });
	return fake;
}

const credentials = { email: BOT_EMAIL, password: BOT_PASSWORD };
const expiryOf = (token: string) => Number((JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp: number }).exp) * 1000;

describe('fake catalog: reCAPTCHA on the login', () => {
	// newm-server auth/password/PasswordAuthRoutes.kt: recaptchaRepository.verify("login") unless the IP is in
	// recaptcha.ipWhitelist; recaptcha/repo/RecaptchaRepositoryImpl.kt checks the headers of
	// recaptcha/RecaptchaHeaders.kt in this order; ktx/ApplicationRequestExt.kt `requiredHeader` throws
	// HttpBadRequestException("Missing header: <name>"); statuspages/StatusPagesInstall.kt writes the body.
	it('without the headers answers 400 naming the platform header, before it reads the body', async () => {
		const server = await start({ loginRecaptcha: 'required' });
		const missing = await call(server, '/v1/auth/login', { method: 'POST', body: credentials });
		expect(missing.status).toBe(400);
		expect(missing.json()).toEqual({ code: 400, description: 'Bad Request', cause: 'Missing header: g-recaptcha-platform' });
		const garbage = await call(server, '/v1/auth/login', { method: 'POST', body: 'not json' });
		expect(garbage.json()).toEqual({ code: 400, description: 'Bad Request', cause: 'Missing header: g-recaptcha-platform' });
	});

	it('refuses an unsupported platform with 403, a missing token with 400, a token Google rejects with 403', async () => {
		const server = await start({ loginRecaptcha: 'required' });
		const login = (headers: Record<string, string>) => call(server, '/v1/auth/login', { method: 'POST', body: credentials, headers });
		const platform = await login({ 'g-recaptcha-platform': 'Discord' });
		expect([platform.status, platform.json()]).toEqual([403, { code: 403, description: 'Forbidden', cause: 'Recaptcha failed - invalid platform: discord' }]);
		const noToken = await login({ 'g-recaptcha-platform': 'web' });
		expect([noToken.status, noToken.json()]).toEqual([400, { code: 400, description: 'Bad Request', cause: 'Missing header: g-recaptcha-token' }]);
		const badToken = await login({ 'g-recaptcha-platform': 'web', 'g-recaptcha-token': 'made-up' });
		expect(badToken.status).toBe(403);
		expect((badToken.json() as { cause: string }).cause).toMatch(/^Recaptcha failed \(.*\) - reason: /);
		const passed = await login({ 'g-recaptcha-platform': 'WEB', 'g-recaptcha-token': FAKE_RECAPTCHA_TOKEN });
		expect(passed.status).toBe(200);
		expect(passed.json()).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
	});

	it('takes email and password alone from a whitelisted caller (the default), and never guards the refresh', async () => {
		const whitelisted = await start();
		expect((await call(whitelisted, '/v1/auth/login', { method: 'POST', body: credentials })).status).toBe(200);
		await whitelisted.close();
		const guarded = await start({ loginRecaptcha: 'required' });
		const { refreshToken } = guarded.issueTokens(BOT_USER_ID);
		expect((await call(guarded, '/v1/auth/refresh', { token: refreshToken })).status).toBe(200);
	});

	it('issues a refresh token with less of its 7 days left on demand; a refresh answers a full 7 days again', async () => {
		const server = await start();
		const { refreshToken } = server.issueTokens(BOT_USER_ID, { refreshTtlMs: 3_600_000 });
		expect(expiryOf(refreshToken) - Date.now()).toBeLessThanOrEqual(3_600_000);
		const renewed = (await call(server, '/v1/auth/refresh', { token: refreshToken })).json() as { refreshToken: string };
		expect(expiryOf(renewed.refreshToken) - Date.now()).toBeGreaterThan(REFRESH_TTL_MS - 5_000);
	});
});

describe('fake catalog: profile URLs as the server stores them', () => {
	// newm-server features/user/repo/UserRepositoryImpl.kt `update`: spotifyProfile, soundCloudProfile and
	// appleMusicProfile go through ktx/StringExt.kt `asUrlWithHost` (stored as https:// + host + path, no query)
	// and the exact-host check of features/user/verify/*ProfileUrlVerifier.kt; websiteUrl, twitterUrl and
	// instagramUrl through `orNull()?.asValidUrl()`, stored as given. GET returns the column as stored
	// (features/user/database/UserEntity.kt toModel).
	const patch = (server: FakeCatalog, token: string, body: unknown) => call(server, '/v1/users/me', { method: 'PATCH', token, body });

	it('stores streaming profiles as https URLs on their host without the query, and returns them so', async () => {
		const server = await start();
		const { accessToken } = server.issueTokens(SEED_USER_ID);
		const answer = await patch(server, accessToken, {
			spotifyProfile: 'http://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb?si=abc123',
			soundCloudProfile: 'https://soundcloud.com/johnny-doe',
			appleMusicProfile: 'https://music.apple.com/us/artist/johnny/1234567890?l=en',
			websiteUrl: ' https://johnny.example/?ref=bio ',
		});
		expect([answer.status, answer.text]).toEqual([204, '']);
		const me = (await call(server, '/v1/users/me', { token: accessToken })).json();
		expect(me).toMatchObject({
			spotifyProfile: 'https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb',
			soundCloudProfile: 'https://soundcloud.com/johnny-doe',
			appleMusicProfile: 'https://music.apple.com/us/artist/johnny/1234567890',
			websiteUrl: 'https://johnny.example/?ref=bio',
		});
	});

	it('refuses ids, URIs and other hosts with 422, changing nothing; an empty string clears the field', async () => {
		const server = await start();
		const { accessToken } = server.issueTokens(SEED_USER_ID);
		const refusals: Array<[Record<string, string>, string]> = [
			[{ spotifyProfile: 'spotify:artist:xyz' }, 'Invalid url: spotify:artist:xyz, expected open.spotify.com'],
			[{ soundCloudProfile: 'johnny-doe' }, 'Invalid url: johnny-doe'],
			[{ spotifyProfile: 'https://evil.example/open.spotify.com/artist/x' }, 'Invalid url: https://evil.example/open.spotify.com/artist/x, expected open.spotify.com'],
			[{ soundCloudProfile: 'https://soundcloud.com.evil.example/johnny' }, 'SoundCloud profile URL must be from soundcloud.com'],
			[{ websiteUrl: 'https://ok.example', appleMusicProfile: 'https://itunes.apple.com/artist/1' }, 'Invalid url: https://itunes.apple.com/artist/1, expected music.apple.com'],
		];
		for (const [body, cause] of refusals) {
			const answer = await patch(server, accessToken, body);
			expect([answer.status, answer.json()]).toEqual([422, { code: 422, description: 'Unprocessable Entity', cause }]);
		}
		const me = (await call(server, '/v1/users/me', { token: accessToken })).json() as Record<string, unknown>;
		expect(me['websiteUrl']).toBe('https://johndoe.example');
		expect((await patch(server, accessToken, { soundCloudProfile: '' })).status).toBe(204);
		expect((await call(server, '/v1/users/me', { token: accessToken })).json()).not.toHaveProperty('soundCloudProfile');
	});

	it("answers 403 with no body for someone else's profile, 400 for a body that is no User, 401 without a token", async () => {
		const server = await start();
		const { accessToken } = server.issueTokens(SEED_USER_ID);
		const other = await call(server, `/v1/users/${BOT_USER_ID}`, { method: 'PATCH', token: accessToken, body: { nickname: 'x' } });
		expect([other.status, other.text]).toEqual([403, '']);
		const notJson = await patch(server, accessToken, 'nope');
		expect([notJson.status, (notJson.json() as { cause: string }).cause]).toEqual([400, 'Failed to convert request body to class io.newm.server.features.user.model.User']);
		expect((await call(server, '/v1/users/me', { method: 'PATCH', body: { nickname: 'x' } })).status).toBe(401);
	});

	it('holds song durations in milliseconds, as the encoder reports them', async () => {
		// features/song/AudioMessageReceiver.kt: Song(duration = msg.durationInMs).
		const server = await start();
		const { accessToken } = server.issueTokens(SEED_USER_ID);
		const songs = (await call(server, `/v1/songs?ownerIds=${SEED_USER_ID}`, { token: accessToken })).json() as Array<{ duration: number }>;
		expect(songs.map((song) => song.duration)).toEqual([214_000, 187_000, 201_000]);
	});
});
