import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordedFile } from './types.js';

const MAX_BODY_BYTES = 26_214_400;

export interface DiscordErrorBody {
	code: number;
	message: string;
	errors?: unknown;
}

/** A refusal in Discord's shape; thrown by route handlers and turned into the HTTP answer. */
export class DiscordHttpError extends Error {
	constructor(
		readonly status: number,
		readonly body: DiscordErrorBody,
	) {
		super(`${status} ${body.code} ${body.message}`);
	}
}

export const unknownInteraction = (): DiscordHttpError =>
	new DiscordHttpError(404, { code: 10062, message: 'Unknown interaction' });
export const unknownWebhook = (): DiscordHttpError => new DiscordHttpError(404, { code: 10015, message: 'Unknown Webhook' });
export const unknownMessage = (): DiscordHttpError => new DiscordHttpError(404, { code: 10008, message: 'Unknown Message' });
export const notFound = (): DiscordHttpError => new DiscordHttpError(404, { code: 0, message: '404: Not Found' });

export interface Reply {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export const json = (body: unknown, status = 200): Reply => ({ status, body });
export const noContent = (): Reply => ({ status: 204 });

export interface UploadedFile extends RecordedFile {
	readonly bytes: Buffer;
}

export interface ParsedBody {
	readonly json: unknown;
	readonly files: readonly UploadedFile[];
}

/** The whole body, refused past Discord's 25 MiB request limit. */
export async function readRaw(request: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
		size += buffer.length;
		if (size > MAX_BODY_BYTES) throw new DiscordHttpError(413, { code: 40005, message: 'Request entity too large' });
		chunks.push(buffer);
	}
	return Buffer.concat(chunks);
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		throw new DiscordHttpError(400, { code: 50109, message: 'The request body contains invalid JSON.' });
	}
}

/** JSON bodies, and multipart bodies as discord.js sends them (payload_json plus files[n]). */
export async function readBody(request: IncomingMessage): Promise<ParsedBody> {
	return parseBody(await readRaw(request), request.headers['content-type'] ?? '');
}

/** A body already read: JSON, or multipart (payload_json plus files[n]); anything else is read as JSON. */
export async function parseBody(raw: Buffer, contentType: string): Promise<ParsedBody> {
	if (raw.length === 0) return { json: undefined, files: [] };
	if (!contentType.startsWith('multipart/form-data')) return { json: parseJson(raw.toString('utf8')), files: [] };

	const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
	const fields: Record<string, unknown> = {};
	const files: UploadedFile[] = [];
	let payload: unknown;
	for (const [field, value] of form) {
		if (typeof value === 'string') {
			if (field === 'payload_json') payload = parseJson(value);
			else fields[field] = value;
			continue;
		}
		const bytes = Buffer.from(await value.arrayBuffer());
		files.push({ field, filename: value.name, contentType: value.type, size: bytes.length, bytes });
	}
	return { json: payload ?? fields, files };
}

export function writeReply(response: ServerResponse, reply: Reply): void {
	if (response.destroyed || response.writableEnded) return;
	const headers: Record<string, string> = { ...reply.headers };
	if (reply.body === undefined) {
		response.writeHead(reply.status, headers).end();
		return;
	}
	const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
	if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
	response.writeHead(reply.status, headers).end(text);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Waits `ms`, or less if the signal aborts (the fake is closing). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
	return new Promise((resolve) => {
		if (signal.aborted) {
			resolve();
			return;
		}
		const done = (): void => {
			clearTimeout(timer);
			signal.removeEventListener('abort', done);
			resolve();
		};
		const timer = setTimeout(done, ms);
		signal.addEventListener('abort', done, { once: true });
	});
}
