import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// The end-to-end tests spawn the built bot (dist/), as `npm start` runs it.
		globalSetup: ['test/globalSetup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		teardownTimeout: 15_000,
		pool: 'forks',
		// The machines have two cores; e2e files each run a bot process and fakes.
		maxWorkers: 2,
	},
});
