import type { FastifyReply } from 'fastify';
import type { Context } from '../context.js';
import { isOutage, ProviderError, StoreError, UserError } from '../core/errors.js';
import type { OAuthTokens } from '../discogs/oauth.js';
import type { HttpRoutes } from '../http/server.js';
import { DISCOGS_CALLBACK_PATH, DISCOGS_START_PATH, signInTicketsFor } from './discogsSignInTickets.js';
import type { Translator } from '../i18n/translator.js';
import { html, page, requestTranslator, send, webText } from './html.js';
import { cookieValue } from './linkedRolesRoutes.js';

/** The cookie that binds a sign-in to the browser that opened the start link; sent back only to the callback. */
export const SIGN_IN_COOKIE = 'crossfade_discogs_signin';

export interface DiscogsSignInDeps {
	context: Context;
}

type Failure = 'off' | 'expired' | 'opened' | 'used' | 'browser' | 'denied' | 'rejected' | 'unavailable' | 'store' | 'error';

const FAILURE_STATUS: Record<Failure, number> = {
	off: 503,
	expired: 400,
	opened: 400,
	used: 400,
	browser: 400,
	denied: 200,
	rejected: 400,
	unavailable: 503,
	store: 503,
	error: 500,
};

function failure(reply: FastifyReply, tr: Translator, reason: Failure): FastifyReply {
	const failed = `web:discogsSignIn.failed.${reason}` as const;
	return send(reply, FAILURE_STATUS[reason], page({ lang: tr.locale, title: tr.t(`${failed}.title`), body: html`<p>${webText(tr, `${failed}.text`)}</p>`, tone: 'problem' }));
}

/** One query parameter given once; a repeated or missing one is undefined. */
const single = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

type Query = { Querystring: Record<string, unknown> };

/** How the link ended once the browser and the request checked out: the page, from here on. */
type Finish = { ok: true; username: string } | { ok: false; reason: Failure } | { ok: false; refusal: UserError };

/** Exactly the modal path's steps (commands/link/discogsLink.ts finishDiscogsOAuth): access token, identity, claim. */
async function finishLink(context: Context, discordUserId: string, request: OAuthTokens, verifier: string): Promise<Finish> {
	let access: OAuthTokens;
	try {
		access = await context.discogs.getAccessToken(request, verifier);
	} catch (error) {
		// Not a provider outage: Discogs refused this verifier.
		if (error instanceof UserError && !(error instanceof ProviderError)) return { ok: false, reason: 'rejected' };
		throw error;
	}
	const identity = await context.discogs.getIdentityAs(access);
	try {
		await context.links.linkDiscogs(discordUserId, { username: identity.username, id: identity.id, method: 'oauth', oauth: access });
	} catch (error) {
		// Linked to another member, or being linked right now: the link store's own words.
		if (error instanceof UserError && !(error instanceof ProviderError)) return { ok: false, refusal: error };
		throw error;
	}
	return { ok: true, username: identity.username };
}

/**
 * The Discogs web sign-in (on when PUBLIC_URL is set): `GET /oauth/discogs/start?t=…` spends the one-time token
 * from `/link discogs`, sets the browser cookie and sends the member on to Discogs; `GET /oauth/discogs/callback`
 * (where Discogs sends them back) checks the request token, the cookie and the member bound to them, then links
 * as the code modal does. Every answer is a page of ours, with no script and no token or verifier on it.
 */
