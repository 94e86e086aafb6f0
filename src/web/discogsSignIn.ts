import type { FastifyReply } from 'fastify';
import type { Context } from '../context.js';
import { isOutage, ProviderError, StoreError, UserError } from '../core/errors.js';
import type { OAuthTokens } from '../discogs/oauth.js';
import type { HttpRoutes } from '../http/server.js';
import { DISCOGS_CALLBACK_PATH, DISCOGS_START_PATH, signInTicketsFor } from './discogsSignInTickets.js';
import { html, page, type Html } from './html.js';
import { cookieValue } from './linkedRolesRoutes.js';

/** The cookie that binds a sign-in to the browser that opened the start link; sent back only to the callback. */
export const SIGN_IN_COOKIE = 'crossfade_discogs_signin';

export interface DiscogsSignInDeps {
	context: Context;
}

type Failure = 'off' | 'expired' | 'opened' | 'used' | 'browser' | 'denied' | 'rejected' | 'unavailable' | 'store' | 'error';

const again = html`run <code>/link discogs</code> in Discord for a fresh link`;

const FAILURES: Record<Failure, { status: number; title: string; text: Html }> = {
	off: {
		status: 503,
		title: 'Discogs sign-in is not set up',
		text: html`<p>This bot's operator has not set up signing in with Discogs here, so nothing can be linked on this page. In Discord, <code>/link discogs username:&lt;name&gt;</code> still works.</p>`,
	},
	expired: {
		status: 400,
		title: 'This link has expired',
		text: html`<p>This sign-in link is old, was replaced by a newer one, or is unknown, so nothing changed. To link your Discogs account, ${again}.</p>`,
	},
	opened: {
		status: 400,
		title: 'This link was already opened',
		text: html`<p>Each sign-in link opens once. If it opened in another tab or browser, finish there; otherwise ${again}.</p>`,
	},
	used: {
		status: 400,
		title: 'This sign-in was already finished',
		text: html`<p>Discogs sent you back here before, and a sign-in counts once, so nothing changed now. <code>/link status</code> in Discord shows what is linked; to link again, ${again}.</p>`,
	},
	browser: {
		status: 400,
		title: 'Please finish in the same browser',
		text: html`<p>This sign-in was started in another browser (or its cookie was blocked), so nothing changed. To try again, ${again}, and open it in the browser you use for Discogs.</p>`,
	},
	denied: {
		status: 200,
		title: 'Nothing was linked',
		text: html`<p>You did not authorize the bot on Discogs, so nothing changed. Whenever you want to link your account, ${again}.</p>`,
	},
	rejected: {
		status: 400,
		title: 'Discogs did not accept the sign-in',
		text: html`<p>Discogs refused the authorization (it lasts 15 minutes, so it may have expired). Nothing changed; ${again}.</p>`,
	},
	unavailable: {
		status: 503,
		title: 'Discogs did not answer',
		text: html`<p>Discogs is unavailable or busy right now, so the sign-in could not be finished and nothing changed. In a few minutes, ${again}.</p>`,
	},
	store: {
		status: 503,
		title: 'The bot could not reach its storage',
		text: html`<p>Nothing changed. Please try again in a few minutes: ${again}.</p>`,
	},
	error: {
		status: 500,
		title: 'Something went wrong',
		text: html`<p>The bot could not finish the sign-in, so nothing changed; its operator can see why in its log. Later, ${again}.</p>`,
	},
};

function send(reply: FastifyReply, status: number, body: string): FastifyReply {
	return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
}

function failure(reply: FastifyReply, reason: Failure): FastifyReply {
	const { status, title, text } = FAILURES[reason];
	return send(reply, status, page(title, text, 'problem'));
}

/** One query parameter given once; a repeated or missing one is undefined. */
const single = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

type Query = { Querystring: Record<string, unknown> };

/** How the link ended once the browser and the request checked out: the page, from here on. */
type Finish = { ok: true; username: string } | { ok: false; reason: Failure } | { ok: false; refusal: string };

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
		if (error instanceof UserError && !(error instanceof ProviderError)) return { ok: false, refusal: error.message };
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
	function trouble(reply: FastifyReply, error: unknown, step: string): FastifyReply {
		if (isOutage(error)) {
			logger.warn({ err: error }, `discogs web sign-in ${step}: Discogs unavailable`);
			return failure(reply, 'unavailable');
		}
		if (error instanceof StoreError) {
			logger.warn({ err: error }, `discogs web sign-in ${step}: store unavailable`);
			return failure(reply, 'store');
		}
		logger.error({ err: error }, `discogs web sign-in ${step} failed`);
		return failure(reply, 'error');
	}

	return async (app) => {
		// No HEAD twin: a HEAD (a link checker's) would spend the one-time token as a GET does.
		app.get<Query>(DISCOGS_START_PATH, { exposeHeadRoute: false }, async (request, reply) => {
			if (!enabled) return failure(reply, 'off');
			try {
				const opened = await tickets.open(single(request.query['t']));
				if (!opened.ok) return failure(reply, opened.reason === 'used' ? 'opened' : 'expired');
				const maxAge = Math.max(1, Math.ceil((opened.expiresAt - context.now()) / 1000));
				return reply
					.code(302)
					.header('set-cookie', `${SIGN_IN_COOKIE}=${opened.browserNonce}; Max-Age=${maxAge}; ${attributes}`)
					// Discogs need not see the start link (spent as it is).
					.header('referrer-policy', 'no-referrer')
					.header('location', context.discogs.authorizeUrl(opened.request))
					.send();
			} catch (error) {
				return trouble(reply, error, 'start');
			}
		});

		app.get<Query>(DISCOGS_CALLBACK_PATH, { exposeHeadRoute: false }, async (request, reply) => {
			if (!enabled) return failure(reply, 'off');
			// Spent or refused, this browser's part is over: a later sign-in gets a cookie of its own.
			reply.header('set-cookie', `${SIGN_IN_COOKIE}=; Max-Age=0; ${attributes}`);
			const denied = single(request.query['denied']);
			const requestToken = single(request.query['oauth_token']) ?? denied;
			try {
				const claim = await tickets.claim(requestToken, cookieValue(request.headers.cookie, SIGN_IN_COOKIE));
				if (!claim.ok) {
					logger.info({ reason: claim.reason }, 'discogs web sign-in refused');
					return failure(reply, claim.reason);
				}
				const pending = await context.links.takeOAuthRequest(claim.discordUserId);
				if (!pending || pending.token !== requestToken) return failure(reply, 'expired');
				if (denied !== undefined) return failure(reply, 'denied');
				const verifier = single(request.query['oauth_verifier']);
				if (verifier === undefined) return failure(reply, 'rejected');
				const finish = await finishLink(context, claim.discordUserId, pending, verifier);
				if ('refusal' in finish) return send(reply, 409, page('Nothing was linked', html`<p>${finish.refusal}</p>`, 'problem'));
				if (!finish.ok) return failure(reply, finish.reason);
				logger.info({ user: claim.discordUserId, discogs: finish.username }, 'discogs linked by web sign-in');
				return send(
					reply,
					200,
					page(
						'Discogs account linked',
						html`<p>Linked Discogs account <strong>${finish.username}</strong> to your Discord account; you can close this page.</p>
<p>In Discord, <code>/link status</code> shows the link, and <code>/discogs edit</code> edits your Discogs profile.</p>`,
					),
				);
			} catch (error) {
				return trouble(reply, error, 'callback');
			}
		});
	};
}
