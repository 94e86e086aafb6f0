import type { LocaleResources } from '../../resources.js';

/** A server admin reads each description as a requirement, hence « au minimum » as the English says "at least". */
export const metadata = {
	discogs_seller_rating: { name: 'Note de vendeur Discogs (%)', description: 'Notes de vendeur positives sur Discogs, en pourcentage, au minimum' },
	discogs_seller_ratings: { name: 'Notes de vendeur Discogs', description: 'Notes de vendeur reçues sur Discogs, au minimum' },
	discogs_contributed: { name: 'Contributions aux sorties Discogs', description: 'Sorties auxquelles le membre a contribué dans la base de données Discogs, au minimum' },
	discogs_member_since: { name: 'Membre Discogs depuis (jours)', description: "Jours depuis l'inscription sur Discogs, au minimum" },
	catalog_artist: { name: 'Artiste NEWM', description: 'A publié de la musique sur NEWM' },
} as const satisfies LocaleResources['metadata'];
