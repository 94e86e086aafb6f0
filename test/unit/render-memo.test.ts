import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translator.js';
import { renderOnce } from '../../src/views/memo.js';

describe('renderOnce', () => {
	it('renders once per value, language and variant, and a new value renders afresh', () => {
		let renders = 0;
		const render = () => ({ title: `render ${++renders}`, fields: [{ name: 'a', value: 'b' }] });
		const value = { username: 'rodneyfool' };
		const en = translator('en-US');
		const first = renderOnce(value, en, 'profile', render);
		expect(renderOnce(value, en, 'profile', render)).toBe(first);
		expect(renderOnce(value, translator('de'), 'profile', render)).not.toBe(first);
		expect(renderOnce(value, en, 'ratings', render)).not.toBe(first);
		expect(renderOnce({ ...value }, en, 'profile', render).title).toBe('render 4');
		expect(renders).toBe(4);
	});

	it('freezes what it shares, so a caller that would change it for the next member fails instead', () => {
		const shared = renderOnce({}, translator('en-US'), 'profile', () => ({ fields: [{ name: 'a', value: 'b' }] }));
		expect(() => {
			(shared.fields[0] as { value: string }).value = 'changed';
		}).toThrow(TypeError);
	});
});
