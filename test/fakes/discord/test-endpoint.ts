import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { createVerifier, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../../src/interactions/http/signature.js';
import type { SignatureCheck } from '../../../src/interactions/http/signature.js';
import { isRecord } from './http.js';

/** What the endpoint answers: a status, and a body with its Content-Type (JSON when the body is not a string). */
export interface EndpointReply {
	readonly status: number;
	readonly body?: unknown;
	readonly contentType?: string | undefined;
}

export interface ReceivedRequest {
	readonly method: string;
	readonly headers: IncomingHttpHeaders;
	readonly body: string;
	readonly signature: SignatureCheck;
}

type Answer = (interaction: Record<string, unknown>) => EndpointReply | Promise<EndpointReply>;

const json = (body: unknown, status = 200): EndpointReply => ({ status, body });

/**
 * The smallest interactions endpoint, for testing the fake's HTTP delivery without the bot: it checks each request's
 * signature with the bot's own verifier (401 when it fails, unless told not to), answers PING with PONG, and answers
 * every other interaction with whatever the test set in `answer`.
 */
export class TestEndpoint {
	readonly received: ReceivedRequest[] = [];
	/** Off: answers as if signatures were not checked, the mistake the portal's validation catches. */
	checkSignatures = true;
	pong: EndpointReply = json({ type: 1 });
	answer: Answer = () => ({ status: 202 });

	private constructor(
		private readonly server: Server,
		readonly url: string,
	) {}

	static async start(publicKey: string): Promise<TestEndpoint> {
		const verifier = createVerifier(publicKey);
		let endpoint: TestEndpoint | undefined;
		const server = createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				const body = Buffer.concat(chunks);
				const signature = verifier.check({
					signature: request.headers[SIGNATURE_HEADER],
					timestamp: request.headers[TIMESTAMP_HEADER],
					body,
				});
				const self = endpoint;
				if (!self) {
					response.writeHead(503).end();
					return;
				}
				self.received.push({ method: request.method ?? '', headers: request.headers, body: body.toString('utf8'), signature });
				self.#reply(signature, body).then(
					(reply) => {
						const text = typeof reply.body === 'string' ? reply.body : reply.body === undefined ? '' : JSON.stringify(reply.body);
						const contentType = reply.contentType ?? (typeof reply.body === 'string' || reply.body === undefined ? undefined : 'application/json');
						response.writeHead(reply.status, contentType ? { 'content-type': contentType } : {}).end(text);
					},
					(error: unknown) => response.writeHead(500).end(String(error)),
				);
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const address = server.address();
		if (address === null || typeof address === 'string') throw new Error('the test endpoint has no TCP address');
		endpoint = new TestEndpoint(server, `http://127.0.0.1:${address.port}/interactions`);
		return endpoint;
	}

	/** The interactions it got, parsed, PINGs left out. */
	interactions(): Record<string, unknown>[] {
		return this.received.flatMap((request) => {
			const parsed: unknown = JSON.parse(request.body);
			return isRecord(parsed) && parsed['type'] !== 1 ? [parsed] : [];
		});
	}

	async close(): Promise<void> {
		await new Promise<void>((resolve) => {
			this.server.close(() => resolve());
			this.server.closeAllConnections();
		});
	}

	async #reply(signature: SignatureCheck, body: Buffer): Promise<EndpointReply> {
		if (this.checkSignatures && !signature.ok) return { status: 401, body: 'invalid request signature', contentType: 'text/plain' };
		const interaction: unknown = JSON.parse(body.toString('utf8'));
		if (!isRecord(interaction)) return { status: 400 };
		if (interaction['type'] === 1) return this.pong;
		return this.answer(interaction);
	}
}

/** The id and token an interaction came with, for the callback and webhook routes. */
export function idAndToken(interaction: Record<string, unknown>): { id: string; token: string } {
	const { id, token } = interaction;
	if (typeof id !== 'string' || typeof token !== 'string') throw new Error('an interaction has a string id and token');
	return { id, token };
}
