import https from 'node:https';
import { createConnection } from 'node:net';
import type { Duplex } from 'node:stream';
import Discogs from 'disconnect';

/**
 * disconnect hard-codes `https.request` (lib/client.js `_rawRequest`), with the host and port from its config
 * and no agent option, so it always uses `https.globalAgent`. While it runs, the global agent is swapped for
 * one whose connections are plain TCP to the fake on 127.0.0.1: same requests, same headers, no TLS, and
 * nothing can leave the machine. The original agent is put back afterwards.
 */
class PlainToFakeAgent extends https.Agent {
	constructor(private readonly port: number) {
		super({ keepAlive: false });
	}

	override createConnection(): Duplex {
		return createConnection({ host: '127.0.0.1', port: this.port });
	}
}

export interface DisconnectOptions {
	port: number;
	userToken: string | undefined;
	windowMs: number;
}

export interface DisconnectRun {
	getProfile(username: string): Promise<unknown>;
	/** Puts https.globalAgent back. */
	restore(): void;
}

/** A disconnect client told the fake's address and rate window, with the global agent redirected at the fake. */
export function disconnectAgainstFake(options: DisconnectOptions): DisconnectRun {
	const original = https.globalAgent;
	https.globalAgent = new PlainToFakeAgent(options.port);
	const auth = options.userToken === undefined ? undefined : { userToken: options.userToken };
	const client = new Discogs.Client('BenchAgent/1.0 +http://localhost', auth).setConfig({
		host: '127.0.0.1',
		port: options.port,
		requestLimitInterval: options.windowMs,
	});
	const user = client.user();
	return {
		getProfile: (username) => user.getProfile(username),
		restore() {
			https.globalAgent = original;
		},
	};
}

/** A DiscogsError's status, or undefined for anything else (a socket error, say). */
export function statusOf(error: unknown): number | undefined {
	if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
	return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}
