import type { LocaleResources } from '../../resources.js';

export const metadata = {
	discogs_seller_rating: { name: 'Avaliação como vendedor no Discogs (%)', description: 'Avaliações positivas como vendedor no Discogs, em porcentagem, no mínimo' },
	discogs_seller_ratings: { name: 'Avaliações como vendedor no Discogs', description: 'Avaliações recebidas como vendedor no Discogs, no mínimo' },
	discogs_contributed: { name: 'Contribuições em lançamentos no Discogs', description: 'Lançamentos com contribuição no banco de dados do Discogs, no mínimo' },
	discogs_member_since: { name: 'Tempo no Discogs (dias)', description: 'Dias desde o cadastro no Discogs, no mínimo' },
	catalog_artist: { name: 'Artista no NEWM', description: 'Já lançou música no NEWM' },
} as const satisfies LocaleResources['metadata'];
