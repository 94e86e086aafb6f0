import type { CatalogDirectory } from './directory.js';
import type { TokenIssuer } from './jwt.js';
import { bearer, jsonObject, statusReply, UNAUTHORIZED, unconvertible, type Reply } from './replies.js';

/**
 * reCAPTCHA on POST /v1/auth/login (auth/password/PasswordAuthRoutes.kt): checked unless the caller's IP is in
 * the `recaptcha.ipWhitelist` config (seeded empty by database/migration/V84__ConfigUpdates.kt) or the config
 * `recaptcha.enabled` is false (recaptcha/repo/RecaptchaRepositoryImpl.kt).
 * - `required`: a deployment as seeded, with reCAPTCHA on and nobody whitelisted: a bot cannot log in.
 * - `whitelisted`: the caller's IP is whitelisted (or reCAPTCHA is off): the login takes email and password alone.
 */
export type LoginRecaptcha = 'required' | 'whitelisted';

/** The one token this fake's stand-in for Google's assessment finds valid, with action `login`: a browser's token. */
export const FAKE_RECAPTCHA_TOKEN = 'fake-recaptcha-token-for-login';
/** recaptcha/RecaptchaHeaders.kt */
export const RECAPTCHA_PLATFORM_HEADER = 'g-recaptcha-platform';
export const RECAPTCHA_TOKEN_HEADER = 'g-recaptcha-token';
/** RecaptchaRepositoryImpl.kt `supportedPlatforms`. */
const SUPPORTED_PLATFORMS = ['web', 'android', 'ios'];

export interface AuthRequest {
	body: string;
	authorization: string | undefined;
	header(name: string): string | undefined;
}

/**
 * RecaptchaRepositoryImpl.verify, in its order: the platform header is required (`requiredHeader`,
 * ktx/ApplicationRequestExt.kt: 400 "Missing header: …"), must be a supported platform (403), then the token
 * header is required (400), then Google's assessment must find it valid for the action `login` (403 "Recaptcha failed …").
 * Undefined when the check passes.
 */
function verifyRecaptcha(request: AuthRequest): Reply | undefined {
	const platform = request.header(RECAPTCHA_PLATFORM_HEADER);
	if (platform === undefined) return statusReply(400, `Missing header: ${RECAPTCHA_PLATFORM_HEADER}`);
	if (!SUPPORTED_PLATFORMS.includes(platform.toLowerCase())) return statusReply(403, `Recaptcha failed - invalid platform: ${platform.toLowerCase()}`);
	const token = request.header(RECAPTCHA_TOKEN_HEADER);
	if (token === undefined) return statusReply(400, `Missing header: ${RECAPTCHA_TOKEN_HEADER}`);
	// Google's tokenProperties: for a token it cannot read, no action and the invalidReason MALFORMED.
	if (token !== FAKE_RECAPTCHA_TOKEN) return statusReply(403, 'Recaptcha failed () - reason: MALFORMED');
	return undefined;
}

/** POST /v1/auth/login: reCAPTCHA first (before the body is read), then `userRepository.find(email, password)`. */
export function login(directory: CatalogDirectory, issuer: TokenIssuer, request: AuthRequest, recaptcha: LoginRecaptcha): Reply {
	if (recaptcha === 'required') {
		const refused = verifyRecaptcha(request);
		if (refused) return refused;
	}
	const fields = jsonObject(request.body);
	if (!fields) return unconvertible('io.newm.server.auth.password.LoginRequest');
	const { email, password } = fields;
	if (typeof email !== 'string') return statusReply(400, 'Missing email');
	if (typeof password !== 'string') return statusReply(400, 'Missing password');
	const user = directory.byEmail(email);
	if (!user) return statusReply(404, `Doesn't exist: ${email}`);
	if (user.password === undefined || user.password !== password) return statusReply(401, 'Invalid password');
	// A password login replaces any OAuth identity and stamps lastLogin, as the server does.
	delete user['oauthType'];
	delete user['oauthId'];
	user['lastLogin'] = new Date().toISOString().replace('Z', '');
	return { status: 200, json: issuer.issuePair(user.id) };
}

/** GET /v1/auth/refresh (auth/jwt/JwtRoutes.kt): blacklists the refresh token's `jti`, so each works once. */
export function refresh(issuer: TokenIssuer, request: AuthRequest, failRefresh: boolean): Reply {
	const token = bearer(request.authorization);
	const claims = token === undefined ? undefined : issuer.verify(token, 'Refresh');
	if (!claims || failRefresh) return UNAUTHORIZED;
	issuer.blacklist(claims.jti);
	return { status: 200, json: issuer.issuePair(claims.sub) };
}
