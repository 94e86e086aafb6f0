import { isOutage, ProviderError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { CatalogSession, CredentialsInfo } from './session.js';

/** How often the background check looks at the refresh token's expiry. */
export const RENEW_CHECK_MS = 3_600_000;

const UNITS: Array<[number, string]> = [
	[24 * 3_600_000, 'day'],
	[3_600_000, 'hour'],
	[60_000, 'minute'],
];

/** "6 days 23 hours", "5 minutes": the largest unit and the next when it is not zero, for the operator's log. */
export function humanDuration(ms: number): string {
	const parts: string[] = [];
	let rest = Math.max(0, ms);
	for (const [size, unit] of UNITS) {
		const count = Math.floor(rest / size);
		rest -= count * size;
		if (count > 0) parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`);
		if (parts.length === 2 || (count === 0 && parts.length > 0)) break;
	}
	return parts.length > 0 ? parts.join(' ') : 'less than a minute';
}

const SOURCE_LABELS: Record<CredentialsInfo['source'], string> = {
	stored: 'the stored refresh token',
	CATALOG_REFRESH_TOKEN: 'CATALOG_REFRESH_TOKEN',
	CATALOG_EMAIL: 'CATALOG_EMAIL and CATALOG_PASSWORD',
};

export interface CatalogRenewalOptions {
	session: CatalogSession;
	logger: Logger;
	now: () => number;
	intervalMs?: number;
}

/**
 * Keeps the bot's catalog session alive while the bot runs, used or not: a check at start-up and then every
 * RENEW_CHECK_MS renews the refresh token once it has less than two days left, and tells the operator in the log
 * (and through the session's status, on /healthz) when it cannot, while there is still time to act.
 */
export class CatalogRenewal {
	readonly #options: CatalogRenewalOptions;
	readonly #intervalMs: number;
	#timer: NodeJS.Timeout | undefined;
	#running: Promise<void> | undefined;
	#stopped = false;

	constructor(options: CatalogRenewalOptions) {
		this.#options = options;
		this.#intervalMs = options.intervalMs ?? RENEW_CHECK_MS;
	}

	/** Logs how long the credentials have left, runs the first check, then checks on a timer that never keeps the process up. */
	async start(): Promise<void> {
		if (this.#stopped || this.#timer) return;
		this.#timer = setInterval(() => void this.check(), this.#intervalMs);
		this.#timer.unref();
		await this.#logCredentials();
		await this.check();
	}

	/** One check; a check already under way is joined, not doubled. Never rejects. */
	check(): Promise<void> {
		if (this.#stopped) return Promise.resolve();
		this.#running ??= this.#check().finally(() => {
			this.#running = undefined;
		});
		return this.#running;
	}

	/** Stops the timer and lets a check under way finish (its requests are bounded by the catalog timeout). */
	async stop(): Promise<void> {
		this.#stopped = true;
		clearInterval(this.#timer);
		this.#options.session.close();
		await this.#running;
	}

	async #check(): Promise<void> {
		const { session, logger, now } = this.#options;
		try {
			if ((await session.renewIfExpiring()) === 'renewed') {
				const { expiresAt } = session.status();
				const left = expiresAt === undefined ? 'an unknown time' : humanDuration(expiresAt - now());
				logger.info({ provider: 'catalog', expiresAt: iso(expiresAt) }, `catalog session renewed in the background; the credentials are good for ${left}`);
			}
		} catch (error) {
			// Cut short by the shutdown: nothing went wrong with the credentials.
			if (this.#stopped) return;
			session.markFailed();
			const { expiresAt } = session.status();
			const lapse =
				expiresAt === undefined ? ''
				: expiresAt <= now() ? ' The credentials have expired: catalog lookups fail until a new one is set.'
				: ` The credentials lapse in ${humanDuration(expiresAt - now())}.`;
			const detail = error instanceof ProviderError ? error.detail : error instanceof Error ? error.message : String(error);
			const message = isOutage(error)
				? `could not renew the catalog session: the catalog did not answer; trying again in ${humanDuration(this.#intervalMs)}.${lapse} If it keeps failing, ${session.advice()}.`
				: `could not renew the catalog session.${lapse} To keep catalog lookups working, ${session.advice()}.`;
			logger.warn({ provider: 'catalog', detail, expiresAt: iso(expiresAt) }, message);
		}
	}

	async #logCredentials(): Promise<void> {
		const { session, logger, now } = this.#options;
		const info = await session.credentials();
		if (!info) return;
		const fields = { provider: 'catalog', source: info.source, expiresAt: iso(info.expiresAt) };
		const label = SOURCE_LABELS[info.source];
		if (info.source === 'CATALOG_EMAIL') {
			logger.info(fields, 'catalog credentials: no refresh token yet, logging in with CATALOG_EMAIL (the catalog refuses that without reCAPTCHA unless it whitelists this IP; README: "Catalog credentials")');
		} else if (info.expiresAt === undefined) {
			logger.warn(fields, `catalog credentials: ${label} is not a readable token`);
		} else if (info.expiresAt <= now()) {
			logger.warn(fields, `catalog credentials: ${label} expired ${humanDuration(now() - info.expiresAt)} ago`);
		} else {
			logger.info(fields, `catalog credentials: ${label}, good for ${humanDuration(info.expiresAt - now())}`);
		}
	}
}

function iso(ms: number | undefined): string | undefined {
	return ms === undefined ? undefined : new Date(ms).toISOString();
}
