import { $, displayName, keepSession, reason, show } from './session.js';

// What Google's reCAPTCHA widget would hand a person's browser; the fake catalog accepts exactly this one.
const RECAPTCHA_TOKEN = '__FAKE_RECAPTCHA_TOKEN__';

$('login').addEventListener('submit', async (event) => {
	event.preventDefault();
	show('error', '');
	const form = new FormData($('login'));
	const response = await fetch('/v1/auth/login', {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'g-recaptcha-platform': 'web', 'g-recaptcha-token': RECAPTCHA_TOKEN },
		body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
	}).catch(() => undefined);
	if (!response?.ok) return show('error', `Could not sign in: ${await reason(response)}`);
	const { accessToken } = await response.json();
	keepSession(accessToken);
	const me = await fetch('/v1/users/me', { headers: { authorization: `Bearer ${accessToken}` } })
		.then((answer) => (answer.ok ? answer.json() : { email: form.get('email') }))
		.catch(() => ({ email: form.get('email') }));
	$('who').textContent = displayName(me);
	$('token').value = accessToken;
	$('login').hidden = true;
	$('signed-in').hidden = false;
});
