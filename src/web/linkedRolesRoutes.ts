import type { FastifyReply } from 'fastify';
import type { HttpRoutes } from '../http/server.js';
import type { ConsentResult, LinkedRoles } from '../linkedRoles/linkedRoles.js';
import { STATE_TTL_MS } from '../linkedRoles/linkedRoles.js';
import { ROLE_CONNECTION_METADATA } from '../linkedRoles/metadata.js';
import { html, page, type Html } from './html.js';

export const VERIFICATION_PATH = '/linked-roles';
export const CALLBACK_PATH = '/oauth/discord/callback';
/** The cookie that binds a consent to the browser that began it; sent back only to the callback. */
const COOKIE = 'crossfade_consent';

/** One cookie's value from a Cookie header, without a cookie library for one name. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
	for (const part of (header ?? '').split(';')) {
		const [key, ...rest] = part.trim().split('=');
		if (key === name) return rest.join('=');
	}
	return undefined;
}

function send(reply: FastifyReply, status: number, body: string): FastifyReply {
	return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
}

const FAILURES: Record<Exclude<ConsentResult, { ok: true }>['reason'], { status: number; title: string; text: string }> = {
	denied: { status: 200, title: 'Nothing was connected', text: 'You cancelled on Discord, so nothing changed. You can start again from the Linked Roles menu whenever you like.' },
	state: {
		status: 400,
		title: 'This link has expired',
		text: 'This page was opened from an old, already used or unknown sign-in link, so nothing changed. Start again from the Linked Roles menu in Discord.',
	},
	browser: {
		status: 400,
		title: 'Please finish in the same browser',
		text: 'This sign-in was started in another browser (or its cookie was blocked), so nothing changed. Start again from the Linked Roles menu, and finish in the browser that opens.',
	},
	grant: { status: 400, title: 'Discord did not accept the sign-in', text: 'Discord refused the authorization (it may have expired). Nothing changed; start again from the Linked Roles menu.' },
	unavailable: {
		status: 503,
		title: 'Discord or a music service did not answer',
		text: 'The connection could not be finished because a service did not answer properly. Nothing was half done; please try again in a few minutes.',
	},
};

function successPage(result: Extract<ConsentResult, { ok: true }>): string {
	const names = new Map<string, string>(ROLE_CONNECTION_METADATA.map((record) => [record.key, record.name]));
	const figures: Html[] = Object.entries(result.metadata).map(([key, value]) => html`<dt>${names.get(key) ?? key}</dt><dd>${value}</dd>`);
	const connections: Html[] = result.connections.map((connection) => html`<li>${connection.type}: ${connection.name}</li>`);
	return page(
		'Connected',
		html`<p>Your Discord account <strong>${result.username}</strong> is connected${result.platform === undefined ? html`` : html` to <strong>${result.platform}</strong>`}. Servers can now give you the roles these figures qualify you for; you can close this page and go back to Discord.</p>
${figures.length > 0 ? html`<dl>${figures}</dl>` : html`<p>You have no Discogs or catalog account linked yet: use <code>/link</code> in Discord, and the figures follow.</p>`}
${connections.length > 0 ? html`<p>Shown on your <code>/profile</code> (accounts you made visible to everyone):</p><ul>${connections}</ul>` : html``}
<p>To disconnect, use <code>/unlink</code> in Discord, or remove the app under User Settings → Authorized Apps.</p>`,
	);
}

/**
 * The Linked Roles pages: `GET /linked-roles` (the verification URL entered in the developer portal) starts a
 * consent and sends the member to Discord; `GET /oauth/discord/callback` finishes it and says what was connected.
 */
export function linkedRolesRoutes(linkedRoles: LinkedRoles | undefined, secure: boolean): HttpRoutes {
	return async (app) => {
		app.get(VERIFICATION_PATH, async (_request, reply) => {
			if (!linkedRoles) {
				return send(reply, 503, page('Linked Roles are not set up', html`<p>This bot's operator has not finished setting up Linked Roles, so nothing can be connected yet.</p>`, 'problem'));
			}
			const { authorizeUrl, browserNonce } = await linkedRoles.begin();
			const cookie = `${COOKIE}=${browserNonce}; Path=${CALLBACK_PATH}; Max-Age=${STATE_TTL_MS / 1000}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
			return reply.code(302).header('set-cookie', cookie).header('cache-control', 'no-store').header('location', authorizeUrl).send();
		});

		app.get<{ Querystring: Record<string, string | undefined> }>(CALLBACK_PATH, async (request, reply) => {
			if (!linkedRoles) return send(reply, 503, page('Linked Roles are not set up', html`<p>Nothing can be connected yet.</p>`, 'problem'));
			const query = request.query;
			const result = await linkedRoles.complete({
				state: typeof query.state === 'string' ? query.state : undefined,
				code: typeof query.code === 'string' ? query.code : undefined,
				error: typeof query.error === 'string' ? query.error : undefined,
				browserNonce: cookieValue(request.headers.cookie, COOKIE),
			});
			// Spent either way: a second visit must begin again.
			reply.header('set-cookie', `${COOKIE}=; Path=${CALLBACK_PATH}; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`);
			if (result.ok) return send(reply, 200, successPage(result));
			const failure = FAILURES[result.reason];
			return send(reply, failure.status, page(failure.title, html`<p>${failure.text}</p>`, 'problem'));
		});
	};
}
