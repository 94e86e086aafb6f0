import type { LocaleResources } from '../../resources.js';

export const catalog = {
	profile: {
		unnamed: 'Usuario del catálogo sin nombre',
		role: 'Rol',
		genre: 'Género',
		location: 'Ubicación',
		memberSince: 'Miembro desde',
		links: 'Enlaces',
		website: 'Sitio web',
		email: 'Correo electrónico',
		walletAddress: 'Dirección del monedero',
		oauthType: 'Inicia sesión con',
		footer: 'Catálogo',
	},
	songs: {
		title: 'Canciones de {{name}}',
		none: 'Todavía no hay canciones publicadas.',
		released: 'publicada el {{date}}',
		total_one: '{{count, number}} canción',
		total_many: '{{count, number}} de canciones',
		total_other: '{{count, number}} canciones',
	},
	errors: {
		notConfigured: 'El catálogo no está configurado en este bot.',
		notAnId:
			'`{{input}}` no es un ID de usuario del catálogo. Un ID es un UUID como `123e4567-e89b-12d3-a456-426614174000`: 32 dígitos hexadecimales en grupos de 8-4-4-4-12.',
		noSuchId: 'Ningún usuario del catálogo tiene el ID `{{id}}`.',
		offset: 'El desplazamiento debe ser un número entero a partir de 0.',
		limit: 'El número de canciones debe ser un número entero entre 1 y {{max}}.',
		tokenMalformed: 'Eso no es un token de acceso del catálogo. Copia el token entero y vuelve a intentarlo.',
		tokenRefused: 'El catálogo no ha aceptado ese token: puede que haya caducado (duran una hora). Copia uno nuevo y vuelve a intentarlo.',
	},
} as const satisfies LocaleResources['catalog'];
