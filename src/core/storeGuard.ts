import type Keyv from 'keyv';
import { StoreError, type StoreOperation } from './storeError.js';

/** What the operator is told of a store failure, whether or not a member saw it. */
export interface StoreFailure {
	namespace: string;
	operation: StoreOperation;
	error: unknown;
}

export type StoreFailureListener = (failure: StoreFailure) => void;

const OPERATIONS: Readonly<Record<string, StoreOperation>> = {
	get: 'read',
	getMany: 'read',
	has: 'read',
	set: 'write',
	setMany: 'write',
	delete: 'write',
	deleteMany: 'write',
	clear: 'write',
};

/**
 * What a failed call answers in a disposable namespace, where losing data is only a miss: a read is "not
 * there" and a write is skipped. A delete still throws, since a member who asked for their data to go must
 * not be told it went.
 */
const MISS: Readonly<Record<string, unknown>> = { get: undefined, getMany: undefined, has: false, set: false, setMany: false };

/**
 * Wraps a keyv namespace (built with throwOnErrors) so that every failure is reported, and thrown as a
 * StoreError, except where `disposable` allows a miss. keyv's adapters otherwise answer a failed write with
 * false, which reads as success to a caller that awaits it.
 */
export function guardNamespace<T>(keyv: Keyv<T>, options: { namespace: string; disposable: boolean; onFailure: StoreFailureListener }): Keyv<T> {
	const { namespace, disposable, onFailure } = options;
	return new Proxy(keyv, {
		get(target, property) {
			const value: unknown = Reflect.get(target, property, target);
			const operation = typeof property === 'string' ? OPERATIONS[property] : undefined;
			if (operation === undefined || typeof value !== 'function' || typeof property !== 'string') return value;
			return async (...args: unknown[]): Promise<unknown> => {
				try {
					// Called on the target itself: keyv's methods reach its private fields through `this`.
					return await Reflect.apply(value, target, args);
				} catch (error) {
					onFailure({ namespace, operation, error });
					if (disposable && property in MISS) return MISS[property];
					throw new StoreError({ namespace, operation, cause: error });
				}
			};
		},
	});
}
