/** A page one of the fake providers' websites serves (not its API): status, headers and body. */
export interface WebPage {
	status: number;
	headers: Record<string, string>;
	body: string | Buffer;
}

/**
 * `/images/{kind}/{name}.svg` for one of `kinds`, drawn from the name by `draw`: the demo data's pictures,
 * made locally; undefined for any other path.
 */
export function svgImage<K extends string>(path: string, kinds: readonly K[], draw: (kind: K, name: string) => string): WebPage | undefined {
	const match = /^\/images\/([a-z]+)\/([^/]{1,300})\.svg$/.exec(path);
	const kind = kinds.find((known) => known === match?.[1]);
	if (!match?.[2] || !kind) return undefined;
	let name: string;
	try {
		name = decodeURIComponent(match[2]);
	} catch {
		return undefined;
	}
	return { status: 200, headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400', 'Access-Control-Allow-Origin': '*' }, body: draw(kind, name) };
}
