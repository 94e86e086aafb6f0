import { StoreError } from '../core/errors.js';
import { withTimeout } from '../core/timeout.js';

/** A store slower than this is as good as down for a bot that must answer within 3 s. */
export const STORE_CHECK_TIMEOUT_MS = 1000;

/** Whether Discord took the bot token when it was last asked (HTTP mode, which has no gateway login to tell). */
export type CredentialState = 'ok' | 'rejected' | 'unchecked';

export interface HealthChecks {
	/** Every shard holds a gateway session; absent in HTTP mode, which has none. */
	gateway?(): boolean;
	/** HTTP mode: whether Discord took the bot token. Rejected is a 503: nothing the bot sends would be taken. */
	discordToken?(): CredentialState;
	/** Whether Discogs lookups go out with the bot's token (60 a minute) or without (25). */
	discogsToken?: boolean;
	/** Resolves when the store takes a write now (Store.check); rejects saying why. */
	store(): Promise<void>;
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

export interface HealthReport {
	healthy: boolean;
	body: {
		status: 'ok' | 'unhealthy';
		gateway: 'connected' | 'disconnected' | 'none';
		store: 'ok' | 'failed';
		storeError?: string;
		discordToken?: CredentialState;
		discogsToken?: 'set' | 'none';
	} & Partial<CatalogHealthBody>;
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

/** Why the store failed its check, for the operator: the driver's words, not the member's. */
function storeFailure(error: unknown): string {
	const cause = error instanceof StoreError ? error.cause : error;
	const reason = cause instanceof Error ? cause.message : String(cause);
	return error instanceof StoreError ? `${error.namespace}: ${reason}` : reason;
}

export async function checkHealth(checks: HealthChecks): Promise<HealthReport> {
	const gateway = checks.gateway ? checks.gateway() : undefined;
	const discordToken = checks.discordToken?.();
	let storeError: string | undefined;
	try {
		await withTimeout(checks.store(), STORE_CHECK_TIMEOUT_MS);
	} catch (error) {
		storeError = storeFailure(error);
	}
	const store = storeError === undefined;
	let catalog: CatalogHealthBody | undefined;
	try {
		catalog = checks.catalog && catalogHealthBody(checks.catalog());
	} catch {
		catalog = { catalog: 'failed' };
	}
	const healthy = gateway !== false && discordToken !== 'rejected' && store;
	return {
		healthy,
		body: {
			status: healthy ? 'ok' : 'unhealthy',
			gateway: gateway === undefined ? 'none' : gateway ? 'connected' : 'disconnected',
			store: store ? 'ok' : 'failed',
			...(storeError !== undefined && { storeError }),
			...(discordToken !== undefined && { discordToken }),
			...(checks.discogsToken !== undefined && { discogsToken: checks.discogsToken ? 'set' : 'none' }),
			...catalog,
		},
	};
}
