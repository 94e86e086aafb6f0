import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ApiDeps, ApiReply } from './api.js';
import { autocomplete, BadRequest, click, runCommand, submitModal } from './api.js';

const PUBLIC_DIR = join(import.meta.dirname, 'public');
const SCRIPT = 'text/javascript; charset=utf-8';
const STATIC: Readonly<Record<string, { file: string; type: string }>> = {
	'/': { file: 'index.html', type: 'text/html; charset=utf-8' },
	'/app.js': { file: 'app.js', type: SCRIPT },
	'/dom.js': { file: 'dom.js', type: SCRIPT },
	'/markdown.js': { file: 'markdown.js', type: SCRIPT },
	'/modal.js': { file: 'modal.js', type: SCRIPT },
	'/welcome.js': { file: 'welcome.js', type: SCRIPT },
	'/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};
// Bot text is rendered with textContent, but should anything slip through, no script but ours may run. Images may
// come from anywhere, as in Discord (avatars, banners, covers).
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src http: https: data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const MAX_BODY_BYTES = 64 * 1024;
/** Keeps idle event streams from being cut by anything in between, and notices closed tabs. */
const HEARTBEAT_MS = 15_000;
const CLOSE_LIMIT_MS = 2_000;

type Handler = (deps: ApiDeps, body: unknown) => Promise<ApiReply>;
const POSTS: Readonly<Record<string, Handler>> = {
	'/api/command': runCommand,
	'/api/autocomplete': autocomplete,
	'/api/click': click,
	'/api/modal': submitModal,
};

export interface ServerDeps extends ApiDeps {
	/** What the page loads first: the demo users and the commands registered with the fake. */
	state(): unknown;
}

export interface PlaygroundServer {
	readonly url: string;
	close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: unknown): void {
	response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
		size += buffer.length;
		if (size > MAX_BODY_BYTES) throw new BadRequest('request body too large');
		chunks.push(buffer);
	}
	try {
		return JSON.parse(Buffer.concat(chunks).toString('utf8'));
	} catch {
		throw new BadRequest('request body is not JSON');
	}
}

async function serveStatic(response: ServerResponse, file: string, type: string): Promise<void> {
	// Read on every request, so editing the page needs a reload, not a restart.
	const content = await readFile(join(PUBLIC_DIR, file));
	response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' }).end(content);
}

function streamEvents(deps: ServerDeps, request: IncomingMessage, response: ServerResponse, open: Set<ServerResponse>): void {
	response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
	const write = (text: string): void => {
		if (!response.writableEnded && !response.destroyed) response.write(text);
	};
	write('retry: 1000\n\n');
	const unsubscribe = deps.channel.subscribe((event) => write(`data: ${JSON.stringify(event)}\n\n`));
	const heartbeat = setInterval(() => write(': ping\n\n'), HEARTBEAT_MS);
	open.add(response);
	request.on('close', () => {
		unsubscribe();
		clearInterval(heartbeat);
		open.delete(response);
	});
}

/** The page and its JSON API, on 127.0.0.1 only. */
export async function startServer(deps: ServerDeps, port: number): Promise<PlaygroundServer> {
	const streams = new Set<ServerResponse>();
	let allowedHosts: ReadonlySet<string> = new Set();

	async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		// A page on another site can point a name it controls at 127.0.0.1 (DNS rebinding); it still sends its own Host.
		if (!allowedHosts.has(request.headers.host ?? '')) return send(response, 403, { error: 'unexpected Host header' });
		const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
		const method = request.method ?? 'GET';
		const page = STATIC[path];
		if (method === 'GET' && page) return serveStatic(response, page.file, page.type);
		// Browsers ask for it on their own; an empty answer keeps a 404 out of the console.
		if (path === '/favicon.ico') return void response.writeHead(204).end();
		if (method === 'GET' && path === '/api/state') return send(response, 200, deps.state());
		if (method === 'GET' && path === '/api/events') return streamEvents(deps, request, response, streams);
		const post = POSTS[path];
		if (!post) return send(response, 404, { error: `no ${method} ${path}` });
		if (method !== 'POST') return send(response, 405, { error: `${path} takes POST` });
		// Only JSON: a cross-site form cannot send it without a preflight this server never grants.
		if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return send(response, 415, { error: 'send application/json' });
		const reply = await post(deps, await readJson(request));
		send(response, reply.status, reply.body);
	}

	const server = createServer((request, response) => {
		handle(request, response).catch((error: unknown) => {
			if (response.headersSent) return void response.end();
			const message = error instanceof Error ? error.message : String(error);
			send(response, error instanceof BadRequest ? 400 : 500, { error: message });
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const bound = (server.address() as AddressInfo).port;
	allowedHosts = new Set([`127.0.0.1:${bound}`, `localhost:${bound}`]);

	return {
		url: `http://127.0.0.1:${bound}/`,
		async close() {
			for (const stream of streams) stream.end();
			const closed = new Promise<void>((resolve) => server.close(() => resolve()));
			server.closeAllConnections();
			let timer: NodeJS.Timeout | undefined;
			await Promise.race([closed, new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_LIMIT_MS)))]);
			clearTimeout(timer);
		},
	};
}
