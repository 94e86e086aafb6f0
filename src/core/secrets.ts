import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A secret sealed with AES-256-GCM: what the store keeps instead of the secret itself. */
export interface Sealed {
	v: 1;
	iv: string;
	tag: string;
	data: string;
}

/**
 * Seals and opens secrets (OAuth tokens, refresh tokens) for the store. `context` binds a sealed value to
 * its purpose (e.g. the Discord user id), so a copied row cannot be opened as someone else's.
 */
export class SecretBox {
	readonly #key: Buffer;

	constructor(key: Buffer) {
		if (key.length !== 32) throw new Error('SecretBox needs a 32-byte key');
		this.#key = key;
	}

	seal(plain: string, context: string): Sealed {
		const iv = randomBytes(12);
		const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
		cipher.setAAD(Buffer.from(context));
		const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
		return { v: 1, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
	}

	/** The secret, or undefined when it was sealed under another key or context, or tampered with. */
	open(sealed: Sealed, context: string): string | undefined {
		try {
			const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(sealed.iv, 'base64'));
			decipher.setAAD(Buffer.from(context));
			decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
			return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
		} catch {
			return undefined;
		}
	}
}
