import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/core/errors.js';
import { ProviderHttp } from '../../src/providers/http.js';

let server: Server | undefined;
const hanging = new Set<ServerResponse>();
afterEach(async () => {
	for (const response of hanging) response.destroy();
	hanging.clear();
	server?.closeAllConnections();
	await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
	server = undefined;
});

/** A server that answers /ok at once, never answers /hang, and streams `bytes` of JSON-ish text at /huge. */
async function start(bytes = 20_000_000, declareLength = true): Promise<{ url: (path: string) => URL; written: () => number; mostHanging: () => number }> {
	let written = 0;
	let mostHanging = 0;
	server = createServer((request, response) => {
		if (request.url === '/hang') {
			hanging.add(response);
			mostHanging = Math.max(mostHanging, hanging.size);
			response.on('close', () => hanging.delete(response));
			return;
		}
		if (request.url === '/huge') {
			response.writeHead(200, { 'content-type': 'application/json', ...(declareLength && { 'content-length': String(bytes) }) });
			const chunk = Buffer.alloc(64 * 1024, 'x');
			const pump = () => {
				while (written < bytes) {
					written += chunk.length;
					if (!response.write(chunk)) return void response.once('drain', pump);
				}
				response.end();
			};
			response.on('error', () => undefined);
			pump();
			return;
		}
		response.end('{"ok":true}');
	});
	await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: (path) => new URL(`http://127.0.0.1:${port}${path}`), written: () => written, mostHanging: () => mostHanging };
}

const get = { method: 'GET' as const, headers: {}, body: null };

describe('the provider HTTP layer', () => {
	it('refuses a body over the cap as "too large", without reading it, whether or not its length is declared', async () => {
		for (const declared of [true, false]) {
			const fake = await start(20_000_000, declared);
			const http = new ProviderHttp({ provider: 'Discogs', timeoutMs: 10_000 });
			const error = await http.send(fake.url('/huge'), get).then(
				() => undefined,
				(failed: unknown) => failed,
			);
			expect(error).toBeInstanceOf(ProviderError);
			expect((error as ProviderError).kind).toBe('unavailable');
			expect((error as ProviderError).message).toBe('Discogs sent an answer too large to read (over 1 MB), so I stopped reading it. Try again later.');
			// The server got as far as the socket buffers let it, far short of 20 MB.
			expect(fake.written()).toBeLessThan(10_000_000);
			await http.close();
			await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
			server?.closeAllConnections();
			server = undefined;
		}
	});

	it('keeps answering while eight requests hang: a healthy one does not wait for them', async () => {
		const fake = await start();
		const http = new ProviderHttp({ provider: 'Discogs', timeoutMs: 5_000 });
		let hungSettled = 0;
		const hung = Array.from({ length: 8 }, () =>
			http.send(fake.url('/hang'), get).then(
				() => hungSettled++,
				() => hungSettled++,
			),
		);
		await new Promise((resolve) => setTimeout(resolve, 100));
		const healthy = await http.send(fake.url('/ok'), get);
		expect(healthy.text).toBe('{"ok":true}');
		// Answered while all eight still hang: it never queued behind them.
		expect(hungSettled).toBe(0);
		for (const response of hanging) response.destroy();
		await Promise.all(hung);
		await http.close();
	});

	it('never has more requests in flight than its bound: the rest wait for a slot, within their own time', async () => {
		const fake = await start();
		const http = new ProviderHttp({ provider: 'catalog', timeoutMs: 300, maxInFlight: 2 });
		const outcomes = await Promise.allSettled([1, 2, 3].map(() => http.send(fake.url('/hang'), get)));
		expect(fake.mostHanging()).toBe(2);
		for (const outcome of outcomes) {
			expect(outcome.status).toBe('rejected');
			expect(outcome.status === 'rejected' && outcome.reason instanceof ProviderError && outcome.reason.kind).toBe('unavailable');
		}
		await http.close();
	});
});
