import { startHttpStack, type HttpStack, type HttpStackOptions } from '../../test/helpers/httpStack.js';
import { startRedis, type StoreServer } from '../../test/helpers/services.js';
import { sleep, track } from './bots.js';

/**
 * The real bot in HTTP mode against the fakes (test/helpers/httpStack.ts: each replica passes the fake's endpoint
 * check, several stand behind nginx), registered with the bench's `track` so a failure, a timeout or a signal still
 * stops it all through `stopAll`. Its stop is bounded: each replica gets SIGTERM then its group SIGKILL, nginx SIGQUIT
 * then SIGKILL.
 */
export async function startTrackedHttpStack(options: HttpStackOptions): Promise<HttpStack> {
	const stack = await startHttpStack(options);
	const stop = track(() => stack.stop());
	return { ...stack, stop };
}

/** A redis-server of its own on a free loopback port (no persistence), tracked like every other process of the bench. */
export async function startTrackedRedis(): Promise<StoreServer> {
	const redis = await startRedis();
	const stop = track(() => redis.stop());
	return { ...redis, stop };
}

const ANSWER_LOG_WAIT_MS = 2_000;
const POLL_MS = 50;

function countAnswered(stack: HttpStack, ids: ReadonlySet<string>): number[] {
	return stack.replicas.map(
		(replica) =>
			replica.bot.logs().filter((line) => {
				const id = line['interaction'];
				return line.msg === 'interaction answered' && typeof id === 'string' && ids.has(id);
			}).length,
	);
}

/**
 * How many of `ids` each replica answered, by its `interaction answered` log lines (which carry the interaction id):
 * shows whether nginx spread the load, and that no interaction was answered twice. A replica logs the line after its
 * answer is out, so the last lines may still be on their way: waits (bounded) until every id is counted.
 */
export async function answersPerReplica(stack: HttpStack, ids: ReadonlySet<string>): Promise<number[]> {
	const deadline = Date.now() + ANSWER_LOG_WAIT_MS;
	for (;;) {
		const counts = countAnswered(stack, ids);
		if (counts.reduce((sum, count) => sum + count, 0) >= ids.size || Date.now() > deadline) return counts;
		await sleep(POLL_MS);
	}
}
