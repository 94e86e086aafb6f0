import { describe, expect, it } from 'vitest';
import { diffCommands, isUnchanged } from '../../src/deploy/diffCommands.js';

const local = [
	{ name: 'profile', type: 1, description: 'Show a profile', contexts: [0, 1, 2], options: [{ type: 6, name: 'user', description: 'Who' }] },
	{ name: 'View profile', type: 2, contexts: [0, 1, 2] },
];

// What Discord returns: our fields plus ids, versions and defaults.
const registered = local.map((command, index) => ({
	...command,
	id: `10000000000000000${index}`,
	application_id: '1100000000000000001',
	version: '1',
	default_member_permissions: null,
	nsfw: false,
	description: command.description ?? '',
}));

describe('diffCommands', () => {
	it('sees no change when Discord only added its own fields', () => {
		expect(isUnchanged(diffCommands(local, registered))).toBe(true);
	});

	it('reports added, removed and changed commands by name', () => {
		const changed = [{ ...local[0]!, description: 'Another text' }, { name: 'discogs', type: 1, description: 'New' }];
		expect(diffCommands(changed, registered)).toEqual({ added: ['discogs'], removed: ['View profile'], changed: ['profile'] });
	});

	it('sees an option removed as a change', () => {
		const fewer = [{ ...local[0]!, options: [] }, local[1]!];
		expect(diffCommands(fewer, registered).changed).toEqual(['profile']);
	});

	it('treats clearing as removing everything', () => {
		expect(diffCommands([], registered)).toEqual({ added: [], removed: ['profile', 'View profile'], changed: [] });
	});
});
