import type { APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { Answer } from '../../src/interactions/respond.js';
import type { Responder } from '../../src/interactions/responder.js';

/** What the Answer sends, in order, for each path Discord allows (receiving-and-responding.mdx, Responding). */
function recorder() {
	const calls: Array<[string, unknown]> = [];
	const responder: Responder = {
		initial: async (response: APIInteractionResponse) => void calls.push(['initial', response]),
		editOriginal: async (body) => void calls.push(['edit', body]),
		deleteOriginal: async () => void calls.push(['delete', undefined]),
		followUp: async (body) => void calls.push(['followUp', body]),
	};
	return { calls, responder };
}

const message = { embeds: [{ title: 'x' }] };
const kinds = (calls: Array<[string, unknown]>) => calls.map(([kind, body]) => (kind === 'initial' ? `initial:${(body as { type: number }).type}` : kind));

describe('Answer', () => {
	it('answers at once with 4, ephemeral with flag 64, and never pings anyone', async () => {
		const { calls, responder } = recorder();
		await new Answer(responder, { onMessage: false, modalSubmit: false }).deliver({ kind: 'message', ephemeral: true, message });
		expect(calls).toEqual([['initial', { type: 4, data: { content: '', embeds: [{ title: 'x' }], components: [], allowed_mentions: { parse: [] }, flags: 64 } }]]);
	});

	it('after a matching deferral (5), edits @original', async () => {
		const { calls, responder } = recorder();
		const answer = new Answer(responder, { onMessage: false, modalSubmit: false });
		await answer.defer({ ephemeral: true });
		await answer.deliver({ kind: 'message', ephemeral: true, message });
		expect(kinds(calls)).toEqual(['initial:5', 'edit']);
		expect(calls[0]?.[1]).toEqual({ type: 5, data: { flags: 64 } });
	});

	it('a private answer after a public deferral deletes the placeholder and follows up privately', async () => {
		const { calls, responder } = recorder();
		const answer = new Answer(responder, { onMessage: false, modalSubmit: false });
		await answer.defer({ ephemeral: false });
		await answer.deliver({ kind: 'message', ephemeral: true, message });
		expect(kinds(calls)).toEqual(['initial:5', 'delete', 'followUp']);
	});

	it('a component: update is 7, or 6 then an edit of its message; a new message after 6 is a follow-up, never an edit of it', async () => {
		const now = recorder();
		await new Answer(now.responder, { onMessage: true, modalSubmit: false }).deliver({ kind: 'update', message });
		expect(kinds(now.calls)).toEqual(['initial:7']);

		const later = recorder();
		const deferred = new Answer(later.responder, { onMessage: true, modalSubmit: false });
		await deferred.defer('update');
		await deferred.deliver({ kind: 'update', message });
		expect(kinds(later.calls)).toEqual(['initial:6', 'edit']);

		const error = recorder();
		const failed = new Answer(error.responder, { onMessage: true, modalSubmit: false });
		await failed.defer('update');
		await failed.deliver({ kind: 'message', ephemeral: true, message });
		expect(kinds(error.calls)).toEqual(['initial:6', 'followUp']);
	});

	it('a modal only as the first response, and never to a modal submit', async () => {
		const modal = { custom_id: 'm', title: 'T', components: [] };
		const first = recorder();
		await new Answer(first.responder, { onMessage: false, modalSubmit: false }).deliver({ kind: 'modal', modal });
		expect(kinds(first.calls)).toEqual(['initial:9']);

		const late = new Answer(recorder().responder, { onMessage: false, modalSubmit: false });
		await late.defer({ ephemeral: true });
		await expect(late.deliver({ kind: 'modal', modal })).rejects.toThrow('first response');
		await expect(new Answer(recorder().responder, { onMessage: false, modalSubmit: true }).deliver({ kind: 'modal', modal })).rejects.toThrow('modal submit');
	});
});
