import { randomUUID } from 'node:crypto';
import { Status, type Client } from 'discord.js';
import { withTimeout } from '../core/timeout.js';

/** A store slower than this is as good as down for a bot that must answer within 3 s. */
export const STORE_CHECK_TIMEOUT_MS = 1000;
/** Longer than any probe takes: only a probe whose delete failed leaves its key behind, and not for long. */
const PROBE_TTL_MS = 60_000;

export interface HealthChecks {
	gateway(): boolean;
	store(): Promise<boolean>;
	/** The catalog session, when the bot has one: shown, never a reason for 503. */
	catalog?(): CatalogHealth;
}

/** What the catalog session reports (CatalogClient.health()). */
export interface CatalogHealth {
	state: 'ok' | 'expiring' | 'failed' | 'off';
	/** When its newest refresh token expires, ms since the epoch. */
	expiresAt?: number;
}

/** The `catalog` entries of the answer: its state, and how long its credentials have left when that is known. */
export interface CatalogHealthBody {
	catalog: CatalogHealth['state'];
	catalogExpiresAt?: string;
	catalogSecondsLeft?: number;
}

/** What the store probe needs of a keyv namespace. */
export interface ProbeStore {
	set(key: string, value: number, ttl: number): Promise<unknown>;
	get(key: string): Promise<unknown>;
	delete(key: string): Promise<unknown>;
}

export interface HealthReport {
	healthy: boolean;
	body: { status: 'ok' | 'unhealthy'; gateway: 'connected' | 'disconnected'; store: 'ok' | 'failed' } & Partial<CatalogHealthBody>;
}

/**
 * Whether every shard holds a live gateway session. The manager's own status stays Ready after the first
 * login whatever happens later, so the shards are asked; a shard waiting for its guilds already receives
 * interactions, so it counts as connected.
 */
export function gatewayConnected(client: Client): boolean {
	const shards = [...client.ws.shards.values()];
	return shards.length > 0 && shards.every((shard) => shard.status === Status.Ready || shard.status === Status.WaitingForGuilds);
}

/**
 * Writes, reads back and deletes a key of its own, within the bound. A key per probe, so two probes at once
 * (a liveness and a readiness check) never read each other's value.
 */
export async function storeAnswers(keyv: ProbeStore, timeoutMs = STORE_CHECK_TIMEOUT_MS): Promise<boolean> {
	const key = `health:probe:${randomUUID()}`;
	const value = Date.now();
	const roundTrip = async () => {
		await keyv.set(key, value, PROBE_TTL_MS);
		const read: unknown = await keyv.get(key);
		await keyv.delete(key);
		return read === value;
	};
	try {
		return await withTimeout(roundTrip(), timeoutMs);
	} catch {
		return false;
	}
}

/**
 * An expiring or failed catalog session is the operator's to fix and only catalog lookups suffer from it, so it
 * shows in the answer but never makes it a 503: a load balancer must not take the whole bot out over it.
 */
export function catalogHealthBody(health: CatalogHealth, now = Date.now()): CatalogHealthBody {
	if (health.expiresAt === undefined || health.state === 'off') return { catalog: health.state };
	return {
		catalog: health.state,
		catalogExpiresAt: new Date(health.expiresAt).toISOString(),
		catalogSecondsLeft: Math.max(0, Math.floor((health.expiresAt - now) / 1000)),
	};
}

export async function checkHealth(checks: HealthChecks): Promise<HealthReport> {
	const gateway = checks.gateway();
	const store = await checks.store().catch(() => false);
	let catalog: CatalogHealthBody | undefined;
	try {
		catalog = checks.catalog && catalogHealthBody(checks.catalog());
	} catch {
		catalog = { catalog: 'failed' };
	}
	return {
		healthy: gateway && store,
		body: { status: gateway && store ? 'ok' : 'unhealthy', gateway: gateway ? 'connected' : 'disconnected', store: store ? 'ok' : 'failed', ...catalog },
	};
}
