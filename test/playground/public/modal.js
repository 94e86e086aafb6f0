// The modal a bot answer opens, filled in and submitted back through the fake Discord, as Discord's client does.
import { api, COMPONENT, el, limit, memberLocale } from './dom.js';

const $ = (id) => document.getElementById(id);
/** The modal event being shown: where its submission goes back to. */
let current;

/** Text inputs of classic action rows, or of the newer labels that wrap one. */
const textInputs = (components) =>
	components.flatMap((data) => (data.type === COMPONENT.ROW ? data.components : data.type === COMPONENT.LABEL ? [{ ...data.component, label: data.label }] : [])).filter((data) => data.type === COMPONENT.TEXT_INPUT);

export function openModal(event) {
	current = event;
	$('modal-title').textContent = event.modal.title ?? '';
	$('modal-error').textContent = '';
	const field = (input) => {
		const control = el(input.style === 2 ? 'textarea' : 'input');
		Object.assign(control, { name: input.custom_id, value: input.value ?? '', placeholder: input.placeholder ?? '', required: input.required !== false });
		limit(control, input, { minLength: 'min_length', maxLength: 'max_length' });
		return el('label', 'modal-field', el('span', 'modal-label', `${input.label ?? input.custom_id}${control.required ? ' *' : ''}`), control);
	};
	$('modal-fields').replaceChildren(...textInputs(event.modal.components ?? []).map(field));
	$('modal').showModal();
}

$('modal-form').addEventListener('submit', (event) => {
	event.preventDefault();
	const { modal, userId, messageId, dm } = current;
	// The language picked when submitting: Discord's client sends its language with the submission itself.
	const body = { userId, dm, locale: memberLocale(), customId: modal.custom_id, fields: Object.fromEntries(new FormData($('modal-form'))), ...(messageId ? { messageId } : {}) };
	api('/api/modal', body).then(() => $('modal').close(), (error) => ($('modal-error').textContent = error.message));
});
$('modal-cancel').addEventListener('click', () => $('modal').close());
