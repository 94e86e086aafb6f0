import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translator.js';
import type { CatalogUser } from '../../src/catalog/schemas.js';
import { catalogLinks } from '../../src/views/catalog/profileEmbed.js';
import { catalogSongsEmbed, songDuration } from '../../src/views/catalog/songsEmbed.js';
import { streamingProfileUrl, type StreamingService } from '../../src/views/catalog/streamingLinks.js';
import { seedSongs, seedUser } from '../fakes/catalog/index.js';

const en = translator('en-US');

describe('streaming profile links', () => {
	// Since 2024-03 newm-server stores these as full URLs on the service's host (ktx/StringExt.kt asUrlWithHost,
	// used by features/user/repo/UserRepositoryImpl.kt; test data in features/user/TestUsers.kt); older records
	// hold the GetUser wiki's forms, a bare id or a spotify:artist: URI.
	const cases: Array<[StreamingService, string | undefined, string | undefined]> = [
		// As the server stores them now: kept as they are.
		['spotify', 'https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb', 'https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb'],
		['soundCloud', 'https://soundcloud.com/johnny-doe', 'https://soundcloud.com/johnny-doe'],
		['appleMusic', 'https://music.apple.com/us/artist/johnny/1234567890', 'https://music.apple.com/us/artist/johnny/1234567890'],
		// The host in capitals (the server compares it ignoring case), plain http, a query, a scheme left out.
		['spotify', 'HTTP://OPEN.SPOTIFY.COM/artist/abc?si=1#x', 'https://open.spotify.com/artist/abc'],
		['soundCloud', 'soundcloud.com/johnny-doe', 'https://soundcloud.com/johnny-doe'],
		// The older forms: a URI, a bare id, a permalink.
		['spotify', 'spotify:artist:4Z8W4fKeB5YxbusRsdQVPb', 'https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb'],
		['spotify', ' 4Z8W4fKeB5YxbusRsdQVPb ', 'https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb'],
		['soundCloud', 'johnny-doe', 'https://soundcloud.com/johnny-doe'],
		['appleMusic', '1234567890', 'https://music.apple.com/artist/1234567890'],
		// Not that service's page: never linked as it, never wrapped in its URL.
		['spotify', 'https://soundcloud.com/johnny-doe', undefined],
		['spotify', 'https://open.spotify.com.evil.example/artist/x', undefined],
		['spotify', 'https://evil.example/open.spotify.com/artist/x', undefined],
		['spotify', 'https://open.spotify.com@evil.example/artist/x', undefined],
		['soundCloud', 'https://m.soundcloud.com/johnny-doe', undefined],
		['appleMusic', 'https://itunes.apple.com/us/artist/johnny/1234567890', undefined],
		['spotify', 'https%3A%2F%2Fopen.spotify.com%2Fartist%2Fxyz', undefined],
		['spotify', 'spotify:track:4Z8W4fKeB5YxbusRsdQVPb', undefined],
		['spotify', 'javascript:alert(1)', undefined],
		['soundCloud', 'ftp://soundcloud.com/johnny-doe', undefined],
		['appleMusic', 'johnny', undefined],
		['spotify', 'https://open.spotify.com/', undefined],
		['soundCloud', '   ', undefined],
		['soundCloud', undefined, undefined],
	];

	it.each(cases)('%s %j → %s', (service, raw, expected) => {
		expect(streamingProfileUrl(service, raw)).toBe(expected);
	});

	it('links each stored profile URL once, on its own host, never inside another', () => {
		const user: CatalogUser = {
			id: seedUser.id,
			createdAt: '2024-01-01T00:00:00',
			spotifyProfile: 'https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb',
			soundCloudProfile: 'https://soundcloud.com/johnny-doe',
			appleMusicProfile: 'https://music.apple.com/us/artist/johnny/1234567890',
		};
		expect(catalogLinks(en, user)).toEqual([
			'[Spotify](https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb)',
			'[SoundCloud](https://soundcloud.com/johnny-doe)',
			'[Apple Music](https://music.apple.com/us/artist/johnny/1234567890)',
		]);
		expect(catalogLinks(en, user).join(' ')).not.toMatch(/%3A%2F%2F/i);
	});

	it('leaves out a streaming field that names another host, and keeps the website and social links', () => {
		const user: CatalogUser = {
			id: seedUser.id,
			createdAt: '2024-01-01T00:00:00',
			websiteUrl: 'https://johndoe.example',
			twitterUrl: 'https://twitter.com/johndoe',
			spotifyProfile: 'https://phish.example/spotify',
		};
		expect(catalogLinks(en, user)).toEqual(['[Website](https://johndoe.example/)', '[Twitter](https://twitter.com/johndoe)']);
	});
});

describe('song durations', () => {
	// newm-server features/song/AudioMessageReceiver.kt: Song(duration = msg.durationInMs): milliseconds.
	it('reads the duration as milliseconds: 205000 is 3:25', () => {
		expect(songDuration(205_000)).toBe('3:25');
		expect(songDuration(59_600)).toBe('1:00');
		expect(songDuration(3_725_000)).toBe('1:02:05');
		expect(songDuration(undefined)).toBeUndefined();
		expect(songDuration(0)).toBeUndefined();
		expect(songDuration(Number.NaN)).toBeUndefined();
	});

	it('shows each song length in the songs list', () => {
		const songs = seedSongs.slice(0, 2).map((song) => ({ id: String(song['id'] ?? 'x'), title: String(song['title']), duration: Number(song['duration']) }));
		songs.push({ id: 'y', title: 'Exactly', duration: 205_000 });
		const embed = catalogSongsEmbed(en, songs, { ownerName: 'Johnny', page: 1, pages: 1, perPage: 10, total: 3, fetchedAt: 0, stale: false, now: 0 });
		expect(embed.description?.split('\n')).toEqual(['1\\. **Midnight Drive** · 3:34', '2\\. **Golden Hour** · 3:07', '3\\. **Exactly** · 3:25']);
	});
});
