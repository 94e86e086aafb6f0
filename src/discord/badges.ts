import type { Translator } from '../i18n/translator.js';

/** Public user flags, from the Users resource's User Flags table; each badge's name is a text of the `profile` namespace. */
const BADGES = [
	[1 << 0, 'staff'],
	[1 << 1, 'partner'],
	[1 << 2, 'hypesquadEvents'],
	[1 << 3, 'bugHunter1'],
	[1 << 6, 'bravery'],
	[1 << 7, 'brilliance'],
	[1 << 8, 'balance'],
	[1 << 9, 'earlySupporter'],
	[1 << 10, 'teamUser'],
	[1 << 14, 'bugHunter2'],
	[1 << 16, 'verifiedBot'],
	[1 << 17, 'earlyVerifiedBotDeveloper'],
	[1 << 18, 'moderatorAlumni'],
	[1 << 19, 'httpInteractionsBot'],
	[1 << 22, 'activeDeveloper'],
] as const;

/** The badges a user's public flags show, named in `tr`'s language as Discord's own client names them. */
export function badgeNames(tr: Translator, publicFlags: number | undefined): string[] {
	if (!publicFlags) return [];
	return BADGES.filter(([bit]) => (publicFlags & bit) !== 0).map(([, id]) => tr.t(`profile:badges.${id}`));
}
