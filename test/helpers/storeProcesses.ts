import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { connectStore, type Store } from '../../src/core/store.js';
import type { StoreServer } from './services.js';

/**
 * Inside a describe: a server started for the file, and before each test `count` stores connected to one fresh
 * database of it, as that many bot processes would have; all closed after. Call `stores()` inside a test.
 */
export function storesPerTest(start: () => Promise<StoreServer>, count = 2): { stores(): Store[]; url(): string } {
	let server: StoreServer | undefined;
	let url = '';
	let stores: Store[] = [];
	beforeAll(async () => {
		server = await start();
	});
	afterAll(async () => {
		await server?.stop();
	});
	beforeEach(async () => {
		if (!server) throw new Error('the store server did not start');
		url = await server.freshUrl();
		stores = [];
		for (let index = 0; index < count; index++) stores.push(await connectStore(url));
	});
	afterEach(async () => {
		await Promise.all(stores.map((store) => store.close()));
	});
	return { stores: () => stores, url: () => url };
}
