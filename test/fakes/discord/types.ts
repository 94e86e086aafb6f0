import type {
	APIApplicationCommand,
	APIApplicationCommandInteractionDataOption,
	APIApplicationCommandOptionChoice,
	APIEmbed,
	APIMessage,
	APIMessageTopLevelComponent,
	APIModalInteractionResponseCallbackComponent,
	APIUser,
	ComponentType,
	InteractionResponseType,
	Locale,
} from 'discord-api-types/v10';
import type { FakeDiscordOAuth2, OAuth2Options } from './oauth2/types.js';

export interface FakeDiscordOptions extends OAuth2Options {
	/** Default '1100000000000000001'. */
	applicationId?: string | undefined;
	/** Default: the application id. */
	botUserId?: string | undefined;
	/** Default 'fake-bot-token'. Bot routes with another `Authorization: Bot <token>` get 401. */
	token?: string | undefined;
	/** Default 3000. An initial interaction response later than this is refused with 404 / 10062. */
	ackDeadlineMs?: number | undefined;
	/**
	 * Default one guild {id:'1200000000000000001', name:'Test Guild'}. Each is sent as GUILD_CREATE after READY to the
	 * shard that owns it (`shardForGuild`), and its interactions go to that shard; DMs go to shard 0.
	 */
	guilds?: ReadonlyArray<{ id: string; name: string; locale?: Locale | undefined }> | undefined;
	/** The shard count GET /gateway/bot recommends; default 1. */
	recommendedShards?: number | undefined;
}

/** `[shard_id, num_shards]` as IDENTIFY names it; a bot that names none is [0, 1]. */
export type ShardPair = readonly [id: number, count: number];

export interface IdentifyRecord {
	readonly shard: ShardPair;
	readonly at: number;
}

export interface WaitForReadyOptions {
	/** How many shards must have a ready session; default 1 (any bot). */
	shards?: number | undefined;
	/** Default 10000. */
	timeoutMs?: number | undefined;
}

export interface RecordedFile {
	readonly field: string;
	readonly filename: string;
	readonly contentType: string;
	readonly size: number;
}

export interface RecordedRequest {
	readonly method: string;
	/** Decoded, without the /api/v10 (or /api) prefix and without the query string. */
	readonly path: string;
	readonly query: Readonly<Record<string, string>>;
	readonly authorization: string | undefined;
	/** Parsed JSON (for multipart: the parsed payload_json; for the OAuth2 form routes: the form's fields), or undefined. */
	readonly body: unknown;
	/** Files of a multipart body. */
	readonly files: readonly RecordedFile[];
	readonly at: number;
}

/**
 * The `data` of an interaction response or the body of a webhook edit, checked for the types of the
 * fields tests read. Which fields are present depends on the response type: message fields for
 * 4/5/7 and edits, `choices` for 8, `custom_id`/`title`/`components` for 9.
 */
export interface ResponseData {
	content?: string | null;
	embeds?: APIEmbed[] | null;
	components?: Array<APIMessageTopLevelComponent | APIModalInteractionResponseCallbackComponent> | null;
	flags?: number | null;
	choices?: APIApplicationCommandOptionChoice[];
	custom_id?: string;
	title?: string;
	[field: string]: unknown;
}

export interface CallbackRecord {
	readonly type: InteractionResponseType;
	readonly data: ResponseData | undefined;
	readonly at: number;
}

export interface FinalAnswer {
	/** The callback type that made or started the answer (5 or 6 when it was deferred). */
	readonly type: InteractionResponseType;
	/** The callback data for 4/7/8/9; for a deferred answer the body of the edit (or follow-up) that completed it. */
	readonly data: ResponseData;
	/** Whether the answer is only visible to the invoker (message flag 64). */
	readonly ephemeral: boolean;
	readonly deferred: boolean;
	readonly at: number;
}

export type InteractionEventKind = 'callback' | 'edit' | 'followup' | 'delete';

