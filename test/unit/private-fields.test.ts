import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translator.js';
import { catalogUserSchema } from '../../src/catalog/schemas.js';
import { profileSchema } from '../../src/discogs/schemas.js';
import { catalogProfileEmbed } from '../../src/views/catalog/profileEmbed.js';
import { discogsProfileEmbed } from '../../src/views/discogs/profileEmbed.js';

const en = translator('en-US');

const fresh = { fetchedAt: 0, stale: false, now: 0 };

describe('private fields', () => {
	it('look the same on a Discogs and a catalog profile: a lock, and the value hidden until clicked', () => {
		const discogs = discogsProfileEmbed(en, profileSchema.parse({ id: 1, username: 'rodneyfool', resource_url: 'https://api.discogs.com/users/rodneyfool', email: 'rodney@example.com' }), {
			...fresh,
			webUrl: 'https://www.discogs.com',
			showPrivate: true,
		});
		const catalog = catalogProfileEmbed(en, catalogUserSchema.parse({ id: '7bd2862f-8deb-4814-8943-156d9dab80dd', createdAt: '2022-01-01T00:00:00', nickname: 'Johnny' }), {
			...fresh,
			webUrl: 'https://marketplace.newm.io',
			privateFields: { email: 'john_doe@example.com' },
		});
		const email = (embed: typeof discogs) => embed.fields?.find((field) => field.name.endsWith('Email'));
		expect(email(discogs)).toEqual({ name: '🔒 Email', value: '||rodney@example.com||', inline: true });
		expect(email(catalog)).toEqual({ name: '🔒 Email', value: '||john\\_doe@example.com||', inline: true });
	});
});
