import { $, endSession, reason, session, show } from './session.js';

const FIELDS = ['nickname', 'location', 'websiteUrl', 'biography'];

function signedOut(text) {
	endSession();
	$('profile').hidden = true;
	$('signed-out').hidden = false;
	if (text) $('signed-out').prepend(`${text} `);
}

async function load(token) {
	const response = await fetch('/v1/users/me', { headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
	if (response?.status === 401) return signedOut('Your session has expired.');
	if (!response?.ok) return show('error', `Could not load your profile: ${await reason(response)}`);
	const user = await response.json();
	$('user-id').textContent = user.id;
	for (const field of FIELDS) $(field).value = user[field] ?? '';
	$('profile').hidden = false;
}

// PATCH /v1/users/me as the real page sends it: JSON with the fields; a blank one clears it on the server.
$('profile').addEventListener('submit', async (event) => {
	event.preventDefault();
	show('status', '');
	show('error', '');
	const token = session();
	if (!token) return signedOut();
	const body = Object.fromEntries(FIELDS.map((field) => [field, $(field).value]));
	const response = await fetch('/v1/users/me', {
		method: 'PATCH',
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		body: JSON.stringify(body),
	}).catch(() => undefined);
	if (response?.status === 401) return signedOut('Your session has expired.');
	if (!response?.ok) return show('error', `Could not save: ${await reason(response)}`);
	await load(token);
	show('status', 'Your profile was saved.');
});

const token = session();
if (token) load(token);
else signedOut();
