import { ApplicationCommandType, type APIApplicationCommandOption, type RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { commandDefinitions, commands } from '../../commands/index.js';
import { commandKey, localizeDefinitions, resourceText, type TextLookup } from '../../src/i18n/commandLocalizations.js';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.js';
import { RESOURCES } from '../../src/i18n/resources.js';
import { commandIssues, requestSchema, validateAgainst } from '../fakes/discord/validate/index.js';
import { commandSize, COMMAND_SIZE_MAX } from '../fakes/discord/validate/commands.js';

/**
 * The command picker in every language. Discord's rules are its docs' (discord-api-docs
 * developers/interactions/application-commands.mdx, "Application Command Naming": CHAT_INPUT names match the regex
 * below and are lower case where the script has case; USER command names 1–32 characters; descriptions 1–100;
 * choice names 1–100), written here on their own so a wrong rule in the bot cannot pass its own test; the fake
 * Discord's validator (test/fakes/discord/validate/commands.ts, the OpenAPI description's lengths and the docs'
 * 8000 characters per command) judges the bodies.
 */
const DISCORD_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const length = (text: string) => [...text].length;

const definitions = (): RESTPostAPIApplicationCommandsJSONBody[] => [...commands.chatInput.map((command) => command.definition), ...commands.userContext.map((command) => command.definition)];

type Tree = { [key: string]: string | Tree };
type Kind = 'chatInputName' | 'contextMenuName' | 'description' | 'choiceName';
interface Field {
	key: string;
	english: string;
	kind: Kind;
}

function optionResource(option: APIApplicationCommandOption): Tree {
	const entry: Tree = { name: option.name, description: option.description };
	if ('choices' in option && option.choices) entry['choices'] = Object.fromEntries(option.choices.map((choice) => [String(choice.value), choice.name]));
	if ('options' in option && option.options) entry['options'] = Object.fromEntries(option.options.map((child) => [commandKey(child.name), optionResource(child)]));
	return entry;
}

/** What the en-US `commands` resource must be, read off the definitions. */
function resourceOf(bodies: readonly RESTPostAPIApplicationCommandsJSONBody[]): Tree {
	return Object.fromEntries(
		bodies.map((body) => {
			if (body.type !== undefined && body.type !== ApplicationCommandType.ChatInput) return [commandKey(body.name), { name: body.name }];
			const entry: Tree = { name: body.name, description: 'description' in body ? (body.description ?? '') : '' };
			if ('options' in body && body.options) entry['options'] = Object.fromEntries(body.options.map((option) => [commandKey(option.name), optionResource(option)]));
			return [commandKey(body.name), entry];
		}),
	);
}

function optionFields(option: APIApplicationCommandOption, parent: string): Field[] {
	const key = `${parent}.options.${commandKey(option.name)}`;
	return [
		{ key: `${key}.name`, english: option.name, kind: 'chatInputName' },
		{ key: `${key}.description`, english: option.description, kind: 'description' },
		...('choices' in option && option.choices ? option.choices.map((choice): Field => ({ key: `${key}.choices.${String(choice.value)}`, english: choice.name, kind: 'choiceName' })) : []),
		...('options' in option && option.options ? option.options.flatMap((child) => optionFields(child, key)) : []),
	];
}

/** Every text Discord shows of the commands, with its resource key and the rule it must follow. */
function fieldsOf(bodies: readonly RESTPostAPIApplicationCommandsJSONBody[]): Field[] {
	return bodies.flatMap((body) => {
		const key = `commands:${commandKey(body.name)}`;
		if (body.type !== undefined && body.type !== ApplicationCommandType.ChatInput) return [{ key: `${key}.name`, english: body.name, kind: 'contextMenuName' as const }];
		return [
			{ key: `${key}.name`, english: body.name, kind: 'chatInputName' as const },
			{ key: `${key}.description`, english: 'description' in body ? (body.description ?? '') : '', kind: 'description' as const },
			...('options' in body && body.options ? body.options.flatMap((option) => optionFields(option, key)) : []),
		];
	});
}

/** A text of a locale's resources, read as data (not through the bot's lookup). */
function resourceAt(locale: (typeof LOCALES)[number], key: string): unknown {
	const [namespace = '', path = ''] = key.split(':');
	let node: unknown = (RESOURCES[locale] as Record<string, unknown>)[namespace];
	for (const part of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
	return node;
}

function ruleBroken(kind: Kind, text: string): string | undefined {
	if (length(text) < 1) return 'is empty';
	if (kind === 'chatInputName') {
		if (!DISCORD_NAME.test(text)) return 'breaks the naming regex';
		if (text !== text.toLowerCase()) return 'is not lower case';
	}
	if (kind === 'contextMenuName' && length(text) > 32) return 'is over 32 characters';
	if ((kind === 'description' || kind === 'choiceName') && length(text) > 100) return 'is over 100 characters';
	return undefined;
}

/** Every localization map of the bodies, with where it is. */
function localizationMaps(value: unknown, path = ''): Array<{ path: string; base: unknown; map: Record<string, unknown> }> {
	if (Array.isArray(value)) return value.flatMap((item, index) => localizationMaps(item, `${path}[${index}]`));
	if (value === null || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	return Object.entries(record).flatMap(([key, child]) => {
		const base = key.endsWith('_localizations') ? record[key.slice(0, -'_localizations'.length)] : undefined;
		if (key.endsWith('_localizations') && child !== null && typeof child === 'object') return [{ path: `${path}.${key}`, base, map: child as Record<string, unknown> }];
		return localizationMaps(child, `${path}.${key}`);
	});
}

function validatorIssues(bodies: readonly RESTPostAPIApplicationCommandsJSONBody[]) {
	return [...validateAgainst(bodies, requestSchema('bulk_set_application_commands')), ...bodies.flatMap((body, index) => commandIssues({ ...body }, [index]))];
}

describe('the commands resource', () => {
	it('says in English exactly what the definitions in commands/ say, no more and no less', () => {
		expect(RESOURCES[DEFAULT_LOCALE].commands).toEqual(resourceOf(definitions()));
	});

	it.each(LOCALES.map((locale) => [locale]))('in %s follows Discord\'s rules for every name, description and choice', (locale) => {
		const broken = fieldsOf(definitions()).flatMap((field) => {
			const text = resourceAt(locale, field.key);
			if (typeof text !== 'string') return [`${field.key} is missing`];
			const why = ruleBroken(field.kind, text);
			return why === undefined ? [] : [`${field.key} "${text}" ${why}`];
		});
		expect(broken).toEqual([]);
	});
});

describe('localizeDefinitions', () => {
	/** A hand-made German, to see translations land before the translators' work does; every other locale says the English. */
	const GERMAN: Readonly<Record<string, string>> = {
		'commands:profile.name': 'Profil',
		'commands:profile.description': 'Zeigt die Profilkarte eines Mitglieds: Discord-Profil, Abzeichen und verknüpfte Musikkonten.',
		'commands:profile.options.user.name': 'mitglied',
		'commands:viewProfile.name': 'Profil ansehen',
		'commands:unlink.options.service.choices.all': 'Alles (alle meine Daten löschen)',
		// A space is not allowed in a slash command's name: Discord would refuse the whole PUT.
		'commands:discogs.options.profile.name': 'profil zeigen',
		'commands:discogs.description': `Schlägt Discogs-Profile nach ${'sehr '.repeat(30)}ausführlich.`,
	};
	const german: TextLookup = (locale, key) => (locale === 'de' ? (GERMAN[key] ?? resourceText(DEFAULT_LOCALE, key)) : resourceText(DEFAULT_LOCALE, key));
	const byName = (bodies: RESTPostAPIApplicationCommandsJSONBody[], name: string) => bodies.find((body) => body.name === name);

	it('registers a locale whose text differs from English, and leaves out every locale that says the same', () => {
		const before = structuredClone(definitions());
		const bodies = localizeDefinitions(definitions(), german);
		const profile = byName(bodies, 'profile');
		expect(profile?.name_localizations).toEqual({ de: 'profil' });
		expect(profile && 'description_localizations' in profile ? profile.description_localizations : undefined).toEqual({ de: GERMAN['commands:profile.description'] });
		expect(profile && 'options' in profile ? profile.options?.map((option) => option.name_localizations) : undefined).toEqual([{ de: 'mitglied' }, {}]);
		expect(byName(bodies, 'View profile')?.name_localizations).toEqual({ de: 'Profil ansehen' });
		const unlink = byName(bodies, 'unlink');
		const service = unlink && 'options' in unlink ? unlink.options?.[0] : undefined;
		expect(service && 'choices' in service ? service.choices?.map((choice) => choice.name_localizations) : undefined).toEqual([{}, {}, { de: 'Alles (alle meine Daten löschen)' }]);

		const discogs = byName(bodies, 'discogs');
		// An invalid name is left out (Discord shows the English) rather than refusing the deploy.
		expect(discogs && 'options' in discogs ? discogs.options?.[0]?.name_localizations : undefined).toEqual({});
		const longDescription = discogs && 'description_localizations' in discogs ? discogs.description_localizations?.de : undefined;
		expect(length(longDescription ?? '')).toBeLessThanOrEqual(100);
		expect(longDescription).toMatch(/^Schlägt Discogs-Profile nach sehr .*…$/);

		for (const { path, map } of localizationMaps(bodies)) expect(Object.keys(map).filter((locale) => locale !== 'de'), path).toEqual([]);
		expect(validatorIssues(bodies)).toEqual([]);
		// Pure: the command files' definitions are what they were.
		expect(definitions()).toEqual(before);
	});

	it('registers no translation of an older English wording than the definition has', () => {
		const stale: TextLookup = (locale, key) => (key === 'commands:profile.description' ? (locale === DEFAULT_LOCALE ? 'An older wording' : 'Eine ältere Fassung') : german(locale, key));
		const profile = byName(localizeDefinitions(definitions(), stale), 'profile');
		expect(profile && 'description_localizations' in profile ? profile.description_localizations : undefined).toEqual({});
		expect(profile?.name_localizations).toEqual({ de: 'profil' });
	});

	it('gives deploy-commands bodies with every translation of the resources, none that says the English, that the fake Discord accepts', () => {
		const bodies = commandDefinitions();
		const maps = localizationMaps(bodies);
		// Names everywhere, descriptions for slash commands and options, and choice names.
		expect(maps.length).toBeGreaterThan(bodies.length * 2);
		for (const { path, base, map } of maps) {
			expect(Object.keys(map), path).not.toContain(DEFAULT_LOCALE);
			for (const [locale, text] of Object.entries(map)) expect(text, `${path}.${locale}`).not.toBe(base);
		}
		expect(validatorIssues(bodies)).toEqual([]);
		for (const body of bodies) expect(commandSize({ ...body }), body.name).toBeLessThanOrEqual(COMMAND_SIZE_MAX);
	});

	it('keeps every command within 8000 characters even if every translation were as long as Discord allows', () => {
		const longest: TextLookup = (locale, key) => {
			const english = resourceText(DEFAULT_LOCALE, key);
			if (locale === DEFAULT_LOCALE) return english;
			return key.endsWith('.name') ? 'ü'.repeat(32) : 'ü'.repeat(100);
		};
		const bodies = localizeDefinitions(definitions(), longest);
		expect(validatorIssues(bodies)).toEqual([]);
		for (const body of bodies) expect(commandSize({ ...body }), body.name).toBeLessThanOrEqual(COMMAND_SIZE_MAX);
	});
});
