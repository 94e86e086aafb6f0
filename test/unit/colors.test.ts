import { describe, expect, it } from 'vitest';
import { COLORS } from '../../src/core/constants.js';

/** Relative luminance as WCAG 2.1 defines it (Understanding WCAG 2.1, "relative luminance"). */
function luminance(rgb: number): number {
	const channel = (shift: number) => {
		const value = ((rgb >> shift) & 0xff) / 255;
		return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

function contrast(a: number, b: number): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

// Discord's message backgrounds: dark theme #313338, light theme #ffffff.
const BACKGROUNDS = { dark: 0x313338, light: 0xffffff };

describe('embed colours', () => {
	// WCAG 2.1 SC 1.4.11 (non-text contrast): 3:1 for a graphical object such as the embed's colour bar.
	it.each(Object.entries(COLORS))('%s reads on the dark and the light theme', (_name, color) => {
		expect(contrast(color, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
		expect(contrast(color, BACKGROUNDS.light)).toBeGreaterThanOrEqual(3);
	});

	it('measures as WCAG does: black on white is 21:1, the old Discogs grey vanishes on dark', () => {
		expect(contrast(0x000000, 0xffffff)).toBeCloseTo(21, 5);
		expect(contrast(0x333333, BACKGROUNDS.dark)).toBeLessThan(1.1);
	});
});
