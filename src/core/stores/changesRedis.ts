import type { RedisClientType } from '@keyv/redis';
import { decodeChange, encodeChange, Listeners, type ChangeFeed } from '../changes.js';

const CHANNEL = 'crossfade:changes';

/** Changes over Redis pub/sub: a subscriber connection of its own, opened when the first listener subscribes. */
export function redisChanges(client: RedisClientType): ChangeFeed {
	const listeners = new Listeners();
	let subscriber: RedisClientType | undefined;
	const open = () => {
		if (subscriber) return;
		const connection = client.duplicate();
		subscriber = connection;
		connection.on('error', () => undefined);
		void connection
			.connect()
			.then(() =>
				connection.subscribe(CHANNEL, (message) => {
					const change = decodeChange(message);
					if (change) listeners.deliver(change.origin, change.digest);
				}),
			)
			.catch(() => undefined);
	};
	return {
		async publish(key) {
			await client.publish(CHANNEL, encodeChange(listeners.origin, key)).catch(() => undefined);
		},
		subscribe(listener) {
			open();
			return listeners.add(listener);
		},
		async close() {
			const connection = subscriber;
			subscriber = undefined;
			if (connection?.isOpen) await connection.close().catch(() => connection.destroy());
		},
	};
}
