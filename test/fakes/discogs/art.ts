/**
 * Pictures for the fake's demo data, drawn here as SVG so nothing is downloaded: stand-ins for what Discogs serves
 * from its image hosts (avatars, profile banners, release covers). Each is drawn from its name, so the same name
 * always gives the same picture and different names look different.
 */

export type DiscogsArtKind = 'avatar' | 'banner' | 'cover';
export const DISCOGS_ART_KINDS: readonly DiscogsArtKind[] = ['avatar', 'banner', 'cover'];

/** FNV-1a: a stable 32-bit number from the name, the seed of every colour and shape. */
function hash(text: string): number {
	let value = 0x811c9dc5;
	for (const char of text) value = Math.imul(value ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
	return value;
}

/** A small deterministic generator: the same name draws the same bars. */
function random(seed: number): () => number {
	let state = seed || 1;
	return () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 0x1_0000_0000;
	};
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function initials(name: string): string {
	const words = name.split(/[\s_.-]+/).filter((word) => word !== '');
	const letters = words.length > 1 ? (words[0]?.[0] ?? '') + (words[1]?.[0] ?? '') : name.slice(0, 2);
	return letters.toUpperCase();
}

function svg(width: number, height: number, body: string): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

function gradient(hue: number): string {
	return `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 65% 52%)"/><stop offset="1" stop-color="hsl(${(hue + 50) % 360} 60% 28%)"/></linearGradient></defs>`;
}

/** A square with the user's initials over record grooves. */
function avatar(name: string): string {
	const hue = hash(name) % 360;
	const grooves = [60, 80, 100, 120].map((r) => `<circle cx="150" cy="150" r="${r}" fill="none" stroke="#fff" stroke-opacity="0.12" stroke-width="3"/>`).join('');
	const text = `<text x="150" y="150" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="104" fill="#fff">${escape(initials(name))}</text>`;
	return svg(300, 300, `${gradient(hue)}<rect width="300" height="300" fill="url(#g)"/>${grooves}${text}`);
}

/** A wide strip of equaliser bars, Discogs's 1600x400 banner size. */
function banner(name: string): string {
	const seed = hash(name);
	const next = random(seed);
	const hue = seed % 360;
	const bars = Array.from({ length: 40 }, (_, index) => {
		const height = 60 + Math.round(next() * 260);
		return `<rect x="${index * 40 + 6}" y="${400 - height}" width="28" height="${height}" rx="6" fill="hsl(${(hue + index * 3) % 360} 80% 70%)" fill-opacity="0.55"/>`;
	}).join('');
	return svg(1600, 400, `${gradient(hue)}<rect width="1600" height="400" fill="url(#g)"/>${bars}`);
}

/** A record half out of its sleeve, with the title on the sleeve. */
function cover(title: string): string {
	const hue = hash(title) % 360;
	const grooves = [120, 145, 170, 195].map((r) => `<circle cx="370" cy="300" r="${r}" fill="none" stroke="#333" stroke-width="2"/>`).join('');
	const record = `<circle cx="370" cy="300" r="220" fill="#111"/>${grooves}<circle cx="370" cy="300" r="70" fill="hsl(${(hue + 180) % 360} 70% 60%)"/><circle cx="370" cy="300" r="8" fill="#eee"/>`;
	const sleeve = `<rect x="0" y="50" width="380" height="500" fill="url(#g)"/>`;
	const text = `<text x="30" y="510" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="34" fill="#fff">${escape(title.slice(0, 18))}</text>`;
	return svg(600, 600, `${gradient(hue)}<rect width="600" height="600" fill="hsl(${hue} 20% 88%)"/>${record}${sleeve}${text}`);
}

export function discogsArt(kind: DiscogsArtKind, name: string): string {
	switch (kind) {
		case 'avatar':
			return avatar(name);
		case 'banner':
			return banner(name);
		case 'cover':
			return cover(name);
	}
}
