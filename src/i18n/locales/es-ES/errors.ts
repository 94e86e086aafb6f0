import type { LocaleResources } from '../../resources.js';

export const errors = {
	provider: {
		not_found: {
			Discord: 'Ese usuario no existe en Discord.',
			Discogs: 'Ese usuario no existe en Discogs.',
			catalog: 'Ese usuario no existe en el catálogo.',
		},
		not_found_named: {
			Discord: 'No existe ningún usuario de Discord llamado **{{subject}}**.',
			Discogs: 'No existe ningún usuario de Discogs llamado **{{subject}}**.',
			catalog: 'No existe ningún usuario del catálogo llamado **{{subject}}**.',
		},
		forbidden: {
			Discord: 'Discord no deja que el bot vea eso: es privado.',
			Discogs: 'Discogs no deja que el bot vea eso: es privado.',
			catalog: 'El catálogo no deja que el bot vea eso: es privado.',
		},
		rate_limited: {
			Discord: 'Discord está limitando las peticiones del bot en este momento. Vuelve a intentarlo dentro de un minuto.',
			Discogs: 'Discogs está limitando las peticiones del bot en este momento. Vuelve a intentarlo dentro de un minuto.',
			catalog: 'El catálogo está limitando las peticiones del bot en este momento. Vuelve a intentarlo dentro de un minuto.',
		},
		unavailable: {
			Discord: 'Discord no está disponible en este momento (no ha respondido bien). Vuelve a intentarlo más tarde.',
			Discogs: 'Discogs no está disponible en este momento (no ha respondido bien). Vuelve a intentarlo más tarde.',
			catalog: 'El catálogo no está disponible en este momento (no ha respondido bien). Vuelve a intentarlo más tarde.',
		},
		misconfigured: {
			Discord: 'Discord ha rechazado las credenciales del bot. Ya se ha avisado a quien gestiona el bot.',
			Discogs: 'Discogs ha rechazado las credenciales del bot. Ya se ha avisado a quien gestiona el bot.',
			catalog: 'El catálogo ha rechazado las credenciales del bot. Ya se ha avisado a quien gestiona el bot.',
		},
		unauthorized: {
			Discord: 'Discord ya no acepta tu autorización (puede que se haya revocado). Vuelve a vincular tu cuenta.',
			Discogs: 'Discogs ya no acepta tu autorización (puede que se haya revocado). Vuelve a vincular tu cuenta.',
			catalog: 'El catálogo ya no acepta tu autorización (puede que se haya revocado). Vuelve a vincular tu cuenta.',
		},
		too_large: {
			Discord: 'Discord ha enviado una respuesta demasiado grande (más de {{megabytes}} MB), así que he dejado de leerla. Vuelve a intentarlo más tarde.',
			Discogs: 'Discogs ha enviado una respuesta demasiado grande (más de {{megabytes}} MB), así que he dejado de leerla. Vuelve a intentarlo más tarde.',
			catalog: 'El catálogo ha enviado una respuesta demasiado grande (más de {{megabytes}} MB), así que he dejado de leerla. Vuelve a intentarlo más tarde.',
		},
	},
	stale: 'Este botón está desactualizado (o no lo he creado yo), así que no he hecho nada. Vuelve a usar el comando para obtener uno nuevo.',
	storeWrite: 'No he podido guardarlo: mi almacenamiento no ha aceptado el cambio, así que no ha cambiado nada. Vuelve a intentarlo en un momento.',
	storeRead: 'No puedo acceder a mi almacenamiento en este momento, así que no puedo consultar las cuentas vinculadas ni los ajustes. Vuelve a intentarlo en un momento.',
	generic: 'Algo ha fallado por nuestra parte. Si sigue pasando, dale esta referencia a quien gestiona el bot: `{{reference}}`.',
	unknownCommand: 'No conozco ese comando o botón (puede que sea de una versión anterior del bot). Referencia: `{{reference}}`.',
	optionsRefused: 'No he entendido las opciones de ese comando (puede que sea de una versión anterior del bot). Vuelve a elegir el comando de la lista.',
} as const satisfies LocaleResources['errors'];
