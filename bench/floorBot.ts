/**
 * The floor for the latency and memory figures: the least a discord.js bot can do with an interaction. It
 * answers every repliable interaction with one fixed embed, with discord.js's default options, so the gap
 * between it and the real bot is what our dispatcher, cache, store and views cost. FLOOR_EMBED (JSON) is that
 * embed: the warm-lookup scenario gives it a card our bot answered, so both send Discord (and the fake, which
 * validates and keeps every message on the same two cores) answers of the same size.
 *
 *   npm run build && DISCORD_TOKEN=… DISCORD_API_URL=http://127.0.0.1:PORT/api node dist/bench/floorBot.js
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { Client, Events } from 'discord.js';

const token = process.env['DISCORD_TOKEN'];
const api = process.env['DISCORD_API_URL'];
if (!token || !api) {
	process.stderr.write('floorBot: DISCORD_TOKEN and DISCORD_API_URL are required\n');
	process.exit(1);
}

const FIXED_EMBED: APIEmbed = process.env['FLOOR_EMBED'] ? (JSON.parse(process.env['FLOOR_EMBED']) as APIEmbed) : { title: 'Floor', description: 'A fixed answer.', color: 0x333333 };

/** One JSON line, shaped like the real bot's pino lines so the harness waits for both the same way. */
function log(msg: string): void {
	process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), pid: process.pid, msg })}\n`);
}

const client = new Client({ intents: [], rest: { api } });
client.on(Events.InteractionCreate, (interaction) => {
	if (!interaction.isRepliable()) return;
	interaction.reply({ embeds: [FIXED_EMBED] }).catch((error: unknown) => log(`reply failed: ${String(error)}`));
});
client.once(Events.ClientReady, () => log('connected to Discord'));

let stopping = false;
async function stop(): Promise<void> {
	if (stopping) return;
	stopping = true;
	await client.destroy();
	process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

await client.login(token);
