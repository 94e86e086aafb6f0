import type { APIConnection } from 'discord-api-types/v10';
import { ConnectionService, ConnectionVisibility } from 'discord-api-types/v10';

/** The services and visibilities Discord documents (developers/resources/user.mdx, "Connection Object"). */
const SERVICES: ReadonlySet<string> = new Set(Object.values(ConnectionService));
const VISIBILITIES: ReadonlySet<number> = new Set([ConnectionVisibility.None, ConnectionVisibility.Everyone]);

/** Each user's third-party connections, as GET /users/@me/connections lists them (hidden and revoked ones too). */
export class Connections {
	readonly #byUser = new Map<string, APIConnection[]>();

	/** A test seeds what the user has connected; a connection Discord could not hold is a mistake in the test. */
	add(userId: string, connection: APIConnection): void {
		if (!SERVICES.has(connection.type)) throw new Error(`addConnection: ${JSON.stringify(connection.type)} is not a Discord connection service`);
		if (!VISIBILITIES.has(connection.visibility)) throw new Error(`addConnection: visibility must be 0 (None) or 1 (Everyone), not ${connection.visibility}`);
		const existing = this.#byUser.get(userId) ?? [];
		// One connection per service account: adding it again replaces it, as reconnecting does.
		const others = existing.filter((entry) => entry.type !== connection.type || entry.id !== connection.id);
		this.#byUser.set(userId, [...others, structuredClone(connection)]);
	}

	of(userId: string): APIConnection[] {
		return structuredClone(this.#byUser.get(userId) ?? []);
	}
}
