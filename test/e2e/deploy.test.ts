import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../commands/index.js';
import { roleConnectionMetadata } from '../../src/linkedRoles/metadata.js';
import { removeDir, spawnScript } from '../helpers/botProcess.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';

/** The records deploy-commands registers, in every language the resources speak. */
const ROLE_CONNECTION_METADATA = roleConnectionMetadata();

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
const GUILD = '1200000000000000001';

/** Role-connection metadata belongs to the application (Routes.applicationRoleConnectionMetadata), whatever the command scope. */
const metadataPath = () => `/applications/${discord.applicationId}/role-connections/metadata`;
const metadataPuts = () => discord.requests.filter((request) => request.method === 'PUT' && request.path === metadataPath()).length;
const KEYS = ROLE_CONNECTION_METADATA.map((record) => record.key);
const keysOf = (records: ReadonlyArray<{ key: string }>) => records.map((record) => record.key).sort();

/** What Discord has registered, read as the bot would (GET with the bot token), or replaced behind the script's back. */
async function metadataCall(method: 'GET' | 'PUT', body?: unknown): Promise<Array<{ key: string }>> {
	const response = await fetch(`${discord.apiUrl}/v10${metadataPath()}`, {
		method,
		headers: { authorization: `Bot ${discord.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
		...(body === undefined ? {} : { body: JSON.stringify(body) }),
	});
	expect(response.status, `${method} metadata`).toBe(200);
	return ((await response.json()) as Array<{ key: string }> | null) ?? [];
}

interface DryRunOption {
	name: string;
	options?: DryRunOption[];
	choices?: Array<{ name: string }>;
}
interface DryRun {
	commands: Array<DryRunOption & { type?: number; contexts?: number[]; integration_types?: number[] }>;
	roleConnectionMetadata: Array<{ key: string }>;
}

/**
 * Every option, nested, carries its localization maps: empty while a locale says the English, filled once the
 * translators' resources differ (test/unit/command-localizations.test.ts sees them filled from a hand-made one).
 */
function expectOptionLocalizations(option: DryRunOption, path: string): void {
	expect(option, path).toMatchObject({ name_localizations: expect.any(Object), description_localizations: expect.any(Object) });
	for (const choice of option.choices ?? []) expect(choice, `${path} choice ${choice.name}`).toMatchObject({ name_localizations: expect.any(Object) });
	for (const child of option.options ?? []) expectOptionLocalizations(child, `${path} ${child.name}`);
}

const commandsPath = () => `/applications/${discord.applicationId}/commands`;

/** Replaces the global commands behind the script's back, as another deploy (an older version of the bot) would. */
async function putCommands(body: unknown): Promise<void> {
	const response = await fetch(`${discord.apiUrl}/v10${commandsPath()}`, {
		method: 'PUT',
		headers: { authorization: `Bot ${discord.token}`, 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	expect(response.status, await response.text()).toBe(200);
}

describe('deploy-commands', () => {
	it('--dry-run prints the commands and the metadata and sends nothing, even without a token', async () => {
		const before = discord.requests.length;
		const result = await deploy(['--dry-run'], { DISCORD_TOKEN: '' });
		expect(result.code).toBe(0);
		const body = JSON.parse(result.stdout) as DryRun;
		expect(names(body.commands)).toEqual(ALL);
		for (const command of body.commands) {
			expect(command.contexts).toEqual([0, 1, 2]);
			expect(command.integration_types).toEqual([0, 1]);
			// What the command picker shows in each language: the name always, a slash command's description and options too.
			expect(command, command.name).toMatchObject({ name_localizations: expect.any(Object) });
			if (command.type === 2) continue;
			expect(command, command.name).toMatchObject({ description_localizations: expect.any(Object) });
			for (const option of command.options ?? []) expectOptionLocalizations(option, `${command.name} ${option.name}`);
		}
		for (const record of body.roleConnectionMetadata) {
			expect(record, record.key).toMatchObject({ name_localizations: expect.any(Object), description_localizations: expect.any(Object) });
		}
		expect(body.roleConnectionMetadata).toEqual(ROLE_CONNECTION_METADATA);
		expect(result.stderr).toContain(`${KEYS.length} role-connection metadata record(s); nothing was sent`);

		// What --clear would send: a global one empties both, a guild one leaves the application's metadata.
		const clearGlobal = JSON.parse((await deploy(['--dry-run', '--clear'], { DISCORD_TOKEN: '' })).stdout) as DryRun;
		expect(clearGlobal).toEqual({ commands: [], roleConnectionMetadata: [] });
		const clearGuild = JSON.parse((await deploy(['--dry-run', '--clear', '--guild', GUILD], { DISCORD_TOKEN: '' })).stdout) as DryRun;
		expect(clearGuild).toEqual({ commands: [], roleConnectionMetadata: ROLE_CONNECTION_METADATA });
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

	it('registers global commands and the metadata, then skips both PUTs when nothing changed', async () => {
		const first = await deploy([]);
		expect(first.code).toBe(0);
		expect(first.stdout).toContain('Will add: profile, discogs, catalog, link, unlink, privacy, View profile');
		expect(first.stdout).toContain(`Will add metadata: ${KEYS.join(', ')}`);
		expect(first.stdout).toContain(`Registered ${KEYS.length} role-connection metadata record(s).`);
		expect(names(discord.globalCommands())).toEqual(ALL);
		expect(await metadataCall('GET')).toEqual(ROLE_CONNECTION_METADATA);
		const putsAfterFirst = puts();

		const second = await deploy([]);
		expect(second.code).toBe(0);
		expect(second.stdout).toContain('Commands for global are up to date');
		expect(second.stdout).toContain('Role-connection metadata is up to date');
		expect(puts()).toBe(putsAfterFirst);
	});

	it('diffs the metadata by key: another order is no change, an edited or unknown record is', async () => {
		await metadataCall('PUT', [...ROLE_CONNECTION_METADATA].reverse());
		const reordered = metadataPuts();
		expect((await deploy([])).stdout).toContain('Role-connection metadata is up to date');
		expect(metadataPuts()).toBe(reordered);

		const [first, ...rest] = ROLE_CONNECTION_METADATA;
		const stale = [{ ...first, description: 'An older wording' }, ...rest.slice(1), { key: 'retired_key', type: 7, name: 'Retired', description: 'Gone' }];
		await metadataCall('PUT', stale);
		const result = await deploy([]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`Will add metadata: ${rest[0]?.key ?? ''}`);
		expect(result.stdout).toContain(`Will update metadata: ${first.key}`);
		expect(result.stdout).toContain('Will remove metadata: retired_key');
		expect(await metadataCall('GET')).toEqual(ROLE_CONNECTION_METADATA);
	});

	it('reads the registered commands with their localizations, and sees a translation taken out as an update', async () => {
		// Get Global Application Commands answers `name_localized` instead of the dictionaries unless
		// `with_localizations=true` (discord-api-docs application-commands.mdx; OpenAPI list_application_commands).
		const reads = () => discord.requests.filter((request) => request.method === 'GET' && request.path === commandsPath());
		await deploy([]);
		const before = reads().length;
		expect((await deploy([])).stdout).toContain('Commands for global are up to date');
		expect(reads().slice(before).map((request) => request.query)).toEqual([{ with_localizations: 'true' }]);

		// An empty dictionary answered as null (ApplicationCommandResponse allows object or null) is no change.
		const nulls = (value: unknown): unknown =>
			Array.isArray(value)
				? value.map(nulls)
				: value !== null && typeof value === 'object'
					? Object.fromEntries(Object.entries(value).map(([key, child]) => [key, key.endsWith('_localizations') && Object.keys(child ?? {}).length === 0 ? null : nulls(child)]))
					: value;
		await putCommands(nulls(commandDefinitions()));
		expect((await deploy([])).stdout).toContain('Commands for global are up to date');

		// As if an older version had registered a German name this one no longer has.
		const registered = commandDefinitions().map((command) => (command.name === 'profile' ? { ...command, name_localizations: { ...command.name_localizations, de: 'veraltet' } } : command));
		await putCommands(registered);
		const result = await deploy([]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Will update: profile\n');
		expect(discord.globalCommands().find((command) => command.name === 'profile')?.name_localizations).toEqual(commandDefinitions()[0]?.name_localizations);
		expect((await deploy([])).stdout).toContain('Commands for global are up to date');
	});

	it('registers to one guild with --guild or DISCORD_GUILD_ID, and the metadata still for the application', async () => {
		await metadataCall('PUT', []);
		const result = await deploy(['--guild', GUILD]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`for guild ${GUILD}`);
		expect(result.stdout).toContain(`Will add metadata: ${KEYS.join(', ')}`);
		expect(names(discord.guildCommands(GUILD))).toEqual(ALL);
		expect(keysOf(await metadataCall('GET'))).toEqual([...KEYS].sort());
		const again = await deploy([], { DISCORD_GUILD_ID: GUILD });
		expect(again.stdout).toContain(`Commands for guild ${GUILD} are up to date`);
		expect(again.stdout).toContain('Role-connection metadata is up to date');
	});

	it('--clear removes the commands of that scope and says which; only a global one clears the metadata', async () => {
		const guildClear = await deploy(['--clear', '--guild', GUILD]);
		expect(guildClear.code).toBe(0);
		expect(guildClear.stdout).toContain('Will remove:');
		expect(guildClear.stdout).toContain('Role-connection metadata is up to date');
		expect(discord.guildCommands(GUILD)).toEqual([]);
		expect(names(discord.globalCommands())).toEqual(ALL);
		expect(keysOf(await metadataCall('GET'))).toEqual([...KEYS].sort());

		const result = await deploy(['--clear']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Will remove:');
		expect(result.stdout).toContain(`Will remove metadata: ${KEYS.join(', ')}`);
		expect(result.stdout).toContain('Cleared the role-connection metadata.');
		expect(discord.globalCommands()).toEqual([]);
		expect(await metadataCall('GET')).toEqual([]);
		const last = discord.requests.filter((request) => request.method === 'PUT' && request.path === metadataPath()).at(-1);
		expect(last?.body).toEqual([]);
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

		// Reached, and failing: a 5xx is Discord's trouble, not an unreachable API.
		const undo = discord.failRoute('GET', /^\/applications\/\d+\/commands$/, 502, '{"message":"502: Bad Gateway","code":0}');
		try {
			const failing = await deploy([]);
			expect(failing.code).toBe(1);
			expect(failing.stderr.trim()).toBe('Deploy failed: Discord failed the request (502 Bad Gateway); try again later.');
		} finally {
			undo();
		}
	});
});
