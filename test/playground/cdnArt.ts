import type { APIUser } from 'discord-api-types/v10';

/**
 * The pictures the playground's stand-in for cdn.discordapp.com serves, drawn as SVG so nothing is downloaded:
 * the six default avatars, and an avatar, banner and decoration for each demo user, drawn from who they are.
 */

/** The default avatars' colours, in Discord's order (embed/avatars/0.png is blurple … 5.png is fuchsia). */
const DEFAULT_COLOURS = ['#5865f2', '#757e8a', '#3ba55c', '#faa61a', '#ed4245', '#eb459f'] as const;
export const DEFAULT_AVATAR_COUNT = DEFAULT_COLOURS.length;

function hash(text: string): number {
	let value = 0x811c9dc5;
	for (const char of text) value = Math.imul(value ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
	return value;
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const svg = (width: number, height: number, body: string): string =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
const displayName = (user: APIUser): string => user.global_name ?? user.username;

/** Discord's mascot, reduced to a face: what every user without an avatar of their own gets, in one of six colours. */
export function defaultAvatar(index: number): string {
	const colour = DEFAULT_COLOURS[index] ?? DEFAULT_COLOURS[0];
	const face = '<rect x="58" y="78" width="140" height="104" rx="40" fill="#fff"/><circle cx="100" cy="128" r="14" fill="COLOUR"/><circle cx="156" cy="128" r="14" fill="COLOUR"/>';
	return svg(256, 256, `<rect width="256" height="256" fill="${colour}"/>${face.replaceAll('COLOUR', colour)}`);
}

/** The user's initial on a colour of their own; an animated hash (`a_…`) gets a slowly turning gradient, as a GIF would move. */
export function userAvatar(user: APIUser, animated: boolean): string {
	const hue = hash(user.id) % 360;
	const turn = animated ? '<animateTransform attributeName="gradientTransform" type="rotate" from="0 0.5 0.5" to="360 0.5 0.5" dur="6s" repeatCount="indefinite"/>' : '';
	const defs = `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 70% 60%)"/><stop offset="1" stop-color="hsl(${(hue + 80) % 360} 65% 35%)"/>${turn}</linearGradient></defs>`;
	const letter = `<text x="128" y="128" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="120" fill="#fff">${escape(displayName(user).slice(0, 1).toUpperCase())}</text>`;
	return svg(256, 256, `${defs}<rect width="256" height="256" fill="url(#g)"/>${letter}`);
}

/** A 600x240 banner (Discord's 5:2) in the user's accent colour, when they have one. */
export function userBanner(user: APIUser): string {
	const hue = hash(user.id) % 360;
	const accent = user.accent_color == null ? `hsl(${hue} 70% 45%)` : `#${user.accent_color.toString(16).padStart(6, '0')}`;
	const waves = [60, 120, 180]
		.map((y, index) => `<path d="M0 ${y} C150 ${y - 50} 300 ${y + 50} 600 ${y - 20} L600 240 L0 240 Z" fill="#fff" fill-opacity="${0.08 + index * 0.05}"/>`)
		.join('');
	return svg(600, 240, `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${accent}"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360} 60% 25%)"/></linearGradient></defs><rect width="600" height="240" fill="url(#g)"/>${waves}`);
}

/** An avatar decoration: a ring of stars around where the avatar sits, transparent inside. */
export function avatarDecoration(asset: string): string {
	const hue = hash(asset) % 360;
	const stars = Array.from({ length: 8 }, (_, index) => {
		const angle = (index / 8) * Math.PI * 2;
		return `<circle cx="${(144 + Math.cos(angle) * 128).toFixed(1)}" cy="${(144 + Math.sin(angle) * 128).toFixed(1)}" r="10" fill="hsl(${(hue + index * 20) % 360} 90% 70%)"/>`;
	}).join('');
	return svg(288, 288, `<circle cx="144" cy="144" r="128" fill="none" stroke="hsl(${hue} 90% 65%)" stroke-width="10"/>${stars}`);
}
