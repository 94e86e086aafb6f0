import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { COLORS } from '../../src/core/constants.js';
import { ProviderError } from '../../src/core/errors.js';
import type { FakeDiscord, FinalAnswer, SlashInput } from '../../test/fakes/discord/index.js';

/** What the user saw: an answer (a profile, or the floor's fixed embed), the rate-limit error, another error, or nothing. */
export type AnswerKind = 'answer' | 'rate_limited' | 'error' | 'none';

export interface LookupResult {
	username: string;
	/** Date.now() when the fake sent INTERACTION_CREATE. */
	dispatchedAt: number;
	/** From just before the dispatch to the first accepted callback, by performance.now() (sub-ms); undefined without one. */
	firstMs: number | undefined;
	/** Date.now() of the first accepted callback (the fake refuses one later than 3 s). */
	firstAt: number | undefined;
	/** Date.now() of the answer the user ends up seeing. */
	finalAt: number | undefined;
	deferred: boolean;
	kind: AnswerKind;
	failure: string | undefined;
}

export interface LookupTimeouts {
	firstMs: number;
	finalMs: number;
}

const RATE_LIMITED_TEXT = new ProviderError({ provider: 'Discogs', kind: 'rate_limited' }).message;

/** `/discogs profile username:<name>`, as Discord would send it. */
export function profileCommand(username: string): SlashInput {
	return {
		name: 'discogs',
		options: [
			{
				type: ApplicationCommandOptionType.Subcommand,
				name: 'profile',
				options: [{ type: ApplicationCommandOptionType.String, name: 'username', value: username }],
			},
		],
	};
}

export function classify(answer: FinalAnswer): AnswerKind {
	const embed = answer.data.embeds?.[0];
	if (!embed) return 'error';
	if (embed.color !== COLORS.error) return 'answer';
	return embed.description === RATE_LIMITED_TEXT ? 'rate_limited' : 'error';
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Sends one profile lookup through the fake gateway and waits (bounded) for its first callback and its answer. */
export async function lookup(discord: FakeDiscord, username: string, timeouts: LookupTimeouts): Promise<LookupResult> {
	const started = performance.now();
	const result: LookupResult = {
		username,
		dispatchedAt: Date.now(),
		firstMs: undefined,
		firstAt: undefined,
		finalAt: undefined,
		deferred: false,
		kind: 'none',
		failure: undefined,
	};
	try {
		const handle = await discord.slash(profileCommand(username));
		result.dispatchedAt = handle.dispatchedAt;
		const first = await handle.firstResponse(timeouts.firstMs);
		result.firstMs = performance.now() - started;
		result.firstAt = first.at;
		const answer = await handle.final(timeouts.finalMs);
		result.finalAt = answer.at;
		result.deferred = answer.deferred;
		result.kind = classify(answer);
	} catch (error) {
		result.failure = message(error);
	}
	return result;
}

/**
 * Runs `work` over `items` with at most `limit` in flight, in order; `keepGoing` is asked before each new item
 * (to bound a run by time). Results line up with the items started; `work` must not throw.
 */
export async function mapBounded<T, R>(
	items: readonly T[],
	limit: number,
	work: (item: T, index: number) => Promise<R>,
	keepGoing: () => boolean = () => true,
): Promise<R[]> {
	const results: R[] = [];
	const pending = items.entries();
	const worker = async (): Promise<void> => {
		for (const [index, item] of pending) {
			if (!keepGoing()) return;
			results[index] = await work(item, index);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
	return results.filter((result) => result !== undefined);
}

/** How many results of each kind, e.g. { answer: 198, rate_limited: 2 }. */
export function countKinds(results: readonly LookupResult[]): Record<AnswerKind, number> {
	const counts: Record<AnswerKind, number> = { answer: 0, rate_limited: 0, error: 0, none: 0 };
	for (const result of results) counts[result.kind]++;
	return counts;
}
