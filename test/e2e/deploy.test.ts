import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, spawnScript } from '../helpers/botProcess.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';

let discord: FakeDiscord;
beforeAll(async () => {
	discord = await startFakeDiscord();
});
afterAll(async () => {
	await discord?.close();
});

async function deploy(args: string[], env: Record<string, string> = {}) {
	const run = spawnScript({
		script: 'deploy-commands.ts',
		args,
		env: { DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl, ...env },
	});
	try {
		const code = await run.waitForExit(30_000);
		return { code, stdout: run.stdout(), stderr: run.stderr() };
	} finally {
		removeDir(run.dir);
	}
}

const puts = () => discord.requests.filter((request) => request.method === 'PUT').length;
const ALL = ['View profile', 'catalog', 'discogs', 'link', 'privacy', 'profile', 'unlink'];
const names = (commands: Array<{ name: string }>) => commands.map((command) => command.name).sort();

describe('deploy-commands', () => {
	it('--dry-run prints the JSON body and sends nothing, even without a token', async () => {
		const before = discord.requests.length;
		const result = await deploy(['--dry-run'], { DISCORD_TOKEN: '' });
		expect(result.code).toBe(0);
		const body = JSON.parse(result.stdout) as Array<{ name: string; contexts?: number[]; integration_types?: number[] }>;
		expect(names(body)).toEqual(ALL);
		for (const command of body) {
			expect(command.contexts).toEqual([0, 1, 2]);
			expect(command.integration_types).toEqual([0, 1]);
		}
		expect(discord.requests.length).toBe(before);
	});

	it('--help (and -h) prints the usage and exits 0, sending nothing and needing no configuration', async () => {
		const before = discord.requests.length;
		for (const flag of ['--help', '-h']) {
			const result = await deploy([flag], { DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '', DISCORD_API_URL: 'not a url' });
			expect(result.code, flag).toBe(0);
			expect(result.stdout).toMatch(/^Usage: npm run deploy-commands -- \[--guild \[id\]\] \[--global\] \[--dry-run\] \[--clear\]\n/);
			for (const option of ['--guild [id]', '--global', '--dry-run', '--clear']) expect(result.stdout).toContain(`  ${option}`);
			expect(result.stderr).toBe('');
		}
		expect(discord.requests.length).toBe(before);
	});

	it('registers global commands, then skips the PUT when nothing changed', async () => {
		const first = await deploy([]);
		expect(first.code).toBe(0);
		expect(first.stdout).toContain('Will add: profile, discogs, catalog, link, unlink, privacy, View profile');
		expect(names(discord.globalCommands())).toEqual(ALL);
		const putsAfterFirst = puts();

		const second = await deploy([]);
		expect(second.code).toBe(0);
		expect(second.stdout).toContain('Commands for global are up to date');
		expect(puts()).toBe(putsAfterFirst);
	});

	it('registers to one guild with --guild or DISCORD_GUILD_ID', async () => {
		const guildId = '1200000000000000001';
		const result = await deploy(['--guild', guildId]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`for guild ${guildId}`);
		expect(names(discord.guildCommands(guildId))).toEqual(ALL);
		const again = await deploy([], { DISCORD_GUILD_ID: guildId });
		expect(again.stdout).toContain(`Commands for guild ${guildId} are up to date`);
	});

	it('--clear removes the commands of that scope and says which', async () => {
		const result = await deploy(['--clear']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Will remove:');
		expect(discord.globalCommands()).toEqual([]);
		expect(discord.guildCommands('1200000000000000001')).toHaveLength(ALL.length);
	});

	it('fails with one line for a rejected token, a missing application id and an unreachable API', async () => {
		const rejected = await deploy([], { DISCORD_TOKEN: 'wrong-token' });
		expect(rejected.code).toBe(1);
		expect(rejected.stderr.trim()).toBe('Deploy failed: Discord rejected DISCORD_TOKEN (401 Unauthorized).');
		expect(rejected.stderr + rejected.stdout).not.toContain('wrong-token');

		const noApp = await deploy([], { DISCORD_APPLICATION_ID: '' });
		expect(noApp.code).toBe(1);
		expect(noApp.stderr.trim()).toBe('Configuration error: DISCORD_APPLICATION_ID is required to deploy commands.');

		const unreachable = await deploy([], { DISCORD_API_URL: 'http://127.0.0.1:9/api' });
		expect(unreachable.code).toBe(1);
		expect(unreachable.stderr.trim().split('\n')).toHaveLength(1);
		expect(unreachable.stderr).toMatch(/^Deploy failed: Could not reach the Discord API at http:\/\/127\.0\.0\.1:9\/api/);
	});
});
