/**
 * The Linked Roles requirements a server admin picks from (Server Settings → Roles → Links) and a member sees
 * on the success page, by metadata key (src/linkedRoles/metadata.ts). Discord's limits: a name up to 100
 * characters, a description up to 200.
 */
export const metadata = {
	discogs_seller_rating: { name: 'Discogs seller rating (%)', description: 'Positive seller ratings on Discogs, in percent, at least' },
	discogs_seller_ratings: { name: 'Discogs seller ratings', description: 'Seller ratings received on Discogs, at least' },
	discogs_contributed: { name: 'Discogs releases contributed', description: 'Releases contributed to the Discogs database, at least' },
	discogs_member_since: { name: 'Discogs member for (days)', description: 'Days since joining Discogs, at least' },
	catalog_artist: { name: 'NEWM artist', description: 'Has released music on NEWM' },
} as const;
