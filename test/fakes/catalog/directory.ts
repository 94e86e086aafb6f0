import { randomUUID } from 'node:crypto';
import type { UserRecord } from './fixtures.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `LocalDateTime.toString()`: ISO-8601 without a zone. */
export const localDateTime = (date = new Date()): string => date.toISOString().replace('Z', '');

/** Users by lower-cased id, and their songs: the fake's database. */
export class CatalogDirectory {
	readonly users = new Map<string, UserRecord>();
	readonly songs: Array<Record<string, unknown>> = [];

	/** Stores the record as given, the way rows are in the database (older rows hold whatever was valid then). */
	addUser(user: UserRecord): void {
		if (!UUID.test(user.id)) throw new TypeError(`addUser: ${user.id} is not a UUID`);
		this.users.set(user.id.toLowerCase(), { createdAt: localDateTime(), dspPlanSubscribed: false, ...user, id: user.id.toLowerCase() });
	}

	addSongs(ownerId: string, songs: Array<Record<string, unknown>>): void {
		for (const song of songs) {
			this.songs.push({ id: randomUUID(), createdAt: localDateTime(), archived: false, ...song, ownerId: ownerId.toLowerCase() });
		}
	}

	byEmail(email: string): UserRecord | undefined {
		return [...this.users.values()].find((user) => user.email.toLowerCase() === email.toLowerCase());
	}
}
