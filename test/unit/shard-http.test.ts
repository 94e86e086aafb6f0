import { describe, expect, it } from 'vitest';
import { shardConfig } from '../../src/bot/shards.js';
import { loadConfig } from '../../src/core/config.js';

const pkg = { name: 'crossfade-bot', version: '1.2.3', homepage: 'https://example.org/bot' };
const config = loadConfig({ DISCORD_TOKEN: 'a', SHARD_COUNT: '3', HTTP_PORT: '8080', METRICS_PORT: '9100' }, pkg);

describe('HTTP_PORT under SHARD_COUNT', () => {
	it('is served by shard 0 only: the shards share one host, and a second bind of the port would fail', () => {
		expect(shardConfig(config, 0).http).toEqual({ host: '127.0.0.1', port: 8080 });
		expect(shardConfig(config, 1).http).toBeUndefined();
		expect(shardConfig(config, 2).http).toBeUndefined();
	});

	it('leaves each shard its own metrics port, METRICS_PORT + n', () => {
		expect([0, 1, 2].map((shard) => shardConfig(config, shard).metrics?.port)).toEqual([9100, 9101, 9102]);
	});
});
