import { request } from 'undici';
import type { FakeCatalog } from '../fakes/catalog/index.js';

export interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	text: string;
	json: () => unknown;
}

export interface CallOptions {
	token?: string;
	method?: 'GET' | 'POST' | 'PATCH';
	body?: unknown;
	headers?: Record<string, string>;
}

/** One plain HTTP request to the fake catalog, as any client would send it. */
export async function call(server: FakeCatalog, path: string, init: CallOptions = {}): Promise<Answer> {
	const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
	if (init.token) headers['authorization'] = `Bearer ${init.token}`;
	if (init.body !== undefined) headers['content-type'] = 'application/json';
	const response = await request(`${server.url}${path}`, {
		method: init.method ?? 'GET',
		headers,
		body: init.body === undefined ? null : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
	});
	const text = await response.body.text();
	return { status: response.statusCode, headers: response.headers, text, json: () => JSON.parse(text) };
}
