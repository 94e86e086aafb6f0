import type { Server, ServerResponse } from 'node:http';

/** How long a fake waits for its connections to close before it lets the test run go on anyway. */
const CLOSE_LIMIT_MS = 2000;

/** Ends the answers a fake is holding back (hang mode), then closes the server, within a bound. */
export async function closeServer(server: Server, hanging: Set<ServerResponse>): Promise<void> {
	for (const res of hanging) res.destroy();
	hanging.clear();
	const closed = new Promise<void>((resolve) => server.close(() => resolve()));
	server.closeAllConnections();
	// Bounded: a connection that refuses to close must not hold a test run.
	await Promise.race([closed, new Promise<void>((resolve) => setTimeout(resolve, CLOSE_LIMIT_MS).unref())]);
}