export interface InteractionEvent {
	readonly kind: InteractionEventKind;
	readonly body: unknown;
	readonly at: number;
	/** The Discord error code when the fake refused the request. */
	readonly rejected?: number;
	/** The refusal's body (`errors` names the field), as the bot got it; an inline answer's refusal reaches no one else. */
	readonly error?: { readonly code: number; readonly message: string; readonly errors?: unknown };
}

/** How an interactions endpoint answered the POST that delivered an interaction (HTTP delivery only). */
export interface EndpointDelivery {
	/** The HTTP status; undefined when there was no answer (the 3 s deadline passed, or the connection failed). */
	readonly status: number | undefined;
	/**
	 * Why Discord shows "This interaction failed" because of this answer: no answer in time, a status other than 200
	 * or 202, an inline response it refused. Undefined when the answer was fine.
	 */
	readonly failure: string | undefined;
	readonly at: number;
}

/**
 * What `onInteractionEvent` listeners get, as each callback, edit, follow-up or delete happens (refused ones too):
 * enough to mirror a channel the way a Discord client would.
 */
export interface InteractionNotice {
	readonly interaction: InteractionHandle;
	readonly event: InteractionEvent;
	/** For an accepted callback: its type and parsed data (the choices of an 8, the modal of a 9). */
	readonly callback: CallbackRecord | undefined;
	/**
	 * The message the event created or changed, as Discord now stores it; for a delete, the message that was
	 * deleted. Undefined when the event was refused or involves no message (callbacks 8 and 9).
	 */
	readonly message: APIMessage | undefined;
}

export interface InteractionHandle {
	readonly id: string;
	readonly token: string;
	/** Date.now() when the INTERACTION_CREATE was sent. */
	readonly dispatchedAt: number;
	/**
	 * The shard whose gateway session got the INTERACTION_CREATE: the guild's owner, 0 for DMs; undefined if unsent
	 * or delivered by HTTP.
	 */
	readonly shard: number | undefined;
	/** With an interactions endpoint set: how it answered the POST, once it has; undefined for the gateway. */
	readonly delivery: EndpointDelivery | undefined;
	/** The first accepted callback. Rejects after timeoutMs (default 5000). */
	firstResponse(timeoutMs?: number): Promise<CallbackRecord>;
	/**
	 * The answer the user ends up seeing: callback 4, 7, 8 or 9; or, after 5 or 6, the first edit of
	 * @original (or the first follow-up, which Discord turns into the reply). Rejects after timeoutMs (default 10000).
	 */
	final(timeoutMs?: number): Promise<FinalAnswer>;
	/** Every callback, edit, follow-up and delete for this interaction, including refused ones, in order. */
	readonly events: readonly InteractionEvent[];
	/** The @original message as Discord would store it, or undefined. */
	original(): APIMessage | undefined;
}

export type InteractionContext = 0 | 1 | 2;

export interface SlashInput {
	name: string;
	options?: APIApplicationCommandInteractionDataOption[] | undefined;
	/** Default DEFAULT_USER. */
	user?: APIUser | undefined;
	/** Default the first guild; null = DM. */
	guildId?: string | null | undefined;
	/** Default 0 in a guild, 1 in a DM. */
	context?: InteractionContext | undefined;
	/** Added to data.resolved.users (USER options naming a known user are resolved anyway). */
	resolvedUsers?: APIUser[] | undefined;
	/** The member's client language (`locale`); default en-US. */
	locale?: Locale | undefined;
}

export interface UserCommandInput {
	name: string;
	target: APIUser;
	user?: APIUser | undefined;
	guildId?: string | null | undefined;
	context?: InteractionContext | undefined;
	/** The member's client language (`locale`); default en-US. */
	locale?: Locale | undefined;
}

export interface ClickInput {
	customId: string;
	message: APIMessage;
	user?: APIUser | undefined;
	/** Default 2 (button). */
	componentType?: ComponentType | undefined;
	values?: string[] | undefined;
	guildId?: string | null | undefined;
	/** The member's client language (`locale`); default en-US. */
	locale?: Locale | undefined;
}

