import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret for a browser or a link (a state, a one-time token, a cookie's nonce): 24 random bytes, URL-safe. */
export function newSecret(): string {
	return randomBytes(24).toString('base64url');
}

/** What the store keeps instead of the secret: its SHA-256, in hex. */
export function secretHash(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}

/** Whether `secret` (from a cookie or a link, maybe absent) is the one whose hash was kept; in constant time. */
export function matchesSecret(secret: string | undefined, storedHash: string | undefined): boolean {
	if (secret === undefined || storedHash === undefined) return false;
	const stored = Buffer.from(storedHash, 'hex');
	const given = createHash('sha256').update(secret).digest();
	return stored.length === given.length && timingSafeEqual(given, stored);
}
