import { z } from 'zod';
import type { Context } from '../../src/context.js';

/** How long what a member typed into a refused /discogs edit form is kept for its Try again button. */
export const EDIT_DRAFT_TTL_MS = 10 * 60_000;

/** The form's fields as typed; kept in the store, as five texts of up to 4000 characters never fit in a custom_id. */
export const editDraftSchema = z.object({
	name: z.string().max(4000),
	home_page: z.string().max(4000),
	location: z.string().max(4000),
	profile: z.string().max(4000),
	curr_abbr: z.string().max(4000),
});
export type EditDraft = z.output<typeof editDraftSchema>;

const key = (discordUserId: string) => `edit-draft:${discordUserId}`;

/** The settings namespace throws a StoreError on failure: a draft said to be kept must be kept. */
export async function saveEditDraft(context: Context, discordUserId: string, draft: EditDraft): Promise<void> {
	await context.store.namespace('settings').set(key(discordUserId), draft, EDIT_DRAFT_TTL_MS);
}

/** The member's draft, unless it expired; anything else found under the key counts as none. */
export async function readEditDraft(context: Context, discordUserId: string): Promise<EditDraft | undefined> {
	const parsed = editDraftSchema.safeParse(await context.store.namespace('settings').get(key(discordUserId)));
	return parsed.success ? parsed.data : undefined;
}

export async function forgetEditDraft(context: Context, discordUserId: string): Promise<void> {
	await context.store.namespace('settings').delete(key(discordUserId));
}
