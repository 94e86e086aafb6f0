import type { UserRecord } from './fixtures.js';
import { jsonObject, NO_CONTENT, statusReply, unconvertible, type Reply } from './replies.js';

/**
 * PATCH /v1/users/me as `UserRepositoryImpl.update` (features/user/repo/UserRepositoryImpl.kt) stores a profile:
 * what the bot reads back is what this wrote. Fields are checked in the server's order inside one transaction,
 * so the first bad one answers 422 and nothing is stored. Only the profile's text and URL fields are modelled.
 */

type Outcome = { value: string | undefined } | { reply: Reply };

/** newm-shared ktx/StringExt.kt `isValidUrl`: `URL.of(URI.create(s))` accepts an absolute URI and nothing else. */
function isValidUrl(value: string): boolean {
	if (!/^[a-z][a-z0-9+.-]*:/i.test(value) || /[\s<>"{}|\\^`]/.test(value)) return false;
	try {
		new URL(value);
		return true;
	} catch {
		return false;
	}
}

/** `String.orNull()` (newm-shared ktx/StringExt.kt): blank clears the field, anything else is trimmed. */
function orNull(value: string): string | undefined {
	return value.trim() === '' ? undefined : value.trim();
}

/** `it.orNull()?.asValidUrl()`: website, Twitter, Instagram, picture and banner URLs, stored as given. */
function validUrl(value: string): Outcome {
	const trimmed = orNull(value);
	if (trimmed !== undefined && !isValidUrl(trimmed)) return { reply: statusReply(422, `Invalid url: ${trimmed}`) };
	return { value: trimmed };
}

/**
 * `String?.asUrlWithHost(host)` (server ktx/StringExt.kt, since commit 0f869600, 2024-03-06): an absolute URL whose
 * text after `http://` or `https://` starts with the service's host is stored as `https://` plus that text up to
 * any `?`. The outlet verifiers (features/user/verify/*ProfileUrlVerifier.kt) then insist on exactly that host;
 * their look-up of the profile at the service itself is not modelled.
 */
export function asUrlWithHost(value: string, host: string, service: string): Outcome {
	if (value.trim() === '') return { value: undefined };
	if (!isValidUrl(value)) return { reply: statusReply(422, `Invalid url: ${value}`) };
	const rest = value.replace(/^(http:\/\/|https:\/\/)/, '');
	if (!rest.toLowerCase().startsWith(host)) return { reply: statusReply(422, `Invalid url: ${value}, expected ${host}`) };
	const stored = `https://${rest.split('?')[0] ?? ''}`;
	if (new URL(stored).hostname !== host) return { reply: statusReply(422, `${service} profile URL must be from ${host}`) };
	return { value: stored };
}

/** The fields `update` handles, in its order, each with the rule it applies. */
const FIELDS: Array<[string, (value: string) => Outcome]> = [
	['nickname', (value) => ({ value: orNull(value) })],
	['pictureUrl', validUrl],
	['bannerUrl', validUrl],
	['websiteUrl', validUrl],
	['twitterUrl', validUrl],
	['instagramUrl', validUrl],
	['spotifyProfile', (value) => asUrlWithHost(value, 'open.spotify.com', 'Spotify')],
	['soundCloudProfile', (value) => asUrlWithHost(value, 'soundcloud.com', 'SoundCloud')],
	['appleMusicProfile', (value) => asUrlWithHost(value, 'music.apple.com', 'Apple Music')],
	['location', (value) => ({ value: orNull(value) })],
	['role', (value) => ({ value: orNull(value) })],
	['genre', (value) => ({ value: orNull(value) })],
	['biography', (value) => ({ value: orNull(value) })],
];

/** Applies a PATCH body to `user`: 204, a 400 for a body that is no User, or the first field's 422. */
export function updateProfile(user: UserRecord, body: string): Reply {
	const fields = jsonObject(body);
	if (!fields) return unconvertible('io.newm.server.features.user.model.User');
	const changes: Array<[string, string | undefined]> = [];
	for (const [name, rule] of FIELDS) {
		const given = fields[name];
		// kotlinx: null (or absent) leaves the field as it is; a value of another type is no User.
		if (given === undefined || given === null) continue;
		if (typeof given !== 'string') return unconvertible('io.newm.server.features.user.model.User');
		const outcome = rule(given);
		if ('reply' in outcome) return outcome.reply;
		changes.push([name, outcome.value]);
	}
	for (const [name, value] of changes) {
		if (value === undefined) delete user[name];
		else user[name] = value;
	}
	return NO_CONTENT;
}
