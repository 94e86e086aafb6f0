import { randomUUID } from 'node:crypto';
import type Keyv from 'keyv';
import { StoreError } from '../storeError.js';
import { FallbackWindow, MemoryWindow, type RateWindow } from '../rateWindow.js';
import { guardNamespace, type StoreFailureListener } from '../storeGuard.js';

/** The namespaces the bot keeps data in; each is its own table (or key prefix), so one never sees another's keys. */
export type Namespace = 'cache' | 'links' | 'settings' | 'recent' | 'secrets';
export const NAMESPACES: readonly Namespace[] = ['cache', 'links', 'settings', 'recent', 'secrets'];

/**
 * Namespaces whose loss is only a miss: a failed read is "not there", a failed write is skipped. In the
 * others every failure throws, so that it is never answered as "not linked" or "saved".
 */
const DISPOSABLE: ReadonlySet<Namespace> = new Set(['cache', 'recent']);

/** A network store answers within this at start-up, or the bot does not start. */
export const CONNECT_TIMEOUT_MS = 5_000;
/** Closing waits this long for the last commands, then drops the connections. */
export const CLOSE_TIMEOUT_MS = 5_000;

export interface BackendOptions {
	/** Told of every failed store call, including those a disposable namespace answers as a miss. */
	onFailure: StoreFailureListener;
}

/**
 * Keyv instances made on first use, one per namespace, closed together. `open` builds a keyv that throws on
 * errors; each is handed out guarded, so a failure is reported and becomes a StoreError or a miss.
 */
export function namespaces(open: (name: Namespace) => Keyv, onFailure: StoreFailureListener): { get(name: Namespace): Keyv; opened(): Keyv[]; forget(): void } {
	const opened = new Map<Namespace, { raw: Keyv; guarded: Keyv }>();
	// A closed store stays closed: opening a namespace again would open new connections that nobody closes.
	let closed = false;
	const entry = (name: Namespace) => {
		if (closed) throw new StoreError({ namespace: name, operation: 'read', cause: new Error('the store is closed') });
		let found = opened.get(name);
		if (!found) {
			const raw = open(name);
			// keyv re-emits its adapter's errors; the guard reports them, so the emitter must not throw them again.
			raw.on('error', () => undefined);
			found = { raw, guarded: guardNamespace(raw, { namespace: name, disposable: DISPOSABLE.has(name), onFailure }) };
			opened.set(name, found);
		}
		return found;
	};
	return {
		get: (name) => entry(name).guarded,
		opened: () => [...opened.values()].map((found) => found.raw),
		forget: () => {
			closed = true;
			opened.clear();
		},
	};
}

/** The settings namespace's adapter, opened if need be: raw SQL (leases) goes through its connection. */
export function settingsAdapter<A>(keyvs: { get(name: Namespace): Keyv }, adapters: ReadonlyMap<Namespace, A>): A {
	keyvs.get('settings');
	const adapter = adapters.get('settings');
	if (adapter === undefined) throw new Error('the store is closed');
	return adapter;
}

/** Longer than any probe takes: only a probe whose delete failed leaves its key behind, and not for long. */
const PROBE_TTL_MS = 60_000;

/**
 * Writes, reads back and deletes a key of its own in every namespace that must not lose writes; throws the
 * StoreError of the first that fails. A key per probe, so two probes at once never read each other's value.
 */
export async function probeWrites(get: (name: Namespace) => Keyv): Promise<void> {
	for (const name of ['links', 'settings', 'secrets'] as const) {
		const keyv = get(name);
		const key = `health:probe:${randomUUID()}`;
		const value = Date.now();
		await keyv.set(key, value, PROBE_TTL_MS);
		const read: unknown = await keyv.get(key);
		await keyv.delete(key);
		if (read !== value) throw new Error(`the ${name} namespace did not keep what was written to it`);
	}
}

/** A shared rate-limit window that counts in this process alone while the store is unreachable (FallbackWindow). */
export function withFallback(shared: RateWindow, windowMs: number, options: BackendOptions): RateWindow {
	return new FallbackWindow({
		shared,
		local: new MemoryWindow({ windowMs }),
		onError: (error) => options.onFailure({ namespace: 'ratelimit', operation: 'write', error }),
	});
}
