// The playground page: a command box, the channel as the fake Discord stores it, and modals.
// Text from the bot only ever reaches the DOM through textContent, attributes or createElement: never as HTML.
import { api, avatarUrl, COMPONENT, el, limit, link, memberLocale, safeUrl, userName } from './dom.js';
import { inline, knowUsers, markdown } from './markdown.js';
import { openModal } from './modal.js';
import { renderWelcome } from './welcome.js';

const $ = (id) => document.getElementById(id);
const FLAG = { EPHEMERAL: 64, LOADING: 128 };
const OPTION = { SUB: 1, GROUP: 2, STRING: 3, INTEGER: 4, BOOLEAN: 5, USER: 6, NUMBER: 10 };
const state = { users: [], commands: [], paths: [], nodes: new Map(), messages: new Map(), cdnUrl: undefined };

const showError = (text) => ($('composer-error').textContent = text);
const send = (path, body) => api(path, body).then(() => showError(''), (error) => showError(error.message));
const currentUser = () => $('as-user').value;
const inDm = () => $('where').value === 'dm';

// ---- Messages ----
/** Images load from their real hosts, as in Discord; offline they fall back to a grey box naming the address. */
function media(url, className) {
	const box = el('div', `media ${className}`);
	const src = safeUrl(url);
	if (!src) return box;
	const image = Object.assign(el('img'), { alt: '', referrerPolicy: 'no-referrer', src });
	image.addEventListener('error', () => {
		image.remove();
		Object.assign(box, { className: `${box.className} broken`, title: `Could not load ${src}` });
	});
	box.append(image);
	return box;
}

/** The author's picture from the CDN, as Discord shows it; their initial while it cannot load. */
function avatar(user) {
	const box = el('div', 'avatar', userName(user).slice(0, 1).toUpperCase());
	const src = safeUrl(avatarUrl(state.cdnUrl, user) ?? '');
	if (!src) return box;
	const image = Object.assign(el('img'), { alt: '', referrerPolicy: 'no-referrer', src });
	image.addEventListener('load', () => box.replaceChildren(image));
	return box;
}

function embed(data) {
	const box = el('div', 'embed');
	if (typeof data.color === 'number') box.style.borderLeftColor = `#${data.color.toString(16).padStart(6, '0')}`;
	const body = el('div', 'embed-body');
	if (data.author?.name) {
		const author = el('div', 'embed-author');
		if (data.author.icon_url) author.append(media(data.author.icon_url, 'embed-author-icon'));
		author.append(data.author.url ? link(data.author.url, data.author.name) : data.author.name);
		body.append(author);
	}
	if (data.title) body.append(el('div', 'embed-title', data.url ? link(data.url, inline(data.title)) : inline(data.title)));
	if (data.description) body.append(el('div', 'embed-description', markdown(data.description)));
	if (data.fields?.length) {
		const field = (f) => el('div', f.inline ? 'field inline' : 'field', el('div', 'field-name', inline(f.name)), el('div', 'field-value', markdown(f.value)));
		body.append(el('div', 'embed-fields', ...data.fields.map(field)));
	}
	if (data.image?.url) body.append(media(data.image.url, 'embed-image'));
	const footer = [data.footer?.text, data.timestamp && new Date(data.timestamp).toLocaleString(memberLocale())].filter(Boolean).join(' • ');
	if (footer) body.append(el('div', 'embed-footer', ...(data.footer?.icon_url ? [media(data.footer.icon_url, 'embed-footer-icon')] : []), footer));
	box.append(body);
	if (data.thumbnail?.url) box.append(media(data.thumbnail.url, 'embed-thumbnail'));
	return box;
}

const click = (message, data, values = []) => send('/api/click', { userId: currentUser(), locale: memberLocale(), messageId: message.id, customId: data.custom_id, componentType: data.type, values });

function component(data, message) {
	if (data.type === COMPONENT.BUTTON) {
		const label = [data.emoji?.name, data.label].filter(Boolean).join(' ');
		if (data.style === 5) return Object.assign(link(data.url, `${label} ↗`), { className: 'button style-5' });
		const button = Object.assign(el('button', `button style-${data.style}`, label), { type: 'button', disabled: Boolean(data.disabled) });
		button.addEventListener('click', () => click(message, data));
		return button;
	}
	if (![COMPONENT.STRING_SELECT, COMPONENT.USER_SELECT].includes(data.type)) return el('span', 'unsupported', `(component type ${data.type} not shown here)`);
	const select = Object.assign(el('select', 'select-menu'), { multiple: (data.max_values ?? 1) > 1, disabled: Boolean(data.disabled) });
	const choices = data.type === COMPONENT.USER_SELECT ? state.users.map((user) => ({ label: userName(user), value: user.id })) : data.options;
	if (!select.multiple) select.append(Object.assign(el('option', '', data.placeholder ?? 'Make a selection'), { value: '' }));
	for (const choice of choices) select.append(Object.assign(el('option', '', choice.label), { value: choice.value, selected: Boolean(choice.default) }));
	select.addEventListener('change', () => {
		const values = [...select.selectedOptions].map((option) => option.value).filter(Boolean);
		if (values.length >= (data.min_values ?? 1)) click(message, data, values);
	});
	return select;
}

