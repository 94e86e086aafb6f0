/** A command body as we send it and as Discord returns it (with ids and defaults added). */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export interface CommandBody {
	name: string;
	type?: number | undefined;
}

export interface CommandDiff {
	added: string[];
	removed: string[];
	changed: string[];
}

/** Values Discord leaves out of (or answers as null in) what it returns when they are the default. */
function isDefault(value: unknown): boolean {
	return value === false || value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * A localization map as one comparable string, with its empty forms (null, {}, absent, a locale set to null)
 * made one.
 */
export function localizationKey(map: unknown): string {
	const entries = Object.entries(map !== null && typeof map === 'object' ? map : {})
		.filter((entry): entry is [string, string] => typeof entry[1] === 'string')
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return JSON.stringify(entries);
}

/**
 * Whether what Discord has registered matches what we would send. Discord adds fields (id, version,
 * application_id, defaults), so only the fields we send are compared, recursively; but a localization map is
 * ours alone, so it must be equal (a translation taken out is a change too).
 */
export function matches(local: unknown, remote: unknown): boolean {
	if (Array.isArray(local)) {
		return Array.isArray(remote) && local.length === remote.length && local.every((item, index) => matches(item, remote[index]));
	}
	if (local !== null && typeof local === 'object') {
		if (remote === null || typeof remote !== 'object' || Array.isArray(remote)) return false;
		const remoteObject = remote as Record<string, Json>;
		return Object.entries(local).every(([key, value]) => {
			if (value === undefined) return true;
			const registered = remoteObject[key];
			if (key.endsWith('_localizations')) return localizationKey(value) === localizationKey(registered);
			if (registered === undefined || registered === null) return isDefault(value);
			return matches(value, registered);
		});
	}
	return local === remote;
}

/** What a PUT of `local` would change in `remote`, by command name (and type, since names are unique per type). */
export function diffCommands(local: readonly CommandBody[], remote: readonly CommandBody[]): CommandDiff {
	const key = (command: CommandBody) => `${String(command.type ?? 1)}:${command.name}`;
	const remoteByKey = new Map(remote.map((command) => [key(command), command]));
	const localKeys = new Set(local.map(key));
	const diff: CommandDiff = { added: [], removed: [], changed: [] };
	for (const command of local) {
		const registered = remoteByKey.get(key(command));
		if (!registered) diff.added.push(command.name);
		else if (!matches(command, registered)) diff.changed.push(command.name);
	}
	for (const command of remote) if (!localKeys.has(key(command))) diff.removed.push(command.name);
	return diff;
}

export function isUnchanged(diff: CommandDiff): boolean {
	return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
