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
	identified: boolean;
}

/** The gateway side of the fake: one bot session at a time, dispatches in order. */
export class FakeGateway {
	readonly #server = new WebSocketServer({ noServer: true });
	readonly #open = new Set<Connection>();
	readonly #ready = new Pulse();
	readonly #disconnected = new Pulse();
	#current: Connection | undefined;

	constructor(private readonly session: GatewaySession) {}

	handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
		const url = new URL(request.url ?? '/', 'ws://127.0.0.1');
		if (url.pathname !== '/') {
			socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
			return;
		}
		this.#server.handleUpgrade(request, socket, head, (ws) => this.#accept(ws));
	}

	/** Sends a dispatch to the identified bot; fails when none is connected. */
	async dispatch(event: GatewayDispatchEvents, data: unknown): Promise<void> {
		const connection = this.#current;
		if (!connection) throw new Error(`No bot is connected to the fake gateway, so ${event} cannot be delivered`);
		await this.#send(connection, { op: GatewayOpcodes.Dispatch, t: event, s: ++connection.sequence, d: data });
	}

	waitForReady(timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
		if (this.#current) return Promise.resolve();
		return this.#ready.wait(timeoutMs, () => 'No bot identified with the fake gateway');
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
		const connection: Connection = { socket, sequence: 0, identified: false };
		this.#open.add(connection);
		socket.on('message', (raw, isBinary) => this.#receive(connection, raw, isBinary));
		socket.on('error', () => socket.terminate());
		socket.on('close', () => {
			this.#open.delete(connection);
			if (this.#current === connection) this.#current = undefined;
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
		if (connection.identified) {
			connection.socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
			return;
		}
		const token = isRecord(data) && typeof data['token'] === 'string' ? data['token'].replace(/^Bot /, '') : undefined;
		if (token !== this.session.token) {
			connection.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
			return;
		}
		connection.identified = true;
		const previous = this.#current;
		if (previous && previous !== connection) previous.socket.terminate();
		const guilds = this.session.guilds();
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
				shard: [0, 1],
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
				this.#current = connection;
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
