import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { APIApplicationCommand, APIUser } from 'discord-api-types/v10';
import { CommandStore } from './commands.js';
import { InteractionDelivery } from './delivery.js';
import type { GuildSetup } from './fixtures.js';
import { botUser, DEFAULT_ACK_DEADLINE_MS, DEFAULT_APPLICATION_ID, DEFAULT_GUILDS, DEFAULT_TOKEN, DEFAULT_USER, guildCreate } from './fixtures.js';
import { FakeGateway } from './gateway.js';
import { HttpDelivery } from './http-delivery.js';
import type { InteractionEnvironment } from './interaction-state.js';
import { InteractionState } from './interaction-state.js';
import { OAuth2Controls } from './oauth2/controls.js';
import type { OAuth2Options } from './oauth2/types.js';
import type { BuiltInteraction, PayloadContext } from './payloads.js';
import { autocompletePayload, clickPayload, modalSubmitPayload, slashPayload, userCommandPayload } from './payloads.js';
import { rawSpec } from './raw.js';
import { RouteRules, restListener } from './server.js';
import { createSnowflakeFactory } from './snowflake.js';
import type {
	ClickInput,
	FakeDiscord,
	FakeDiscordOptions,
	IdentifyRecord,
	InteractionHandle,
	InteractionNotice,
	ModalSubmitInput,
	RecordedRequest,
	SlashInput,
	UserCommandInput,
	WaitForReadyOptions,
} from './types.js';

const CLOSE_GRACE_MS = 2000;

async function listen(server: Server): Promise<number> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('The fake Discord server has no TCP address');
	return address.port;
}

interface FakeParts {
	readonly applicationId: string;
	readonly token: string;
	readonly port: number;
	readonly server: Server;
	readonly gateway: FakeGateway;
	readonly users: Map<string, APIUser>;
	readonly commands: CommandStore;
	readonly guildIds: ReadonlySet<string>;
	readonly recommendedShards: number;
	readonly payloads: PayloadContext;
	readonly environment: InteractionEnvironment;
	readonly listeners: Set<(notice: InteractionNotice) => void>;
	readonly oauth2: OAuth2Options;
}

/** The OAuth2 side (consent page, token URL, user tokens and their levers) is the base class. */
class FakeDiscordServer extends OAuth2Controls implements FakeDiscord {
	readonly apiUrl: string;
	readonly applicationId: string;
	readonly token: string;
	readonly #requests: RecordedRequest[] = [];
	readonly #rules = new RouteRules();
	readonly #closing = new AbortController();
	/** What each interaction was sent as, so it can be delivered again. */
	readonly #payloads = new Map<string, unknown>();
	readonly #http: HttpDelivery;
	readonly #delivery: InteractionDelivery;
	#closed: Promise<void> | undefined;

	constructor(private readonly parts: FakeParts) {
		super({
			options: parts.oauth2,
			applicationId: parts.applicationId,
			appName: parts.environment.botUser.username,
			users: parts.users,
			defaultUserId: DEFAULT_USER.id,
			origin: `http://127.0.0.1:${parts.port}`,
		});
		this.applicationId = parts.applicationId;
		this.token = parts.token;
		this.apiUrl = `http://127.0.0.1:${parts.port}/api`;
		const gatewayUrl = `ws://127.0.0.1:${parts.port}`;
		const { applicationId, nextId, ackDeadlineMs } = parts.environment;
		this.#http = new HttpDelivery({ applicationId, nextId, deadlineMs: ackDeadlineMs, closing: this.#closing.signal });
		this.#delivery = new InteractionDelivery(parts.gateway, this.#http);
		parts.server.on(
			'request',
			restListener({
				world: {
					applicationId: parts.applicationId,
					botUser: parts.environment.botUser,
					users: parts.users,
					commands: parts.commands,
					guildIds: parts.guildIds,
					interactionsById: this.#delivery.byId,
					interactionsByToken: this.#delivery.byToken,
					verifyKey: this.#http.publicKey,
					gatewayUrl: () => gatewayUrl,
					recommendedShards: parts.recommendedShards,
					grants: this.grants,
					connections: this.connections,
					roleConnections: this.roleConnections,
				},
				token: parts.token,
				rules: this.#rules,
				requests: this.#requests,
				closing: this.#closing.signal,
				forms: (method, path) => this.formRoute(method, path),
			}),
		);
		parts.server.on('upgrade', (request, socket, head: Buffer) => parts.gateway.handleUpgrade(request, socket, head));
	}

	get requests(): readonly RecordedRequest[] {
		return this.#requests;
	}

	get publicKey(): string {
		return this.#http.publicKey;
	}

	get interactionsEndpoint(): string | undefined {
		return this.#http.endpoint;
	}

	setInteractionsEndpoint(url: string | undefined): Promise<void> {
		return this.#http.setEndpoint(url);
	}

	sendBadSignature(): Promise<number> {
		return this.#http.sendBadSignature();
	}

	get identifies(): readonly IdentifyRecord[] {
		return this.parts.gateway.identifies;
	}

	addUser(user: APIUser): void {
		this.parts.users.set(user.id, user);
	}

	delayRoute(method: string, pathPattern: RegExp, ms: number): () => void {
		return this.#rules.delay(method, pathPattern, ms);
	}

	failRoute(method: string, pathPattern: RegExp, status: number, body: string, headers?: Record<string, string>): () => void {
		return this.#rules.fail(method, pathPattern, status, body, headers);
	}

