import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CATALOG_ART_KINDS, catalogArt, type CatalogArtKind } from './art.js';
import { FAKE_RECAPTCHA_TOKEN } from './auth.js';
import { svgImage, type WebPage } from '../webPages.js';

/**
 * Stand-ins for the NEWM Studio pages a member uses, at the paths of the real web app (projectNEWM/newm-web,
 * apps/studio/src/App.tsx `login` and pages/home/Home.tsx `home/profile`). The web app calls the API on
 * studio.newm.io (its api baseUrls), the default CATALOG_API_URL, so the fake serves both on its one address. The
 * pages in studio/ are small scripts over the catalog's own API: the login, GET /v1/users/me and
 * PATCH /v1/users/me (features/user/UserRoutes.kt). Also the demo data's pictures. None of it is in the request log.
 */

export const STUDIO_LOGIN_PATH = '/login';
export const STUDIO_PROFILE_PATH = '/home/profile';

const STUDIO_DIR = join(import.meta.dirname, 'studio');
const HTML = 'text/html; charset=utf-8';
const SCRIPT = 'text/javascript; charset=utf-8';
const FILES: Readonly<Record<string, { file: string; type: string }>> = {
	[STUDIO_LOGIN_PATH]: { file: 'login.html', type: HTML },
	[STUDIO_PROFILE_PATH]: { file: 'profile.html', type: HTML },
	'/assets/studio.css': { file: 'studio.css', type: 'text/css; charset=utf-8' },
	'/assets/session.js': { file: 'session.js', type: SCRIPT },
	'/assets/login.js': { file: 'login.js', type: SCRIPT },
	'/assets/profile.js': { file: 'profile.js', type: SCRIPT },
};
const CSP = "default-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

async function studioFile(file: string, type: string): Promise<WebPage> {
	let body = await readFile(join(STUDIO_DIR, file), 'utf8');
	if (file === 'login.js') body = body.replace("'__FAKE_RECAPTCHA_TOKEN__'", JSON.stringify(FAKE_RECAPTCHA_TOKEN));
	return { status: 200, headers: { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }, body };
}

const text = (status: number, body: string): WebPage => ({ status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body });

/** The page, script or picture at this path; undefined when the path belongs to the API. */
export async function websitePage(method: string, path: string): Promise<WebPage | undefined> {
	const file = FILES[path];
	const isImage = path.startsWith('/images/');
	if (!file && !isImage) return undefined;
	if (method !== 'GET' && method !== 'HEAD') return text(405, 'Method Not Allowed');
	if (file) return studioFile(file.file, file.type);
	return svgImage(path, CATALOG_ART_KINDS, catalogArt) ?? text(404, 'No such image.');
}

/** Where the fake serves the picture of `kind` drawn from `name`. */
export function catalogImageUrl(baseUrl: string, kind: CatalogArtKind, name: string): string {
	return `${baseUrl}/images/${kind}/${encodeURIComponent(name)}.svg`;
}
