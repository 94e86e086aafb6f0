import { execFile, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { onPath, skipWithout, type Program } from './requirements.js';
import { freePort } from './ports.js';

const run = promisify(execFile);
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
/** Redis databases per server: a fresh one per test, far more than a test file uses. */
const REDIS_DATABASES = 1000;

export type BackendName = 'SQLite' | 'Redis' | 'PostgreSQL';

/** A store server started for one test file, on a free loopback port, in a temp dir. */
export interface StoreServer {
	readonly name: BackendName;
	/** The DATABASE_URL of an empty database of its own. */
	freshUrl(): Promise<string>;
	/** Kills the server (as a crash would), runs `whileDown`, then starts it again on the same port and data. */
	outage?<T>(whileDown: () => Promise<T>): Promise<T>;
	/** Stops the server (forcibly past a bound) and removes its files. */
	stop(): Promise<void>;
}

export const REDIS_SERVER: Program = { name: 'redis-server', aptPackage: 'redis-server', locate: () => onPath('redis-server') };
export const POSTGRESQL: Program = { name: 'PostgreSQL (initdb, pg_ctl)', aptPackage: 'postgresql', locate: () => postgresBinDir() };

export interface StoreBackend {
	name: BackendName;
	start: () => Promise<StoreServer>;
}

const ALL_BACKENDS: ReadonlyArray<StoreBackend & { needs?: Program }> = [
	{ name: 'SQLite', start: startSqlite },
	{ name: 'Redis', start: startRedis, needs: REDIS_SERVER },
	{ name: 'PostgreSQL', start: startPostgres, needs: POSTGRESQL },
];

/**
 * The backends the store tests run against: those whose server is installed here, each missing one said in a
 * line naming its package. Under CI=true all of them, and a missing server fails its suite, naming the package.
 */
export const STORE_BACKENDS: readonly StoreBackend[] = ALL_BACKENDS.filter((backend) => backend.needs === undefined || !skipWithout(backend.needs));

function notInstalled(binary: string, aptPackage: string): Error {
	return new Error(`${binary} not found: install Debian's ${aptPackage} package (apt-get install -y ${aptPackage}); the store tests start their own server`);
}

export async function startSqlite(): Promise<StoreServer> {
	const dir = mkdtempSync(join(tmpdir(), 'store-sqlite-'));
	let count = 0;
	return {
		name: 'SQLite',
		freshUrl: () => Promise.resolve(`sqlite://${join(dir, `db${++count}`, 'bot.sqlite')}`),
		stop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
	};
}

/** redis-server without persistence, in the foreground; stopped by signal. */
/** One redis-server process on `port`; resolves once it accepts connections. */
async function spawnRedis(binary: string, args: string[]): Promise<{ stop(): Promise<void>; kill(): void }> {
	const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	// A test run that dies must not leave servers behind.
	const kill = () => child.kill('SIGKILL');
	process.once('exit', kill);
	let output = '';
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`redis-server did not start within ${START_TIMEOUT_MS} ms: ${output}`)), START_TIMEOUT_MS);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			if (/ready to accept connections/i.test(output)) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		void exited.then(() => {
			clearTimeout(timer);
			reject(new Error(`redis-server exited at start: ${output.slice(-1000)}`));
		});
	}).catch((error: unknown) => {
		kill();
		process.off('exit', kill);
		throw error;
	});
	return {
		kill,
		async stop() {
			child.kill('SIGTERM');
			const timer = setTimeout(kill, STOP_TIMEOUT_MS);
			await exited;
			clearTimeout(timer);
			process.off('exit', kill);
		},
	};
}

/**
 * redis-server in the foreground, stopped by signal; without persistence unless `persistent` (an append-only
 * file synced on every write), which a test that restarts the server needs to find its data again.
 */
