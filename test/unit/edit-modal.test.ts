import { describe, expect, it } from 'vitest';
import { editModalTitle } from '../../commands/discogs/edit.js';
import { translator } from '../../src/i18n/translator.js';

const tr = translator('en-US');

// Discord's OpenAPI description: ModalInteractionCallbackRequestData.title has maxLength 45; a longer title is
// answered 400 Invalid Form Body and the modal never opens.
describe('the /discogs edit modal title', () => {
	it('names the account when it fits in 45 characters', () => {
		expect(editModalTitle(tr, 'rodneyfool')).toBe('Edit rodneyfool on Discogs');
	});

	it('stays within 45 characters for any username, counting characters rather than UTF-16 units', () => {
		for (const username of ['a'.repeat(29), 'a'.repeat(30), 'x'.repeat(255), '🎵'.repeat(29), 'Ünïcödé_Über_Långt_Namn_2000']) {
			expect([...editModalTitle(tr, username)].length).toBeLessThanOrEqual(45);
		}
		expect(editModalTitle(tr, 'a'.repeat(29))).toBe(`Edit ${'a'.repeat(29)} on Discogs`);
		expect(editModalTitle(tr, 'a'.repeat(30))).toBe('Edit your Discogs profile');
	});
});
