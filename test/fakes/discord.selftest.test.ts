import { once } from 'node:events';
import { REST } from '@discordjs/rest';
import {
	ActionRowBuilder,
	ApplicationCommandOptionType,
	ButtonBuilder,
	ButtonStyle,
	Client,
	ComponentType,
	DiscordAPIError,
	Events,
	GatewayIntentBits,
	MessageFlags,
	ModalBuilder,
	Routes,
	TextInputBuilder,
	TextInputStyle,
} from 'discord.js';
import type { APIActionRowComponent, APITextInputComponent, Interaction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { DEFAULT_USER, startFakeDiscord } from './discord/index.js';
import type { FakeDiscord } from './discord/index.js';

const BOB = { id: '1300000000000000002', username: 'bob', global_name: 'Bob', discriminator: '0', avatar: null };
const CAROL = { id: '1300000000000000003', username: 'carol', global_name: 'Carol', discriminator: '0', avatar: null };

/** A real discord.js client whose behaviour each test sets through `handleNext`. */
class TestBot {
	readonly client: Client;
	#handler: ((interaction: Interaction) => void) | undefined;

	constructor(fake: FakeDiscord) {
		this.client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
		this.client.on(Events.InteractionCreate, (interaction) => this.#handler?.(interaction));
	}

	async login(token: string): Promise<void> {
		await Promise.all([once(this.client, Events.ClientReady), this.client.login(token)]);
	}

	/** Runs `respond` on the next interaction; the promise settles with its outcome (including discord.js errors). */
	handleNext<T>(respond: (interaction: Interaction) => Promise<T>): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			this.#handler = (interaction) => {
				this.#handler = undefined;
				respond(interaction).then(resolve, reject);
			};
		});
	}
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (error) {
		return error;
	}
	throw new Error('expected the promise to reject');
}

