// What the stand-in NEWM Studio pages share: the signed-in session (kept like the real site keeps it, in the
// browser) and the catalog's error answers, which carry what went wrong in `cause`.
const SESSION_KEY = 'newm-studio-session';

export const $ = (id) => document.getElementById(id);
export const session = () => localStorage.getItem(SESSION_KEY) ?? undefined;
export const keepSession = (accessToken) => localStorage.setItem(SESSION_KEY, accessToken);
export const endSession = () => localStorage.removeItem(SESSION_KEY);

/** The catalog's own words for a refusal (`{code, description, cause}`), or the status when it sent none. */
export async function reason(response) {
	if (!response) return 'The catalog did not answer.';
	const body = await response.json().catch(() => ({}));
	return typeof body.cause === 'string' ? body.cause : `${response.status} ${response.statusText}`;
}

export function show(id, text) {
	Object.assign($(id), { textContent: text, hidden: text === '' });
}

export const displayName = (user) => user.nickname ?? ([user.firstName, user.lastName].filter(Boolean).join(' ') || user.email);
