/** Discord's image URLs under one base (DISCORD_CDN_URL): Discord's CDN, or a local stand-in such as the playground's. */
export interface DiscordCdn {
	avatar(user: { id: string; avatar: string | null; discriminator: string }): string;
	banner(user: { id: string; banner?: string | null | undefined }): string | undefined;
	avatarDecoration(asset: string): string;
}

/** Animated assets have hashes starting with `a_`; Discord serves those as GIF. */
function extension(hash: string): 'gif' | 'png' {
	return hash.startsWith('a_') ? 'gif' : 'png';
}

export function discordCdn(baseUrl: string): DiscordCdn {
	return {
		avatar(user) {
			if (user.avatar) return `${baseUrl}/avatars/${user.id}/${user.avatar}.${extension(user.avatar)}?size=256`;
			// Users on the new username system (discriminator "0") get (id >> 22) % 6; legacy users discriminator % 5.
			const index = user.discriminator === '0' ? Number((BigInt(user.id) >> 22n) % 6n) : Number(user.discriminator) % 5;
			return `${baseUrl}/embed/avatars/${index}.png`;
		},
		banner(user) {
			return user.banner ? `${baseUrl}/banners/${user.id}/${user.banner}.${extension(user.banner)}?size=600` : undefined;
		},
		avatarDecoration(asset) {
			return `${baseUrl}/avatar-decoration-presets/${asset}.png`;
		},
	};
}

/** Discord ids are snowflakes: the top bits are milliseconds since the Discord epoch (2015-01-01). */
export function snowflakeDate(id: string): Date {
	return new Date(Number((BigInt(id) >> 22n) + 1_420_070_400_000n));
}
