import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translator.js';
import { connectionsField } from '../../src/views/discord/connections.js';
import { catalogUserSchema } from '../../src/catalog/schemas.js';
import { COLORS } from '../../src/core/constants.js';
import { catalogSongsEmbed } from '../../src/views/catalog/songsEmbed.js';
import { linkedAccountsField } from '../../src/views/discord/linkedAccounts.js';
import { durationInWords, formatCalendarDate } from '../../src/views/format.js';
import { codeInstructions, infoEmbed, linkStatusPanel, oauthInstructions, successEmbed } from '../../src/views/links/linkViews.js';

const en = translator('en-US');

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const FIFTEEN_MINUTES = 15 * 60_000;
const CATALOG_ID = '7bd2862f-8deb-4814-8943-156d9dab80dd';
const johnny = catalogUserSchema.parse({ id: CATALOG_ID, createdAt: '2022-01-01T00:00:00', nickname: 'Johnny', role: 'Producer' });

describe('link instructions', () => {
	it('say "within 15 minutes", never a relative timestamp that reads "Verify in 15 minutes"', () => {
		const pending = { service: 'discogs' as const, target: 'rodneyfool', code: 'XF-ABCDEF', expiresAt: NOW + FIFTEEN_MINUTES };
		const text = codeInstructions(en, pending, { name: 'rodneyfool', verifyId: 'lnk:dv', now: NOW }).embeds?.[0]?.description ?? '';
		expect(text).toContain(`2. Press **Verify** within 15 minutes: the code expires at <t:${(NOW + FIFTEEN_MINUTES) / 1000}:t>.`);
		expect(text).not.toMatch(/:R>/);
		const oauth = oauthInstructions(en, { authorizeUrl: 'https://www.discogs.com/oauth/authorize?oauth_token=t', enterCodeId: 'lnk:do', expiresAt: NOW + FIFTEEN_MINUTES, now: NOW });
		expect(oauth.embeds?.[0]?.description).toContain('Do both within 15 minutes: the request expires at <t:');
		expect(oauth.embeds?.[0]?.description).not.toMatch(/:R>/);
	});

	it('count down for a code handed out again', () => {
		expect(durationInWords(en, FIFTEEN_MINUTES)).toBe('15 minutes');
		expect(durationInWords(en, FIFTEEN_MINUTES - 3 * 60_000 - 1)).toBe('12 minutes');
		expect(durationInWords(en, 3_000)).toBe('a minute');
		expect(durationInWords(en, 90 * 60_000)).toBe('1 hour 30 minutes');
		expect(durationInWords(en, 2 * 60 * 60_000)).toBe('2 hours');
	});
});

describe('/link status', () => {
	const record = { catalog: { id: CATALOG_ID, method: 'token' as const, linkedAt: NOW } };
	const unlinkId = (service: string) => `lnk:u:${service}`;

	it('names the catalog account, with its id in small print', () => {
		const panel = linkStatusPanel(en, { record, privacy: 'everyone', catalogName: 'Johnny', unlinkId });
		expect(panel.embeds?.[0]?.description).toBe(`**Catalog** Johnny · verified with a catalog access token <t:${NOW / 1000}:R>\n-# id \`${CATALOG_ID}\``);
	});

	it('falls back to the id when the catalog did not say its name', () => {
		const panel = linkStatusPanel(en, { record, privacy: 'everyone', catalogName: undefined, unlinkId });
		expect(panel.embeds?.[0]?.description).toBe(`**Catalog** \`${CATALOG_ID}\` · verified with a catalog access token <t:${NOW / 1000}:R>`);
	});
});

describe('answers that changed nothing', () => {
	it('carry no success tick or colour', () => {
		const embed = infoEmbed('You had no linked Discogs account, so there was nothing to unlink.');
		expect(embed.description).not.toContain('✅');
		expect(embed.color).not.toBe(successEmbed('x').color);
		expect(embed.color).not.toBe(COLORS.error);
	});
});

