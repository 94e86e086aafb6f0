import type { OAuthTokens } from '../accounts/linkStore.js';
import type { Config } from '../core/config.js';
import { ProviderError, UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { escapeMarkdown } from '../core/markdown.js';
import type { MessageKey } from '../i18n/messages.js';
import type { ResourceCache } from '../providers/cache.js';
import type { DiscogsHttp, DiscogsResponse } from './http.js';
import { answerKeys, errorMessage, oauthHeader, OUT_OF_BAND, parseTokenAnswer, type OAuthConsumer } from './oauth.js';
import { discogsCacheKeys, parseDiscogsUsername, userPath } from './paths.js';
import { CURRENCIES, identitySchema, profileSchema, type DiscogsIdentity, type DiscogsProfile } from './schemas.js';

export type Currency = (typeof CURRENCIES)[number];

/** What POST /users/{username} accepts; a field left out stays as it is. */
export interface ProfileChanges {
	name?: string;
	home_page?: string;
	location?: string;
	profile?: string;
	curr_abbr?: Currency;
}

const PROFILE_FIELDS = ['name', 'home_page', 'location', 'profile', 'curr_abbr'] as const;

export const CODE_REJECTED = 'discogs:oauth.codeRejected' satisfies MessageKey;
export const EDIT_FORBIDDEN = 'discogs:edit.forbidden' satisfies MessageKey;
/** Discogs's verifiers are 10 letters; anything longer than this, or with spaces inside, was not one. */
const MAX_VERIFIER_LENGTH = 64;
/** How much of a refusal from Discogs is shown to the user. */
const MAX_REFUSAL_CHARS = 300;

export interface DiscogsOAuthMethods {
	/** Whether DISCOGS_CONSUMER_KEY and DISCOGS_CONSUMER_SECRET are set: without them nobody can link by OAuth or edit. */
	readonly oauthEnabled: boolean;
	/**
	 * Linking, step 1: a request token; it lives 15 minutes. Without `callback`, the out-of-band (PIN) flow: Discogs
	 * shows the member a code to paste. With it, Discogs sends the member's browser to `callback` with
	 * `oauth_token` and `oauth_verifier` once they authorise (`denied` when they do not).
	 */
	getRequestToken(callback?: string): Promise<OAuthTokens>;
	/** Linking, step 2: where the user authorises the bot. */
	authorizeUrl(requestToken: string): string;
	/** Linking, step 3: trades the request token and the verifier (pasted, or sent to the callback) for their access token. */
	getAccessToken(request: OAuthTokens, verifier: string): Promise<OAuthTokens>;
	/** Who an access token belongs to; never cached. A revoked token fails with 'unauthorized'. */
	getIdentityAs(tokens: OAuthTokens): Promise<DiscogsIdentity>;
	/**
	 * Edits a profile as its owner and answers the new profile (with the email, for the owner's eyes); the
	 * cached profile becomes Discogs's answer, without the email, since every lookup shares that cache.
	 */
	editProfile(username: string, changes: ProfileChanges, tokens: OAuthTokens): Promise<DiscogsProfile>;
	/** A profile as its owner sees it (email, private counts): for the owner's eyes, so never cached. */
	getProfileAs(username: string, tokens: OAuthTokens): Promise<DiscogsProfile>;
}

export interface OAuthMethodsOptions {
	config: Config['discogs'];
	http: DiscogsHttp;
	cache: ResourceCache;
	logger: Logger;
	now: () => number;
}

/** The body of an edit: only the documented fields, and at least one of them. */
function editBody(changes: ProfileChanges): Record<string, string> {
	const body: Record<string, string> = {};
	for (const field of PROFILE_FIELDS) {
		const value = changes[field];
		if (value !== undefined) body[field] = value;
	}
	if (Object.keys(body).length === 0) throw new UserError('discogs:edit.nothingToChange');
	const currency = body['curr_abbr'];
	if (currency !== undefined && !(CURRENCIES as readonly string[]).includes(currency)) {
		throw new UserError('discogs:edit.currency', { codes: CURRENCIES.join(', ') });
	}
	return body;
}

/** What Discogs said about a refused edit, for the user: its own words, shortened and shown as plain text. */
function refusal(response: DiscogsResponse): UserError {
	const message = errorMessage(response.text).replace(/\s+/g, ' ');
	const shown = message.length > MAX_REFUSAL_CHARS ? `${message.slice(0, MAX_REFUSAL_CHARS - 1)}…` : message;
	return shown ? new UserError('discogs:edit.discogsSaid', { reason: escapeMarkdown(shown) }) : new UserError('discogs:edit.refusedByDiscogs');
}

function tokenAnswer(response: DiscogsResponse, what: string): OAuthTokens {
	const tokens = parseTokenAnswer(response.text);
	if (tokens) return tokens;
	// Only the names: a half-formed answer may still carry a token.
	const detail = `HTTP ${response.status}: no ${what} in the answer (keys: ${answerKeys(response.text)})`;
	throw new ProviderError({ provider: 'Discogs', kind: 'unavailable', detail });
}

export function createOAuthMethods(options: OAuthMethodsOptions): DiscogsOAuthMethods {
	const { config, http, cache, logger, now } = options;

	function consumer(): OAuthConsumer {
		if (config.oauth) return config.oauth;
		const error = new ProviderError({ provider: 'Discogs', kind: 'misconfigured', detail: 'DISCOGS_CONSUMER_KEY is not set', message: { key: 'discogs:oauth.notConfigured' } });
		logger.error({ provider: 'Discogs', kind: error.kind, detail: error.detail }, 'Discogs OAuth needs DISCOGS_CONSUMER_KEY and DISCOGS_CONSUMER_SECRET');
		throw error;
	}

	/** Signs each attempt afresh: new nonce, current timestamp. */
	const signer = (credentials: OAuthConsumer, token?: OAuthTokens, extra?: Record<string, string>) => () =>
		oauthHeader({ consumer: credentials, token, now: now(), ...(extra ? { extra } : {}) });

	return {
		oauthEnabled: config.oauth !== undefined,

		async getRequestToken(callback) {
			const credentials = consumer();
			return http.send(
				{
					path: '/oauth/request_token',
					credentials: 'consumer',
					authorize: signer(credentials, undefined, { oauth_callback: callback ?? OUT_OF_BAND }),
					secrets: [credentials.consumerSecret],
					// Nothing the user did: a 400 here (Invalid signature.) means the consumer secret is wrong.
					refuse: (response) =>
						response.status === 400
							? new ProviderError({ provider: 'Discogs', kind: 'misconfigured', detail: `HTTP 400: ${response.excerpt}` })
							: undefined,
				},
				(response) => tokenAnswer(response, 'request token'),
			);
		},

		authorizeUrl(requestToken) {
			return `${config.webUrl}/oauth/authorize?${new URLSearchParams({ oauth_token: requestToken }).toString()}`;
		},

		async getAccessToken(request, verifier) {
			const code = verifier.trim();
			if (code.length > MAX_VERIFIER_LENGTH || !/^[^\s\p{Cc}]+$/u.test(code)) throw new UserError(CODE_REJECTED);
			const credentials = consumer();
			return http.send(
				{
					method: 'POST',
					path: '/oauth/access_token',
					credentials: 'consumer',
					authorize: signer(credentials, request, { oauth_verifier: code }),
					secrets: [credentials.consumerSecret, request.token, request.secret, code],
					refuse: (response) => {
						if (response.status !== 400 && response.status !== 401) return undefined;
						if (errorMessage(response.text) === 'Invalid consumer.') {
							return new ProviderError({ provider: 'Discogs', kind: 'misconfigured', detail: `HTTP ${response.status}: ${response.excerpt}` });
						}
						return new UserError(CODE_REJECTED);
					},
				},
				(response) => tokenAnswer(response, 'access token'),
			);
		},

		async getIdentityAs(tokens) {
			const credentials = consumer();
			return http.getJson({
				path: '/oauth/identity',
				schema: identitySchema,
				credentials: 'user',
				authorize: signer(credentials, tokens),
				secrets: [credentials.consumerSecret, tokens.token, tokens.secret],
			});
		},

		async getProfileAs(input, tokens) {
			const username = parseDiscogsUsername(input);
			const credentials = consumer();
			return http.getJson({
				path: userPath(username),
				schema: profileSchema,
				subject: username,
				credentials: 'user',
				authorize: signer(credentials, tokens),
				secrets: [credentials.consumerSecret, tokens.token, tokens.secret],
			});
		},

		async editProfile(input, changes, tokens) {
			const username = parseDiscogsUsername(input);
			const body = editBody(changes);
			const credentials = consumer();
			const profile = await http.getJson({
				method: 'POST',
				path: userPath(username),
				json: body,
				schema: profileSchema,
				subject: username,
				credentials: 'user',
				authorize: signer(credentials, tokens),
				secrets: [credentials.consumerSecret, tokens.token, tokens.secret],
				refuse: (response) => {
					if (response.status === 403) {
						return new ProviderError({ provider: 'Discogs', kind: 'forbidden', message: { key: EDIT_FORBIDDEN }, detail: `HTTP 403: ${response.excerpt}` });
					}
					return response.status === 422 ? refusal(response) : undefined;
				},
			});
			const { email: _email, ...shared } = profile;
			try {
				await cache.put(discogsCacheKeys.profile(username), shared, config.profileTtlMs);
			} catch (error) {
				// The edit is done at Discogs; a stale cached copy only lasts until its TTL.
				logger.warn({ provider: 'Discogs', err: error, username }, 'could not replace the cached Discogs profile after an edit');
			}
			return profile;
		},
	};
}
