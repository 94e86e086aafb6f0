import type { LocaleResources } from '../../resources.js';

/** The English descriptions end in "at least"; Dutch says the minimum first ("Minimaal aantal …"), as a requirement reads naturally. */
export const metadata = {
	discogs_seller_rating: { name: 'Discogs-verkopersbeoordeling (%)', description: 'Minimaal percentage positieve verkopersbeoordelingen op Discogs' },
	discogs_seller_ratings: { name: 'Discogs-verkopersbeoordelingen', description: 'Minimaal aantal ontvangen verkopersbeoordelingen op Discogs' },
	discogs_contributed: { name: 'Bijgedragen Discogs-releases', description: 'Minimaal aantal releases bijgedragen aan de Discogs-database' },
	discogs_member_since: { name: 'Discogs-lidmaatschap (dagen)', description: 'Minimaal aantal dagen sinds de aanmelding bij Discogs' },
	catalog_artist: { name: 'NEWM-artiest', description: 'Heeft muziek uitgebracht op NEWM' },
} as const satisfies LocaleResources['metadata'];
