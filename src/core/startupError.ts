/** A start-up failure outside Discord (the store, the metrics port): its message is the operator's one line. */
export class StartupError extends Error {
	override name = 'StartupError';
}
