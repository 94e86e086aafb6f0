import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { startNginx, type NginxServer } from '../helpers/nginx.js';
import { describeNeeding, NGINX } from '../helpers/requirements.js';

interface Received {
	method: string;
	url: string;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

interface Replica {
	name: string;
	port: number;
	received: Received[];
	close(): Promise<void>;
}

/**
 * A stand-in for one bot replica on a free loopback port: records each request whole and answers with its name;
 * `drop` reads the request and then closes the connection without an answer, as a replica that crashed
 * while handling it would.
 */
async function replica(name: string, behaviour: 'answer' | 'drop' = 'answer'): Promise<Replica> {
	const received: Received[] = [];
	const server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) });
			if (behaviour === 'drop') request.socket.destroy();
			else response.writeHead(200, { 'content-type': 'text/plain' }).end(name);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		name,
		port,
		received,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

const started: Array<{ stop(): Promise<void> } | Replica> = [];
afterEach(async () => {
	await Promise.all(started.splice(0).map((thing) => ('stop' in thing ? thing.stop() : thing.close())));
});

async function front(...replicas: Replica[]): Promise<NginxServer> {
	started.push(...replicas);
	const nginx = await startNginx({ upstreams: replicas.map(({ port }) => ({ host: '127.0.0.1', port })) });
	started.push(nginx);
	return nginx;
}

const post = (nginx: NginxServer, body: string, headers: Record<string, string> = {}) =>
	fetch(`${nginx.url}/interactions`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describeNeeding(NGINX)('nginx in front of replicas (test/helpers/nginx.ts)', () => {
	it('shares requests round robin between the replicas', async () => {
		const nginx = await front(await replica('a'), await replica('b'));
		const answers: string[] = [];
		for (let index = 0; index < 6; index++) {
			const response = await fetch(`${nginx.url}/healthz`);
			expect(response.status).toBe(200);
			answers.push(await response.text());
		}
		// Equal weights: each in turn (ngx_http_upstream_module, "round-robin", the default method).
		expect(answers.filter((name) => name === 'a')).toHaveLength(3);
		expect(answers.filter((name) => name === 'b')).toHaveLength(3);
		expect(answers.slice(0, 2).sort()).toEqual(['a', 'b']);
	});

	it("passes an interaction's body and signature headers unchanged", async () => {
		const a = await replica('a');
		const nginx = await front(a);
		// Past nginx's in-memory body buffer (16k on 64-bit), so the body goes through the temp dir's client_body path.
		const body = JSON.stringify({ type: 2, data: { name: 'profile', note: 'ünïcødé ✓ "quoted" \\ slash' }, padding: 'x'.repeat(100_000) });
		const signature = 'ab'.repeat(64);
		const response = await post(nginx, body, { 'X-Signature-Ed25519': signature, 'X-Signature-Timestamp': '1700000000' });
		expect(response.status).toBe(200);
		const [seen] = a.received;
		expect(seen?.method).toBe('POST');
		expect(seen?.url).toBe('/interactions');
		expect(seen?.body.equals(Buffer.from(body))).toBe(true);
		expect(seen?.headers['x-signature-ed25519']).toBe(signature);
		expect(seen?.headers['x-signature-timestamp']).toBe('1700000000');
		expect(seen?.headers['content-type']).toBe('application/json');
		expect(seen?.headers['content-length']).toBe(String(Buffer.byteLength(body)));
	});

	it('serves only /interactions and /healthz, never a replica’s other routes such as /metrics', async () => {
		const a = await replica('a');
		const nginx = await front(a);
		expect((await fetch(`${nginx.url}/metrics`)).status).toBe(404);
		expect((await fetch(`${nginx.url}/`)).status).toBe(404);
		expect(a.received).toEqual([]);
	});

	it('keeps answering through the other replica when one is gone', async () => {
		const a = await replica('a');
		const b = await replica('b');
		const nginx = await front(a, b);
		await b.close();
		for (let index = 0; index < 6; index++) {
			const response = await post(nginx, `{"id":"${index}"}`);
			expect(response.status).toBe(200);
			expect(await response.text()).toBe('a');
		}
		expect(a.received.map(({ body }) => body.toString())).toEqual(Array.from({ length: 6 }, (_, index) => `{"id":"${index}"}`));
	});

	it('never delivers an interaction twice: a POST that reached a replica is not retried on another', async () => {
		// ngx_http_proxy_module, proxy_next_upstream: without non_idempotent, a POST sent to an upstream is not
		// passed to the next one (nginx 1.9.13 and later); the helper leaves non_idempotent out.
		const dropping = await replica('dropping', 'drop');
		const a = await replica('a');
		const nginx = await front(dropping, a);
		const statuses = [];
		for (let index = 0; index < 2; index++) statuses.push((await post(nginx, `{"id":"${index}"}`)).status);
		expect(statuses.sort()).toEqual([200, 502]);
		const bodies = [...dropping.received, ...a.received].map(({ body }) => body.toString()).sort();
		expect(bodies).toEqual(['{"id":"0"}', '{"id":"1"}']);
	});

	it('retries an idempotent request on the next replica when one fails it', async () => {
		const dropping = await replica('dropping', 'drop');
		const a = await replica('a');
		const nginx = await front(dropping, a);
		for (let index = 0; index < 2; index++) {
			const response = await fetch(`${nginx.url}/healthz`);
			expect(response.status).toBe(200);
			expect(await response.text()).toBe('a');
		}
		expect(dropping.received).toHaveLength(1);
		expect(a.received).toHaveLength(2);
	});

	it('stops: the port no longer answers, and nothing is left running', async () => {
		const a = await replica('a');
		started.push(a);
		const nginx = await startNginx({ upstreams: [{ host: '127.0.0.1', port: a.port }] });
		expect((await fetch(`${nginx.url}/healthz`)).status).toBe(200);
		await nginx.stop();
		await expect(fetch(`${nginx.url}/healthz`)).rejects.toThrow();
	});

	it('refuses upstreams that are not a plain host and port, before writing any configuration', async () => {
		await expect(startNginx({ upstreams: [] })).rejects.toThrow('at least one upstream');
		await expect(startNginx({ upstreams: [{ host: '127.0.0.1; include /etc/nginx/nginx.conf', port: 80 }] })).rejects.toThrow('not a plain host');
		await expect(startNginx({ upstreams: [{ host: '127.0.0.1', port: 70_000 }] })).rejects.toThrow('not a port');
	});
});
