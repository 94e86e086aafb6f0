import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_EMAIL, BOT_PASSWORD, BOT_USER_ID, SEED_USER_ID } from '../fakes/catalog/index.js';
import { DEFAULT_USER } from '../fakes/discord/index.js';
import { description, linkCatalogByToken, linkDiscogsByOAuth, run, text } from '../helpers/flows.js';
import { BOB, startStack, type Stack } from '../helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
	stack = await startStack();
});
afterAll(async () => {
	await stack?.stop();
});

const CAROL = { id: '1300000000000000004', username: 'carol', discriminator: '0', global_name: 'Carol', avatar: null };
const CAROL_CATALOG_ID = '5a6b7c8d-1111-4222-8333-944455556666';

const field = (answer: Awaited<ReturnType<typeof run>>['answer'], name: string) => answer.data.embeds?.[0]?.fields?.find((candidate) => candidate.name === name)?.value;

describe('/catalog through the real bot process', () => {
	it('profile by id: the public profile, with the streaming links as the server stores them', async () => {
		const { answer } = await run(stack.discord, 'catalog', 'profile', [{ name: 'id', value: SEED_USER_ID }]);
		const embed = answer.data.embeds?.[0];
		expect(embed?.title).toBe('Johnny');
		// The member's page on NEWM's marketplace (projectNEWM/newm-web apps/marketplace/src/app/artist/[artistId]).
		expect(embed?.url).toBe(`https://marketplace.newm.io/artist/${SEED_USER_ID}`);
		expect(field(answer, 'Role')).toBe('Producer');
		expect(field(answer, 'Genre')).toBe('Pop');
		// Full URLs on each service's host since 2024-03 (newm-server ktx/StringExt.kt asUrlWithHost), linked as they are.
		expect(field(answer, 'Links')).toBe(
			'[Website](https://johndoe.example/) · [Twitter](https://twitter.com/johndoe) · [Instagram](https://instagram.com/johndoe) · ' +
				'[Spotify](https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb) · [SoundCloud](https://soundcloud.com/johnny-doe) · ' +
				'[Apple Music](https://music.apple.com/us/artist/johnny/1234567890)',
		);
		expect(embed?.description).toContain('John is a leading Pop Music Producer');
		expect(text(answer)).not.toMatch(/john\.doe@|walletAddress|Wallet|addr1|Facebook/);
	});

	it('a malformed id is refused before any request; an unknown id is no such user', async () => {
		const before = stack.catalog.requests.length;
		const malformed = await run(stack.discord, 'catalog', 'profile', [{ name: 'id', value: '123' }]);
		expect(description(malformed.answer)).toBe(
			'`123` is not a catalog user id. An id is a UUID such as `123e4567-e89b-12d3-a456-426614174000`: 32 hexadecimal digits in groups of 8-4-4-4-12.',
		);
		expect(stack.catalog.requests.filter((request) => request.path.startsWith('/v1/users')).length).toBe(
			stack.catalog.requests.slice(0, before).filter((request) => request.path.startsWith('/v1/users')).length,
		);
		const unknown = await run(stack.discord, 'catalog', 'profile', [{ name: 'id', value: '00000000-0000-0000-0000-000000000000' }]);
		expect(unknown.answer.ephemeral).toBe(true);
		expect(description(unknown.answer)).toBe('No catalog user has the id `00000000-0000-0000-0000-000000000000`.');
	});

	it('by linked account; for another user without private fields; for its owner privately with them', async () => {
		const linked = await linkCatalogByToken(stack.discord, stack.catalog, DEFAULT_USER, SEED_USER_ID);
		expect(description(linked)).toContain('Linked your catalog account **Johnny**');

		const own = await run(stack.discord, 'catalog', 'profile', []);
		expect(own.answer.data.embeds?.[0]?.title).toBe('Johnny');
		expect(text(own.answer)).not.toContain('john.doe@example.com');

		const other = await run(stack.discord, 'catalog', 'profile', [{ name: 'user', value: DEFAULT_USER.id }], BOB);
		expect(other.answer.data.embeds?.[0]?.title).toBe('Johnny');
		expect(text(other.answer)).not.toContain('john.doe@example.com');

		const privately = await run(stack.discord, 'catalog', 'profile', [{ name: 'private', value: true }]);
		expect(privately.answer.ephemeral).toBe(true);
		expect(field(privately.answer, '🔒 Email')).toBe('||john.doe@example.com||');
		expect(field(privately.answer, '🔒 Signs in with')).toBe('||Facebook||');
	});

	it('songs: the linked artist\'s released songs with their lengths', async () => {
		const { answer } = await run(stack.discord, 'catalog', 'songs', []);
		const embed = answer.data.embeds?.[0];
		expect(embed?.title).toBe('Songs by Johnny');
		// `duration` is milliseconds (newm-server features/song/AudioMessageReceiver.kt, durationInMs): 214000 is 3:34.
		// releaseDate is a LocalDate (newm-server features/song/model/Song.kt): a calendar day, shown as one, the
		// member's way (Intl's en-US writes "Feb 1, 2023").
		expect(embed?.description?.split('\n')[0]).toBe('1\\. **Midnight Drive** · 3:34 · Pop, Synthpop · released Feb 1, 2023');
		expect(embed?.footer?.text).toMatch(/^Page 1 of 1 · \d+ songs?/);
	});

	it('refreshes an expired access token transparently', async () => {
		const daveId = '6b7c8d9e-2222-4333-8444-a55566667777';
		stack.catalog.addUser({ id: daveId, email: 'dave@example.test', nickname: 'Dave', createdAt: '2024-02-02T00:00:00' });
		stack.catalog.expireAccessTokens();
		const refreshesBefore = stack.catalog.requestCount('/v1/auth/refresh');
		const { answer } = await run(stack.discord, 'catalog', 'profile', [{ name: 'id', value: daveId }]);
		expect(answer.data.embeds?.[0]?.title).toBe('Dave');
		expect(stack.catalog.requestCount('/v1/auth/refresh')).toBe(refreshesBefore + 1);
	});
});

