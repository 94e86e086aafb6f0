import type { Json } from './fixtures.js';
import { MESSAGES, messageReply, mustAuthenticate, type Reply } from './replies.js';
import type { UserRecord } from './routes.js';

/** The currencies POST /users/{username} accepts in curr_abbr, as documented. */
export const FAKE_CURRENCIES = ['USD', 'GBP', 'EUR', 'CAD', 'AUD', 'JPY', 'CHF', 'MXN', 'BRL', 'NZD', 'SEK', 'ZAR'] as const;

/** Longest accepted value per editable field. Discogs documents none; these are the fake's own. */
export const EDIT_LIMITS = { name: 255, home_page: 255, location: 255, profile: 10_000, curr_abbr: 3 } as const;

type Field = keyof typeof EDIT_LIMITS;
const FIELDS = Object.keys(EDIT_LIMITS) as Field[];

function parseBody(body: string, contentType: string | undefined): Json | undefined {
	if (body.trim() === '') return {};
	if (contentType?.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(body));
	try {
		const parsed: unknown = JSON.parse(body);
		return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Json) : undefined;
	} catch {
		return undefined;
	}
}

/** The changes to apply, or the 422 message. Unknown keys are ignored (discojs sends `username` too). */
function validate(body: Json): { changes: Json } | { error: string } {
	const changes: Json = {};
	for (const field of FIELDS) {
		const value = body[field];
		if (value === undefined) continue;
		if (typeof value !== 'string') return { error: `Invalid ${field}: expected a string.` };
		if (field === 'curr_abbr' && !(FAKE_CURRENCIES as readonly string[]).includes(value)) {
			return { error: `Invalid currency: expected one of ${FAKE_CURRENCIES.join(', ')}.` };
		}
		if (value.length > EDIT_LIMITS[field]) return { error: `Invalid ${field}: must be at most ${EDIT_LIMITS[field]} characters.` };
		changes[field] = value;
	}
	return { changes };
}

/** POST /users/{username}: only the owner, signed in; answers the whole profile with the email. */
export function editProfile(user: UserRecord | undefined, viewer: string | undefined, request: { body: string; contentType: string | undefined }): Reply {
	if (viewer === undefined) return mustAuthenticate();
	if (!user) return messageReply(404, MESSAGES.userNotFound);
	if (viewer.toLowerCase() !== String(user.profile['username']).toLowerCase()) return messageReply(403, MESSAGES.noPermission);
	const body = parseBody(request.body, request.contentType);
	if (!body) return messageReply(422, 'Invalid JSON body.');
	const checked = validate(body);
	if ('error' in checked) return messageReply(422, checked.error);
	// A new object: the seed profiles are shared module constants.
	user.profile = { ...user.profile, ...checked.changes };
	return { status: 200, json: { ...user.profile, email: user.email } };
}
