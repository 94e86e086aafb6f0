/**
 * A local stand-in for Discord's REST API and gateway, for end-to-end tests of the real bot.
 *
 *   const fake = await startFakeDiscord();
 *   // start the bot with DISCORD_API_URL=fake.apiUrl and DISCORD_TOKEN=fake.token
 *   await fake.waitForReady();
 *   const handle = await fake.slash({ name: 'ping' });
 *   expect((await handle.final()).data.content).toBe('pong');
 *   await fake.close();
 *
 * With `await fake.setInteractionsEndpoint(url)` (checked as the developer portal checks it), interactions are signed
 * POSTs to that URL instead, as Discord sends them to an Interactions Endpoint URL; the bot's DISCORD_PUBLIC_KEY is
 * `fake.publicKey`. Handles work the same either way.
 *
 * It is also Discord's OAuth2 side: the consent page at `fake.authorizeUrl` (a plain HTML form, signed in as the user in a
 * `fake_discord_user` cookie, else DEFAULT_USER), the token URL `fake.tokenUrl` (code and refresh grants), and the
 * endpoints a user's access token opens (/users/@me, its connections, its application role connection); see
 * oauth2/types.ts for the levers (`authorize`, `expireAccessTokens`, `revokeGrant`, `addConnection`, ...).
 *
 * It refuses what Discord refuses (late or repeated acknowledgements, empty messages, and every request body that
 * breaks Discord's OpenAPI description or its documented limits, answered with 400 / 50035 naming the field; see
 * validate/ and openapi/) so that those bugs show up in tests rather than in production.
 */
export { startFakeDiscord } from './fake.js';
export { DEFAULT_USER } from './fixtures.js';
export { SIGNED_IN_COOKIE } from './oauth2/front.js';
export type { AuthorizeInput, FakeDiscordOAuth2, OAuth2Options } from './oauth2/types.js';
export { shardForGuild } from './snowflake.js';
export type {
	CallbackRecord,
	ClickInput,
	EndpointDelivery,
	FakeDiscord,
	FakeDiscordOptions,
	FinalAnswer,
	IdentifyRecord,
	InteractionEvent,
	InteractionHandle,
	InteractionNotice,
	ModalSubmitInput,
	RecordedFile,
	RecordedRequest,
	ResponseData,
	ShardPair,
	SlashInput,
	UserCommandInput,
	WaitForReadyOptions,
} from './types.js';
