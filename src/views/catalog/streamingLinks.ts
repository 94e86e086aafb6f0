/**
 * The public page of a streaming profile as the catalog holds it. Since 2024-03 newm-server stores a full URL
 * on the service's host (`asUrlWithHost`, ktx/StringExt.kt: `https://` + host + path, the query dropped); older
 * records hold what the GetUser wiki shows, a bare id or a `spotify:artist:` URI. A URL is kept as it is (never
 * wrapped in another) when it is on the service's own host, and nothing else is linked as that service.
 */

export type StreamingService = 'spotify' | 'soundCloud' | 'appleMusic';

interface ServiceRule {
	host: string;
	/** The page of a bare id (or permalink) in the form the service uses; undefined when it cannot be one. */
	fromId(id: string): string | undefined;
}

const RULES: Record<StreamingService, ServiceRule> = {
	spotify: {
		host: 'open.spotify.com',
		// Spotify ids are base62 (22 characters today); the URI form is `spotify:artist:<id>`.
		fromId: (id) => {
			const bare = /^spotify:artist:([A-Za-z0-9]+)$/.exec(id)?.[1] ?? (/^[A-Za-z0-9]+$/.test(id) ? id : undefined);
			return bare && `https://open.spotify.com/artist/${bare}`;
		},
	},
	soundCloud: {
		host: 'soundcloud.com',
		// A SoundCloud permalink: letters, digits, hyphens and underscores.
		fromId: (id) => (/^[A-Za-z0-9_-]+$/.test(id) ? `https://soundcloud.com/${id}` : undefined),
	},
	appleMusic: {
		host: 'music.apple.com',
		// Apple Music artist ids are numbers.
		fromId: (id) => (/^\d+$/.test(id) ? `https://music.apple.com/artist/${id}` : undefined),
	},
};

/** `open.spotify.com/…` without a scheme is a URL too, not a permalink. */
const LOOKS_LIKE_URL = /^[a-z][a-z0-9+.-]*:\/\/|^[^/\s]+\.[a-z]{2,}\//i;

/** The https page on the service's own host, or undefined when `raw` is no profile of that service. */
export function streamingProfileUrl(service: StreamingService, raw: string | undefined): string | undefined {
	const value = raw?.trim();
	if (!value) return undefined;
	const rule = RULES[service];
	if (!LOOKS_LIKE_URL.test(value)) return rule.fromId(value);
	let url: URL;
	try {
		url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
	} catch {
		return undefined;
	}
	// The exact host, as newm-server's outlet verifiers check it (features/user/verify/*ProfileUrlVerifier.kt):
	// a look-alike such as open.spotify.com.example is someone else's page.
	if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname !== rule.host || url.username || url.password) return undefined;
	if (url.pathname === '/' || url.pathname === '') return undefined;
	// The path alone: the server drops the query too, and a port or a fragment has no business in a profile link.
	return `https://${rule.host}${url.pathname}`;
}