export function discogsSignInRoutes(deps: DiscogsSignInDeps): HttpRoutes {
	const { context } = deps;
	const { logger } = context;
	const secure = context.config.publicUrl?.startsWith('https:') === true;
	const attributes = `Path=${DISCOGS_CALLBACK_PATH}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
	const enabled = context.config.publicUrl !== undefined && context.discogs.oauthEnabled;
	const tickets = signInTicketsFor(context);

	/** A failure of ours or of Discogs: a page that says which, and a log line for anything unexpected. */
	function trouble(reply: FastifyReply, tr: Translator, error: unknown, step: string): FastifyReply {
		if (isOutage(error)) {
			logger.warn({ err: error }, `discogs web sign-in ${step}: Discogs unavailable`);
			return failure(reply, tr, 'unavailable');
		}
		if (error instanceof StoreError) {
			logger.warn({ err: error }, `discogs web sign-in ${step}: store unavailable`);
			return failure(reply, tr, 'store');
		}
		logger.error({ err: error }, `discogs web sign-in ${step} failed`);
		return failure(reply, tr, 'error');
	}

	return async (app) => {
		// No HEAD twin: a HEAD (a link checker's) would spend the one-time token as a GET does.
		app.get<Query>(DISCOGS_START_PATH, { exposeHeadRoute: false }, async (request, reply) => {
			const tr = requestTranslator(request);
			if (!enabled) return failure(reply, tr, 'off');
			try {
				const opened = await tickets.open(single(request.query['t']));
				if (!opened.ok) return failure(reply, tr, opened.reason === 'used' ? 'opened' : 'expired');
				const maxAge = Math.max(1, Math.ceil((opened.expiresAt - context.now()) / 1000));
				return reply
					.code(302)
					.header('set-cookie', `${SIGN_IN_COOKIE}=${opened.browserNonce}; Max-Age=${maxAge}; ${attributes}`)
					// Discogs need not see the start link (spent as it is).
					.header('referrer-policy', 'no-referrer')
					.header('location', context.discogs.authorizeUrl(opened.request))
					.send();
			} catch (error) {
				return trouble(reply, tr, error, 'start');
			}
		});

		app.get<Query>(DISCOGS_CALLBACK_PATH, { exposeHeadRoute: false }, async (request, reply) => {
			const tr = requestTranslator(request);
			if (!enabled) return failure(reply, tr, 'off');
			// Spent or refused, this browser's part is over: a later sign-in gets a cookie of its own.
			reply.header('set-cookie', `${SIGN_IN_COOKIE}=; Max-Age=0; ${attributes}`);
			const denied = single(request.query['denied']);
			const requestToken = single(request.query['oauth_token']) ?? denied;
			try {
				const claim = await tickets.claim(requestToken, cookieValue(request.headers.cookie, SIGN_IN_COOKIE));
				if (!claim.ok) {
					logger.info({ reason: claim.reason }, 'discogs web sign-in refused');
					return failure(reply, tr, claim.reason);
				}
				const pending = await context.links.takeOAuthRequest(claim.discordUserId);
				if (!pending || pending.token !== requestToken) return failure(reply, tr, 'expired');
				if (denied !== undefined) return failure(reply, tr, 'denied');
				const verifier = single(request.query['oauth_verifier']);
				if (verifier === undefined) return failure(reply, tr, 'rejected');
				const finish = await finishLink(context, claim.discordUserId, pending, verifier);
				if ('refusal' in finish) {
					// The link store's own words, written for Discord: shown as text, in the page's language.
					return send(reply, 409, page({ lang: tr.locale, title: tr.t('web:discogsSignIn.refusedTitle'), body: html`<p>${finish.refusal.text(tr)}</p>`, tone: 'problem' }));
				}
				if (!finish.ok) return failure(reply, tr, finish.reason);
				logger.info({ user: claim.discordUserId, discogs: finish.username }, 'discogs linked by web sign-in');
				return send(
					reply,
					200,
					page({
						lang: tr.locale,
						title: tr.t('web:discogsSignIn.linked.title'),
						body: html`<p>${webText(tr, 'web:discogsSignIn.linked.text', { username: finish.username })}</p>
<p>${webText(tr, 'web:discogsSignIn.linked.next')}</p>`,
					}),
				);
			} catch (error) {
				return trouble(reply, tr, error, 'callback');
			}
		});
	};
}
