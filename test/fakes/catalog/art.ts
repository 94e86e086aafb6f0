/**
 * Pictures for the fake's demo data, drawn here as SVG so nothing is downloaded: stand-ins for the profile
 * pictures, banners and cover art NEWM Studio uploads to its image host. Each is drawn from its name, so the same
 * name always gives the same picture and different names look different.
 */

export type CatalogArtKind = 'picture' | 'banner' | 'cover';
export const CATALOG_ART_KINDS: readonly CatalogArtKind[] = ['picture', 'banner', 'cover'];

/** FNV-1a: a stable 32-bit number from the name, the seed of every colour and shape. */
function hash(text: string): number {
	let value = 0x811c9dc5;
	for (const char of text) value = Math.imul(value ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
	return value;
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function svg(width: number, height: number, body: string): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

/** NEWM's palette, from violet to pink, turned by the name. */
function gradient(hue: number, id = 'g'): string {
	return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 75% 60%)"/><stop offset="1" stop-color="hsl(${(hue + 70) % 360} 70% 35%)"/></linearGradient></defs>`;
}

/** A portrait: a head and shoulders on a gradient, with the initials on the shirt. */
function picture(name: string): string {
	const hue = hash(name) % 360;
	const letters = name
		.split(/\s+/)
		.map((word) => word[0] ?? '')
		.join('')
		.slice(0, 2)
		.toUpperCase();
	const person = `<circle cx="200" cy="160" r="72" fill="hsl(${(hue + 20) % 360} 35% 85%)"/><path d="M70 400 C80 280 320 280 330 400 Z" fill="hsl(${(hue + 200) % 360} 45% 30%)"/>`;
	const text = `<text x="200" y="372" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="44" fill="#fff">${escape(letters)}</text>`;
	return svg(400, 400, `${gradient(hue)}<rect width="400" height="400" fill="url(#g)"/>${person}${text}`);
}

/** Soft circles on a 1200x300 strip (NEWM Studio asks for banners of at least 1200x200). */
function banner(name: string): string {
	const seed = hash(name);
	const hue = seed % 360;
	const circles = Array.from({ length: 7 }, (_, index) => {
		const x = ((seed >>> index) % 1200) + index * 40;
		const r = 60 + ((seed >>> (index + 3)) % 120);
		return `<circle cx="${x}" cy="${(index * 97) % 300}" r="${r}" fill="hsl(${(hue + index * 25) % 360} 80% 75%)" fill-opacity="0.35"/>`;
	}).join('');
	return svg(1200, 300, `${gradient(hue)}<rect width="1200" height="300" fill="url(#g)"/>${circles}`);
}

/** Cover art: rings around a sun, the song's title underneath. */
function cover(title: string): string {
	const hue = hash(title) % 360;
	const rings = [220, 170, 120].map((r, index) => `<circle cx="300" cy="260" r="${r}" fill="hsl(${(hue + index * 40) % 360} 70% ${40 + index * 12}%)"/>`).join('');
	const text = `<text x="300" y="560" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="40" fill="#fff">${escape(title.slice(0, 22))}</text>`;
	return svg(600, 600, `<rect width="600" height="600" fill="hsl(${(hue + 180) % 360} 30% 18%)"/>${rings}<circle cx="300" cy="260" r="60" fill="#fff" fill-opacity="0.85"/>${text}`);
}

export function catalogArt(kind: CatalogArtKind, name: string): string {
	switch (kind) {
		case 'picture':
			return picture(name);
		case 'banner':
			return banner(name);
		case 'cover':
			return cover(name);
	}
}
