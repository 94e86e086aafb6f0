import { afterEach, describe, expect, it } from 'vitest';
import { isIncomplete } from '../../src/discogs/schemas.js';
import { translator } from '../../src/i18n/translator.js';
import { discogsProfileEmbed } from '../../src/views/discogs/profileEmbed.js';
import { discogsSubmissionsEmbed } from '../../src/views/discogs/submissionsEmbed.js';
import { createHarness, expectKind, type Harness } from './harness.js';

const tr = translator('en-US');

/**
 * The client against the fake serving answers other libraries captured (test/fakes/discogs/captured.ts):
 * joalla/discogs_client `discogs_client/tests/res/users/example.json` (a profile without `uri`) and
 * andy-miles/discogs-java-client `src/test/resources/useridentity/GetUserSubmissionsResponse.json`
 * (submitted labels without `name`).
 */

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

async function setup(): Promise<Harness> {
	harness = await createHarness();
	return harness;
}

const view = (fetchedAt: number) => ({ webUrl: 'https://www.discogs.com', fetchedAt, stale: false, now: fetchedAt, username: 'example' });

describe('answers that vary from the documented samples', () => {
	it('reads a profile without uri, and the card links to the profile on the website', async () => {
		const { client } = await setup();
		const { value, fetchedAt } = await client.getProfile('example');
		expect(value.uri).toBeUndefined();
		expect(discogsProfileEmbed(tr, value, view(fetchedAt)).url).toBe('https://www.discogs.com/user/example');
	});

	it('keeps a submissions page whose label entries have no name, showing them as fallback lines', async () => {
		const { client } = await setup();
		const { value, fetchedAt } = await client.getSubmissions('example');
		expect(value.submissions.labels.map((label) => isIncomplete(label) && label.id)).toEqual([678, 679]);
		expect(value.submissions.releases.map((release) => (isIncomplete(release) ? undefined : release.title))).toEqual(['Album Title', 'Album Title']);
		const labels = discogsSubmissionsEmbed(tr, value, view(fetchedAt)).fields?.find((field) => field.name === 'Labels')?.value;
		expect(labels).toBe('[Label 678](https://www.discogs.com/label/678) · incomplete on Discogs\n[Label 679](https://www.discogs.com/label/679) · incomplete on Discogs');
	});

	it('logs once per fetch, at warn, the path that failed inside the submissions union, and nothing of the payload', async () => {
		const { client, logs } = await setup();
		await client.getSubmissions('example');
		await client.getSubmissions('example');
		const warnings = logs.filter((line) => line.level === 40);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatchObject({
			provider: 'Discogs',
			resource: 'submissions',
			path: '/users/example/submissions?page=1&per_page=50',
			issues: ['submissions.labels.0.name: expected string, received undefined', 'submissions.labels.1.name: expected string, received undefined'],
		});
		expect(warnings[0]?.raw).not.toContain('Catalog Number');
		expect(logs.some((line) => line.raw.includes('Invalid input'))).toBe(false);
	});

	it('names the failing path inside the union when a whole page is unreadable, not "Invalid input"', async () => {
		const { client, fake, logs } = await setup();
		fake.mode = 'wrongTypes';
		const error = await expectKind(client.getSubmissions('example'), 'unavailable');
		expect(error.detail).toContain('submissions: expected object, received number');
		expect(error.detail).not.toContain('Invalid input');
		expect(logs.find((line) => line.level === 40)?.['detail']).toContain('pagination: expected object, received string');
	});
});
