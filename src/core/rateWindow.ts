import { randomUUID } from 'node:crypto';

/** Names one held slot of a window. */
export type SlotId = string;

/**
 * A window as seen at one moment, in durations rather than instants, so that a window kept on another
 * machine (with another clock) reads the same as one kept here.
 */
export interface WindowView {
	/** For each held slot, in how many ms it leaves the window; soonest first. */
	frees: readonly number[];
	/** In how many ms a server's Retry-After pause ends; 0 when there is none. */
	pausedMs: number;
}

/**
 * Where a rate limiter counts its requests: a moving window in which a slot is held for `windowMs` after
 * its request was answered. Every change is atomic, so several limiters (in several processes) can share one.
 */
export interface RateWindow {
	/** Drops slots that left the window; then, unless paused or `capacity` slots are held, takes one. */
	take(capacity: number): Promise<{ slot: SlotId | undefined; view: WindowView }>;
	/** Starts a slot's window again now: the server counted its request somewhere before the answer. */
	settle(slot: SlotId): Promise<void>;
	/** Gives back a slot that no request was sent with. */
	release(slot: SlotId): Promise<void>;
	/** Holds at least `count` slots, each for a full window from now: requests the server counted that we did not make. */
	fill(count: number): Promise<void>;
	/** Takes no slot for `ms`, unless a longer pause is already on. */
	pause(ms: number): Promise<void>;
	/** The window as this process last saw it, aged since: exact for the in-process window. */
	peek(): WindowView;
}

function view(slotStarts: Iterable<number>, pausedUntil: number, windowMs: number, now: number): WindowView {
	const frees = [...slotStarts].map((at) => at + windowMs - now).sort((a, b) => a - b);
	return { frees, pausedMs: Math.max(0, pausedUntil - now) };
}

/** The window of one process: the default, and all a single process needs. */
export class MemoryWindow implements RateWindow {
	readonly #windowMs: number;
	readonly #now: () => number;
	/** When each held slot's window started. */
	readonly #slots = new Map<SlotId, number>();
	#lastId = 0;
	#pausedUntil = 0;

	constructor(options: { windowMs: number; now?: () => number }) {
		this.#windowMs = options.windowMs;
		this.#now = options.now ?? Date.now;
	}