describe('fake Discord with a real discord.js client', () => {
	let fake: FakeDiscord;
	let bot: TestBot;

	beforeAll(async () => {
		fake = await startFakeDiscord();
		bot = new TestBot(fake);
		await bot.login(fake.token);
		await fake.waitForReady(1000);
	});

	afterAll(async () => {
		await bot?.client.destroy();
		await fake?.close();
	});

	it('logs the bot in through /gateway/bot, READY and GUILD_CREATE', async () => {
		expect(bot.client.user?.id).toBe(fake.applicationId);
		expect(bot.client.guilds.cache.get('1200000000000000001')?.name).toBe('Test Guild');
		const gatewayRequest = fake.requests.find((request) => request.path === '/gateway/bot');
		expect(gatewayRequest?.authorization).toBe(`Bot ${fake.token}`);
		expect((await bot.client.application?.fetch())?.id).toBe(fake.applicationId);
	});

	it('stores registered commands with stable ids and refuses invalid ones', async () => {
		const definitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
			{ name: 'ping', description: 'Replies with pong' },
			{
				name: 'search',
				description: 'Searches',
				options: [{ type: ApplicationCommandOptionType.String, name: 'query', description: 'What', autocomplete: true }],
			},
			{
				name: 'whois',
				description: 'Shows a user',
				options: [{ type: ApplicationCommandOptionType.User, name: 'who', description: 'Whom', required: true }],
			},
		];
		const first = await bot.client.application?.commands.set(definitions);
		expect(first?.map((command) => command.name).sort()).toEqual(['ping', 'search', 'whois']);
		const pingId = fake.globalCommands().find((command) => command.name === 'ping')?.id;
		await bot.client.application?.commands.set(definitions);
		expect(fake.globalCommands().find((command) => command.name === 'ping')?.id).toBe(pingId);

		const error = await rejectionOf(bot.client.application?.commands.set([{ name: 'Bad Name', description: '' }]) ?? Promise.resolve());
		expect(error).toBeInstanceOf(DiscordAPIError);
		expect(error).toMatchObject({ code: 50035 });
	});

	it('delivers a slash command and shows the reply as final', async () => {
		const handled = bot.handleNext(async (interaction) => {
			if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
			await interaction.reply({ content: 'pong' });
			return { commandId: interaction.commandId, inGuild: interaction.inCachedGuild() };
		});
		const handle = await fake.slash({ name: 'ping' });
		const final = await handle.final();
		expect(final).toMatchObject({ type: 4, deferred: false, ephemeral: false, data: { content: 'pong' } });
		expect(await handled).toEqual({ commandId: fake.globalCommands().find((command) => command.name === 'ping')?.id, inGuild: true });
		expect(handle.original()).toMatchObject({ content: 'pong', type: 20, author: { id: fake.applicationId } });
		const callback = fake.requests.find((request) => request.path === `/interactions/${handle.id}/${handle.token}/callback`);
		expect(callback?.authorization).toBeUndefined();
	});

	it('resolves USER options against known users', async () => {
		const handled = bot.handleNext(async (interaction) => {
			if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
			await interaction.reply({ content: 'ok' });
			return interaction.options.getUser('who', true).username;
		});
		await fake.slash({ name: 'whois', options: [{ type: ApplicationCommandOptionType.User, name: 'who', value: DEFAULT_USER.id }] });
		expect(await handled).toBe('alice');
	});

	it('treats deferReply + editReply as a deferred final answer', async () => {
		void bot.handleNext(async (interaction) => {
			if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
			await interaction.deferReply({ flags: MessageFlags.Ephemeral });
			await interaction.editReply({ content: 'done' });
		});
		const handle = await fake.slash({ name: 'ping', guildId: null });
		expect((await handle.firstResponse()).type).toBe(5);
		const final = await handle.final();
		expect(final).toMatchObject({ type: 5, deferred: true, ephemeral: true, data: { content: 'done' } });
		expect(handle.events.map((event) => event.kind)).toEqual(['callback', 'edit']);
		expect(handle.original()?.flags).toBe(MessageFlags.Ephemeral);
	});

	it('refuses a second acknowledgement with 40060', async () => {
		const outcome = bot.handleNext(async (interaction) => {
			if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
			// Both pass discord.js's own replied check because neither has finished yet: the classic double reply.
			return Promise.allSettled([interaction.reply({ content: 'one' }), interaction.reply({ content: 'two' })]);
		});
		const handle = await fake.slash({ name: 'ping' });
		const results = await outcome;
		const refused = results.find((result) => result.status === 'rejected');
		expect(refused?.status === 'rejected' ? refused.reason : undefined).toMatchObject({ code: 40060 });
		expect(handle.events.filter((event) => event.rejected === 40060)).toHaveLength(1);
	});

	it('answers autocomplete with choices (type 8)', async () => {
		void bot.handleNext(async (interaction) => {
			if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
			const typed = interaction.options.getFocused();
			await interaction.respond([{ name: `${typed} one`, value: `${typed}-1` }]);
		});
		const handle = await fake.autocomplete({
			name: 'search',
			options: [{ type: ApplicationCommandOptionType.String, name: 'query', value: 'abc', focused: true }],
		});
		expect(await handle.final()).toMatchObject({ type: 8, data: { choices: [{ name: 'abc one', value: 'abc-1' }] } });
	});

	it('updates the message of a clicked button (type 7), and runs a modal round trip', async () => {
		void bot.handleNext(async (interaction) => {
			if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
			const button = new ButtonBuilder().setCustomId('again').setLabel('Again').setStyle(ButtonStyle.Primary);
			await interaction.reply({ content: 'pick', components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button)] });
		});
		const command = await fake.slash({ name: 'ping' });
		await command.final();
		const message = command.original();
		if (!message) throw new Error('the reply has no message');

		void bot.handleNext(async (interaction) => {
			if (!interaction.isButton()) throw new Error('expected a button');
			await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
		});
		const click = await fake.click({ customId: 'again', message });
		expect(await click.final()).toMatchObject({ type: 7, data: { content: 'clicked again' } });
		expect(click.original()).toMatchObject({ id: message.id, content: 'clicked again', components: [] });

		void bot.handleNext(async (interaction) => {
			if (!interaction.isButton()) throw new Error('expected a button');
			const input = new TextInputBuilder().setCustomId('comment').setLabel('Comment').setStyle(TextInputStyle.Short);
			const row = new ActionRowBuilder<TextInputBuilder>().addComponents(input);
			const modal = new ModalBuilder().setCustomId('feedback').setTitle('Feedback').addComponents(row);
			await interaction.showModal(modal);
		});
		const opener = await fake.click({ customId: 'again', message });
		expect(await opener.final()).toMatchObject({ type: 9, data: { custom_id: 'feedback', title: 'Feedback' } });

		void bot.handleNext(async (interaction) => {
			if (!interaction.isModalSubmit()) throw new Error('expected a modal submit');
			await interaction.reply({ content: `got ${interaction.fields.getTextInputValue('comment')}`, flags: MessageFlags.Ephemeral });
		});
		const submit = await fake.submitModal({ customId: 'feedback', fields: { comment: 'nice' }, message });
		expect(await submit.final()).toMatchObject({ type: 4, ephemeral: true, data: { content: 'got nice' } });
	});

	it('delivers user commands with the resolved target', async () => {
		const handled = bot.handleNext(async (interaction) => {
			if (!interaction.isUserContextMenuCommand()) throw new Error('expected a user command');
			await interaction.reply({ content: `hi ${interaction.targetUser.username}`, withResponse: true });
			return interaction.targetMember !== null;
		});
		const handle = await fake.userCommand({ name: 'Profile', target: BOB });
		expect(await handle.final()).toMatchObject({ type: 4, data: { content: 'hi bob' } });
		expect(await handled).toBe(true);
		expect(handle.original()?.type).toBe(23);
	});

	it('turns the first follow-up after a deferral into the reply, and later ones into new messages', async () => {
		void bot.handleNext(async (interaction) => {
			if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
			await interaction.deferReply();
			await interaction.followUp({ content: 'first' });
			await interaction.followUp({ content: 'second', files: [{ attachment: Buffer.from('hello'), name: 'note.txt' }] });
		});
		const handle = await fake.slash({ name: 'ping' });
		expect(await handle.final()).toMatchObject({ type: 5, deferred: true, data: { content: 'first' } });
		await expect.poll(() => handle.events.length).toBe(3);
		expect(handle.original()?.content).toBe('first');
		const upload = fake.requests.find((request) => request.files.length > 0);
		expect(upload).toMatchObject({ method: 'POST', body: { content: 'second' }, files: [{ filename: 'note.txt', size: 5 }] });
	});

	it('treats deferUpdate + editReply on a component as a deferred update', async () => {
		void bot.handleNext(async (interaction) => {
			if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
			await interaction.reply({ content: 'before' });
		});
		const command = await fake.slash({ name: 'ping' });
		await command.final();
		const message = command.original();
		if (!message) throw new Error('the reply has no message');

		void bot.handleNext(async (interaction) => {
			if (!interaction.isButton()) throw new Error('expected a button');
			await interaction.deferUpdate();
			await interaction.editReply({ content: 'after' });
		});
		const click = await fake.click({ customId: 'refresh', message });
		expect(await click.final()).toMatchObject({ type: 6, deferred: true, data: { content: 'after' } });
		expect(click.original()).toMatchObject({ id: message.id, content: 'after' });
	});

	it('refuses messages Discord would refuse: empty, or content over 2000 characters', async () => {
		const outcome = bot.handleNext(async (interaction) => {
			if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
			const tooLong = await rejectionOf(interaction.reply({ content: 'x'.repeat(2001) }));
			const empty = await rejectionOf(interaction.reply({ content: '' }));
			await interaction.reply({ content: 'fine' });
			return [tooLong, empty];
		});
		const handle = await fake.slash({ name: 'ping' });
		const [tooLong, empty] = await outcome;
		expect(tooLong).toMatchObject({ code: 50035 });
		expect(String(tooLong)).toContain('data.content[BASE_TYPE_MAX_LENGTH]');
		expect(empty).toMatchObject({ code: 50006 });
		expect(await handle.final()).toMatchObject({ data: { content: 'fine' } });
	});

	it('refuses a modal whose text-input label passes 45 characters, naming the field in discord.js\'s message', async () => {
		// The shape /discogs edit once sent: raw component JSON skips discord.js's builders, so only Discord checks it.
		// Limit: TextInputComponentForModalRequest.label, maxLength 45, in Discord's OpenAPI description.
		const outcome = bot.handleNext(async (interaction) => {
			if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
			const row = (customId: string, label: string): APIActionRowComponent<APITextInputComponent> => ({
				type: ComponentType.ActionRow,
				components: [{ type: ComponentType.TextInput, custom_id: customId, label, style: TextInputStyle.Short }],
			});
			const rows = ['name', 'home_page', 'location', 'profile'].map((id) => row(id, id));
			const currency = row('curr_abbr', 'Currency (USD GBP EUR CAD AUD JPY CHF MXN BRL NZD SEK ZAR)');
			return rejectionOf(interaction.showModal({ custom_id: 'dge', title: 'Edit rodneyfool on Discogs', components: [...rows, currency] }));
		});
		const handle = await fake.slash({ name: 'ping' });
		const error = await outcome;
		expect(error).toBeInstanceOf(DiscordAPIError);
		expect(error).toMatchObject({ code: 50035, status: 400 });
		expect(String(error)).toContain('data.components[4].components[0].label[BASE_TYPE_BAD_LENGTH]: Must be between 1 and 45 in length.');
		expect(handle.events).toMatchObject([{ kind: 'callback', rejected: 50035 }]);
	});

	it('stores guild commands sent by a standalone REST client', async () => {
		const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
		const guildId = '1200000000000000001';
		const body: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [{ name: 'local', description: 'Guild only' }];
		await rest.put(Routes.applicationGuildCommands(fake.applicationId, guildId), { body });
		expect(fake.guildCommands(guildId)).toMatchObject([{ name: 'local', guild_id: guildId, type: 1, application_id: fake.applicationId }]);

		const handled = bot.handleNext(async (interaction) => {
			if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
			await interaction.reply({ content: 'ok' });
			return interaction.commandGuildId;
		});
		await fake.slash({ name: 'local' });
		expect(await handled).toBe(guildId);
	});

	it('answers unknown routes with 404 and unknown users with 10013 until added', async () => {
		const response = await fetch(`${fake.apiUrl}/v10/no/such/route`);
		expect(response.status).toBe(404);
		expect(await response.json()).toEqual({ code: 0, message: '404: Not Found' });

		expect(await rejectionOf(bot.client.users.fetch(CAROL.id, { force: true }))).toMatchObject({ code: 10013 });
		fake.addUser(CAROL);
		expect((await bot.client.users.fetch(CAROL.id, { force: true })).username).toBe('carol');
	});

	it('applies failRoute and delayRoute until undone, and checks the bot token', async () => {
		const undoFailure = fake.failRoute('GET', /^\/users\/@me$/, 403, JSON.stringify({ code: 50001, message: 'Missing Access' }));
		expect(await rejectionOf(bot.client.users.fetch('@me', { force: true }))).toMatchObject({ code: 50001 });
		undoFailure();
		const undoDelay = fake.delayRoute('GET', /^\/users\/@me$/, 200);
		const started = Date.now();
		await bot.client.rest.get(Routes.user('@me'));
		expect(Date.now() - started).toBeGreaterThanOrEqual(190);
		undoDelay();

		const stranger = new REST({ api: fake.apiUrl }).setToken('not-the-token');
		expect(await rejectionOf(stranger.get(Routes.gatewayBot()))).toMatchObject({ status: 401 });
	});
});

