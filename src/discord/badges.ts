/** Public user flags and their names, from the Users resource's User Flags table. */
const BADGES: ReadonlyArray<readonly [bit: number, name: string]> = [
	[1 << 0, 'Discord Employee'],
	[1 << 1, 'Partnered Server Owner'],
	[1 << 2, 'HypeSquad Events Member'],
	[1 << 3, 'Bug Hunter Level 1'],
	[1 << 6, 'HypeSquad House Bravery'],
	[1 << 7, 'HypeSquad House Brilliance'],
	[1 << 8, 'HypeSquad House Balance'],
	[1 << 9, 'Early Nitro Supporter'],
	[1 << 10, 'Team User'],
	[1 << 14, 'Bug Hunter Level 2'],
	[1 << 16, 'Verified Bot'],
	[1 << 17, 'Early Verified Bot Developer'],
	[1 << 18, 'Moderator Programs Alumni'],
	[1 << 19, 'HTTP Interactions Bot'],
	[1 << 22, 'Active Developer'],
];

export function badgeNames(publicFlags: number | undefined): string[] {
	if (!publicFlags) return [];
	return BADGES.filter(([bit]) => (publicFlags & bit) !== 0).map(([, name]) => name);
}
