import type { z } from 'zod';

/** Why a provider's answer failed its schema, in words a log line can carry: the same for every provider. */

type Issue = z.core.$ZodIssue;

/** How far into the input a union branch got before failing: the branch that got furthest matched best. */
function depth(issues: readonly Issue[]): number {
	return Math.max(-1, ...issues.map((issue) => issue.path.length));
}

/**
 * Issues as `path: message`, e.g. `submissions.labels.0.name: expected string, received undefined`. A union
 * failure, which zod reports only as "Invalid input" at the union, is replaced by the issues of its branch
 * that matched best (the deepest failure; then the fewest issues), recursively.
 */
export function describeIssues(issues: readonly Issue[], base: ReadonlyArray<PropertyKey> = []): string[] {
	return issues.flatMap((issue) => {
		const path = [...base, ...issue.path];
		if (issue.code === 'invalid_union' && issue.errors.length > 0) {
			const best = issue.errors.reduce((a, b) => (depth(b) > depth(a) || (depth(b) === depth(a) && b.length < a.length) ? b : a));
			return describeIssues(best, path);
		}
		return [`${path.map(String).join('.') || '(root)'}: ${issue.message.replace(/^Invalid input: /, '')}`];
	});
}