export interface ModalSubmitInput {
	customId: string;
	fields: Record<string, string>;
	user?: APIUser | undefined;
	guildId?: string | null | undefined;
	/** The message whose component opened the modal, if any. */
	message?: APIMessage | undefined;
	/** The member's client language (`locale`); default en-US. */
	locale?: Locale | undefined;
}

export interface FakeDiscord extends FakeDiscordOAuth2 {
	/** 'http://127.0.0.1:PORT/api', for `rest: { api }`. */
	readonly apiUrl: string;
	readonly applicationId: string;
	readonly token: string;
	/** Users served by GET /users/:id (and, to their own access tokens, GET /users/@me). Pre-seeded with the bot user and DEFAULT_USER. */
	addUser(user: APIUser): void;
	/** Matching REST requests wait `ms` before being answered. Returns an undo function. */
	delayRoute(method: string, pathPattern: RegExp, ms: number): () => void;
	/** Matching REST requests are answered with this status and raw body. Returns an undo function. */
	failRoute(method: string, pathPattern: RegExp, status: number, body: string, headers?: Record<string, string>): () => void;
	readonly requests: readonly RecordedRequest[];
	globalCommands(): APIApplicationCommand[];
	guildCommands(guildId: string): APIApplicationCommand[];
	/**
	 * Resolves once a bot has identified and got READY and its GUILD_CREATEs (at once if one has); with
	 * `{ shards: n }`, once n shards have. A number is the timeout, as before.
	 */
	waitForReady(options?: number | WaitForReadyOptions): Promise<void>;
	/** Every accepted IDENTIFY, in order, with the shard it named ([0, 1] when it named none). */
	readonly identifies: readonly IdentifyRecord[];
	/** Resolves once no gateway connection is open (at once if none is). */
	waitForDisconnect(timeoutMs?: number): Promise<void>;
	slash(input: SlashInput): Promise<InteractionHandle>;
	autocomplete(input: SlashInput): Promise<InteractionHandle>;
	userCommand(input: UserCommandInput): Promise<InteractionHandle>;
	click(input: ClickInput): Promise<InteractionHandle>;
	submitModal(input: ModalSubmitInput): Promise<InteractionHandle>;
	/** Calls `listener` for every interaction event from now on, in order; a listener that throws is ignored. Returns an undo function. */
	onInteractionEvent(listener: (notice: InteractionNotice) => void): () => void;
	/**
	 * Delivers an interaction again, unchanged, as Discord may around a gateway resume: a bot that acts on it
	 * twice is seen in its events (a second acknowledgement is refused with 40060, as Discord refuses it).
	 */
	redeliver(handle: InteractionHandle): Promise<void>;
	/**
	 * Sends a raw INTERACTION_CREATE (or POSTs it, with an endpoint set); if it carries a string id and token,
	 * callbacks for it are accepted.
	 */
	dispatchRaw(payload: unknown): Promise<void>;
	/** The hex Ed25519 key the fake signs HTTP interactions with, made for this fake: the bot's DISCORD_PUBLIC_KEY. */
	readonly publicKey: string;
	/** The Interactions Endpoint URL that is set, or undefined: interactions go to the gateway. */
	readonly interactionsEndpoint: string | undefined;
	/**
	 * Sets the Interactions Endpoint URL as the developer portal does: it must answer a signed PING with 200 and
	 * {"type":1}, and a bad signature with 401, or this rejects with the portal's message and the reason, and the
	 * previous setting stays. Once set, every interaction is a signed POST there instead of a gateway dispatch (the two
	 * are exclusive); its answer is the inline response (200) or a 202 after a REST callback, within the
	 * ackDeadlineMs. `undefined` goes back to the gateway.
	 */
	setInteractionsEndpoint(url: string | undefined): Promise<void>;
	/**
	 * Sends a PING with a bad signature, as Discord's routine security checks do; resolves with 401. Any other answer
	 * rejects, and the endpoint is removed, as Discord removes it.
	 */
	sendBadSignature(): Promise<number>;
	close(): Promise<void>;
}
