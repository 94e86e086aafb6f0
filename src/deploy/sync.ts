import type { CommandDiff } from './diffCommands.js';
import { isUnchanged } from './diffCommands.js';

/** The two calls a sync makes; @discordjs/rest's REST is one. */
export interface DeployRest {
	get(route: `/${string}`, options?: { query?: URLSearchParams }): Promise<unknown>;
	put(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

/** One list Discord replaces whole with a PUT: the commands of a scope, or the application's role-connection metadata. */
export interface SyncTarget<T> {
	readonly route: `/${string}`;
	readonly body: readonly T[];
	/** What the GET asks for beyond the route: whatever makes it answer every field the diff compares. */
	readonly readQuery?: URLSearchParams | undefined;
	/** What the GET answered, validated. */
	readonly read: (registered: unknown) => readonly T[];
	readonly diff: (local: readonly T[], remote: readonly T[]) => CommandDiff;
	readonly upToDate: string;
	/** "Will add: a, b" for the commands, "Will add metadata: a, b" for the metadata. */
	readonly change: (verb: 'add' | 'update' | 'remove', names: readonly string[]) => string;
	readonly done: string;
}

/** Reads what is registered and PUTs `body` only when that would change something, saying what it changes. */
export async function sync<T>(rest: DeployRest, target: SyncTarget<T>, print: (line: string) => void): Promise<'unchanged' | 'registered'> {
	const registered = await rest.get(target.route, target.readQuery ? { query: target.readQuery } : {});
	const diff = target.diff(target.body, target.read(registered));
	if (isUnchanged(diff)) {
		print(target.upToDate);
		return 'unchanged';
	}
	for (const [verb, names] of [['add', diff.added], ['update', diff.changed], ['remove', diff.removed]] as const) {
		if (names.length > 0) print(target.change(verb, names));
	}
	await rest.put(target.route, { body: target.body });
	print(target.done);
	return 'registered';
}
