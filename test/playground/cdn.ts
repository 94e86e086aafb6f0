import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIUser } from 'discord-api-types/v10';
import { closeServer } from '../fakes/closeServer.js';
import { avatarDecoration, DEFAULT_AVATAR_COUNT, defaultAvatar, userAvatar, userBanner } from './cdnArt.js';

/**
 * A stand-in for cdn.discordapp.com on 127.0.0.1, which the playground gives the bot as DISCORD_CDN_URL: it serves
 * the demo users' avatars, banners and decorations at the CDN's own paths (Discord's "Image Formatting" docs:
 * avatars/{user_id}/{hash}, banners/{user_id}/{hash}, embed/avatars/{index}, avatar-decoration-presets/{asset}),
 * and 404 for a hash no demo user has, as the CDN does.
 */

export interface Cdn {
	readonly url: string;
	close(): Promise<void>;
}

const IMAGE = /^\/(avatars|banners)\/(\d{17,20})\/((?:a_)?[0-9a-f]{32})\.(png|gif|webp|jpg|jpeg)$/;

function send(response: ServerResponse, status: number, body: string, type: string): void {
	response.writeHead(status, { 'content-type': type, 'cache-control': 'public, max-age=3600', 'access-control-allow-origin': '*', 'content-length': Buffer.byteLength(body) }).end(body);
}

/** The picture at this CDN path, or undefined when there is none. */
export function cdnImage(users: ReadonlyMap<string, APIUser>, path: string): string | undefined {
	const fallback = /^\/embed\/avatars\/(\d)\.png$/.exec(path);
	if (fallback) {
		const index = Number(fallback[1]);
		return index < DEFAULT_AVATAR_COUNT ? defaultAvatar(index) : undefined;
	}
	const decoration = /^\/avatar-decoration-presets\/((?:a_)?[0-9a-f]{32})\.png$/.exec(path)?.[1];
	if (decoration) return [...users.values()].some((user) => user.avatar_decoration_data?.asset === decoration) ? avatarDecoration(decoration) : undefined;
	const [, kind, id, imageHash] = IMAGE.exec(path) ?? [];
	const user = id === undefined ? undefined : users.get(id);
	if (!user || imageHash === undefined) return undefined;
	if (kind === 'avatars') return user.avatar === imageHash ? userAvatar(user, imageHash.startsWith('a_')) : undefined;
	return user.banner === imageHash ? userBanner(user) : undefined;
}

export async function startCdn(users: readonly APIUser[]): Promise<Cdn> {
	const byId = new Map(users.map((user) => [user.id, user]));
	const server = createServer((request, response) => {
		if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method Not Allowed', 'text/plain; charset=utf-8');
		const image = cdnImage(byId, new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
		// SVG under a .png name: the browser goes by the content type, and the bot never reads the picture.
		if (image) return send(response, 200, image, 'image/svg+xml');
		send(response, 404, '404: Not Found', 'text/plain; charset=utf-8');
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => closeServer(server, new Set()),
	};
}