describe('/catalog songs paging and linking by biography code', () => {
	it('pages songs with the buttons, and shows only released ones', async () => {
		const ownerId = '7c8d9e0f-3333-4444-8555-b66677778888';
		stack.catalog.addUser({ id: ownerId, email: 'prolific@example.test', nickname: 'Prolific', createdAt: '2023-01-01T00:00:00' });
		const songs = Array.from({ length: 14 }, (_, index) => ({
			title: `Track ${String(index + 1).padStart(2, '0')}`,
			genres: ['House'],
			mintingStatus: index === 13 ? 'Undistributed' : 'Released',
			releaseDate: '2024-01-01',
			createdAt: `2024-01-${String(index + 1).padStart(2, '0')}T00:00:00`,
		}));
		stack.catalog.addSongs(ownerId, songs);
		const { handle, answer } = await run(stack.discord, 'catalog', 'songs', [{ name: 'id', value: ownerId }]);
		expect(answer.data.embeds?.[0]?.footer?.text).toBe('Page 1 of 2 · 13 songs');
		const message = handle.original();
		if (!message) throw new Error('no message');
		const row = answer.data.components?.[0];
		const nextId = ((row && 'components' in row ? row.components : []) as Array<{ custom_id: string }>)[3]?.custom_id;
		expect(nextId).toBe(`cgp:n:2:2:${ownerId}`);
		const next = await (await stack.discord.click({ customId: nextId ?? '', message, user: BOB })).final();
		expect(next.type).toBe(7);
		expect(next.data.embeds?.[0]?.footer?.text).toBe('Page 2 of 2 · 13 songs');
		expect(next.data.embeds?.[0]?.description).toContain('Track 13');
		expect(JSON.stringify(next.data.embeds)).not.toContain('Track 14');
		// Forged pages and truncated ids: a short private answer, and nothing asked of the catalog.
		const before = stack.catalog.requests.length;
		for (const forged of [`cgp:n:1e21:2:${ownerId}`, `cgp:n:3:2:${ownerId}`, `cgp:n:0:2:${ownerId}`, 'cgp:n:2', `cgp:n:2:2:${ownerId}:x`]) {
			const refused = await (await stack.discord.click({ customId: forged, message, user: BOB })).final();
			expect(refused.ephemeral, forged).toBe(true);
			expect(refused.data.embeds?.[0]?.description, forged).toContain('This button is out of date');
		}
		expect(stack.catalog.requests.length).toBe(before);
	});

	it('links with a code in the catalog biography', async () => {
		const erin = { id: '1300000000000000005', username: 'erin', discriminator: '0', global_name: 'Erin', avatar: null };
		const erinCatalogId = '8d9e0f1a-4444-4555-8666-c77788889999';
		stack.discord.addUser(erin);
		stack.catalog.addUser({ id: erinCatalogId, email: 'erin@example.test', nickname: 'Erin E', biography: 'Hello', createdAt: '2023-03-03T00:00:00' });
		const started = await run(stack.discord, 'link', 'catalog', [{ name: 'id', value: erinCatalogId }], erin);
		const code = /`(XF-[A-Z0-9]{6})`/.exec(description(started.answer))?.[1];
		expect(code).toBeDefined();
		const message = started.handle.original();
		if (!message) throw new Error('no message');
		const early = await (await stack.discord.click({ customId: 'lnk:cv', message, user: erin })).final();
		expect(description(early)).toContain("I can't find");
		stack.catalog.addUser({ id: erinCatalogId, email: 'erin@example.test', nickname: 'Erin E', biography: `Hello ${code}`, createdAt: '2023-03-03T00:00:00' });
		const verified = await (await stack.discord.click({ customId: 'lnk:cv', message, user: erin })).final();
		expect(description(verified)).toContain('Linked your catalog account **Erin E**');
		const twice = await (await stack.discord.click({ customId: 'lnk:cv', message, user: erin })).final();
		expect(description(twice)).toBe('That code was already used: your catalog account is linked (see `/link status`). You can remove the code from your biography now.');
		const own = await run(stack.discord, 'catalog', 'profile', [], erin);
		expect(own.answer.data.embeds?.[0]?.title).toBe('Erin E');
	});
});