function renderMessage({ message, label, dm }) {
	const flags = message.flags ?? 0;
	const node = el('article', (flags & FLAG.EPHEMERAL) !== 0 ? 'message ephemeral' : 'message');
	node.dataset.id = message.id;
	if (label) node.append(el('div', 'invocation', `${userName(message.interaction_metadata?.user)} used ${label}`));
	node.append(avatar(message.author));
	const head = el('div', 'message-head', el('span', 'author', userName(message.author)));
	if (message.author?.bot) head.append(el('span', 'bot-tag', 'APP'));
	head.append(el('time', 'sent-at', new Date(message.timestamp).toLocaleTimeString(memberLocale())));
	if (message.edited_timestamp) head.append(el('span', 'edited', '(edited)'));
	if (dm) head.append(el('span', 'dm-tag', 'in DM'));
	const main = el('div', 'message-main', head);
	if ((flags & FLAG.LOADING) !== 0) main.append(el('div', 'thinking', `${userName(message.author)} is thinking…`));
	else {
		if (message.content) main.append(el('div', 'content', markdown(message.content)));
		for (const data of message.embeds ?? []) main.append(embed(data));
		for (const row of message.components ?? []) {
			main.append(el('div', 'action-row', ...(row.type === COMPONENT.ROW ? row.components : [row]).map((data) => component(data, message))));
		}
	}
	if ((flags & FLAG.EPHEMERAL) !== 0) main.append(el('div', 'ephemeral-note', 'Only you can see this'));
	node.append(main);
	return node;
}

function upsert(id, node) {
	const list = $('messages');
	const old = state.nodes.get(id);
	const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
	if (old) old.replaceWith(node);
	else list.append(node);
	state.nodes.set(id, node);
	// Follow the conversation, unless the reader scrolled up to read something older.
	if (atBottom || !old) list.scrollTop = list.scrollHeight;
}

const remove = (id) => { state.nodes.get(id)?.remove(); state.nodes.delete(id); state.messages.delete(id); };

function showMessage(event) {
	state.messages.set(event.message.id, event);
	upsert(event.message.id, renderMessage(event));
}

// ---- The command box ----
const commandKey = (command) => `${command.type}:${command.name}`;
const selectedCommand = () => state.commands.find((command) => commandKey(command) === $('command').value);
const pathKey = (path) => path.map((option) => option.name).join(' ');
const currentPath = () => state.paths.find((path) => pathKey(path) === $('subcommand').value) ?? [];

/** The options the form asks for: the chosen subcommand's, the command's own, or a user menu command's target. */
function leafOptions() {
	const command = selectedCommand();
	if (command?.type === 2) return [{ type: OPTION.USER, name: 'target', description: 'The user you right-clicked', required: true }];
	const path = currentPath();
	return (path.length > 0 ? path.at(-1).options : command?.options) ?? [];
}

function choicesOf(option) {
	if (option.type === OPTION.BOOLEAN) return [{ name: 'True', value: 'true' }, { name: 'False', value: 'false' }];
	if (option.type === OPTION.USER) return state.users.map((user) => ({ name: userName(user), value: user.id }));
	return option.choices?.length ? option.choices : undefined;
}

/** Asks the bot (through the fake Discord) for suggestions while typing, and lists them under the input. */
function attachAutocomplete(field, input, option) {
	const list = Object.assign(el('ul', 'suggestions'), { hidden: true });
	field.append(list);
	let timer;
	let asked = 0;
	const suggestion = (choice) => {
		const item = el('li', 'suggestion', choice.name);
		// mousedown, not click: the input keeps its focus, so its blur does not hide the list first.
		item.addEventListener('mousedown', (event) => {
			event.preventDefault();
			Object.assign(input, { value: String(choice.value) });
			list.hidden = true;
		});
		return item;
	};
	const ask = async () => {
		const mine = ++asked;
		const body = { userId: currentUser(), locale: memberLocale(), dm: inDm(), name: selectedCommand().name, options: nest(collectOptions(option.name).values) };
		const { choices } = await api('/api/autocomplete', body).catch((error) => (showError(error.message), { choices: [] }));
		if (mine !== asked) return;
		list.replaceChildren(...choices.map(suggestion));
		// An answer that arrives after the user moved on would cover the form.
		list.hidden = choices.length === 0 || document.activeElement !== input;
	};
	for (const type of ['input', 'focus']) input.addEventListener(type, () => (clearTimeout(timer), (timer = setTimeout(ask, 200))));
	input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 150));
}

