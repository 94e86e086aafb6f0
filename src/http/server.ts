import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyPluginAsync } from 'fastify';
import { StartupError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';

/** How long close() lets a request in progress finish before cutting its connection: shutdown is bounded. */
export const CLOSE_GRACE_MS = 1000;
/** Nothing served today takes a body; a route that expects a larger one sets its own `bodyLimit`. */
export const BODY_LIMIT_BYTES = 256 * 1024;
/** A client that takes longer to send its request (headers and body) is cut off: the public port faces anyone. */
export const REQUEST_TIMEOUT_MS = 10_000;

/**
 * A set of routes: a fastify plugin, registered in its own encapsulated context, so a route that needs its own
 * content-type parser (the raw body a signature is checked on, say) changes nothing for the others.
 */
export type HttpRoutes = FastifyPluginAsync;

export interface HttpServerOptions {
	/** `http` or `metrics`: the log line says `<name> listening`. */
	name: string;
	/** The variable the port came from: a start-up failure names it, so the operator knows what to change. */
	portVariable: string;
	host: string;
	/** 0 picks a free port; `address` and the log line say which. */
	port: number;
	routes: readonly HttpRoutes[];
	logger: Logger;
}

export interface HttpServer {
	readonly address: { host: string; port: number };
	/** Stops accepting, lets requests in progress finish for CLOSE_GRACE_MS, then cuts them; safe to call twice. */
	close(): Promise<void>;
}

/** The bot's one HTTP server implementation: each listener (public, metrics) is one of these with its own routes. */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
	const { name, logger } = options;
	// Loaded only when a port is set: the framework costs about 200 ms of start-up that a bot serving none need not pay.
	const { fastify } = await import('fastify');
	const app = fastify({
		// Probes hit these ports every few seconds: a line per request would drown the bot's own log. Failures are
		// logged by the error handler below.
		logger: false,
		bodyLimit: BODY_LIMIT_BYTES,
		requestTimeout: REQUEST_TIMEOUT_MS,
		// A request that arrives while closing gets a 503 at once, which a load balancer takes as "ask another".
		return503OnClosing: true,
	});

	// Probes and scrapes must see the state now, never a proxy's copy; a route that wants caching says so itself.
	app.addHook('onSend', async (_request, reply, payload) => {
		if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
		return payload;
	});
	app.setNotFoundHandler(async (_request, reply) => reply.code(404).type('text/plain; charset=utf-8').send('not found\n'));
	app.setErrorHandler(async (error: FastifyError, request, reply) => {
		const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
		// A client's mistake (a body too large, not JSON) is its own business; anything else is a bug of ours.
		if (status === 500) logger.error({ err: error, method: request.method, path: request.url }, `${name} request failed`);
		else logger.debug({ status, code: error.code, method: request.method, path: request.url }, `${name} request refused`);
		// The reason phrase only: an error's message may say more about the bot than a stranger should read.
		return reply
			.code(status)
			.type('text/plain; charset=utf-8')
			.send(`${STATUS_CODES[status] ?? 'error'}\n`);
	});
	for (const routes of options.routes) await app.register(routes);

	try {
		await app.listen({ host: options.host, port: options.port });
	} catch (error) {
		await app.close().catch(() => undefined);
		const reason = error instanceof Error ? error.message : String(error);
		throw new StartupError(`the ${name} server (${options.portVariable}) could not listen on ${options.host}:${options.port}: ${reason}`);
	}
	// After listen, an error on the socket (EMFILE, say) has no one waiting for it: logged, never thrown at the process.
	app.server.on('error', (error) => logger.error({ err: error }, `${name} server error`));
	const bound = app.server.address();
	// What the socket really got: the port when 0 was asked for, the address when a name was given.
	const address = typeof bound === 'object' && bound !== null ? { host: bound.address, port: bound.port } : { host: options.host, port: options.port };
	logger.info(address, `${name} listening`);

	let closing: Promise<void> | undefined;
	return {
		address,
		close() {
			closing ??= (async () => {
				const force = setTimeout(() => app.server.closeAllConnections(), CLOSE_GRACE_MS);
				try {
					await app.close();
				} finally {
					clearTimeout(force);
				}
			})();
			return closing;
		},
	};
}
