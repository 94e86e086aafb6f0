// Building blocks of the page. Text from the bot only ever reaches the DOM through textContent, attributes or
// createElement: never as HTML.

/** An element with these children; strings become text nodes, never markup. */
export function el(tag, className, ...children) {
	const node = document.createElement(tag);
	if (className) node.className = className;
	node.append(...children);
	return node;
}

/** Only http(s) links, so a `javascript:` URL from a provider can never run here. */
export const safeUrl = (url) => (URL.canParse(url) && /^https?:$/.test(new URL(url).protocol) ? new URL(url).href : undefined);

export function link(url, content) {
	const href = safeUrl(url);
	return href ? Object.assign(el('a', '', content), { href, target: '_blank', rel: 'noopener noreferrer', title: href }) : el('span', '', content);
}

export const COMPONENT = { ROW: 1, BUTTON: 2, STRING_SELECT: 3, TEXT_INPUT: 4, USER_SELECT: 5, LABEL: 18 };

/** The playground's JSON API; a refusal becomes an Error with the server's message. */
export async function api(path, body) {
	const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
	const response = await fetch(path, init);
	const data = await response.json().catch(() => ({}));
	if (!response.ok) throw new Error(data.error ?? `${response.status} ${response.statusText}`);
	return data;
}

/** Copies the limits Discord enforces onto the input, so the browser enforces them too. */
export function limit(control, source, names) {
	for (const [property, key] of Object.entries(names)) if (source[key] !== undefined) control[property] = source[key];
}

/**
 * The demo member's client language, as Discord's client has it: sent with every interaction, and the language dates
 * are shown in. Undefined until the page has its languages (the server then takes English).
 */
export const memberLocale = () => document.getElementById('locale')?.value || undefined;

export const userName = (user) => user?.global_name ?? user?.username ?? 'someone';

/** The avatar Discord's client shows for `user`, from the CDN the bot was given: their own, or one of the six defaults. */
export function avatarUrl(cdnUrl, user) {
	if (!cdnUrl || !user?.id) return undefined;
	if (user.avatar) return `${cdnUrl}/avatars/${user.id}/${user.avatar}.${user.avatar.startsWith('a_') ? 'gif' : 'png'}?size=80`;
	const legacy = user.discriminator && user.discriminator !== '0';
	const index = legacy ? Number(user.discriminator) % 5 : Number((BigInt(user.id) >> 22n) % 6n);
	return `${cdnUrl}/embed/avatars/${index}.png`;
}