function optionField(option) {
	const field = Object.assign(el('div', 'option'), { title: option.description ?? '' });
	field.dataset.option = option.name;
	const choices = choicesOf(option);
	let control;
	if (choices) {
		control = el('select', '', Object.assign(el('option', '', '—'), { value: '' }));
		for (const choice of choices) control.append(Object.assign(el('option', '', choice.name), { value: String(choice.value) }));
	} else {
		const type = option.type === OPTION.STRING ? 'text' : 'number';
		control = Object.assign(el('input'), { type, step: option.type === OPTION.NUMBER ? 'any' : '1', placeholder: option.description ?? '' });
		limit(control, option, { min: 'min_value', max: 'max_value', maxLength: 'max_length' });
	}
	control.name = option.name;
	control.setAttribute('aria-label', option.name);
	field.append(el('span', 'option-name', `${option.name}${option.required ? ' *' : ''}`), control);
	if (option.autocomplete) attachAutocomplete(field, control, option);
	return field;
}

function renderOptions() {
	$('options').replaceChildren(...leafOptions().map(optionField));
	showError('');
}

function renderSubcommands() {
	state.paths = (selectedCommand()?.options ?? []).flatMap((option) => {
		if (option.type === OPTION.SUB) return [[option]];
		return option.type === OPTION.GROUP ? (option.options ?? []).map((sub) => [option, sub]) : [];
	});
	$('subcommand').replaceChildren(...state.paths.map((path) => Object.assign(el('option', '', pathKey(path)), { value: pathKey(path), title: path.at(-1).description })));
	$('subcommand').hidden = state.paths.length === 0;
	renderOptions();
}

const typed = (option, raw) => ([OPTION.INTEGER, OPTION.NUMBER].includes(option.type) ? Number(raw) : option.type === OPTION.BOOLEAN ? raw === 'true' : raw);

/** The filled-in options as Discord sends them; `focused` marks the one being typed, sent as typed (autocomplete). */
function collectOptions(focused) {
	const values = [];
	const missing = [];
	for (const option of leafOptions()) {
		const raw = $('options').querySelector(`[name="${CSS.escape(option.name)}"]`)?.value ?? '';
		if (option.name === focused) values.push({ type: option.type, name: option.name, value: raw, focused: true });
		else if (raw.trim() !== '') values.push({ type: option.type, name: option.name, value: typed(option, raw) });
		else if (option.required) missing.push(option.name);
	}
	return { values, missing };
}

function nest(values) {
	const path = currentPath();
	if (path.length === 0) return values;
	const sub = { type: OPTION.SUB, name: path.at(-1).name, options: values };
	return path.length === 2 ? [{ type: OPTION.GROUP, name: path[0].name, options: [sub] }] : [sub];
}

$('composer').addEventListener('submit', (event) => {
	event.preventDefault();
	const command = selectedCommand();
	if (!command) return;
	const { values, missing } = collectOptions();
	if (missing.length > 0) return showError(`Fill in ${missing.join(', ')} first.`);
	const base = { userId: currentUser(), locale: memberLocale(), dm: inDm(), name: command.name, type: command.type };
	send('/api/command', command.type === 2 ? { ...base, targetId: values[0].value } : { ...base, options: nest(values) });
});
$('command').addEventListener('change', renderSubcommands);
// Discord's client shows every date in its own language, also in messages already there.
$('locale').addEventListener('change', () => [...state.messages.values()].forEach(showMessage));
$('subcommand').addEventListener('change', renderOptions);

// ---- Start ----
function connect() {
	const source = new EventSource('/api/events');
	const status = (text) => Object.assign($('connection'), { textContent: text, className: `connection ${text}` });
	source.addEventListener('open', () => {
		// Every (re)connection replays the channel, so start from an empty list.
		for (const id of [...state.nodes.keys()]) remove(id);
		status('live');
	});
	source.addEventListener('error', () => status('reconnecting'));
	source.addEventListener('message', (message) => {
		const event = JSON.parse(message.data);
		if (event.type === 'message') showMessage(event);
		else if (event.type === 'note') upsert(event.id, el('div', 'note', event.text));
		else if (event.type === 'delete') remove(event.id);
		else if (event.type === 'modal') openModal(event);
	});
}

async function start() {
	const data = await api('/api/state');
	Object.assign(state, { users: data.users, cdnUrl: data.cdnUrl, commands: [...data.commands].sort((a, b) => a.type - b.type || a.name.localeCompare(b.name)) });
	knowUsers(data.users);
	$('as-user').replaceChildren(...data.users.map((user) => Object.assign(el('option', '', userName(user)), { value: user.id })));
	// Each language in its own name and marked as such, so a screen reader says "Deutsch" in German.
	$('locale').replaceChildren(...data.languages.map(({ locale, name }) => Object.assign(el('option', '', name), { value: locale, lang: locale })));
	$('server-language').textContent = data.serverLanguage;
	renderWelcome(data);
	const commandLabel = (command) => (command.type === 1 ? `/${command.name}` : `${command.name} (user menu)`);
	$('command').replaceChildren(...state.commands.map((command) => Object.assign(el('option', '', commandLabel(command)), { value: commandKey(command) })));
	renderSubcommands();
	connect();
}

start().catch((error) => showError(`Could not load the playground: ${error.message}`));