describe('/profile with linked accounts', () => {
	it('shows one line per linked account, each fetched within its own limit', async () => {
		await linkDiscogsByOAuth(stack.discord, stack.discogs, DEFAULT_USER, 'rodneyfool');
		const { answer } = await run(stack.discord, 'profile', undefined, []);
		const lines = field(answer, 'Linked accounts');
		expect(lines).toContain('**Discogs** [rodneyfool](https://www.discogs.com/user/rodneyfool) · rank 149 · seller 100% ★★★★★');
		// Both lines link to the profile: the catalog's to the member's marketplace page (newm-web apps/marketplace/src/app/artist/[artistId]).
		expect(lines).toContain(`**Catalog** [Johnny](https://marketplace.newm.io/artist/${SEED_USER_ID}) · Producer · Pop`);
	});

	it('says "unavailable" for a provider that is down, and still shows the card', async () => {
		// Accounts nobody fetched yet, so no cached copy can stand in.
		await linkDiscogsByOAuth(stack.discord, stack.discogs, BOB, 'shooezgirl');
		await linkCatalogByToken(stack.discord, stack.catalog, BOB, BOT_USER_ID);
		stack.catalog.mode = 'error500';
		try {
			const { answer } = await run(stack.discord, 'profile', undefined, [{ name: 'user', value: BOB.id }]);
			const lines = field(answer, 'Linked accounts');
			expect(lines).toContain('**Discogs** [shooezgirl]');
			expect(lines).toContain(`**Catalog** [${BOT_USER_ID}](https://marketplace.newm.io/artist/${BOT_USER_ID}) · unavailable right now`);
		} finally {
			stack.catalog.mode = 'normal';
		}
	});

	it('does not let a slow provider hold the card', async () => {
		stack.catalog.addUser({ id: CAROL_CATALOG_ID, email: 'carol@example.test', nickname: 'Carol C', createdAt: '2024-01-01T00:00:00' });
		stack.discord.addUser(CAROL);
		await linkCatalogByToken(stack.discord, stack.catalog, CAROL, CAROL_CATALOG_ID);
		stack.catalog.mode = 'hang';
		try {
			const { handle, answer } = await run(stack.discord, 'profile', undefined, [{ name: 'user', value: CAROL.id }]);
			expect(answer.data.embeds?.[0]?.title).toBe('Carol');
			expect(field(answer, 'Linked accounts')).toBe(`**Catalog** [${CAROL_CATALOG_ID}](https://marketplace.newm.io/artist/${CAROL_CATALOG_ID}) · unavailable right now`);
			expect(answer.deferred).toBe(false);
			expect((await handle.firstResponse()).at - handle.dispatchedAt).toBeLessThan(3000);
		} finally {
			stack.catalog.mode = 'normal';
		}
	});
});

