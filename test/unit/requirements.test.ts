import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCi, onPath, skipWithout, verdict, type Program } from '../helpers/requirements.js';

const redis = { name: 'redis-server', aptPackage: 'redis-server' };

describe('suites that need a program this machine lacks', () => {
	it('run when it is installed', () => {
		expect(verdict(redis, '/usr/bin/redis-server', false)).toEqual({ run: true });
	});

	it('are skipped with one line naming the Debian package to install', () => {
		expect(verdict(redis, undefined, false)).toEqual({
			run: false,
			line: 'Skipping the tests that need redis-server: it is not installed (Debian: apt-get install -y redis-server). Under CI=true they fail instead.',
		});
	});

	it('run under CI anyway, so that a missing server fails the run as before', () => {
		expect(verdict(redis, undefined, true)).toEqual({ run: true });
		expect(isCi({ CI: 'true' })).toBe(true);
		expect(isCi({ CI: '1' })).toBe(true);
		expect(isCi({ CI: 'false' })).toBe(false);
		expect(isCi({})).toBe(false);
	});

	it('say so once however many suites ask', () => {
		const missing: Program = { name: 'no-such-server', aptPackage: 'no-such-package', locate: () => undefined };
		const lines: string[] = [];
		const write = (line: string) => lines.push(line);
		expect(skipWithout(missing, { env: {}, write })).toBe(true);
		expect(skipWithout(missing, { env: {}, write })).toBe(true);
		expect(skipWithout(missing, { env: { CI: 'true' }, write })).toBe(false);
		expect(lines).toEqual([expect.stringContaining('apt-get install -y no-such-package')]);
	});
});

describe('finding a program', () => {
	const dir = mkdtempSync(join(tmpdir(), 'requirements-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('follows PATH, so a PATH without its directory hides it', () => {
		mkdirSync(join(dir, 'bin'));
		writeFileSync(join(dir, 'bin', 'fake-server-xyz'), '');
		expect(onPath('fake-server-xyz', join(dir, 'bin'))).toBe(join(dir, 'bin', 'fake-server-xyz'));
		expect(onPath('fake-server-xyz', join(dir, 'elsewhere'))).toBeUndefined();
		expect(onPath('fake-server-xyz', '')).toBeUndefined();
	});
});
