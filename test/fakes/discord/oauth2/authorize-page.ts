import type { ConsentRequest } from './authorize.js';
import { isRestricted, scopeDescription } from './scopes.js';

/**
 * The fake's consent screen and error page: plain HTML that works without JavaScript, so a browser test (or a person)
 * reads it and answers with an ordinary form POST, as on https://discord.com/oauth2/authorize.
 */

function escape(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} | Discord (fake)</title>
<style>
body { font-family: system-ui, sans-serif; background: #313338; color: #dbdee1; margin: 0; }
main { max-width: 28rem; margin: 3rem auto; background: #2b2d31; border-radius: 8px; padding: 1.5rem; }
h1 { font-size: 1.3rem; color: #f2f3f5; margin-top: 0; }
h2 { font-size: 0.8rem; text-transform: uppercase; color: #b5bac1; }
ul { padding-left: 1.2rem; }
.refused { color: #f23f43; }
.actions { display: flex; justify-content: flex-end; gap: 0.75rem; margin-top: 1.5rem; }
button { font: inherit; border: 0; border-radius: 4px; padding: 0.6rem 1.2rem; cursor: pointer; }
button[value="authorize"] { background: #5865f2; color: #fff; }
button[value="cancel"] { background: transparent; color: #dbdee1; text-decoration: underline; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function scopeItem(scope: string): string {
	const description = scopeDescription(scope);
	if (description !== undefined) return `<li>${escape(description)} <small>(${escape(scope)})</small></li>`;
	const why = isRestricted(scope) ? 'requires approval from Discord' : 'unknown scope';
	return `<li class="refused">${escape(scope)}: ${why}</li>`;
}

export function consentPage(request: ConsentRequest, appName: string): string {
	const { user } = request;
	const shown = user.global_name ?? user.username;
	const hidden = [...request.params].map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`).join('\n');
	const scopes = request.scopes.scopes.length === 0 ? '<li class="refused">No scope was requested</li>' : request.scopes.scopes.map(scopeItem).join('\n');
	const origin = new URL(request.redirectTarget).origin;
	return page(
		'Authorize access to your account',
		`<p>An external application</p>
<h1>${escape(appName)} wants to access your Discord account</h1>
<p>Signed in as <strong>${escape(shown)}</strong> (@${escape(user.username)}, id ${escape(user.id)})</p>
<h2>This will allow the developer of ${escape(appName)} to:</h2>
<ul>
${scopes}
</ul>
<p>Once you authorize, you will be redirected outside of Discord to: <strong>${escape(origin)}</strong></p>
<form method="post" action="/oauth2/authorize">
${hidden}
<div class="actions">
<button type="submit" name="decision" value="cancel">Cancel</button>
<button type="submit" name="decision" value="authorize">Authorize</button>
</div>
</form>`,
	);
}

export function errorPage(title: string, detail: string): string {
	return page(title, `<h1>${escape(title)}</h1>\n<p>${escape(detail)}</p>`);
}
