/** One line of the printed table. `pass` is null for a figure that has no target. */
export interface Row {
	scenario: string;
	metric: string;
	value: string;
	target: string;
	pass: boolean | null;
}

/** What a scenario hands back: its table rows and every number it measured, for results.json. */
export interface ScenarioResult {
	rows: Row[];
	/** Printed under the table: how a figure was measured or computed. */
	notes: string[];
	data: Record<string, unknown>;
}

export type Scenario = () => Promise<ScenarioResult>;

/** A row builder bound to one scenario's name. */
export function rowsFor(scenario: string): (metric: string, value: string, target?: string, pass?: boolean | null) => Row {
	return (metric, value, target = '', pass = null) => ({ scenario, metric, value, target, pass });
}

export function ms(value: number | undefined): string {
	if (value === undefined || !Number.isFinite(value)) return 'n/a';
	return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(2)} ms`;
}

export function times(value: number): string {
	return Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a';
}

export function mb(kb: number): string {
	return `${(kb / 1024).toFixed(1)} MB`;
}

export function percent(part: number, whole: number): string {
	return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`;
}

function verdict(pass: boolean | null): string {
	if (pass === null) return '';
	return pass ? 'PASS' : 'FAIL';
}

/** A plain-text table, columns padded to their widest cell. */
export function formatTable(rows: readonly Row[]): string {
	const header = ['scenario', 'metric', 'value', 'target', 'result'];
	const cells = rows.map((row) => [row.scenario, row.metric, row.value, row.target, verdict(row.pass)]);
	const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)));
	const format = (line: readonly string[]): string =>
		line
			.map((cell, column) => cell.padEnd(widths[column] ?? 0))
			.join(' | ')
			.trimEnd();
	const rule = widths.map((width) => '-'.repeat(width)).join('-+-');
	return [format(header), rule, ...cells.map(format)].join('\n');
}