	onInteractionEvent(listener: (notice: InteractionNotice) => void): () => void {
		// A wrapper per subscription, so the same function subscribed twice is two subscriptions with their own undo.
		const subscription = (notice: InteractionNotice): void => listener(notice);
		this.parts.listeners.add(subscription);
		return () => this.parts.listeners.delete(subscription);
	}

	globalCommands(): APIApplicationCommand[] {
		return this.parts.commands.list(null);
	}

	guildCommands(guildId: string): APIApplicationCommand[] {
		return this.parts.commands.list(guildId);
	}

	waitForReady(options: number | WaitForReadyOptions = {}): Promise<void> {
		const { shards, timeoutMs } = typeof options === 'number' ? { shards: undefined, timeoutMs: options } : options;
		return this.parts.gateway.waitForReady(shards, timeoutMs);
	}

	waitForDisconnect(timeoutMs?: number): Promise<void> {
		return this.parts.gateway.waitForDisconnect(timeoutMs);
	}

	slash(input: SlashInput): Promise<InteractionHandle> {
		return this.#deliver(() => slashPayload(this.parts.payloads, input));
	}

	autocomplete(input: SlashInput): Promise<InteractionHandle> {
		return this.#deliver(() => autocompletePayload(this.parts.payloads, input));
	}

	userCommand(input: UserCommandInput): Promise<InteractionHandle> {
		return this.#deliver(() => userCommandPayload(this.parts.payloads, input));
	}

	click(input: ClickInput): Promise<InteractionHandle> {
		return this.#deliver(() => clickPayload(this.parts.payloads, input));
	}

	submitModal(input: ModalSubmitInput): Promise<InteractionHandle> {
		return this.#deliver(() => modalSubmitPayload(this.parts.payloads, input));
	}

	async dispatchRaw(payload: unknown): Promise<void> {
		const spec = rawSpec(payload);
		if (!spec) {
			await this.#delivery.sendUntracked(payload);
			return;
		}
		await this.#delivery.send(new InteractionState(spec, this.parts.environment), payload);
	}

	close(): Promise<void> {
		this.#closed ??= this.#shutdown();
		return this.#closed;
	}

	async #shutdown(): Promise<void> {
		const closed = new Promise<void>((resolve) => this.parts.server.close(() => resolve()));
		this.parts.server.closeAllConnections();
		await this.parts.gateway.close();
		// Only now wake delayed requests: their sockets are gone, so they end unanswered, as if Discord went away.
		this.#closing.abort();
		this.#http.close();
		let timer: NodeJS.Timeout | undefined;
		const grace = new Promise<void>((resolve) => {
			timer = setTimeout(resolve, CLOSE_GRACE_MS);
		});
		await Promise.race([closed, grace]);
		clearTimeout(timer);
	}

	async #deliver(build: () => BuiltInteraction): Promise<InteractionHandle> {
		const { payload, spec } = build();
		const state = new InteractionState(spec, this.parts.environment);
		await this.#delivery.send(state, payload);
		this.#payloads.set(state.id, payload);
		return state;
	}

	async redeliver(handle: InteractionHandle): Promise<void> {
		const payload = this.#payloads.get(handle.id);
		const state = this.#delivery.byId.get(handle.id);
		if (payload === undefined || state === undefined) throw new Error(`redeliver: interaction ${handle.id} was not delivered by this fake`);
		// The same interaction again, as around a gateway resume.
		await this.#delivery.again(state, payload);
	}
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
	const applicationId = options.applicationId ?? DEFAULT_APPLICATION_ID;
	const token = options.token ?? DEFAULT_TOKEN;
	const bot = botUser(options.botUserId ?? applicationId);
	const nextId = createSnowflakeFactory();
	const joinedAt = new Date().toISOString();
	const guilds: GuildSetup[] = (options.guilds ?? DEFAULT_GUILDS).map((guild) => ({ id: guild.id, name: guild.name, channelId: nextId(), ...('locale' in guild && { locale: guild.locale }) }));
	const users = new Map<string, APIUser>([
		[bot.id, bot],
		[DEFAULT_USER.id, DEFAULT_USER],
	]);
	const commands = new CommandStore(applicationId, nextId);
	const dmChannels = new Map<string, string>();
	const dmChannelId = (userId: string): string => {
		const channelId = dmChannels.get(userId) ?? nextId();
		dmChannels.set(userId, channelId);
		return channelId;
	};

	const listeners = new Set<(notice: InteractionNotice) => void>();
	const notify = (notice: InteractionNotice): void => {
		for (const listener of [...listeners]) {
			try {
				listener(notice);
			} catch {
				// A listener's bug must not turn into a refused request: the bot would see an error Discord never sends.
			}
		}
	};

	const server = createServer();
	const port = await listen(server);
	const gateway = new FakeGateway({
		token,
		botUser: bot,
		applicationId,
		url: () => `ws://127.0.0.1:${port}`,
		guilds: () => guilds.map((guild) => guildCreate(guild, bot, joinedAt)),
	});
	return new FakeDiscordServer({
		applicationId,
		token,
		port,
		server,
		gateway,
		users,
		commands,
		guildIds: new Set(guilds.map((guild) => guild.id)),
		recommendedShards: options.recommendedShards ?? 1,
		payloads: { applicationId, nextId, commands, users, guilds, joinedAt, dmChannelId },
		environment: { botUser: bot, applicationId, ackDeadlineMs: options.ackDeadlineMs ?? DEFAULT_ACK_DEADLINE_MS, nextId, notify },
		listeners,
		oauth2: options,
	});
}
