import { decodeChange, encodeChange, Listeners, type ChangeFeed } from '../changes.js';

type Query = (sql: string, ...parameters: unknown[]) => Promise<unknown>;

/** How often a process looks for other processes' changes: well within the second they must be seen in. */
export const POLL_MS = 250;
/** Changes older than this are of no use to anyone polling every POLL_MS. */
const KEEP_MS = 60_000;

function rowsOf(result: unknown): Array<Record<string, unknown>> {
	return Array.isArray(result) ? result.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null) : [];
}

/**
 * Changes through the SQLite file itself, for shards of one machine: each announcement is a row in `changes`;
 * a process with listeners polls for rows past the last it saw, a cheap primary-key range read.
 */
export function sqliteChanges(options: { query: Query; write: Query }): ChangeFeed {
	const { query, write } = options;
	const listeners = new Listeners();
	let created: Promise<unknown> | undefined;
	const table = () =>
		(created ??= query('CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, message TEXT NOT NULL, at INTEGER NOT NULL)').catch((error: unknown) => {
			created = undefined;
			throw error;
		}));
	let timer: NodeJS.Timeout | undefined;
	let last: number | undefined;
	let polling = false;
	const poll = async () => {
		if (polling) return;
		polling = true;
		try {
			await table();
			if (last === undefined) {
				const [row] = rowsOf(await query('SELECT COALESCE(MAX(seq), 0) AS seq FROM changes'));
				last = Number(row?.['seq'] ?? 0);
				return;
			}
			for (const row of rowsOf(await query('SELECT seq, message FROM changes WHERE seq > ? ORDER BY seq', last))) {
				last = Number(row['seq']);
				const change = typeof row['message'] === 'string' ? decodeChange(row['message']) : undefined;
				if (change) listeners.deliver(change.origin, change.digest);
			}
		} catch {
			// The store is failing: copies time out on their own, and the next poll tries again.
		} finally {
			polling = false;
		}
	};
	return {
		async publish(key) {
			try {
				await table();
				const now = Date.now();
				await write('INSERT INTO changes (message, at) VALUES (?, ?)', encodeChange(listeners.origin, key), now);
				await write('DELETE FROM changes WHERE at < ?', now - KEEP_MS);
			} catch {
				// Best effort: see ChangeFeed.publish.
			}
		},
		subscribe(listener) {
			if (!timer) {
				void poll();
				timer = setInterval(() => void poll(), POLL_MS);
				timer.unref();
			}
			return listeners.add(listener);
		},
		close() {
			clearInterval(timer);
			timer = undefined;
			return Promise.resolve();
		},
	};
}
