import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from 'discord-api-types/v10';
import type {
	APIUser,
	GatewayGuildCreateDispatch,
	GatewayGuildCreateDispatchData,
	GatewayHeartbeatAck,
	GatewayHello,
	GatewayInvalidSession,
	GatewayReadyDispatch,
} from 'discord-api-types/v10';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import { HEARTBEAT_INTERVAL_MS, NO_FLAGS } from './fixtures.js';
import { isRecord } from './http.js';
import { Pulse } from './signal.js';
import { shardForGuild } from './snowflake.js';
import type { IdentifyRecord, ShardPair } from './types.js';

const DEFAULT_WAIT_MS = 10_000;

export interface GatewaySession {
	readonly token: string;
	readonly botUser: APIUser;
	readonly applicationId: string;
	/** The ws:// URL the fake serves, for `resume_gateway_url`. */
	readonly url: () => string;
	readonly guilds: () => GatewayGuildCreateDispatchData[];
}

interface Connection {
	readonly socket: WebSocket;
	/** Discord numbers dispatches per session, starting at 1. */
	sequence: number;
	/** Set by an accepted IDENTIFY. */
	shard: ShardPair | undefined;
}

function shardPair(data: Record<string, unknown>): ShardPair | undefined {
	const shard = data['shard'];
	if (shard === undefined) return [0, 1];
	if (!Array.isArray(shard) || shard.length !== 2) return undefined;
	const [id, count]: unknown[] = shard;
	if (typeof id !== 'number' || typeof count !== 'number' || !Number.isInteger(id) || !Number.isInteger(count)) return undefined;
	return id >= 0 && count >= 1 && id < count ? [id, count] : undefined;
}

/**
 * The gateway side of the fake: one session per shard, each told only of its own guilds; dispatches in order.
 * A bot without sharding is shard [0, 1], which owns every guild.
 */
export class FakeGateway {
	readonly #server = new WebSocketServer({ noServer: true });
	readonly #open = new Set<Connection>();
	/** Shard id to its session once READY and its GUILD_CREATEs are out; all share one shard count. */
	readonly #sessions = new Map<number, { readonly connection: Connection; readonly shard: ShardPair }>();
	readonly #identifies: IdentifyRecord[] = [];
	readonly #ready = new Pulse();
	readonly #disconnected = new Pulse();

	constructor(private readonly session: GatewaySession) {}

	handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
		const url = new URL(request.url ?? '/', 'ws://127.0.0.1');
		if (url.pathname !== '/') {
			socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
			return;
		}
		this.#server.handleUpgrade(request, socket, head, (ws) => this.#accept(ws));
	}

	get identifies(): readonly IdentifyRecord[] {
		return this.#identifies;
	}

	/**
	 * The shard an event about this guild goes to, as Discord routes it; DMs (null) go to shard 0. Fails when that
	 * shard has no session, naming the event that could not be delivered.
	 */
	shardFor(event: GatewayDispatchEvents, guildId: string | null): number {
		const count = this.#sessions.values().next().value?.shard[1];
		if (count === undefined) throw new Error(`No bot is connected to the fake gateway, so ${event} cannot be delivered`);
		const id = guildId === null ? 0 : shardForGuild(guildId, count);
		if (!this.#sessions.has(id)) {
			const owns = guildId === null ? 'which gets DMs' : `which owns guild ${guildId}`;
			throw new Error(`Shard [${id}, ${count}] (${owns}) is not connected to the fake gateway, so ${event} cannot be delivered`);
		}
		return id;
	}

	/** Sends a dispatch to a shard's session (see shardFor); fails when it is gone. */
	async dispatchTo(shard: number, event: GatewayDispatchEvents, data: unknown): Promise<void> {
		const connection = this.#sessions.get(shard)?.connection;
		if (!connection) throw new Error(`Shard ${shard} is not connected to the fake gateway, so ${event} cannot be delivered`);
		await this.#send(connection, { op: GatewayOpcodes.Dispatch, t: event, s: ++connection.sequence, d: data });
	}

	/** Resolves once `shards` sessions are ready (at once if they are). */
	async waitForReady(shards = 1, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		const describe = () =>
			this.#sessions.size === 0 ? 'No bot identified with the fake gateway' : `Only ${this.#sessions.size} of ${shards} shards identified with the fake gateway`;
		// Each session that gets ready wakes the wait; it goes on until enough are, within the one deadline.
		while (this.#sessions.size < shards) await this.#ready.wait(Math.max(0, deadline - Date.now()), describe);
	}

	waitForDisconnect(timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
		if (this.#open.size === 0) return Promise.resolve();
		return this.#disconnected.wait(timeoutMs, () => `The bot still has ${this.#open.size} gateway connection(s) open`);
	}

	async close(): Promise<void> {
		for (const connection of this.#open) connection.socket.terminate();
		await new Promise<void>((resolve) => this.#server.close(() => resolve()));
	}

	#accept(socket: WebSocket): void {
		const connection: Connection = { socket, sequence: 0, shard: undefined };
		this.#open.add(connection);
		socket.on('message', (raw, isBinary) => this.#receive(connection, raw, isBinary));
		socket.on('error', () => socket.terminate());
		socket.on('close', () => {
			this.#open.delete(connection);
			if (connection.shard && this.#sessions.get(connection.shard[0])?.connection === connection) this.#sessions.delete(connection.shard[0]);
			if (this.#open.size === 0) this.#disconnected.emit();
		});
		this.#post(connection, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS }, s: null, t: null } satisfies GatewayHello);
	}

	#receive(connection: Connection, raw: RawData, isBinary: boolean): void {
		let message: unknown;
		try {
			message = isBinary ? undefined : JSON.parse(String(raw));
		} catch {
			message = undefined;
		}
		if (!isRecord(message) || typeof message['op'] !== 'number') {
			connection.socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
			return;
		}
		switch (message['op']) {
			case GatewayOpcodes.Heartbeat:
				// Discord sends d:null here; discord-api-types types d as undefined, which JSON cannot carry.
				this.#post(connection, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null } satisfies Omit<GatewayHeartbeatAck, 'd'> & { d: null });
				return;
			case GatewayOpcodes.Identify:
				this.#identify(connection, message['d']);
				return;
			case GatewayOpcodes.Resume:
				// Sessions are not kept; "not resumable" makes the client identify afresh.
				this.#post(connection, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null } satisfies GatewayInvalidSession);
				return;
			default:
		}
	}

	#identify(connection: Connection, data: unknown): void {
		if (connection.shard) {
			connection.socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
			return;
		}
		const identify = isRecord(data) ? data : {};
		const token = typeof identify['token'] === 'string' ? identify['token'].replace(/^Bot /, '') : undefined;
		if (token !== this.session.token) {
			connection.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
			return;
		}
		const shard = shardPair(identify);
		if (!shard) {
			connection.socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
			return;
		}
		connection.shard = shard;
		this.#identifies.push({ shard, at: Date.now() });
		const [id, count] = shard;
		// A restarted shard replaces its old session; a bot that changed its shard count replaces all of them.
		for (const [otherId, other] of this.#sessions) {
			if (otherId !== id && other.shard[1] === count) continue;
			this.#sessions.delete(otherId);
			other.connection.socket.terminate();
		}
		const guilds = this.session.guilds().filter((guild) => shardForGuild(guild.id, count) === id);
		const ready = {
			op: GatewayOpcodes.Dispatch,
			t: GatewayDispatchEvents.Ready,
			s: ++connection.sequence,
			d: {
				v: 10,
				user: this.session.botUser,
				guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
				session_id: randomBytes(16).toString('hex'),
				resume_gateway_url: this.session.url(),
				shard: [id, count],
				application: { id: this.session.applicationId, flags: NO_FLAGS, flags_new: '0' },
			},
		} satisfies GatewayReadyDispatch;
		const sends = [this.#send(connection, ready)];
		for (const guild of guilds) {
			const guildCreate = {
				op: GatewayOpcodes.Dispatch,
				t: GatewayDispatchEvents.GuildCreate,
				s: ++connection.sequence,
				d: guild,
			} satisfies GatewayGuildCreateDispatch;
			sends.push(this.#send(connection, guildCreate));
		}
		Promise.all(sends).then(
			() => {
				if (connection.socket.readyState !== connection.socket.OPEN) return;
				this.#sessions.set(id, { connection, shard });
				this.#ready.emit();
			},
			() => connection.socket.terminate(),
		);
	}

	/** Fire and forget: a failed send means the socket is gone, which its close handler deals with. */
	#post(connection: Connection, payload: unknown): void {
		this.#send(connection, payload).catch(() => undefined);
	}

	#send(connection: Connection, payload: unknown): Promise<void> {
		return new Promise((resolve, reject) => {
			if (connection.socket.readyState !== connection.socket.OPEN) {
				reject(new Error('The gateway connection is closed'));
				return;
			}
			connection.socket.send(JSON.stringify(payload), (error) => (error ? reject(error) : resolve()));
		});
	}
}
