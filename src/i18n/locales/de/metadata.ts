import type { LocaleResources } from '../../resources.js';

/** The English descriptions end in "at least"; German says the minimum first ("Mindestanzahl …"), as a requirement reads naturally. */
export const metadata = {
	discogs_seller_rating: { name: 'Discogs-Verkäuferbewertung (%)', description: 'Mindestanteil positiver Verkäuferbewertungen auf Discogs, in Prozent' },
	discogs_seller_ratings: { name: 'Discogs-Verkäuferbewertungen', description: 'Mindestanzahl erhaltener Verkäuferbewertungen auf Discogs' },
	discogs_contributed: { name: 'Beigetragene Discogs-Veröffentlichungen', description: 'Mindestanzahl an Veröffentlichungen, die zur Discogs-Datenbank beigetragen wurden' },
	discogs_member_since: { name: 'Discogs-Mitgliedschaft (Tage)', description: 'Mindestanzahl an Tagen seit der Anmeldung bei Discogs' },
	catalog_artist: { name: 'NEWM-Künstler', description: 'Hat Musik auf NEWM veröffentlicht' },
} as const satisfies LocaleResources['metadata'];
