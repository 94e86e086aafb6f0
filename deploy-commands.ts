/**
 * Registers the bot's commands with Discord, and the application's role-connection metadata (Linked Roles):
 * `npm run deploy-commands -- [--guild [id]] [--global] [--dry-run] [--clear] [--help]`.
 * Commands go global by default, to a guild when --guild (or DISCORD_GUILD_ID) names one; the metadata belongs
 * to the application and is registered on every run. Reads what is registered first and skips each PUT when
 * nothing would change.
 */
import { DiscordAPIError, HTTPError, REST } from '@discordjs/rest';
import { ZodError } from 'zod';
import { commandDefinitions } from './commands/index.js';
import { ConfigError, loadDeployEnv, loadDotEnv } from './src/core/config.js';
import { sync } from './src/deploy/sync.js';
import { commandTarget, deployBodies, metadataTarget, scopeName } from './src/deploy/targets.js';
import { roleConnectionMetadata } from './src/linkedRoles/metadata.js';

const USAGE = 'Usage: npm run deploy-commands -- [--guild [id]] [--global] [--dry-run] [--clear]';

const HELP = `${USAGE}

Registers the bot's commands with Discord, globally by default, and the application's role-connection
metadata (Linked Roles), whatever the scope. Reads what is registered first and sends nothing when nothing
would change; otherwise prints what it adds, updates or removes.

  --guild [id]  one guild, where changes show at once (without an id: DISCORD_GUILD_ID)
  --global      globally, even when DISCORD_GUILD_ID is set
  --dry-run     print the JSON bodies and send nothing (needs no token)
  --clear       remove the commands of that scope; without --guild, the metadata too
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
	if (error instanceof ZodError) return `Discord at ${apiUrl} answered with a body it does not document: ${error.issues[0]?.message ?? 'invalid'}`;
	// What @discordjs/rest throws for a 5xx that outlived its retry: Discord was reached, and failed.
	if (error instanceof HTTPError) return `Discord failed the request (${error.status} ${error.message}); try again later.`;
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
	const bodies = deployBodies({ guildId, clear: flags.clear }, commandDefinitions, roleConnectionMetadata());

	if (flags.dryRun) {
		process.stdout.write(`${JSON.stringify({ commands: bodies.commands, roleConnectionMetadata: bodies.metadata }, null, 2)}\n`);
		process.stderr.write(
			`Dry run: ${bodies.commands.length} command(s) for ${scopeName(guildId)} and ${bodies.metadata.length} role-connection metadata record(s); nothing was sent.\n`,
		);
		return;
	}
	if (!env.DISCORD_TOKEN) fail('Configuration error: DISCORD_TOKEN is required to deploy commands.');
	if (!env.DISCORD_APPLICATION_ID) fail('Configuration error: DISCORD_APPLICATION_ID is required to deploy commands.');

	const rest = new REST({ api: env.DISCORD_API_URL, retries: 1, timeout: 10_000 }).setToken(env.DISCORD_TOKEN);
	const print = (line: string) => process.stdout.write(`${line}\n`);
	try {
		await sync(rest, commandTarget(env.DISCORD_APPLICATION_ID, guildId, bodies.commands), print);
		await sync(rest, metadataTarget(env.DISCORD_APPLICATION_ID, bodies.metadata), print);
	} catch (error) {
		fail(`Deploy failed: ${errorLine(error, env.DISCORD_API_URL)}`);
	}
}

await main();
