/** Text made safe for HTML: everything a member or a provider wrote goes through this. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);
}

/** Marks a string as HTML already built from escaped parts. */
export interface Html {
	readonly html: string;
}

export function html(strings: TemplateStringsArray, ...values: Array<string | number | Html | Html[]>): Html {
	let out = strings[0] ?? '';
	values.forEach((value, index) => {
		const part = Array.isArray(value) ? value.map((item) => item.html).join('') : typeof value === 'object' ? value.html : escapeHtml(String(value));
		out += part + (strings[index + 1] ?? '');
	});
	return { html: out };
}

/**
 * A whole page: readable on a phone, no script, no external resource (so a page shows the same behind any
 * proxy, and no third party learns who visited), and never cached.
 */
export function page(title: string, body: Html, tone: 'ok' | 'problem' = 'ok'): string {
	const accent = tone === 'ok' ? '#3ba55d' : '#ed4245';
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f2f3f5;color:#2e3338;margin:0;padding:2rem 1rem;line-height:1.5}
main{max-width:34rem;margin:0 auto;background:#fff;border-radius:8px;padding:1.5rem 2rem;border-top:6px solid ${accent};box-shadow:0 1px 3px rgba(0,0,0,.1)}
h1{font-size:1.4rem;margin-top:0}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}
dt{font-weight:600}
dd{margin:0}
a{color:#5865f2}
</style>
</head>
<body><main>
<h1>${escapeHtml(title)}</h1>
${body.html}
</main></body>
</html>
`;
}
