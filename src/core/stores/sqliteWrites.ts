import KeyvSqlite from '@keyv/sqlite';

/**
 * How long a write waits for another process's lock before it fails. Short: a waiting write holds one of
 * libuv's four worker threads, which every other file and database call of the process needs too.
 */
export const BUSY_TIMEOUT_MS = 2000;
/** Writes queued behind one that met the lock, within this of its failure, fail with it instead of waiting again. */
const SAME_LOCK_MS = 250;

function isBusy(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'code' in error && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED');
}

/**
 * One write at a time for every namespace of a file. SQLite has one writer per file anyway, so nothing is
 * lost; what is gained: while another process holds the lock, one thread waits for it instead of one per
 * write, the rest of the bot keeps its threads (a test measured every interaction missing Discord's 3 s
 * deadline otherwise), and the writes behind it are answered together when it fails.
 */
export class WriteGate {
	#tail: Promise<unknown> = Promise.resolve();
	#busy: { error: unknown; at: number } | undefined;

	run<T>(write: () => Promise<T>): Promise<T> {
		const queuedAt = Date.now();
		const turn = this.#tail.then(async () => {
			const busy = this.#busy;
			if (busy && busy.at >= queuedAt && Date.now() - busy.at <= SAME_LOCK_MS) throw busy.error;
			try {
				const result = await write();
				this.#busy = undefined;
				return result;
			} catch (error) {
				if (isBusy(error)) this.#busy = { error, at: Date.now() };
				throw error;
			}
		});
		this.#tail = turn.catch(() => undefined);
		return turn;
	}
}

/** keyv's SQLite adapter with its writes through the file's gate. */
export class GatedKeyvSqlite extends KeyvSqlite {
	readonly #gate: WriteGate;

	constructor(options: { uri: string; table: string; gate: WriteGate }) {
		super({ uri: options.uri, table: options.table, busyTimeout: BUSY_TIMEOUT_MS });
		this.#gate = options.gate;
	}

	override set(key: string, value: unknown): Promise<unknown> {
		return this.#gate.run(() => super.set(key, value));
	}

	override delete(key: string): Promise<boolean> {
		return this.#gate.run(() => super.delete(key));
	}

	override deleteMany(keys: string[]): Promise<boolean> {
		return this.#gate.run(() => super.deleteMany(keys));
	}

	override clear(): Promise<void> {
		return this.#gate.run(() => super.clear());
	}
}
