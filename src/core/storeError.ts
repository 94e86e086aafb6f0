import type { MessageKey } from '../i18n/messages.js';

export type StoreOperation = 'read' | 'write';

/**
 * The store failed a read or refused a write (locked, read-only, unreachable). Never answered as "not linked"
 * or "saved": the member is told the truth, the operator gets the cause in the log.
 */
const KEYS = { write: 'errors:storeWrite', read: 'errors:storeRead' } as const satisfies Record<StoreOperation, MessageKey>;

export class StoreError extends Error {
	override name = 'StoreError';
	/** The member's text (whatever failed, they are told the same two things). */
	readonly key: MessageKey;
	readonly namespace: string;
	readonly operation: StoreOperation;

	constructor(options: { namespace: string; operation: StoreOperation; cause: unknown }) {
		// For the log: what failed, where. The member is told `key`, in their language.
		super(`the store could not ${options.operation === 'read' ? 'read from' : 'write to'} ${options.namespace}`, { cause: options.cause });
		this.key = KEYS[options.operation];
		this.namespace = options.namespace;
		this.operation = options.operation;
	}
}