describe('fake Discord gateway', () => {
	it('closes with 4004 when IDENTIFY carries the wrong token', async () => {
		const fake = await startFakeDiscord();
		try {
			const socket = new WebSocket(`${fake.apiUrl.replace('http', 'ws').replace('/api', '')}/?v=10&encoding=json`);
			const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
			socket.on('message', (raw) => {
				const message: unknown = JSON.parse(String(raw));
				if (typeof message === 'object' && message !== null && 'op' in message && message.op === 10) {
					socket.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } }));
				}
			});
			expect(await closed).toBe(4004);
			await fake.waitForDisconnect(1000);
		} finally {
			await fake.close();
		}
	});
});

describe('fake Discord acknowledgement deadline', () => {
	it('refuses a reply sent after ackDeadlineMs with 10062, then sees the bot disconnect', async () => {
		const fake = await startFakeDiscord({ ackDeadlineMs: 300 });
		const bot = new TestBot(fake);
		try {
			await bot.login(fake.token);
			const outcome = bot.handleNext(async (interaction) => {
				if (!interaction.isChatInputCommand()) throw new Error('expected a slash command');
				await new Promise((resolve) => setTimeout(resolve, 450));
				return rejectionOf(interaction.reply({ content: 'too late' }));
			});
			const handle = await fake.slash({ name: 'slow' });
			const error = await outcome;
			expect(error).toBeInstanceOf(DiscordAPIError);
			expect(error).toMatchObject({ code: 10062, status: 404 });
			expect(handle.events).toMatchObject([{ kind: 'callback', rejected: 10062 }]);
			await expect(handle.firstResponse(50)).rejects.toThrow(/no accepted callback/);

			await bot.client.destroy();
			await fake.waitForDisconnect(2000);
		} finally {
			await bot.client.destroy();
			await fake.close();
		}
	});
});
