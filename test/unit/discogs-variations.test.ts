import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/core/markdown.js';
import {
	contributionsPageSchema,
	isIncomplete,
	paginationSchema,
	profileSchema,
	releaseSchema,
	submissionsPageSchema,
} from '../../src/discogs/schemas.js';
import { describeIssues } from '../../src/providers/issues.js';
import { translator } from '../../src/i18n/translator.js';
import { discogsContributionsEmbed } from '../../src/views/discogs/contributionsEmbed.js';
import { discogsProfileEmbed } from '../../src/views/discogs/profileEmbed.js';
import { discogsRatingsEmbed } from '../../src/views/discogs/ratingsEmbed.js';
import { discogsSubmissionsEmbed } from '../../src/views/discogs/submissionsEmbed.js';
import { exampleProfile, exampleSubmissions, makeRelease } from '../fakes/discogs/index.js';

const tr = translator('en-US');

/**
 * What Discogs was seen to send beyond the documented samples, from other libraries' captured answers
 * (test/fakes/discogs/captured.ts names each fixture): the schemas take it and the views still draw a page.
 */

const WEB = 'https://www.discogs.com';
const NOW = Date.parse('2024-05-01T12:00:00Z');
const view = { webUrl: WEB, fetchedAt: NOW, stale: false, now: NOW };
const pagination = (items: number) => ({ items, page: 1, pages: 1, per_page: 50, urls: {} });
const field = (fields: Array<{ name: string; value: string }> | undefined, name: string): string => fields?.find((f) => f.name === name)?.value ?? '';

describe('a profile without uri (joalla/discogs_client discogs_client/tests/res/users/example.json)', () => {
	it('parses, and the card and the ratings link to the profile on the website', () => {
		const profile = profileSchema.parse(exampleProfile);
		expect(profile.uri).toBeUndefined();
		expect(discogsProfileEmbed(tr, profile, view).url).toBe('https://www.discogs.com/user/example');
		expect(discogsRatingsEmbed(tr, profile, view).url).toBe('https://www.discogs.com/user/example');
		expect(discogsProfileEmbed(tr, profile, view).title).toBe('Example Sampleman (example)');
	});
});

describe('fields Discogs sends as null or leaves out', () => {
	it('reads "thumb": null as no thumbnail (discogs_client discogs_client/tests/res/database/search_q=trash80&per_page=50&page=1.json)', () => {
		expect(releaseSchema.parse({ id: 1, title: 'Trash80', thumb: null }).thumb).toBeUndefined();
		expect(releaseSchema.safeParse({ id: 1, title: 'Trash80', thumb: 7 }).success).toBe(false);
	});

	it('works out pages from items and per_page when pagination has no pages (discogs-java-client src/test/resources/marketplace/GetOrdersResponse.json)', () => {
		expect(paginationSchema.parse({ page: 1, items: 2, per_page: 5, urls: {} }).pages).toBe(1);
		expect(paginationSchema.parse({ page: 1, items: 120, per_page: 50 }).pages).toBe(3);
		expect(paginationSchema.parse({ page: 1, items: 120, per_page: 50, pages: 9 }).pages).toBe(9);
	});
});

