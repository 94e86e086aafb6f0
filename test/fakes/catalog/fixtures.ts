/**
 * The example user of the GetUser wiki page (its missing comma fixed), filled out so views can show every field.
 * Its streaming profiles are as the server stores them since 2024-03: full URLs on the service's own host
 * (`asUrlWithHost` in newm-server ktx/StringExt.kt; the form of features/user/TestUsers.kt), not the wiki's
 * bare ids.
 */
export const SEED_USER_ID = '7bd2862f-8deb-4814-8943-156d9dab80dd';

/** The account the bot logs in with (CATALOG_EMAIL / CATALOG_PASSWORD in tests). */
export const BOT_USER_ID = '3f0c5a8e-2d41-4b7a-9e6f-1c2b3a4d5e6f';
export const BOT_EMAIL = 'crossfade-bot@example.test';
export const BOT_PASSWORD = 'Crossfade-Bot-2024';

/** The seed user's password, for tests that log in as a user rather than the bot. */
export const SEED_USER_PASSWORD = 'JohnDoe-2022';

export type UserRecord = Record<string, unknown> & { id: string; email: string; password?: string };

export const seedUser: UserRecord = {
	id: SEED_USER_ID,
	createdAt: '2022-04-22T20:47:55.738918',
	lastLogin: '2024-07-16T09:00:00',
	oauthType: 'Facebook',
	oauthId: '10234453819462801',
	signupPlatform: 'Studio',
	verificationStatus: 'Verified',
	firstName: 'John',
	lastName: 'Doe',
	nickname: 'Johnny',
	pictureUrl: 'https://somewebsite/john-doe.png',
	bannerUrl: 'https://somewebsite/john-doe-banner.png',
	websiteUrl: 'https://johndoe.example',
	twitterUrl: 'https://twitter.com/johndoe',
	instagramUrl: 'https://instagram.com/johndoe',
	spotifyProfile: 'https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb',
	soundCloudProfile: 'https://soundcloud.com/johnny-doe',
	appleMusicProfile: 'https://music.apple.com/us/artist/johnny/1234567890',
	location: 'Los Angeles, CA',
	role: 'Producer',
	genre: 'Pop',
	biography: 'John is a leading Pop Music Producer',
	walletAddress: 'addr123456789123456789',
	email: 'john.doe@example.com',
	companyName: 'Doe Records',
	companyLogoUrl: 'https://somewebsite/doe-records.png',
	companyIpRights: false,
	dspPlanSubscribed: false,
	password: SEED_USER_PASSWORD,
};

export const botUser: UserRecord = {
	id: BOT_USER_ID,
	createdAt: '2024-01-10T12:00:00.000001',
	signupPlatform: 'Studio',
	verificationStatus: 'Unverified',
	nickname: 'Crossfade Bot',
	biography: 'The account the Crossfade Discord bot reads the catalog with.',
	walletAddress: 'addr1botwallet000000000000',
	email: BOT_EMAIL,
	dspPlanSubscribed: false,
	password: BOT_PASSWORD,
};

/**
 * The seed user's songs, oldest first; the last one is archived and never listed by default. `duration` is in
 * milliseconds: the server sets it from the encoder's `durationInMs` (features/song/AudioMessageReceiver.kt).
 */
export const seedSongs: Array<Record<string, unknown>> = [
	{
		id: 'a1b2c3d4-0001-4000-8000-000000000001',
		createdAt: '2023-01-05T10:00:00.000001',
		title: 'Midnight Drive',
		genres: ['Pop', 'Synthpop'],
		moods: ['Energetic'],
		description: 'A late-night synth ride.',
		coverArtUrl: 'https://somewebsite/midnight-drive.png',
		releaseDate: '2023-02-01',
		publicationDate: '2023-02-01',
		duration: 214_000,
		language: 'eng',
		parentalAdvisory: 'Non-Explicit',
		mintingStatus: 'Released',
		marketplaceStatus: 'NotSelling',
		nftName: 'MidnightDrive',
		archived: false,
	},
	{
		id: 'a1b2c3d4-0002-4000-8000-000000000002',
		createdAt: '2023-06-12T15:30:00.000001',
		title: 'Golden Hour',
		genres: ['Pop'],
		moods: ['Happy', 'Chill'],
		coverArtUrl: 'https://somewebsite/golden-hour.png',
		releaseDate: '2023-07-14',
		duration: 187_000,
		language: 'eng',
		mintingStatus: 'Released',
		marketplaceStatus: 'Selling',
		archived: false,
	},
	{
		id: 'a1b2c3d4-0003-4000-8000-000000000003',
		createdAt: '2024-03-02T08:15:00.000001',
		title: 'Paper Hearts',
		genres: ['Pop', 'Acoustic'],
		moods: ['Romantic'],
		coverArtUrl: 'https://somewebsite/paper-hearts.png',
		releaseDate: '2024-04-19',
		duration: 201_000,
		mintingStatus: 'Distributed',
		archived: false,
	},
	{
		id: 'a1b2c3d4-0004-4000-8000-000000000004',
		createdAt: '2024-05-20T20:00:00.000001',
		title: 'Demo (scrapped)',
		genres: ['Pop'],
		mintingStatus: 'Undistributed',
		archived: true,
	},
];
