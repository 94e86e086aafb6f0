import type { LocaleResources } from '../../resources.js';

/** Shown under Discord's own 「リンクされたロール」 screens, where a requirement reads as "at least this value". */
export const metadata = {
	discogs_seller_rating: { name: 'Discogs販売者評価（%）', description: 'Discogsでの販売者としての高評価の割合（%）がこの値以上' },
	discogs_seller_ratings: { name: 'Discogs販売者評価の件数', description: 'Discogsで受け取った販売者評価の件数がこの値以上' },
	discogs_contributed: { name: 'Discogsで貢献したリリース数', description: 'Discogsのデータベースに貢献したリリース数がこの値以上' },
	discogs_member_since: { name: 'Discogs登録からの日数', description: 'Discogsに登録してからの日数がこの値以上' },
	catalog_artist: { name: 'NEWMアーティスト', description: 'NEWMで音楽をリリースしている' },
} as const satisfies LocaleResources['metadata'];
