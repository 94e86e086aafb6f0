import type { ParseKeys } from 'i18next';
import type { Resources } from './resources.js';

/** A key of the resources, `namespace:path.to.text`, checked against the English resources. */
export type MessageKey = ParseKeys<(keyof Resources)[]>;
export type MessageParams = Readonly<Record<string, string | number>>;

/** A text to show a member, as a key and its values: translated when the answer's language is known, never before. */
export interface Message {
	readonly key: MessageKey;
	readonly params?: MessageParams;
}
