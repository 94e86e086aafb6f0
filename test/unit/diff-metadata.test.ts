import { describe, expect, it } from 'vitest';
import { isUnchanged } from '../../src/deploy/diffCommands.js';
import { diffMetadata, registeredMetadataSchema, type MetadataRecord } from '../../src/deploy/diffMetadata.js';
import { deployBodies } from '../../src/deploy/targets.js';

const rating: MetadataRecord = { key: 'seller_rating', type: 2, name: 'Seller rating', description: 'At least' };
const artist: MetadataRecord = { key: 'artist', type: 7, name: 'Artist', description: 'Is one', name_localizations: { fr: 'Artiste' } };
const local = [rating, artist];

describe('diffMetadata', () => {
	it('sees no change in another order, or with localizations Discord returns as null, {} or a null locale', () => {
		// OpenAPI ApplicationRoleConnectionsMetadataItemResponse: name_localizations and description_localizations are `object | null`.
		const registered = [
			{ ...artist, description_localizations: null, name_localizations: { fr: 'Artiste', de: null } },
			{ ...rating, name_localizations: {}, description_localizations: null },
		];
		expect(isUnchanged(diffMetadata(local, registeredMetadataSchema.parse(registered)))).toBe(true);
	});

	it('reports added, removed and changed records by key, for each compared field', () => {
		const remote = [{ ...rating, key: 'gone' }, ...local];
		expect(diffMetadata(local, remote)).toEqual({ added: [], removed: ['gone'], changed: [] });
		expect(diffMetadata([...local, { key: 'new', type: 2, name: 'N', description: 'D' }], local).added).toEqual(['new']);
		const changes = [{ type: 3 }, { name: 'Other' }, { description: 'Other' }, { name_localizations: { fr: 'Autre' } }, { description_localizations: { fr: 'Oui' } }];
		for (const change of changes) expect(diffMetadata([{ ...artist, ...change }], [artist]), JSON.stringify(change)).toEqual({ added: [], removed: [], changed: ['artist'] });
	});

	it('reads an application with nothing registered, which GET answers with null or []', () => {
		expect(registeredMetadataSchema.parse(null)).toEqual([]);
		expect(diffMetadata([], registeredMetadataSchema.parse([]))).toEqual({ added: [], removed: [], changed: [] });
		expect(() => registeredMetadataSchema.parse([{ key: 'k', type: 'integer', name: 'n', description: 'd' }])).toThrow();
	});
});

describe('deployBodies', () => {
	const commands = () => [{ name: 'profile' }];

	it('registers the metadata whatever the command scope', () => {
		expect(deployBodies({ guildId: undefined, clear: false }, commands, local).metadata).toEqual(local);
		expect(deployBodies({ guildId: '1200000000000000001', clear: false }, commands, local).metadata).toEqual(local);
	});

	it('clears the metadata only with a global --clear; a guild --clear still registers it', () => {
		expect(deployBodies({ guildId: undefined, clear: true }, commands, local)).toEqual({ commands: [], metadata: [] });
		expect(deployBodies({ guildId: '1200000000000000001', clear: true }, commands, local)).toEqual({ commands: [], metadata: local });
	});
});
