import { describe, expect, it } from 'vitest';
import { stripBidiControls } from '../../src/core/markdown.js';
import { clampEmbed } from '../../src/views/format.js';

describe('bidirectional controls from strangers', () => {
	const RLO = '\u202e';
	it('are taken out of every part of an answer, so they cannot reverse what follows', () => {
		const name = `evil${RLO}gnp.exe`;
		const embed = clampEmbed({
			title: `Profile of ${name}`,
			description: `Bio: ${name}\u2066isolated\u2069 and \u202aembedded\u202c`,
			footer: { text: `Seen by ${name}` },
			author: { name },
			fields: [{ name: `Field ${name}`, value: `Value ${name}` }],
		});
		const text = JSON.stringify(embed);
		expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
		expect(embed.title).toBe('Profile of evilgnp.exe');
	});

	it('leave right-to-left text itself as it is', () => {
		expect(stripBidiControls('שלום עולם · مرحبا')).toBe('שלום עולם · مرحبا');
	});
});
