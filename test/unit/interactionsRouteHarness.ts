import { generateKeyPairSync, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { Interaction } from '../../src/interactions/payload.js';
import { pino } from 'pino';
import { request } from 'undici';
import { startHttpServer } from '../../src/http/server.js';
import type { HttpRoutes, HttpServer } from '../../src/http/server.js';
import { interactionsRoutes } from '../../src/interactions/http/route.js';
import { createVerifier } from '../../src/interactions/http/signature.js';

/** For tests of `POST /interactions`: a real server with the route, and requests signed as Discord signs them. */

export function keyPair(): { privateKey: KeyObject; publicHex: string } {
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	// The raw key is the SPKI DER's last 32 bytes, as the developer portal shows it in hex.
	return { privateKey, publicHex: publicKey.export({ type: 'spki', format: 'der' }).subarray(-32).toString('hex') };
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** How a request departs from a correct one, which is signed by `privateKey` at the current second. */
export interface Signing {
	timestamp?: string;
	privateKey?: KeyObject;
	/** Replaces the signature header; null leaves it out. */
	signature?: string | null;
	contentType?: string | null;
	/** Sent in place of the signed body. */
	sentBody?: string | Buffer;
	/** Sends the body chunked, with no Content-Length. */
	chunked?: boolean;
}

export interface Answer {
	status: number;
	contentType: string | undefined;
	text: string;
}

export type Line = Record<string, unknown>;

export interface RouteHarness {
	readonly server: HttpServer;
	readonly base: string;
	/** Every interaction `handle` was called with, in order. */
	readonly calls: Interaction[];
	/** The logger's records (level debug and up). */
	readonly lines: Line[];
	/** What `handle` does. */
	answer: (interaction: Interaction) => Promise<APIInteractionResponse>;
	/** POSTs `body` to /interactions, signed with `privateKey` unless `signing` says otherwise. */
	post(body: string | Buffer, signing?: Signing): Promise<Answer>;
}

export interface RouteHarnessOptions {
	publicHex: string;
	privateKey: KeyObject;
	answer: (interaction: Interaction) => Promise<APIInteractionResponse>;
	/** Registered after the interactions route, on the same server. */
	extraRoutes?: HttpRoutes[];
}

function capture(): { lines: Line[]; stream: Writable } {
	const lines: Line[] = [];
	const stream = new Writable({
		write(chunk: Buffer, _encoding, done) {
			const line: unknown = JSON.parse(chunk.toString());
			if (typeof line === 'object' && line !== null) lines.push(Object.fromEntries(Object.entries(line)));
			done();
		},
	});
	return { lines, stream };
}

export async function startRoute(options: RouteHarnessOptions): Promise<RouteHarness> {
	const { lines, stream } = capture();
	const logger = pino({ level: 'debug' }, stream);
	const calls: Interaction[] = [];
	let answer = options.answer;
	const routes = interactionsRoutes({
		verifier: createVerifier(options.publicHex),
		handle: async (interaction, respond) => {
			calls.push(interaction);
			await respond(await answer(interaction));
		},
		logger,
	});
	const server = await startHttpServer({
		name: 'http',
		portVariable: 'HTTP_PORT',
		host: '127.0.0.1',
		port: 0,
		routes: [routes, ...(options.extraRoutes ?? [])],
		logger,
	});
	const base = `http://127.0.0.1:${server.address.port}`;
	return {
		server,
		base,
		calls,
		lines,
		get answer() {
			return answer;
		},
		set answer(next) {
			answer = next;
		},
		async post(body, signing = {}) {
			const timestamp = signing.timestamp ?? String(nowSeconds());
			const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
			const signature = sign(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), bytes]), signing.privateKey ?? options.privateKey).toString('hex');
			const headers: Record<string, string> = { 'x-signature-timestamp': timestamp };
			const chosen = signing.signature === undefined ? signature : signing.signature;
			if (chosen !== null) headers['x-signature-ed25519'] = chosen;
			const contentType = signing.contentType === undefined ? 'application/json' : signing.contentType;
			if (contentType !== null) headers['content-type'] = contentType;
			const sent = signing.sentBody ?? bytes;
			const response = await request(`${base}/interactions`, { method: 'POST', headers, body: signing.chunked ? Readable.from([sent]) : sent });
			const header = response.headers['content-type'];
			return { status: response.statusCode, contentType: typeof header === 'string' ? header : undefined, text: await response.body.text() };
		},
	};
}
