import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { builtScript } from '../helpers/botProcess.js';

/**
 * Which store drivers a process has loaded after connectStore, in a fresh node on the built store module (as
 * `npm start` runs it). node-redis (@redis/client) and pg are CommonJS, so once loaded they sit in require.cache,
 * also when an ES module imported them.
 */
function driversLoadedBy(databaseUrl: string): string[] {
	const store = pathToFileURL(builtScript('src/core/store.ts')).href;
	const script = `
		import { createRequire } from 'node:module';
		const { connectStore } = await import(${JSON.stringify(store)});
		const opened = await connectStore(process.env.URL).catch(() => undefined);
		await opened?.close();
		const cache = createRequire(import.meta.url).cache;
		const drivers = new Set(Object.keys(cache).flatMap((file) => /node_modules\\/(pg|@redis\\/client)\\//.exec(file)?.[1] ?? []));
		process.stdout.write(JSON.stringify([...drivers].sort()));`;
	const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { PATH: process.env.PATH ?? '', URL: databaseUrl }, encoding: 'utf8', timeout: 20_000 });
	if (run.status !== 0) throw new Error(`the probe failed (${run.status ?? run.signal}): ${run.stderr}`);
	return JSON.parse(run.stdout) as string[];
}

describe('store drivers', () => {
	let dir: string | undefined;
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
		dir = undefined;
	});

	it('are not loaded by a bot on SQLite: node-redis and pg cost start-up time and memory it never uses', () => {
		dir = mkdtempSync(join(tmpdir(), 'store-drivers-'));
		expect(driversLoadedBy(`sqlite://${join(dir, 'bot.sqlite')}`)).toEqual([]);
	});

	// Nothing listens on port 9 (discard) on 127.0.0.1: the connection is refused, but the driver was loaded to try.
	it('are loaded for the store DATABASE_URL names, and only that one', () => {
		expect(driversLoadedBy('redis://127.0.0.1:9')).toEqual(['@redis/client']);
		expect(driversLoadedBy('postgres://bot@127.0.0.1:9/bot')).toEqual(['pg']);
	});
});
