import { STUDIO_LOGIN_PATH, STUDIO_PROFILE_PATH } from '../fakes/catalog/index.js';
import { PROFILE_EDITOR_PATH } from '../fakes/discogs/index.js';
import { DEMO_CATALOG_ARTISTS, DEMO_DISCOGS_USERNAMES, MARA } from './seed.js';

/** The demo websites a member finishes the linking flows on: the pages the real Discogs and NEWM Studio would show. */
export interface DemoSites {
	readonly discogs: { readonly editorUrl: string; readonly usernames: readonly string[] };
	readonly studio: {
		readonly loginUrl: string;
		readonly profileUrl: string;
		readonly accounts: ReadonlyArray<{ readonly name: string; readonly id: string; readonly email: string; readonly password: string }>;
	};
}

export function demoSites(discogsUrl: string, catalogUrl: string): DemoSites {
	return {
		discogs: { editorUrl: `${discogsUrl}${PROFILE_EDITOR_PATH}`, usernames: DEMO_DISCOGS_USERNAMES },
		studio: {
			loginUrl: `${catalogUrl}${STUDIO_LOGIN_PATH}`,
			profileUrl: `${catalogUrl}${STUDIO_PROFILE_PATH}`,
			accounts: DEMO_CATALOG_ARTISTS.map(({ name, id, email, password }) => ({ name, id, email, password })),
		},
	};
}

/** What the welcome message suggests trying first. */
export function hints(realProviders: boolean): string[] {
	if (realProviders) return ['/discogs profile username:<a Discogs user>', '/profile'];
	return [
		'/discogs profile username:rodneyfool',
		'/discogs contributions username:crate_digger',
		'/discogs profile username:crate_digger private:True, with Language set to Deutsch: German labels and numbers',
		`/catalog songs id:${MARA.id}`,
		'/profile, as Nelly (linked to rodneyfool and Theo Marsh)',
		'/discogs edit, as Nelly',
		'/link discogs, as Alice or Bob: authorize on the demo Discogs, or pass a username and put the code in its profile',
		'/link catalog, as Alice or Bob: paste a token from the demo NEWM Studio, or pass an id and put the code in its biography',
	];
}
