import { randomBytes } from 'node:crypto';
import type Keyv from 'keyv';
import type { Context } from '../context.js';
import { matchesSecret, newSecret, secretHash } from '../core/browserSecrets.js';
import type { Leases } from '../core/leases.js';

/** Where the member's link from `/link discogs` leads: binds their browser, then sends it on to Discogs. */
export const DISCOGS_START_PATH = '/oauth/discogs/start';
/** Where Discogs sends the browser back (the request token's oauth_callback). */
export const DISCOGS_CALLBACK_PATH = '/oauth/discogs/callback';

/** The member's current web sign-in: a newer `/link discogs` replaces it, and the older links stop working. */
interface MemberSignIn {
	request: string;
	/** sha256 of the one-time token in the start link, hex. */
	ticket: string;
	expiresAt: number;
}

/** What the start link's token opens. */
interface TicketEntry {
	discordUserId: string;
	request: string;
}

/** Who a request token belongs to, and (once the start link was opened) the hash of the browser's nonce. */
interface RequestEntry {
	discordUserId: string;
	nonce?: string;
}

export type OpenResult = { ok: true; request: string; browserNonce: string; expiresAt: number } | { ok: false; reason: 'expired' | 'used' };
export type ClaimResult = { ok: true; discordUserId: string } | { ok: false; reason: 'expired' | 'used' | 'browser' };

export interface SignInTicketsOptions {
	/** The 'links' namespace, with a TTL on every write. */
	links: Keyv;
	/** The store's leases: spending a ticket or a request is one atomic step, whichever process serves it. */
	leases: Leases;
	now: () => number;
}

const keys = {
	member: (discordUserId: string) => `discogs-signin:${discordUserId}`,
	ticket: (ticketHash: string) => `discogs-signin-ticket:${ticketHash}`,
	request: (request: string) => `discogs-signin-request:${request}`,
	opened: (ticketHash: string) => `discogs-signin-opened:${ticketHash}`,
	finished: (request: string) => `discogs-signin-finished:${request}`,
};

/**
 * The state of Discogs web sign-ins. OAuth 1.0a has no `state`: the request token comes back in the callback's
 * URL, which anyone the member shows it to could replay, and a request token someone else started could be sent
 * to the member. So the start link carries a one-time token that binds a browser (a cookie whose hash only is
 * kept), and the callback counts only from that browser, once. Nothing here is a secret but the ticket and
 * the nonce, and those are kept as hashes.
 */
export class DiscogsSignInTickets {
	readonly #links: Keyv;
	readonly #leases: Leases;
	readonly #now: () => number;

	constructor(options: SignInTicketsOptions) {
		this.#links = options.links;
		this.#leases = options.leases;
		this.#now = options.now;
	}

	/** At `/link discogs`: binds `request` to the member until `expiresAt`; the one-time token for the start link. */
	async issue(discordUserId: string, request: string, expiresAt: number): Promise<string> {
		const ticket = newSecret();
		const ticketHash = secretHash(ticket);
		const ttl = Math.max(1, expiresAt - this.#now());
		await this.#links.set(keys.request(request), { discordUserId } satisfies RequestEntry, ttl);
		await this.#links.set(keys.ticket(ticketHash), { discordUserId, request } satisfies TicketEntry, ttl);
		// Last: until this stands, the member's earlier sign-in is the current one, and this one is not live yet.
		await this.#links.set(keys.member(discordUserId), { request, ticket: ticketHash, expiresAt } satisfies MemberSignIn, ttl);
		return ticket;
	}

	/** The start link: spends the ticket (once) and binds a new browser nonce to its request token. */
	async open(ticket: string | undefined): Promise<OpenResult> {
		if (!ticket) return { ok: false, reason: 'expired' };
		const ticketHash = secretHash(ticket);
		const entry = (await this.#links.get(keys.ticket(ticketHash))) as TicketEntry | undefined;
		const member = entry && (await this.#current(entry.discordUserId, entry.request));
		if (!entry || !member || member.ticket !== ticketHash) return { ok: false, reason: 'expired' };
		if (!(await this.#spend(keys.opened(ticketHash), member.expiresAt))) return { ok: false, reason: 'used' };
		const browserNonce = newSecret();
		const bound: RequestEntry = { discordUserId: entry.discordUserId, nonce: secretHash(browserNonce) };
		await this.#links.set(keys.request(entry.request), bound, Math.max(1, member.expiresAt - this.#now()));
		// The ticket's entry stays until it expires: a second visit hears "already opened", not "unknown".
		return { ok: true, request: entry.request, browserNonce, expiresAt: member.expiresAt };
	}

	/**
	 * The callback: the member `request` is bound to, when it is their current sign-in and `browserNonce` is the one
	 * bound at the start link. Spent only then (once): a callback from another browser changes nothing.
	 */
	async claim(request: string | undefined, browserNonce: string | undefined): Promise<ClaimResult> {
		if (!request) return { ok: false, reason: 'expired' };
		const entry = (await this.#links.get(keys.request(request))) as RequestEntry | undefined;
		const member = entry && (await this.#current(entry.discordUserId, request));
		if (!entry || !member) return { ok: false, reason: 'expired' };
		if (!matchesSecret(browserNonce, entry.nonce)) {
			return { ok: false, reason: 'browser' };
		}
		if (!(await this.#spend(keys.finished(request), member.expiresAt))) return { ok: false, reason: 'used' };
		return { ok: true, discordUserId: entry.discordUserId };
	}

	/** `/unlink all`: the member's sign-in goes, with the entries that name them; its links stop working. */
	async forget(discordUserId: string): Promise<void> {
		const member = (await this.#links.get(keys.member(discordUserId))) as MemberSignIn | undefined;
		if (member) await Promise.all([this.#links.delete(keys.ticket(member.ticket)), this.#links.delete(keys.request(member.request))]);
		await this.#links.delete(keys.member(discordUserId));
	}

	/** The member's sign-in, if it is still `request` and has not expired. */
	async #current(discordUserId: string, request: string): Promise<MemberSignIn | undefined> {
		const member = (await this.#links.get(keys.member(discordUserId))) as MemberSignIn | undefined;
		return member && member.request === request && member.expiresAt > this.#now() ? member : undefined;
	}

	/** One atomic step of the store: of two spends of one name, in any processes, only the first is true. */
	async #spend(name: string, expiresAt: number): Promise<boolean> {
		// A new holder each time, so a second spend in this very process loses too; the lease outlives the sign-in.
		return this.#leases.acquire(name, randomBytes(8).toString('hex'), Math.max(1000, expiresAt - this.#now() + 1000));
	}
}

/** The tickets on the context's store and clock: cheap to make, as the namespace and leases are the store's own. */
export function signInTicketsFor(context: Pick<Context, 'store' | 'now'>): DiscogsSignInTickets {
	return new DiscogsSignInTickets({ links: context.store.namespace('links'), leases: context.store.leases, now: context.now });
}
