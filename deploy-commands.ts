/**
 * Registers the bot's commands with Discord: `npm run deploy-commands -- [--guild [id]] [--global] [--dry-run] [--clear] [--help]`.
 * Global by default; a guild when --guild (or DISCORD_GUILD_ID) names one. Reads what is registered first and
 * skips the PUT when nothing would change.
 */
import { DiscordAPIError, REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { commandDefinitions } from './commands/index.js';
import { ConfigError, loadDeployEnv, loadDotEnv } from './src/core/config.js';
import { diffCommands, isUnchanged, type CommandBody } from './src/deploy/diffCommands.js';

const USAGE = 'Usage: npm run deploy-commands -- [--guild [id]] [--global] [--dry-run] [--clear]';

const HELP = `${USAGE}

Registers the bot's commands with Discord, globally by default. Reads what is registered first and sends
nothing when nothing would change; otherwise prints what it adds, updates or removes.

  --guild [id]  one guild, where changes show at once (without an id: DISCORD_GUILD_ID)
  --global      globally, even when DISCORD_GUILD_ID is set
  --dry-run     print the JSON body and send nothing (needs no token)
  --clear       remove the commands of that scope
  --help, -h    print this and exit

Reads DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_GUILD_ID and DISCORD_API_URL from the environment or .env.
`;

interface Flags {
	help: boolean;
	guild: string | true | undefined;
	global: boolean;
	dryRun: boolean;
	clear: boolean;
}

function fail(line: string): never {
	process.stderr.write(`${line}\n`);
	process.exit(1);
}

function parseFlags(argv: string[]): Flags {
	const flags: Flags = { help: false, guild: undefined, global: false, dryRun: false, clear: false };
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index];
		if (arg === '--help' || arg === '-h') flags.help = true;
		else if (arg === '--dry-run') flags.dryRun = true;
		else if (arg === '--clear') flags.clear = true;
		else if (arg === '--global') flags.global = true;
		else if (arg === '--guild') {
			const next = argv[index + 1];
			if (next !== undefined && !next.startsWith('--')) {
				flags.guild = next;
				index++;
			} else flags.guild = true;
		} else if (arg?.startsWith('--guild=')) flags.guild = arg.slice('--guild='.length);
		else fail(`Unknown argument ${arg}. ${USAGE}`);
	}
	return flags;
}

function errorLine(error: unknown, apiUrl: string): string {
	if (error instanceof DiscordAPIError) {
		if (error.status === 401) return 'Discord rejected DISCORD_TOKEN (401 Unauthorized).';
		if (error.status === 403) return 'Discord refused: the application is not in that guild or lacks the applications.commands scope (403).';
		if (error.status === 404) return 'Discord does not know that application or guild (404): check DISCORD_APPLICATION_ID and the guild id.';
		return `Discord refused the request: ${error.status} ${error.message}`;
	}
	const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
	return `Could not reach the Discord API at ${apiUrl}: ${cause}`;
}

async function main(): Promise<void> {
	const flags = parseFlags(process.argv.slice(2));
	// Before any configuration: help is for someone who has none yet.
	if (flags.help) {
		process.stdout.write(HELP);
		return;
	}
	loadDotEnv();
	let env;
	try {
		env = loadDeployEnv(process.env);
	} catch (error) {
		if (error instanceof ConfigError) fail(`Configuration error: ${error.message}`);
		throw error;
	}
	const guildId = flags.global ? undefined : flags.guild === true ? env.DISCORD_GUILD_ID : (flags.guild ?? env.DISCORD_GUILD_ID);
	if (flags.guild === true && !guildId) fail('--guild needs a guild id, or DISCORD_GUILD_ID set.');
	if (guildId !== undefined && !/^\d{17,20}$/.test(guildId)) fail(`The guild id ${guildId} is not a Discord snowflake.`);
	const scope = guildId ? `guild ${guildId}` : 'global';
	const body: CommandBody[] = flags.clear ? [] : commandDefinitions();

	if (flags.dryRun) {
		process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
		process.stderr.write(`Dry run: ${body.length} command(s) for ${scope}; nothing was sent.\n`);
		return;
	}
	if (!env.DISCORD_TOKEN) fail('Configuration error: DISCORD_TOKEN is required to deploy commands.');
	if (!env.DISCORD_APPLICATION_ID) fail('Configuration error: DISCORD_APPLICATION_ID is required to deploy commands.');

	const route = guildId ? Routes.applicationGuildCommands(env.DISCORD_APPLICATION_ID, guildId) : Routes.applicationCommands(env.DISCORD_APPLICATION_ID);
	const rest = new REST({ api: env.DISCORD_API_URL, retries: 1, timeout: 10_000 }).setToken(env.DISCORD_TOKEN);
	try {
		const registered = (await rest.get(route)) as CommandBody[];
		const diff = diffCommands(body, registered);
		if (isUnchanged(diff)) {
			process.stdout.write(`Commands for ${scope} are up to date (${body.length} registered); nothing sent.\n`);
			return;
		}
		for (const [label, names] of [['add', diff.added], ['update', diff.changed], ['remove', diff.removed]] as const) {
			if (names.length > 0) process.stdout.write(`Will ${label}: ${names.join(', ')}\n`);
		}
		await rest.put(route, { body });
		process.stdout.write(`Registered ${body.length} command(s) for ${scope}.\n`);
	} catch (error) {
		fail(`Deploy failed: ${errorLine(error, env.DISCORD_API_URL)}`);
	}
}

await main();
