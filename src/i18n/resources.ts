import type { BotLocale } from './locales.js';
import { de } from './locales/de/index.js';
import { enUS } from './locales/en-US/index.js';
import { esES } from './locales/es-ES/index.js';
import { fr } from './locales/fr/index.js';
import { ja } from './locales/ja/index.js';
import { nl } from './locales/nl/index.js';
import { ptBR } from './locales/pt-BR/index.js';

/** The English resources are the source: their keys and interpolation variables are what every locale must give. */
export type Resources = typeof enUS;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
/** Another locale's resources: exactly the English keys, each a string (a missing or extra key fails type-checking). */
export type LocaleResources = { readonly [Namespace in keyof Resources]: Strings<Resources[Namespace]> };

export const RESOURCES: Record<BotLocale, LocaleResources> = {
	'en-US': enUS,
	de,
	fr,
	'es-ES': esES,
	'pt-BR': ptBR,
	ja,
	nl,
};