describe('the catalog line on /profile', () => {
	it('links the name to the member page, and the id when the catalog is unavailable', () => {
		const shown = linkedAccountsField(en, { kind: 'shown', accounts: [{ service: 'catalog', id: CATALOG_ID, webUrl: 'https://marketplace.newm.io', user: johnny }], connections: [] });
		expect(shown?.value).toBe(`**Catalog** [Johnny](https://marketplace.newm.io/artist/${CATALOG_ID}) · Producer`);
		const down = linkedAccountsField(en, { kind: 'shown', accounts: [{ service: 'catalog', id: CATALOG_ID, webUrl: 'https://marketplace.newm.io', user: undefined }], connections: [] });
		expect(down?.value).toBe(`**Catalog** [${CATALOG_ID}](https://marketplace.newm.io/artist/${CATALOG_ID}) · unavailable right now`);
	});
});

describe('catalog release dates', () => {
	// newm-server's Song.releaseDate is a LocalDate (features/song/model/Song.kt), written as YYYY-MM-DD: a calendar
	// day, the same for every reader, so it is formatted in UTC and never as a Discord timestamp. The way of writing
	// it is the reader's (Intl): "Jan 15, 2024" in en-US.
	it('read as a plain date', () => {
		expect(formatCalendarDate(en, '2024-01-15')).toBe('Jan 15, 2024');
		expect(formatCalendarDate(en, '2023-12-31')).toBe('Dec 31, 2023');
		expect(formatCalendarDate(en, '2024-02-31')).toBeUndefined();
		expect(formatCalendarDate(en, '0050-01-01')).toBeUndefined();
		expect(formatCalendarDate(en, '15/01/2024')).toBeUndefined();
	});

	it('show in the song list, and an unreadable one as it came', () => {
		const songs = [
			{ id: 'a', title: 'Midnight Drive', releaseDate: '2024-01-15' },
			{ id: 'b', title: 'Odd', releaseDate: 'soon*' },
		];
		const embed = catalogSongsEmbed(en, songs, { ownerName: 'Johnny', page: 1, pages: 1, perPage: 10, total: 2, fetchedAt: 0, stale: false, now: 0 });
		expect(embed.description?.split('\n')).toEqual(['1\\. **Midnight Drive** · released Jan 15, 2024', '2\\. **Odd** · released soon\\*']);
		expect(embed.description).not.toContain('<t:');
	});

	it("follow the reader's way of writing dates and numbers", () => {
		const songs = [{ id: 'a', title: 'Midnight Drive', releaseDate: '2024-01-15' }];
		const options = { ownerName: 'Johnny', page: 1, pages: 124, perPage: 10, total: 1234, fetchedAt: 0, stale: false, now: 0 };
		expect(catalogSongsEmbed(en, songs, options).footer?.text).toBe('Page 1 of 124 · 1,234 songs');
		const german = catalogSongsEmbed(translator('de'), songs, options);
		expect(german.description).toContain('15. Jan. 2024');
		expect(german.footer?.text).toContain('1.234');
	});
});

describe('the connections on /profile', () => {
	it('lists music services first, links the ones with a public address, and escapes names', () => {
		const field = connectionsField(en, [
			{ type: 'steam', id: '7656', name: 'gamer' },
			{ type: 'youtube', id: 'UC123', name: 'My *Channel*' },
			{ type: 'spotify', id: 'nelly.spins', name: 'Nelly' },
		]);
		expect(field?.name).toBe('Connections');
		expect(field?.value.split('\n')).toEqual([
			'**Spotify** [Nelly](https://open.spotify.com/user/nelly.spins)',
			'**YouTube** [My \\*Channel\\*](https://www.youtube.com/channel/UC123)',
			'**Steam** gamer',
		]);
		expect(connectionsField(en, [])).toBeUndefined();
	});

	it('stays within the field limit however many there are', () => {
		const many = Array.from({ length: 80 }, (_, index) => ({ type: 'steam', id: String(index), name: `account-number-${index}` }));
		const value = connectionsField(en, many)?.value ?? '';
		expect(value.length).toBeLessThanOrEqual(1024);
		expect(value).toMatch(/…and \d+ more$/);
	});
});
