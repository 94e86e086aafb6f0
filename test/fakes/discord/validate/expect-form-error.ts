import { expect } from 'vitest';
import { DiscordHttpError, isRecord } from '../http.js';

/** What `fn` threw, which must be the fake's Discord-shaped refusal. */
export function refusal(fn: () => unknown): DiscordHttpError {
	try {
		fn();
	} catch (error) {
		if (error instanceof DiscordHttpError) return error;
		throw error;
	}
	throw new Error('expected the body to be refused');
}

/** The `_errors` codes Discord's nested `errors` object holds at `path` ('data.components.4.components.0.label'). */
export function codesAt(error: DiscordHttpError, path: string): string[] {
	let node: unknown = error.body.errors;
	for (const key of path === '' ? [] : path.split('.')) node = isRecord(node) ? node[key] : undefined;
	const list: unknown[] = isRecord(node) && Array.isArray(node['_errors']) ? node['_errors'] : [];
	return list.map((entry) => (isRecord(entry) ? String(entry['code']) : ''));
}

/** Every path in the `errors` object that carries `_errors`, to show what else was named. */
export function namedPaths(error: DiscordHttpError): string[] {
	const paths: string[] = [];
	const walk = (node: unknown, at: string[]): void => {
		if (!isRecord(node)) return;
		for (const [key, child] of Object.entries(node)) {
			if (key === '_errors') paths.push(at.join('.'));
			else walk(child, [...at, key]);
		}
	};
	walk(error.body.errors, []);
	return paths;
}

/** Refused as Discord refuses a form: 400, code 50035, and `code` at `path`. */
export function expectFormError(fn: () => unknown, path: string, code: string): DiscordHttpError {
	const error = refusal(fn);
	expect(error.status).toBe(400);
	expect(error.body).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
	expect({ paths: namedPaths(error), codes: codesAt(error, path) }).toMatchObject({ codes: expect.arrayContaining([code]) });
	return error;
}
