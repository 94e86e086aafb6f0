import { DEFAULT_URLS } from '../core/constants.js';

const CDN = DEFAULT_URLS.discordCdn;

/** Animated assets have hashes starting with `a_`; Discord serves those as GIF. */
function extension(hash: string): 'gif' | 'png' {
	return hash.startsWith('a_') ? 'gif' : 'png';
}

export function avatarUrl(user: { id: string; avatar: string | null; discriminator: string }): string {
	if (user.avatar) return `${CDN}/avatars/${user.id}/${user.avatar}.${extension(user.avatar)}?size=256`;
	// Users on the new username system (discriminator "0") get (id >> 22) % 6; legacy users discriminator % 5.
	const index = user.discriminator === '0' ? Number((BigInt(user.id) >> 22n) % 6n) : Number(user.discriminator) % 5;
	return `${CDN}/embed/avatars/${index}.png`;
}

export function bannerUrl(user: { id: string; banner?: string | null | undefined }): string | undefined {
	return user.banner ? `${CDN}/banners/${user.id}/${user.banner}.${extension(user.banner)}?size=600` : undefined;
}

export function avatarDecorationUrl(asset: string): string {
	return `${CDN}/avatar-decoration-presets/${asset}.png`;
}

/** Discord ids are snowflakes: the top bits are milliseconds since the Discord epoch (2015-01-01). */
export function snowflakeDate(id: string): Date {
	return new Date(Number((BigInt(id) >> 22n) + 1_420_070_400_000n));
}
