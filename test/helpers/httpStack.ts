import { removeDir, spawnScript, type BotProcess, type LogLine } from './botProcess.js';
import { startNginx, type NginxServer } from './nginx.js';
import { fakesEnv, startFakes, type Fakes, type StackOptions } from './stack.js';

/** How long one replica may take from spawn to `http listening` (the token check with Discord comes before it). */
const READY_TIMEOUT_MS = 20_000;
const POLL_MS = 25;

/** One bot process in HTTP mode, listening on its own loopback port. */
export interface Replica {
	readonly bot: BotProcess;
	readonly port: number;
	/** http://127.0.0.1:<port>, without a trailing slash. */
	readonly url: string;
}

/** The environment of HTTP mode on a free port, signed by `publicKey` (the fake Discord's). */
export function httpModeEnv(publicKey: string): Record<string, string> {
	return { INTERACTIONS: 'http', HTTP_PORT: '0', DISCORD_PUBLIC_KEY: publicKey };
}

const isListening = (line: LogLine): boolean => line.msg === 'http listening' && typeof line['port'] === 'number';

/**
 * Spawns the built bot with `env` and resolves once it logs `http listening`, with the port it got (HTTP_PORT=0
 * picks a free one). A process that never gets there is stopped before this rejects.
 */
export async function spawnHttpReplica(env: Record<string, string>, timeoutMs = READY_TIMEOUT_MS): Promise<Replica> {
	const bot = spawnScript({ env });
	try {
		const line = await bot.waitForLog(isListening, timeoutMs);
		const port = Number(line['port']);
		return { bot, port, url: `http://127.0.0.1:${port}` };
	} catch (error) {
		await bot.stop();
		removeDir(bot.dir);
		throw error;
	}
}

export interface HttpStack extends Omit<Fakes, 'close'> {
	readonly replicas: readonly Replica[];
	/** With more than one replica: nginx in front of them, round robin. */
	readonly nginx: NginxServer | undefined;
	/** The Interactions Endpoint URL set on the fake Discord: nginx's /interactions, or the one replica's. */
	readonly endpoint: string;
	/**
	 * The index of the replica that answered the interaction, by its `interaction answered` log line (which carries
	 * the interaction id). Rejects when none has within the bound, or when more than one has: the load balancer must
	 * give each interaction to one replica only.
	 */
	answeredBy(interactionId: string, timeoutMs?: number): Promise<number>;
	/** Stops every replica (bounded), nginx and the fakes, and removes the temp directories; safe after a kill. */
	stop(): Promise<void>;
}

export interface HttpStackOptions extends Pick<StackOptions, 'discord' | 'discogs' | 'catalog'> {
	/** Default 1. More than one needs a shared store: `env.DATABASE_URL` of Redis or PostgreSQL. */
	replicas?: number;
	env?: Record<string, string>;
}

function answeredIn(replica: Replica, interactionId: string): boolean {
	return replica.bot.logs().some((line) => line.msg === 'interaction answered' && line['interaction'] === interactionId);
}

/**
 * The real bot in HTTP mode against the fakes: `replicas` processes on one store, each on its own free port. One
 * replica is the endpoint itself; several stand behind nginx, as deployed, and the fake POSTs to nginx. Each replica
 * passes the developer portal's endpoint check on its own before nginx's URL is set.
 */
export async function startHttpStack(options: HttpStackOptions = {}): Promise<HttpStack> {
	const count = options.replicas ?? 1;
	if (!Number.isInteger(count) || count < 1) throw new Error(`replicas must be a positive integer, not ${count}`);
	const shared = options.env?.['DATABASE_URL'];
	if (count > 1 && (shared === undefined || shared.startsWith('sqlite:'))) {
		throw new Error('replicas on several processes share their state through one store: give env.DATABASE_URL of Redis or PostgreSQL');
	}
	const fakes = await startFakes(options);
	const env = { ...fakesEnv(fakes), ...httpModeEnv(fakes.discord.publicKey), ...options.env };
	const replicas: Replica[] = [];
	let nginx: NginxServer | undefined;

	const stop = async () => {
		await Promise.allSettled(replicas.map((replica) => replica.bot.stop()));
		await nginx?.stop();
		await fakes.close();
		for (const replica of replicas) removeDir(replica.bot.dir);
	};

	let endpoint: string;
	try {
		const started = await Promise.allSettled(Array.from({ length: count }, () => spawnHttpReplica(env)));
		for (const result of started) if (result.status === 'fulfilled') replicas.push(result.value);
		const failed = started.find((result) => result.status === 'rejected');
		if (failed) throw failed.reason;
		for (const replica of replicas) await fakes.discord.setInteractionsEndpoint(`${replica.url}/interactions`);
		if (count > 1) nginx = await startNginx({ upstreams: replicas.map((replica) => ({ host: '127.0.0.1', port: replica.port })) });
		endpoint = `${nginx?.url ?? replicas[0]?.url}/interactions`;
		await fakes.discord.setInteractionsEndpoint(endpoint);
	} catch (error) {
		await stop();
		throw error;
	}

	return {
		discord: fakes.discord,
		discogs: fakes.discogs,
		catalog: fakes.catalog,
		replicas,
		nginx,
		endpoint,
		async answeredBy(interactionId, timeoutMs = 5_000) {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const found = replicas.flatMap((replica, index) => (answeredIn(replica, interactionId) ? [index] : []));
				if (found.length > 1) throw new Error(`interaction ${interactionId} was answered by replicas ${found.join(' and ')}`);
				if (found[0] !== undefined) return found[0];
				if (Date.now() > deadline) throw new Error(`no replica logged 'interaction answered' for ${interactionId} within ${timeoutMs} ms`);
				await new Promise((resolve) => setTimeout(resolve, POLL_MS));
			}
		},
		stop,
	};
}