describe('submitted labels without name (andy-miles/discogs-java-client src/test/resources/useridentity/GetUserSubmissionsResponse.json)', () => {
	const page = submissionsPageSchema.parse({ pagination: pagination(6), submissions: exampleSubmissions });

	it('keeps the page: good entries as they are, the odd ones as what is known of them', () => {
		expect(page.submissions.artists.map((artist) => (isIncomplete(artist) ? undefined : artist.name))).toEqual(['Artist Name 0', 'Artist Name 1']);
		expect(page.submissions.releases.filter(isIncomplete)).toEqual([]);
		const [first, second] = page.submissions.labels;
		expect(first).toEqual({ incomplete: true, id: 678, issue: 'submissions.labels.0.name: expected string, received undefined' });
		expect(second && isIncomplete(second) ? second.issue : undefined).toBe('submissions.labels.1.name: expected string, received undefined');
	});

	it('shows each odd label as a fallback line linking to its page by id, and the rest of the page as usual', () => {
		const embed = discogsSubmissionsEmbed(tr, page, { ...view, username: 'example' });
		expect(embed.fields?.map((f) => f.name)).toEqual(['Artists', 'Labels', 'Releases']);
		expect(field(embed.fields, 'Labels').split('\n')).toEqual([
			'[Label 678](https://www.discogs.com/label/678) · incomplete on Discogs',
			'[Label 679](https://www.discogs.com/label/679) · incomplete on Discogs',
		]);
		expect(field(embed.fields, 'Artists')).toContain('[Artist Name 0](https://someurl/54320)');
		expect(field(embed.fields, 'Releases')).toContain('**[Album Title](https://www.discogs.com/release/1234567-Test-Album)** — Artist1 · 2000 · CD (Album) · Record Label – 4 987423-1');
		expect(embed.thumbnail?.url).toBe('https://i.discogs.com/ReleaseThumbnail.jpeg');
	});

	// Not seen in a capture: the same tolerance for the other groups and for entries that are not objects at all.
	it('says "an entry Discogs sent incomplete" when nothing is known, and names an artist or release by what it has', () => {
		const odd = submissionsPageSchema.parse({
			pagination: pagination(3),
			submissions: {
				artists: [{ id: 5, uri: 'https://www.discogs.com/artist/5-X' }, { name: '*Bold* @everyone' }],
				labels: [7],
				releases: [{ id: 9, title: 'Half A Release', artists: 'x' }],
			},
		});
		const embed = discogsSubmissionsEmbed(tr, odd, { ...view, username: 'example' });
		expect(field(embed.fields, 'Artists').split('\n')).toEqual([
			'[Artist 5](https://www.discogs.com/artist/5-X) · incomplete on Discogs',
			`${escapeMarkdown('*Bold* @everyone')} · incomplete on Discogs`,
		]);
		expect(field(embed.fields, 'Labels')).toBe('An entry Discogs sent incomplete');
		expect(field(embed.fields, 'Releases')).toBe('**[Half A Release](https://www.discogs.com/release/9)** · incomplete on Discogs');
	});
});

describe('contributions with one odd release', () => {
	it('keeps the numbering of the page and shows the odd release by its id', () => {
		const { title: _title, ...untitled } = makeRelease(1);
		const page = contributionsPageSchema.parse({ pagination: pagination(3), contributions: [makeRelease(0), untitled, makeRelease(2)] });
		const lines = discogsContributionsEmbed(tr, page, { ...view, username: 'example' }).description?.split('\n') ?? [];
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(/^1\\\. \*\*\[B Title 0\]/);
		expect(lines[1]).toBe('2\\. **[Release 9000001](https://www.discogs.com/release/9000001)** · incomplete on Discogs');
		expect(lines[2]).toMatch(/^3\\\. \*\*\[L Title 2\]/);
	});
});

describe('describeIssues', () => {
	it('names the path inside a union, from the branch that matched best', () => {
		const notArray = submissionsPageSchema.safeParse({ pagination: pagination(1), submissions: { labels: 'x' } });
		expect(notArray.success).toBe(false);
		expect(describeIssues(notArray.error?.issues ?? [])).toEqual(['submissions.labels: expected array, received string']);
		const neither = submissionsPageSchema.safeParse({ pagination: pagination(1), submissions: 7 });
		expect(describeIssues(neither.error?.issues ?? [])).toEqual(['submissions: expected object, received number']);
	});

	it('says (root) for the whole body, and never "Invalid input" alone', () => {
		const issues = describeIssues(profileSchema.safeParse('nope').error?.issues ?? []);
		expect(issues).toEqual(['(root): expected object, received string']);
	});
});
