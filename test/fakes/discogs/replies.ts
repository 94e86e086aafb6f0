/** What a route answers: a JSON value, or a raw body (errors are written the way Discogs spaces them). */
export interface Reply {
	status: number;
	json?: unknown;
	raw?: string;
	headers?: Record<string, string>;
}

export const MESSAGES = {
	userNotFound: 'User does not exist or may have been deleted.',
	notFound: 'The requested resource was not found.',
	tooQuickly: 'You are making requests too quickly.',
	invalidToken: 'Invalid consumer token.',
	mustAuthenticate: 'You must authenticate to access this resource.',
	noPermission: "You don't have permission to access this resource.",
	methodNotAllowed: 'Method not allowed.',
	internal: 'An internal server error occurred. Please contact support with error code FAKE-500.',
} as const;

/** `{"message": "…"}` with the space after the colon, exactly as Discogs serialises its errors. */
export function messageReply(status: number, message: string, headers?: Record<string, string>): Reply {
	return { status, raw: `{"message": ${JSON.stringify(message)}}`, ...(headers ? { headers } : {}) };
}

/** Discogs's 401 for a resource that needs a user: the JSON message and the OAuth challenge. */
export function mustAuthenticate(): Reply {
	return messageReply(401, MESSAGES.mustAuthenticate, { 'WWW-Authenticate': 'OAuth realm="https://api.discogs.com"' });
}
