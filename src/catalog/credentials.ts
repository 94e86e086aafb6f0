import type { Config } from '../core/config.js';
import { ProviderError } from '../core/errors.js';
import { failureStatus } from '../providers/failures.js';
import type { CatalogHttp } from './http.js';
import { tokenPairSchema, type TokenPair } from './schemas.js';
import { jwtExpiry, looksLikeJwt } from './tokens.js';

export interface Candidate {
	/** Where the refresh token came from, for the operator's log; never the token itself. */
	source: string;
	token: string;
}

export type Obtained = { pair: TokenPair; via: string } | { reasons: string[]; needsRecaptcha: boolean; spent: boolean };

export interface ObtainOptions {
	config: Config['catalog'];
	http: CatalogHttp;
	now: () => number;
	/** Refresh tokens to try, best first. */
	candidates: Candidate[];
}

const isRecaptchaRefusal = (error: ProviderError) => /g-recaptcha|Recaptcha failed/i.test(error.detail ?? '');

/** The pair, or undefined when the catalog refused the credential (a 4xx); an outage propagates as it is. */
async function attempt(label: string, refusal: { reasons: string[]; needsRecaptcha: boolean }, call: () => Promise<TokenPair>): Promise<TokenPair | undefined> {
	try {
		return await call();
	} catch (error) {
		const status = failureStatus(error);
		if (!(error instanceof ProviderError) || status === undefined || status < 400 || status > 499) throw error;
		// newm-server's login answers 400 "Missing header: g-recaptcha-platform" unless the bot's IP is whitelisted.
		const recaptcha = isRecaptchaRefusal(error);
		if (recaptcha) refusal.needsRecaptcha = true;
		refusal.reasons.push(`${label} ${recaptcha ? 'needs reCAPTCHA, which a bot cannot send' : 'refused'} (${error.detail ?? `HTTP ${status}`})`);
		return undefined;
	}
}

/**
 * A new pair from the first refresh token the catalog accepts, else from a login with CATALOG_EMAIL and
 * CATALOG_PASSWORD; else why not. `spent`: every refresh token offered was refused or unusable.
 */
export async function obtainPair(options: ObtainOptions): Promise<Obtained> {
	const { config, http, now, candidates } = options;
	const refusal = { reasons: [] as string[], needsRecaptcha: false };
	for (const candidate of candidates) {
		if (!looksLikeJwt(candidate.token)) {
			refusal.reasons.push(`${candidate.source} refresh token is not a JWT`);
			continue;
		}
		const expiry = jwtExpiry(candidate.token);
		if (expiry !== undefined && expiry <= now()) {
			refusal.reasons.push(`${candidate.source} refresh token has expired`);
			continue;
		}
		const pair = await attempt(`${candidate.source} refresh token`, refusal, () =>
			http.request({ path: '/v1/auth/refresh', token: candidate.token, schema: tokenPairSchema, sensitive: true }),
		);
		if (pair) return { pair, via: `refresh (${candidate.source})` };
	}
	const { email, password } = config.credentials ?? {};
	if (email !== undefined && password !== undefined) {
		const pair = await attempt('login with CATALOG_EMAIL', refusal, () =>
			http.request({ method: 'POST', path: '/v1/auth/login', body: { email, password }, schema: tokenPairSchema, sensitive: true }),
		);
		if (pair) return { pair, via: 'login' };
	} else {
		refusal.reasons.push('no CATALOG_EMAIL and CATALOG_PASSWORD to log in with');
	}
	return { ...refusal, spent: candidates.length > 0 };
}
