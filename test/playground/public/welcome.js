// The welcome message and the top bar's links: what to try first, and the demo websites (the stand-ins for Discogs
// and NEWM Studio) where a member finishes the linking flows.
import { el, link } from './dom.js';

const $ = (id) => document.getElementById(id);

function sitesList({ discogs, studio }) {
	const accounts = studio.accounts.map((account) =>
		el('li', '', `${account.name}: `, el('code', 'inline-code', account.email), ' / ', el('code', 'inline-code', account.password), ' · id ', el('code', 'inline-code', account.id)),
	);
	return [
		el('summary', '', 'Demo sites and accounts, for the linking flows'),
		el('p', '', link(discogs.editorUrl, 'Discogs: edit profile'), ` · sign in as ${discogs.usernames.join(', ')}; the Authorize page of /link discogs is there too.`),
		el('p', '', link(studio.loginUrl, 'NEWM Studio: sign in'), ' (shows the token for /link catalog) · ', link(studio.profileUrl, 'edit profile'), ' (for the biography code). Accounts:'),
		el('ul', 'accounts', ...accounts),
	];
}

export function renderWelcome(data) {
	$('hints').replaceChildren(...data.hints.map((hint) => el('li', '', hint)));
	if (!data.sites) return;
	$('demo-sites').replaceChildren(...sitesList(data.sites));
	$('demo-sites').hidden = false;
	const top = (url, label, id) => Object.assign(link(url, `${label} ↗`), { id, className: 'site-link' });
	$('sites').replaceChildren(top(data.sites.discogs.editorUrl, 'Demo Discogs', 'site-discogs'), top(data.sites.studio.loginUrl, 'Demo NEWM Studio', 'site-studio'));
	$('sites').hidden = false;
}