	take(capacity: number): Promise<{ slot: SlotId | undefined; view: WindowView }> {
		const now = this.#prune();
		let slot: SlotId | undefined;
		if (now >= this.#pausedUntil && this.#slots.size < capacity) {
			slot = String(++this.#lastId);
			this.#slots.set(slot, now);
		}
		return Promise.resolve({ slot, view: view(this.#slots.values(), this.#pausedUntil, this.#windowMs, now) });
	}

	settle(slot: SlotId): Promise<void> {
		// Held again even if it left the window meanwhile: the answer took longer than a window, the count did not end.
		this.#slots.set(slot, this.#now());
		return Promise.resolve();
	}

	release(slot: SlotId): Promise<void> {
		this.#slots.delete(slot);
		return Promise.resolve();
	}

	fill(count: number): Promise<void> {
		const now = this.#prune();
		while (this.#slots.size < count) this.#slots.set(`fill-${++this.#lastId}`, now);
		return Promise.resolve();
	}

	pause(ms: number): Promise<void> {
		this.#pausedUntil = Math.max(this.#pausedUntil, this.#now() + ms);
		return Promise.resolve();
	}

	peek(): WindowView {
		const now = this.#prune();
		return view(this.#slots.values(), this.#pausedUntil, this.#windowMs, now);
	}

	#prune(): number {
		const now = this.#now();
		for (const [slot, at] of this.#slots) if (at <= now - this.#windowMs) this.#slots.delete(slot);
		return now;
	}
}

/** One atomic change of a shared window: [granted (0/1), paused ms, ms until each held slot leaves...]. */
export type WindowExecutor = (op: 'take' | 'settle' | 'release' | 'fill' | 'pause', windowMs: number, args: string[]) => Promise<unknown>;

function readReply(reply: unknown): { granted: boolean; view: WindowView } {
	// PostgreSQL returns bigints as strings; Redis returns numbers.
	const numbers = Array.isArray(reply) ? reply.map((item: unknown) => (typeof item === 'string' && /^-?\d+$/.test(item) ? Number(item) : item)) : undefined;
	if (!numbers || numbers.length < 2 || !numbers.every((item) => typeof item === 'number')) {
		throw new Error(`unexpected reply from the rate-limit window: ${JSON.stringify(reply)}`);
	}
	const [granted, pausedMs, ...frees] = numbers as number[];
	return { granted: granted === 1, view: { frees, pausedMs: pausedMs ?? 0 } };
}

/**
 * A window kept in a store every process shares (Redis or PostgreSQL), changed only through `execute`, which
 * prunes, counts and changes in one atomic step by the store's own clock, so processes with skewed clocks agree.
 */
export class SharedWindow implements RateWindow {
	readonly #execute: WindowExecutor;
	readonly #windowMs: number;
	/** Makes slot names unique across processes. */
	readonly #owner = randomUUID();
	#lastId = 0;
	#last: { view: WindowView; at: number } = { view: { frees: [], pausedMs: 0 }, at: 0 };

	constructor(options: { execute: WindowExecutor; windowMs: number }) {
		this.#execute = options.execute;
		this.#windowMs = options.windowMs;
	}

	async take(capacity: number): Promise<{ slot: SlotId | undefined; view: WindowView }> {
		const slot = this.#newId();
		const { granted, view } = await this.#run('take', String(capacity), slot);
		return { slot: granted ? slot : undefined, view };
	}

	async settle(slot: SlotId): Promise<void> {
		await this.#run('settle', slot);
	}

	async release(slot: SlotId): Promise<void> {
		await this.#run('release', slot);
	}

	async fill(count: number): Promise<void> {
		await this.#run('fill', String(count), this.#newId());
	}

	async pause(ms: number): Promise<void> {
		await this.#run('pause', String(Math.ceil(ms)));
	}

	peek(): WindowView {
		const elapsed = performance.now() - this.#last.at;
		const { frees, pausedMs } = this.#last.view;
		return { frees: frees.map((ms) => ms - elapsed).filter((ms) => ms > 0), pausedMs: Math.max(0, pausedMs - elapsed) };
	}

	#newId(): SlotId {
		return `${this.#owner}:${++this.#lastId}`;
	}

	async #run(op: Parameters<WindowExecutor>[0], ...args: string[]): Promise<{ granted: boolean; view: WindowView }> {
		const reply = readReply(await this.#execute(op, this.#windowMs, args));
		this.#last = { view: reply.view, at: performance.now() };
		return reply;
	}
}

/**
 * One script for every change, so that pruning, counting and taking happen as one step for all processes.
 * Time is Redis's own (TIME), so processes with skewed clocks still agree; the view goes back as durations.
 * Replies: [granted (0/1), paused ms, ms until each held slot leaves...].
 */
const WINDOW_SCRIPT = `
local slots, pause = KEYS[1], KEYS[2]
local op, window = ARGV[1], tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', slots, '-inf', now - window)
local paused = math.max(0, redis.call('PTTL', pause))
local granted = 0
if op == 'take' then
	if paused == 0 and redis.call('ZCARD', slots) < tonumber(ARGV[3]) then
		redis.call('ZADD', slots, now, ARGV[4])
		granted = 1
	end
elseif op == 'settle' then
	redis.call('ZADD', slots, now, ARGV[3])
elseif op == 'release' then
	redis.call('ZREM', slots, ARGV[3])
elseif op == 'fill' then
	for i = redis.call('ZCARD', slots) + 1, tonumber(ARGV[3]) do
		redis.call('ZADD', slots, now, ARGV[4] .. ':' .. i)
	end
elseif op == 'pause' then
	local ms = tonumber(ARGV[3])
	if ms > paused then
		redis.call('SET', pause, '1', 'PX', ms)
		paused = ms
	end
end
-- Every score is at most now: the whole set is stale a window from now.
redis.call('PEXPIRE', slots, window)
local reply = { granted, paused }
local held = redis.call('ZRANGE', slots, 0, -1, 'WITHSCORES')
for i = 2, #held, 2 do reply[#reply + 1] = tonumber(held[i]) + window - now end
return reply
`;

/** What the shared window needs of a Redis client: node-redis's `eval`. */
export interface RedisScripting {
	eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/**
 * The window in Redis, shared by every process that names the same budget: a sorted set of slot start times and a
 * pause key that expires with the pause, both changed by one Lua script. Keys share a hash tag, so a cluster keeps
 * them together.
 */
export function redisWindow(options: { redis: RedisScripting; budget: string; windowMs: number }): SharedWindow {
	const keys = [`{ratelimit:${options.budget}}:slots`, `{ratelimit:${options.budget}}:pause`];
	return new SharedWindow({
		windowMs: options.windowMs,
		execute: (op, windowMs, args) => options.redis.eval(WINDOW_SCRIPT, { keys, arguments: [op, String(windowMs), ...args] }),
	});
}

/** While the shared window is unreachable, this process counts alone, and asks the shared one again after this. */
export const FALLBACK_RETRY_MS = 5_000;

/**
 * A shared window that falls back to this process's own while the store is down: lookups go on within this
 * process's share of the budget (a 429 from an over-eager neighbour is handled as any 429 is) instead of
 * every Discogs lookup failing with the store. Each slot is settled or released where it was taken.
 */
export class FallbackWindow implements RateWindow {
	readonly #shared: RateWindow;
	readonly #local: RateWindow;
	readonly #onError: (error: unknown) => void;
	readonly #now: () => number;
	readonly #localSlots = new Set<SlotId>();
	#downUntil = 0;

	constructor(options: { shared: RateWindow; local: RateWindow; onError?: (error: unknown) => void; now?: () => number }) {
		this.#shared = options.shared;
		this.#local = options.local;
		this.#onError = options.onError ?? (() => undefined);
		this.#now = options.now ?? Date.now;
	}

	async take(capacity: number): Promise<{ slot: SlotId | undefined; view: WindowView }> {
		if (this.#now() >= this.#downUntil) {
			try {
				return await this.#shared.take(capacity);
			} catch (error) {
				this.#down(error);
			}
		}
		const taken = await this.#local.take(capacity);
		if (taken.slot !== undefined) this.#localSlots.add(taken.slot);
		return taken;
	}

	settle(slot: SlotId): Promise<void> {
		return this.#localSlots.has(slot) ? this.#local.settle(slot) : this.#shared.settle(slot).catch((error: unknown) => this.#down(error));
	}

	release(slot: SlotId): Promise<void> {
		if (this.#localSlots.delete(slot)) return this.#local.release(slot);
		return this.#shared.release(slot).catch((error: unknown) => this.#down(error));
	}

	async fill(count: number): Promise<void> {
		await Promise.all([this.#local.fill(count), this.#shared.fill(count).catch((error: unknown) => this.#down(error))]);
	}

	async pause(ms: number): Promise<void> {
		await Promise.all([this.#local.pause(ms), this.#shared.pause(ms).catch((error: unknown) => this.#down(error))]);
	}

	peek(): WindowView {
		return this.#now() < this.#downUntil ? this.#local.peek() : this.#shared.peek();
	}

	#down(error: unknown): void {
		if (this.#now() >= this.#downUntil) this.#onError(error);
		this.#downUntil = this.#now() + FALLBACK_RETRY_MS;
	}
}