describe('catalog credentials', () => {
	/** The /healthz answer of a bot started with METRICS_PORT=0 (it logs the port it got). */
	async function healthOf(own: Stack): Promise<{ status: number; body: Record<string, unknown> }> {
		const listening = await own.bot.waitForLog((line) => line.msg === 'metrics listening');
		const response = await fetch(`http://${String(listening.host)}:${String(listening.port)}/healthz`);
		return { status: response.status, body: (await response.json()) as Record<string, unknown> };
	}

	it('recovers by logging in when its refresh token was already used', async () => {
		// Started without credentials first, so the store holds no session of its own.
		const own = await startStack({ catalog: { loginRecaptcha: 'whitelisted' }, env: { CATALOG_REFRESH_TOKEN: '' } });
		try {
			const spent = own.catalog.issueTokens(BOT_USER_ID).refreshToken;
			// Someone else (another instance, an old deploy) already used this one-time refresh token.
			const used = await fetch(`${own.catalog.url}/v1/auth/refresh`, { headers: { authorization: `Bearer ${spent}` } });
			expect(used.status).toBe(200);
			await own.restart({ CATALOG_REFRESH_TOKEN: spent, CATALOG_EMAIL: BOT_EMAIL, CATALOG_PASSWORD: BOT_PASSWORD });
			const { answer } = await run(own.discord, 'catalog', 'profile', [{ name: 'id', value: SEED_USER_ID }]);
			expect(answer.data.embeds?.[0]?.title).toBe('Johnny');
			const auth = own.catalog.requests.filter((request) => request.path.startsWith('/v1/auth/'));
			expect(auth.map((request) => `${request.path} ${request.status}`)).toEqual(['/v1/auth/refresh 200', '/v1/auth/refresh 401', '/v1/auth/login 200']);
			expect(own.bot.stdout()).not.toContain(spent);
		} finally {
			await own.stop();
		}
	});

	it('on a catalog whose login needs reCAPTCHA: tells the operator, stays 200 on /healthz, then runs on CATALOG_REFRESH_TOKEN', async () => {
		// A deployment as newm-server seeds it: reCAPTCHA on the login (auth/password/PasswordAuthRoutes.kt) and
		// nobody whitelisted (database/migration/V84__ConfigUpdates.kt); the login without the headers answers 400.
		const own = await startStack({ catalog: { loginRecaptcha: 'required' }, env: { METRICS_PORT: '0', CATALOG_REFRESH_TOKEN: '', CATALOG_EMAIL: BOT_EMAIL, CATALOG_PASSWORD: BOT_PASSWORD } });
		try {
			const alarm = await own.bot.waitForLog((line) => line.level === 50 && (line.msg ?? '').startsWith('the catalog refused the bot credentials'));
			expect(alarm.msg).toContain("the catalog's login needs reCAPTCHA, which a bot cannot send: set CATALOG_REFRESH_TOKEN");
			const warning = await own.bot.waitForLog((line) => line.level === 40 && (line.msg ?? '').startsWith('could not renew the catalog session'));
			expect(warning.msg).toContain('set CATALOG_REFRESH_TOKEN to a fresh refresh token');
			const failed = await healthOf(own);
			expect(failed.status).toBe(200);
			expect(failed.body).toMatchObject({ status: 'ok', store: 'ok', catalog: 'failed' });
			const refused = await run(own.discord, 'catalog', 'profile', [{ name: 'id', value: SEED_USER_ID }]);
			expect(description(refused.answer)).toBe("The bot's catalog credentials were rejected. The bot's operator has been told.");

			// A refresh token with a day left: renewed at start-up, before any command, and never the login again.
			const token = own.catalog.issueTokens(BOT_USER_ID, { refreshTtlMs: 24 * 3_600_000 }).refreshToken;
			const loginsBefore = own.catalog.requestCount('/v1/auth/login');
			await own.restart({ CATALOG_REFRESH_TOKEN: token });
			await own.bot.waitForLog((line) => line.msg === 'catalog credentials: CATALOG_REFRESH_TOKEN, good for 23 hours 59 minutes');
			await own.bot.waitForLog((line) => (line.msg ?? '').startsWith('catalog session renewed in the background'));
			const healthy = await healthOf(own);
			expect(healthy.status).toBe(200);
			expect(healthy.body).toMatchObject({ catalog: 'ok' });
			expect(Number(healthy.body['catalogSecondsLeft'])).toBeGreaterThan(7 * 24 * 3600 - 120);
			const { answer } = await run(own.discord, 'catalog', 'profile', [{ name: 'id', value: SEED_USER_ID }]);
			expect(answer.data.embeds?.[0]?.title).toBe('Johnny');
			expect(own.catalog.requestCount('/v1/auth/refresh')).toBe(1);
			expect(own.catalog.requestCount('/v1/auth/login')).toBe(loginsBefore);
			expect(own.bot.stdout()).not.toContain(token);
		} finally {
			await own.stop();
		}
	});

	it('without credentials, catalog commands say the catalog is not configured, /healthz says "off", and the rest works', async () => {
		const own = await startStack({ env: { CATALOG_REFRESH_TOKEN: '', METRICS_PORT: '0' } });
		try {
			const { answer } = await run(own.discord, 'catalog', 'profile', [{ name: 'id', value: SEED_USER_ID }]);
			expect(description(answer)).toBe('The catalog is not configured on this bot.');
			const profile = await run(own.discord, 'profile', undefined, []);
			expect(profile.answer.data.embeds?.[0]?.title).toBe('Alice');
			expect((await healthOf(own)).body).toEqual({ status: 'ok', gateway: 'connected', store: 'ok', discogsToken: 'none', catalog: 'off' });
			expect(own.catalog.requests).toEqual([]);
		} finally {
			await own.stop();
		}
	});
});
