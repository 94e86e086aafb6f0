/**
 * `npm run playground [-- --real-providers] [--port <n>] [--bot-logs]`: the real bot against a local fake Discord,
 * with a page that looks like a Discord channel. Prints one line with the page's address; Ctrl-C stops everything.
 */
import { startPlayground } from './playground.js';

const USAGE = 'Usage: npm run playground -- [--real-providers] [--port <n>] [--bot-logs]';
/** Past this, a stuck shutdown gives up: the bot process has its own 10 s bound inside it. */
const SHUTDOWN_LIMIT_MS = 15_000;

interface Flags {
	realProviders: boolean;
	port: number;
	botLogs: boolean;
}

function fail(line: string, code = 1): never {
	process.stderr.write(`${line}\n`);
	process.exit(code);
}

function parsePort(text: string | undefined): number {
	const port = Number(text);
	if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`--port needs a number from 0 to 65535. ${USAGE}`, 2);
	return port;
}

function parseFlags(argv: readonly string[]): Flags {
	const flags: Flags = { realProviders: false, port: 0, botLogs: false };
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index];
		if (arg === '--real-providers') flags.realProviders = true;
		else if (arg === '--bot-logs') flags.botLogs = true;
		else if (arg === '--port') flags.port = parsePort(argv[++index]);
		else if (arg?.startsWith('--port=')) flags.port = parsePort(arg.slice('--port='.length));
		else if (arg === '--help' || arg === '-h') {
			process.stdout.write(`${USAGE}\n`);
			process.exit(0);
		} else fail(`Unknown argument ${arg}. ${USAGE}`, 2);
	}
	return flags;
}

const flags = parseFlags(process.argv.slice(2));
let shuttingDown = false;

const starting = startPlayground({
	realProviders: flags.realProviders,
	port: flags.port,
	env: process.env,
	botLog: flags.botLogs ? process.stderr : undefined,
	onBotExit: (code, tail) => {
		if (shuttingDown) return;
		process.stderr.write(`The bot process exited (code ${code}). Its last output:\n${tail}\n`);
		void shutdown(1);
	},
	onWarning: (message) => process.stderr.write(`${message}\n`),
});

/** Waits for a start-up in progress, so a Ctrl-C while the bot connects still stops the bot; a second Ctrl-C exits at once. */
async function shutdown(code: number): Promise<void> {
	if (shuttingDown) process.exit(code);
	shuttingDown = true;
	setTimeout(() => fail('The playground took too long to stop; exiting anyway.'), SHUTDOWN_LIMIT_MS).unref();
	const running = await starting.catch(() => undefined);
	await running?.stop();
	process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
	const playground = await starting;
	if (!shuttingDown) process.stdout.write(`Playground: ${playground.url}\n`);
} catch (error) {
	if (!shuttingDown) fail(`The playground could not start: ${error instanceof Error ? error.message : String(error)}`);
}
