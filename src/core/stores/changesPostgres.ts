import pg from 'pg';
import { decodeChange, encodeChange, Listeners, type ChangeFeed } from '../changes.js';

const CHANNEL = 'crossfade_changes';
/** After the listening connection dropped (a server restart), the next attempt comes this much later. */
const RECONNECT_MS = 1_000;

/**
 * Changes over PostgreSQL's LISTEN/NOTIFY: announcements go through the pool, listening holds a connection of
 * its own, opened with the first listener and opened again, by itself, after the server went away.
 */
export function postgresChanges(options: { databaseUrl: string; pool: pg.Pool; connectTimeoutMs: number }): ChangeFeed {
	const listeners = new Listeners();
	let client: pg.Client | undefined;
	let closed = false;
	let retry: NodeJS.Timeout | undefined;
	const listen = () => {
		if (closed || client) return;
		const connection = new pg.Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: options.connectTimeoutMs });
		client = connection;
		const lost = () => {
			if (client !== connection) return;
			client = undefined;
			void connection.end().catch(() => undefined);
			if (!closed) retry = setTimeout(listen, RECONNECT_MS);
			retry?.unref();
		};
		connection.on('error', lost);
		connection.on('end', lost);
		connection.on('notification', (message) => {
			const change = message.channel === CHANNEL && message.payload !== undefined ? decodeChange(message.payload) : undefined;
			if (change) listeners.deliver(change.origin, change.digest);
		});
		connection
			.connect()
			.then(() => connection.query(`LISTEN ${CHANNEL}`))
			.catch(lost);
	};
	return {
		async publish(key) {
			await options.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, encodeChange(listeners.origin, key)]).catch(() => undefined);
		},
		subscribe(listener) {
			listen();
			return listeners.add(listener);
		},
		async close() {
			closed = true;
			clearTimeout(retry);
			const connection = client;
			client = undefined;
			await connection?.end().catch(() => undefined);
		},
	};
}
