import { ApplicationRoleConnectionMetadataType } from 'discord-api-types/v10';
import type { HttpRoutes } from '../http/server.js';
import type { ConsentResult, LinkedRoles } from '../linkedRoles/linkedRoles.js';
import { STATE_TTL_MS } from '../linkedRoles/linkedRoles.js';
import { METADATA_TYPES, type MetadataKey } from '../linkedRoles/metadata.js';
import type { Translator } from '../i18n/translator.js';
import { html, page, requestTranslator, send, webText, type Html } from './html.js';

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

type Failure = Exclude<ConsentResult, { ok: true }>['reason'];

const FAILURE_STATUS: Record<Failure, number> = { denied: 200, state: 400, browser: 400, grant: 400, unavailable: 503 };

/** A key the role connection holds that is one of our metadata records (others are shown as they came). */
function isMetadataKey(key: string): key is MetadataKey {
	return Object.hasOwn(METADATA_TYPES, key);
}

const INTEGER_TYPES: ReadonlySet<number> = new Set([
	ApplicationRoleConnectionMetadataType.IntegerLessThanOrEqual,
	ApplicationRoleConnectionMetadataType.IntegerGreaterThanOrEqual,
	ApplicationRoleConnectionMetadataType.IntegerEqual,
	ApplicationRoleConnectionMetadataType.IntegerNotEqual,
]);
const DATETIME_TYPES: ReadonlySet<number> = new Set([ApplicationRoleConnectionMetadataType.DatetimeLessThanOrEqual, ApplicationRoleConnectionMetadataType.DatetimeGreaterThanOrEqual]);

/** A figure as the role connection holds it (a string Discord reads), written for the reader's language. */
function figure(tr: Translator, type: ApplicationRoleConnectionMetadataType, value: string): string {
	if (INTEGER_TYPES.has(type)) {
		const number = Number(value);
		return Number.isSafeInteger(number) ? tr.number(number) : value;
	}
	if (DATETIME_TYPES.has(type)) {
		const at = Date.parse(value);
		return Number.isFinite(at) ? tr.date(new Date(at)) : value;
	}
	return value;
}

function successPage(tr: Translator, result: Extract<ConsentResult, { ok: true }>): string {
	const figures: Html[] = Object.entries(result.metadata).map(([key, value]) => {
		if (!isMetadataKey(key)) return html`<dt>${key}</dt><dd>${value}</dd>`;
		return html`<dt>${tr.t(`metadata:${key}.name`)}</dt><dd>${figure(tr, METADATA_TYPES[key], value)}</dd>`;
	});
	const connections: Html[] = result.connections.map(
		(connection) => html`<li>${webText(tr, 'web:linkedRoles.connected.connection', { service: connection.type, name: connection.name })}</li>`,
	);
	const intro =
		result.platform === undefined
			? webText(tr, 'web:linkedRoles.connected.intro', { username: result.username })
			: webText(tr, 'web:linkedRoles.connected.introPlatform', { username: result.username, platform: result.platform });
	return page({
		lang: tr.locale,
		title: tr.t('web:linkedRoles.connected.title'),
		body: html`<p>${intro}</p>
${figures.length > 0 ? html`<dl>${figures}</dl>` : html`<p>${webText(tr, 'web:linkedRoles.connected.noAccounts')}</p>`}
${connections.length > 0 ? html`<p>${webText(tr, 'web:linkedRoles.connected.connections')}</p><ul>${connections}</ul>` : html``}
<p>${webText(tr, 'web:linkedRoles.connected.disconnect')}</p>`,
	});
}

function notSetUp(tr: Translator, text: 'text' | 'short'): string {
	return page({ lang: tr.locale, title: tr.t('web:linkedRoles.notSetUp.title'), body: html`<p>${webText(tr, `web:linkedRoles.notSetUp.${text}`)}</p>`, tone: 'problem' });
}

/**
 * The Linked Roles pages: `GET /linked-roles` (the verification URL entered in the developer portal) starts a
 * consent and sends the member to Discord; `GET /oauth/discord/callback` finishes it and says what was connected.
 */
export function linkedRolesRoutes(linkedRoles: LinkedRoles | undefined, secure: boolean): HttpRoutes {
	return async (app) => {
		app.get(VERIFICATION_PATH, async (request, reply) => {
			if (!linkedRoles) return send(reply, 503, notSetUp(requestTranslator(request), 'text'));
			const { authorizeUrl, browserNonce } = await linkedRoles.begin();
			const cookie = `${COOKIE}=${browserNonce}; Path=${CALLBACK_PATH}; Max-Age=${STATE_TTL_MS / 1000}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
			return reply.code(302).header('set-cookie', cookie).header('cache-control', 'no-store').header('location', authorizeUrl).send();
		});

		app.get<{ Querystring: Record<string, string | undefined> }>(CALLBACK_PATH, async (request, reply) => {
			const tr = requestTranslator(request);
			if (!linkedRoles) return send(reply, 503, notSetUp(tr, 'short'));
			const query = request.query;
			const result = await linkedRoles.complete({
				state: typeof query.state === 'string' ? query.state : undefined,
				code: typeof query.code === 'string' ? query.code : undefined,
				error: typeof query.error === 'string' ? query.error : undefined,
				browserNonce: cookieValue(request.headers.cookie, COOKIE),
			});
			// Spent either way: a second visit must begin again.
			reply.header('set-cookie', `${COOKIE}=; Path=${CALLBACK_PATH}; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`);
			if (result.ok) return send(reply, 200, successPage(tr, result));
			const failed = `web:linkedRoles.failed.${result.reason}` as const;
			return send(
				reply,
				FAILURE_STATUS[result.reason],
				page({ lang: tr.locale, title: tr.t(`${failed}.title`), body: html`<p>${webText(tr, `${failed}.text`)}</p>`, tone: 'problem' }),
			);
		});
	};
}