export async function startRedis(options: { persistent?: boolean } = {}): Promise<StoreServer> {
	const binary = onPath('redis-server');
	if (!binary) throw notInstalled('redis-server', 'redis-server');
	const dir = mkdtempSync(join(tmpdir(), 'store-redis-'));
	const port = await freePort();
	const persistence = options.persistent ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
	const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--dir', dir, '--databases', String(REDIS_DATABASES)];
	let server = await spawnRedis(binary, args).catch((error: unknown) => {
		rmSync(dir, { recursive: true, force: true });
		throw error;
	});
	let database = 0;
	return {
		name: 'Redis',
		async freshUrl() {
			if (++database >= REDIS_DATABASES) throw new Error(`more than ${REDIS_DATABASES - 1} fresh Redis databases asked of one server`);
			return `redis://127.0.0.1:${port}/${database}`;
		},
		async outage(whileDown) {
			server.kill();
			try {
				return await whileDown();
			} finally {
				server = await spawnRedis(binary, args);
			}
		},
		async stop() {
			await server.stop();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** Debian keeps the server programs out of PATH, under /usr/lib/postgresql/<version>/bin; the newest wins. */
function postgresBinDir(): string | undefined {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)) : [];
	const dirs = [...versions.map((version) => join(root, version, 'bin')), ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
	return dirs.find((candidate) => ['initdb', 'pg_ctl', 'createdb'].every((binary) => existsSync(join(candidate, binary))));
}

function postgresBin(): string {
	const dir = postgresBinDir();
	if (!dir) throw notInstalled('initdb/pg_ctl (PostgreSQL server)', 'postgresql');
	return dir;
}

/**
 * initdb refuses to run as root, and the server must own its files: as root, every server program runs as
 * the `postgres` user (which Debian's package creates) on a temp dir it owns.
 */
async function asServerUser(dir: string): Promise<(binary: string, args: string[]) => Promise<unknown>> {
	if (process.getuid?.() !== 0) return (binary, args) => run(binary, args, { cwd: dir, timeout: START_TIMEOUT_MS });
	const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
	let uid: number;
	let gid: number;
	try {
		[uid, gid] = [await id('-u'), await id('-g')];
	} catch {
		throw notInstalled('the postgres user', 'postgresql');
	}
	chownSync(dir, uid, gid);
	return (binary, args) => run('runuser', ['-u', 'postgres', '--', binary, ...args], { cwd: dir, timeout: START_TIMEOUT_MS });
}

/** A throwaway cluster: trust authentication on 127.0.0.1 only, no fsync (nothing here must survive a crash). */
export async function startPostgres(): Promise<StoreServer> {
	const bin = postgresBin();
	const dir = mkdtempSync(join(tmpdir(), 'store-postgres-'));
	const data = join(dir, 'data');
	const port = await freePort();
	const asServer = await asServerUser(dir);
	const kill = () => {
		try {
			const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
			if (pid > 0) process.kill(pid, 'SIGQUIT');
		} catch {
			// Not running: nothing to stop.
		}
	};
	process.once('exit', kill);
	const serverOptions = `-p ${port} -k ${dir} -h 127.0.0.1 -F`;
	const startServer = () => asServer(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', serverOptions, '-w', '-t', '30', 'start']);
	try {
		await asServer(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
		await startServer();
	} catch (error) {
		kill();
		process.off('exit', kill);
		const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8').slice(-1000) : '';
		rmSync(dir, { recursive: true, force: true });
		throw new Error(`PostgreSQL did not start: ${error instanceof Error ? error.message : String(error)} ${log}`);
	}
	let database = 0;
	return {
		name: 'PostgreSQL',
		async freshUrl() {
			const name = `test_${++database}`;
			await run(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name], { timeout: START_TIMEOUT_MS });
			return `postgres://postgres@127.0.0.1:${port}/${name}`;
		},
		async outage(whileDown) {
			// Immediate mode: the server drops every connection at once and recovers from its WAL on start, as after a crash.
			await asServer(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', '-t', String(STOP_TIMEOUT_MS / 1000), 'stop']);
			try {
				return await whileDown();
			} finally {
				await startServer();
			}
		},
		async stop() {
			await asServer(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', '-t', String(STOP_TIMEOUT_MS / 1000), 'stop']).catch(kill);
			process.off('exit', kill);
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
