import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRecord } from './http.js';
import { startFakeDiscord } from './index.js';
import type { FakeDiscord } from './index.js';
import { TestEndpoint } from './test-endpoint.js';

/**
 * Setting an Interactions Endpoint URL, as the developer portal checks it (discord-api-docs
 * developers/interactions/overview.mdx, "Setting Up an Endpoint": a signed PING must get 200 and `{"type":1}` with a
 * valid Content-Type; a request whose signature fails must get 401; Discord also sends invalid signatures as routine
 * checks and removes the URL of an endpoint that fails them). The refusal is the portal's words as developers quote
 * them: "interactions_endpoint_url: The specified interactions endpoint url could not be verified."
 */
let fake: FakeDiscord;
let endpoint: TestEndpoint;

beforeEach(async () => {
	fake = await startFakeDiscord();
	endpoint = await TestEndpoint.start(fake.publicKey);
});

afterEach(async () => {
	await endpoint?.close();
	await fake?.close();
});

const NOT_VERIFIED = /^interactions_endpoint_url: The specified interactions endpoint url could not be verified\./;

async function refusalOf(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
	throw new Error('expected setInteractionsEndpoint to reject');
}

describe('setInteractionsEndpoint', () => {
	it('sends a signed PING, then one with a bad signature, and keeps a URL that answers PONG and 401', async () => {
		await fake.setInteractionsEndpoint(endpoint.url);
		expect(fake.interactionsEndpoint).toBe(endpoint.url);
		const [ping, bad] = endpoint.received;
		expect(endpoint.received).toHaveLength(2);
		expect(ping?.signature).toMatchObject({ ok: true });
		expect(bad?.signature).toEqual({ ok: false, reason: 'wrong_signature' });
		const body: unknown = JSON.parse(ping?.body ?? '');
		expect(body).toMatchObject({ type: 1, application_id: fake.applicationId, version: 1, user: { username: 'discord', system: true } });
	});

	it("POSTs with Discord's headers: JSON, its User-Agent, and a timestamp in Unix seconds", async () => {
		await fake.setInteractionsEndpoint(endpoint.url);
		const headers = endpoint.received[0]?.headers;
		expect(endpoint.received[0]?.method).toBe('POST');
		expect(headers?.['content-type']).toBe('application/json');
		expect(headers?.['user-agent']).toBe('Discord-Interactions/1.0 (+https://discord.com)');
		expect(headers?.['x-signature-ed25519']).toMatch(/^[0-9a-f]{128}$/);
		const timestamp = Number(headers?.['x-signature-timestamp']);
		expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(5);
	});

	it("shows its public key as the application's verify_key (GET /applications/@me)", async () => {
		expect(fake.publicKey).toMatch(/^[0-9a-f]{64}$/);
		const response = await fetch(`${fake.apiUrl}/v10/applications/@me`, { headers: { authorization: `Bot ${fake.token}` } });
		const application: unknown = await response.json();
		expect(isRecord(application) && application['verify_key']).toBe(fake.publicKey);
		const other = await startFakeDiscord();
		expect(other.publicKey).not.toBe(fake.publicKey);
		await other.close();
	});

	it('refuses an endpoint that does not check signatures, naming the answer to the bad one', async () => {
		endpoint.checkSignatures = false;
		const message = await refusalOf(fake.setInteractionsEndpoint(endpoint.url));
		expect(message).toMatch(NOT_VERIFIED);
		expect(message).toContain('a PING with a bad signature got 200');
		expect(fake.interactionsEndpoint).toBeUndefined();
	});

	it('refuses an endpoint whose answer to PING is no PONG', async () => {
		const answers = [
			{ reply: { status: 200, body: { type: 4, data: { content: 'pong' } } }, says: 'no PONG' },
			{ reply: { status: 200, body: '{"type":1}', contentType: 'text/plain' }, says: 'Expected "Content-Type" header' },
			{ reply: { status: 200, body: '{"type":1}' }, says: 'Expected "Content-Type" header' },
			{ reply: { status: 204 }, says: 'got 204' },
			{ reply: { status: 401, body: 'invalid request signature', contentType: 'text/plain' }, says: 'got 401' },
		];
		for (const { reply, says } of answers) {
			endpoint.pong = reply;
			const message = await refusalOf(fake.setInteractionsEndpoint(endpoint.url));
			expect(message, JSON.stringify(reply)).toMatch(NOT_VERIFIED);
			expect(message, JSON.stringify(reply)).toContain(says);
			expect(fake.interactionsEndpoint).toBeUndefined();
		}
	});

	it('refuses a URL nothing listens on, or one that is no http URL, and keeps the previous one', async () => {
		await fake.setInteractionsEndpoint(endpoint.url);
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const address = closed.address();
		await new Promise<void>((resolve) => closed.close(() => resolve()));
		const port = address !== null && typeof address === 'object' ? address.port : 1;
		const unreachable = await refusalOf(fake.setInteractionsEndpoint(`http://127.0.0.1:${port}/interactions`));
		expect(unreachable).toMatch(NOT_VERIFIED);
		expect(unreachable).toContain('could not be reached');
		expect(await refusalOf(fake.setInteractionsEndpoint('not a url'))).toMatch(NOT_VERIFIED);
		expect(fake.interactionsEndpoint).toBe(endpoint.url);
	});

	it('takes undefined to go back to the gateway', async () => {
		await fake.setInteractionsEndpoint(endpoint.url);
		await fake.setInteractionsEndpoint(undefined);
		expect(fake.interactionsEndpoint).toBeUndefined();
		// No bot is on the gateway here, so the interaction has nowhere to go.
		await expect(fake.slash({ name: 'ping' })).rejects.toThrow('No bot is connected to the fake gateway');
		expect(endpoint.interactions()).toEqual([]);
	});
});

describe('sendBadSignature', () => {
	it('sends a PING with a signature by another key and resolves with the 401', async () => {
		await fake.setInteractionsEndpoint(endpoint.url);
		await expect(fake.sendBadSignature()).resolves.toBe(401);
		const last = endpoint.received.at(-1);
		expect(last?.signature).toEqual({ ok: false, reason: 'wrong_signature' });
		expect(JSON.parse(last?.body ?? '')).toMatchObject({ type: 1 });
	});

	it('removes the URL of an endpoint that accepts it, as Discord does, and says so', async () => {
		await fake.setInteractionsEndpoint(endpoint.url);
		endpoint.checkSignatures = false;
		await expect(fake.sendBadSignature()).rejects.toThrow(/got 200 .*not 401: the Interactions Endpoint URL was removed/);
		expect(fake.interactionsEndpoint).toBeUndefined();
	});

	// discord/discord-api-docs#2328: an endpoint that is merely offline no longer loses its URL to a routine check.
	it('keeps the URL of an endpoint that does not answer, and says so', async () => {
		await fake.setInteractionsEndpoint(endpoint.url);
		await endpoint.close();
		await expect(fake.sendBadSignature()).rejects.toThrow(/got no answer \(.*could not be reached.*\): the Interactions Endpoint URL was kept/);
		expect(fake.interactionsEndpoint).toBe(endpoint.url);
	});

	it('needs an endpoint', async () => {
		await expect(fake.sendBadSignature()).rejects.toThrow('no interactions endpoint is set');
	});
});
