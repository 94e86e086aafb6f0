import { generateKeyPairSync, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/**
 * The headers of Discord's interaction POSTs, as captured from real requests in public projects' fixtures (e.g. a
 * PING logged through ngrok: `User-Agent: Discord-Interactions/1.0 (+https://discord.com)`, `Content-Type:
 * application/json`, `Accept-Encoding: gzip`, X-Signature-Ed25519, X-Signature-Timestamp in Unix seconds).
 */
export const INTERACTIONS_USER_AGENT = 'Discord-Interactions/1.0 (+https://discord.com)';
/** An endpoint's answer larger than this is cut off (the REST side's own request limit). */
const MAX_ANSWER_BYTES = 26_214_400;

/** `valid`: signed with the fake's key, as every interaction; `wrong`: well formed but by another key, as Discord's checks. */
export type Signing = 'valid' | 'wrong';

export interface EndpointAnswer {
	readonly status: number;
	/** The Content-Type header, if any. */
	readonly contentType: string | undefined;
	/** The body, decompressed. */
	readonly body: Buffer;
	readonly at: number;
}

/** How one POST ended: an answer, or why there was none (a timeout, a reset connection). */
export type PostOutcome = { readonly answered: true; readonly answer: EndpointAnswer } | { readonly answered: false; readonly failure: string };

export interface PostOptions {
	readonly signing: Signing;
	/** Discord waits this long for the answer, then gives up on it. */
	readonly deadlineMs: number;
	/** Aborts the POST when the fake closes. */
	readonly closing: AbortSignal;
}

export interface Post {
	/** Resolves once the request is out; rejects, naming the endpoint, when it could not be sent at all. */
	readonly sent: Promise<void>;
	/** Never rejects. */
	readonly outcome: Promise<PostOutcome>;
}

function rawPublicKeyHex(publicKey: KeyObject): string {
	const x = publicKey.export({ format: 'jwk' }).x;
	if (x === undefined) throw new Error('An Ed25519 public key exports its x coordinate');
	return Buffer.from(x, 'base64url').toString('hex');
}

function decode(encoding: string | undefined, body: Buffer): Buffer {
	switch (encoding?.trim().toLowerCase()) {
		case 'gzip':
			return gunzipSync(body);
		case 'deflate':
			return inflateSync(body);
		case 'br':
			return brotliDecompressSync(body);
		default:
			return body;
	}
}

async function readAnswer(response: IncomingMessage): Promise<EndpointAnswer> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of response) {
		const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
		size += buffer.length;
		if (size > MAX_ANSWER_BYTES) throw new Error(`answered with more than ${MAX_ANSWER_BYTES} bytes`);
		chunks.push(buffer);
	}
	const contentType = response.headers['content-type'];
	return {
		status: response.statusCode ?? 0,
		contentType,
		body: decode(response.headers['content-encoding'], Buffer.concat(chunks)),
		at: Date.now(),
	};
}

const describeError = (error: unknown): string => {
	if (!(error instanceof Error)) return String(error);
	const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
	return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
};

/** Discord's side of an Interactions Endpoint URL: its signing key, and the signed POSTs it makes. */
export class EndpointClient {
	readonly publicKey: string;
	readonly #privateKey: KeyObject;
	/** Another key, for signatures that are well formed and wrong. */
	readonly #strangerKey: KeyObject = generateKeyPairSync('ed25519').privateKey;
	/**
	 * A connection per POST, so "sent" means an endpoint took it: a kept-alive socket would take a request for an
	 * endpoint that has gone. Its own agent, so closing the fake cuts them all.
	 */
	readonly #agent = new Agent({ keepAlive: false });

	constructor() {
		const { publicKey, privateKey } = generateKeyPairSync('ed25519');
		this.publicKey = rawPublicKeyHex(publicKey);
		this.#privateKey = privateKey;
	}

	/** POSTs `body` to `url` with Discord's headers, signed as `signing` says, at the current second. */
	post(url: URL, body: string, options: PostOptions): Post {
		const timestamp = String(Math.floor(Date.now() / 1000));
		const key = options.signing === 'valid' ? this.#privateKey : this.#strangerKey;
		const signature = sign(null, Buffer.from(timestamp + body, 'utf8'), key).toString('hex');
		const deadline = AbortSignal.timeout(options.deadlineMs);
		const outgoing = request(url, {
			method: 'POST',
			agent: this.#agent,
			signal: AbortSignal.any([deadline, options.closing]),
			headers: {
				'content-type': 'application/json',
				'content-length': String(Buffer.byteLength(body)),
				'user-agent': INTERACTIONS_USER_AGENT,
				'accept-encoding': 'gzip',
				'x-signature-ed25519': signature,
				'x-signature-timestamp': timestamp,
			},
		});
		let isSent = false;
		const sent = new Promise<void>((resolve, reject) => {
			outgoing.once('finish', () => {
				isSent = true;
				resolve();
			});
			outgoing.once('error', (error) => reject(new Error(`The interactions endpoint ${url.href} could not be reached: ${describeError(error)}`)));
		});
		// Whoever awaits only the outcome must not see an unhandled rejection.
		sent.catch(() => undefined);
		const outcome = new Promise<PostOutcome>((resolve) => {
			const fail = (error: unknown): void => {
				if (deadline.aborted) resolve({ answered: false, failure: `no answer within ${options.deadlineMs} ms` });
				else if (options.closing.aborted) resolve({ answered: false, failure: 'the fake closed before the answer' });
				else resolve({ answered: false, failure: `${isSent ? 'the connection failed' : 'not sent'}: ${describeError(error)}` });
			};
			outgoing.once('error', fail);
			outgoing.once('response', (response) => {
				readAnswer(response).then((answer) => resolve({ answered: true, answer }), fail);
			});
		});
		outgoing.end(body);
		return { sent, outcome };
	}

	close(): void {
		this.#agent.destroy();
	}
}
