import type { LocaleResources } from '../../resources.js';

export const metadata = {
	discogs_seller_rating: { name: 'Valoración como vendedor en Discogs (%)', description: 'Valoraciones positivas como vendedor en Discogs, en porcentaje, como mínimo' },
	discogs_seller_ratings: { name: 'Valoraciones como vendedor en Discogs', description: 'Valoraciones recibidas como vendedor en Discogs, como mínimo' },
	discogs_contributed: { name: 'Ediciones aportadas a Discogs', description: 'Ediciones aportadas a la base de datos de Discogs, como mínimo' },
	discogs_member_since: { name: 'Antigüedad en Discogs (días)', description: 'Días desde que se unió a Discogs, como mínimo' },
	catalog_artist: { name: 'Artista de NEWM', description: 'Ha publicado música en NEWM' },
} as const satisfies LocaleResources['metadata'];
