import { afterEach, describe, expect, it } from 'vitest';
import { ProviderError, UserError } from '../../src/core/errors.js';
import { discogsCacheKeys, EDIT_FORBIDDEN, type OAuthTokens } from '../../src/discogs/client.js';
import { translator } from '../../src/i18n/translator.js';
import { FAKE_CONSUMER_KEY, FAKE_CONSUMER_SECRET } from '../fakes/discogs/index.js';
import { createHarness, expectKind, type Harness } from './harness.js';

/** The member's text for the key, in English as the log and these assertions read it. */
const editForbidden = translator('en-US').t(EDIT_FORBIDDEN);

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

async function setup(): Promise<{ h: Harness; tokens: OAuthTokens }> {
	harness = await createHarness({ config: { oauth: { consumerKey: FAKE_CONSUMER_KEY, consumerSecret: FAKE_CONSUMER_SECRET } } });
	return { h: harness, tokens: harness.fake.grantAccess('rodneyfool') };
}

async function userError(promise: Promise<unknown>): Promise<UserError> {
	const error: unknown = await promise.then(
		() => new Error('expected a UserError, but the call succeeded'),
		(reason: unknown) => reason,
	);
	if (error instanceof UserError && !(error instanceof ProviderError)) return error;
	throw error;
}

describe('editProfile', () => {
	it('POSTs the changes as JSON signed as the user, and answers the new profile with the email', async () => {
		const { h, tokens } = await setup();
		const profile = await h.client.editProfile('RodneyFool', { location: 'Portland', curr_abbr: 'EUR', home_page: '' }, tokens);
		expect(profile).toMatchObject({ username: 'rodneyfool', location: 'Portland', curr_abbr: 'EUR', home_page: '', email: 'rodneyfool@example.com' });
		const [post] = h.fake.requests;
		expect(post).toMatchObject({ method: 'POST', path: '/users/RodneyFool', status: 200, contentType: 'application/json' });
		expect(JSON.parse(post?.body ?? '')).toEqual({ location: 'Portland', curr_abbr: 'EUR', home_page: '' });
		expect(post?.authorization).toContain(`oauth_token="${tokens.token}"`);
		expect(h.fake.profileOf('rodneyfool')).toMatchObject({ location: 'Portland', curr_abbr: 'EUR', name: 'Rodney' });
	});

	it('replaces the cached profile: the next lookup asks nothing, shows the new values and no email', async () => {
		const { h, tokens } = await setup();
		expect((await h.client.getProfile('rodneyfool')).value.location).toBe("I live in the good ol' Pacific NW");
		await h.client.editProfile('rodneyfool', { name: 'Rod', profile: '[b]new[/b]' }, tokens);
		const before = h.fake.requestCount();
		const cached = await h.client.getProfile('rodneyfool');
		expect(h.fake.requestCount()).toBe(before);
		expect(cached.value).toMatchObject({ name: 'Rod', profile: '[b]new[/b]', location: "I live in the good ol' Pacific NW" });
		expect(cached.value).not.toHaveProperty('email');
		expect(JSON.stringify(await h.store.namespace('cache').get(discogsCacheKeys.profile('rodneyfool')))).not.toContain('@example.com');
	});

	it('turns a 422 into a UserError with Discogs\'s message, changing nothing', async () => {
		const { h, tokens } = await setup();
		await h.client.getProfile('rodneyfool');
		const error = await userError(h.client.editProfile('rodneyfool', { name: 'x'.repeat(256), location: 'Mars' }, tokens));
		expect(error.message).toBe('Invalid name: must be at most 255 characters.');
		expect(h.fake.requests.at(-1)?.status).toBe(422);
		expect(h.fake.profileOf('rodneyfool')?.['location']).toBe("I live in the good ol' Pacific NW");
		expect((await h.client.getProfile('rodneyfool')).value.location).toBe("I live in the good ol' Pacific NW");
	});

	it('refuses an unknown currency, and an edit without changes, without asking Discogs', async () => {
		const { h, tokens } = await setup();
		const changes: Record<string, string> = { curr_abbr: 'XYZ' };
		expect((await userError(h.client.editProfile('rodneyfool', changes, tokens))).message).toContain('USD, GBP, EUR');
		expect((await userError(h.client.editProfile('rodneyfool', {}, tokens))).message).toContain('Say what to change');
		await expect(h.client.editProfile('a/b', { name: 'x' }, tokens)).rejects.toThrow('is not a valid Discogs username');
		expect(h.fake.requestCount()).toBe(0);
	});

	it('says forbidden, in its own words, when editing someone else\'s profile', async () => {
		const { h } = await setup();
		const theirs = h.fake.grantAccess('shooezgirl');
		const error = await expectKind(h.client.editProfile('rodneyfool', { location: 'Hacked' }, theirs), 'forbidden');
		expect(error.message).toBe(editForbidden);
		expect(error.detail).toContain("You don't have permission to access this resource.");
		expect(h.fake.profileOf('rodneyfool')?.['location']).not.toBe('Hacked');
	});

	it('says unauthorized when the user revoked the bot, and not_found for an unknown user', async () => {
		const { h, tokens } = await setup();
		const other = h.fake.grantAccess('shooezgirl');
		h.fake.revoke(tokens.token);
		await expectKind(h.client.editProfile('rodneyfool', { location: 'x' }, tokens), 'unauthorized');
		expect(h.fake.requests.at(-1)?.status).toBe(401);
		await expectKind(h.client.editProfile('nobody_here', { location: 'x' }, other), 'not_found');
	});
});

describe('secrets in logs', () => {
	it('never writes a token, a secret or a verifier to a log line or an error, whatever happens', async () => {
		const { h, tokens } = await setup();
		const request = await h.client.getRequestToken();
		const verifier = h.fake.authorize(request.token, 'rodneyfool');
		await expect(h.client.getAccessToken(request, 'WRONGWRONG')).rejects.toBeInstanceOf(UserError);
		const access = await h.client.getAccessToken(request, verifier);
		const failures: unknown[] = [];
		const attempt = async (promise: Promise<unknown>) => promise.catch((error: unknown) => failures.push(error));
		await attempt(h.client.getAccessToken(request, verifier));
		await attempt(h.client.editProfile('shooezgirl', { location: 'x' }, access));
		await attempt(h.client.editProfile('rodneyfool', { name: 'x'.repeat(300) }, access));
		h.fake.revoke(access.token);
		await attempt(h.client.getIdentityAs(access));
		h.fake.mode = 'error500';
		await attempt(h.client.editProfile('rodneyfool', { location: 'x' }, tokens));
		await attempt(h.client.getRequestToken());
		expect(failures).toHaveLength(6);
		expect(h.logs.filter((line) => line.level >= 30).length).toBeGreaterThanOrEqual(6);

		const secrets = [request.token, request.secret, verifier, access.token, access.secret, tokens.token, tokens.secret, FAKE_CONSUMER_SECRET];
		const written = [
			...h.logs.map((line) => line.raw),
			...failures.map((error) => (error instanceof ProviderError ? `${error.message} ${error.detail ?? ''}` : String(error))),
		];
		for (const secret of secrets) expect(written.filter((text) => text.includes(secret))).toEqual([]);
	});
});
