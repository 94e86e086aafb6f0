import { createHash, randomUUID } from 'node:crypto';

/**
 * Tells every process sharing the store that a key changed, so a process that keeps a copy in memory drops it:
 * an edit or unlink in one process is seen by the others within a second, not when their copy times out.
 */
export interface ChangeFeed {
	/** Announces that `key` was written or deleted; best effort (a failure only leaves copies to time out). */
	publish(key: string): Promise<void>;
	/** Calls `listener` with the changeDigest of each key another process announced; returns how to stop. */
	subscribe(listener: (digest: string) => void): () => void;
	close(): Promise<void>;
}

/** For a store no other process shares (an in-memory SQLite database, tests). */
export const NO_CHANGES: ChangeFeed = {
	publish: () => Promise.resolve(),
	subscribe: () => () => undefined,
	close: () => Promise.resolve(),
};

/**
 * What an announcement carries of a key: a digest, not the key. Keys can name a member (`discord:user:<id>`),
 * and a store's change log (SQLite keeps one) must not keep a trace of whose copy was just deleted.
 */
export function changeDigest(key: string): string {
	return createHash('sha256').update(key).digest('base64url').slice(0, 22);
}

/** A message on the wire: who sent it (so a process ignores its own) and the key's digest. */
export function encodeChange(origin: string, key: string): string {
	return `${origin}\n${changeDigest(key)}`;
}

export function decodeChange(message: string): { origin: string; digest: string } | undefined {
	const at = message.indexOf('\n');
	return at <= 0 ? undefined : { origin: message.slice(0, at), digest: message.slice(at + 1) };
}

/** The listeners of one process, and the id its own announcements carry. */
export class Listeners {
	readonly origin = randomUUID();
	readonly #listeners = new Set<(digest: string) => void>();

	get size(): number {
		return this.#listeners.size;
	}

	add(listener: (digest: string) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Delivers a change from another process; one's own are already applied. */
	deliver(origin: string, digest: string): void {
		if (origin === this.origin) return;
		for (const listener of this.#listeners) {
			try {
				listener(digest);
			} catch {
				// A listener's failure must not keep the others from hearing of the change.
			}
		}
	}
}
