/** Base URLs of the services the bot talks to; every one can be overridden from the environment. */
export const DEFAULT_URLS = {
	discordApi: 'https://discord.com/api',
	discordCdn: 'https://cdn.discordapp.com',
	/** Where members consent to OAuth2 (`/oauth2/authorize`): Discord's website, not its API. */
	discordWeb: 'https://discord.com',
	discogsApi: 'https://api.discogs.com',
	discogsWeb: 'https://www.discogs.com',
	catalogApi: 'https://studio.newm.io',
	/** Where a catalog member's public page is: NEWM's marketplace shows each one at /artist/{user id}. */
	catalogWeb: 'https://marketplace.newm.io',
} as const;

/** Discord's documented message and embed limits. */
export const DISCORD_LIMITS = {
	content: 2000,
	embedTitle: 256,
	embedDescription: 4096,
	embedFields: 25,
	embedFieldName: 256,
	embedFieldValue: 1024,
	embedFooter: 2048,
	embedAuthor: 256,
	embedsTotal: 6000,
	customId: 100,
	/** A button's label (Discord's OpenAPI description: ButtonComponentForMessageRequest.label). */
	buttonLabel: 80,
	autocompleteChoices: 25,
	choiceName: 100,
	/** A modal's title and a text input's label (Discord's OpenAPI description: ModalInteractionCallbackRequestData.title, TextInputComponentForModalRequest.label). */
	modalTitle: 45,
	textInputLabel: 45,
	textInputPlaceholder: 100,
	/** Discord drops an interaction whose first response comes later than 3 s. */
	initialResponseMs: 3000,
} as const;

/** The dispatcher defers a handler that has not answered after this long, leaving a margin before Discord's 3 s. */
export const DEFER_AFTER_MS = 2000;

/**
 * Embed colours, each at least 3:1 against both of Discord's message backgrounds (dark #313338, light #ffffff), so
 * the bar shows in either theme (test/unit/colors.test.ts). Discogs is black and white, and black vanishes on dark:
 * a mid grey keeps its look.
 */
export const COLORS = {
	discord: 0x6d78f5,
	discogs: 0x878787,
	catalog: 0x1a9e6e,
	success: 0x23a55a,
	/** A neutral answer: nothing was wrong, and nothing happened either. */
	info: 0x6d78f5,
	error: 0xed4245,
	warning: 0xc27c0e,
} as const;

/** A stale copy is kept a week after it went stale (CACHE_STALE_KEEP_MS), to answer with while its provider is down. */
export const DEFAULT_STALE_KEEP_MS = 7 * 24 * 3600_000;
/** Expired rows are swept from the store every ten minutes (CACHE_SWEEP_INTERVAL_MS; 0 turns it off). */
export const DEFAULT_SWEEP_INTERVAL_MS = 10 * 60_000;

/** How long fetched data is served from the cache by default (DISCOGS_PROFILE_TTL_MS, DISCOGS_PAGE_TTL_MS). */
export const DEFAULT_TTLS = {
	discogsProfileMs: 10 * 60_000,
	/** Pages of contributions and submissions change slowly. */
	discogsPageMs: 30 * 60_000,
	catalogProfileMs: 10 * 60_000,
	catalogSongsMs: 30 * 60_000,
} as const;
