import 'i18next';
import type { Resources } from './resources.js';

// Typed keys: `t('discogs:profile.rank')` is checked against the English resources, and so are its variables.
declare module 'i18next' {
	interface CustomTypeOptions {
		defaultNS: 'common';
		resources: Resources;
	}
}
