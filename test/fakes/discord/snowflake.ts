import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH = 1_420_070_400_000n;

/** Snowflakes that sort by creation time, so discord.js derives sensible `createdTimestamp`s. */
export function createSnowflakeFactory(): () => string {
	let increment = 0n;
	return () => {
		increment = (increment + 1n) & 0xfffn;
		return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment);
	};
}

/** Shaped like a real interaction token: long, opaque, URL-safe. */
export function interactionToken(): string {
	return `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`;
}

/** The shard Discord sends a guild's events to: its id's timestamp part, modulo the shard count. */
export function shardForGuild(guildId: string, shardCount: number): number {
	return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
