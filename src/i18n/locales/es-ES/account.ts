import type { LocaleResources } from '../../resources.js';

export const account = {
	unlink: {
		done: {
			discogs: 'Se ha desvinculado tu cuenta de Discogs.',
			catalog: 'Se ha desvinculado tu cuenta del catálogo.',
		},
		nothing: {
			discogs: 'No tenías ninguna cuenta de Discogs vinculada, así que no había nada que desvincular.',
			catalog: 'No tenías ninguna cuenta del catálogo vinculada, así que no había nada que desvincular.',
		},
	},
	deleteAll: {
		done: 'He borrado todo lo que guardaba sobre ti: cuentas vinculadas, tokens, ajustes, códigos pendientes, consultas recientes y las copias en caché de tus perfiles.',
		// `servicio:todo` picks the choice the member sees as "Todo (borrar todos mis datos)".
		partial: 'No he podido borrarlo todo: mi almacenamiento no ha dejado borrar {{parts}}. Lo demás ya está borrado. Vuelve a usar `/desvincular servicio:todo` en un momento para terminar.',
		parts: {
			linkedRoles: 'tu autorización de Discord para los Roles vinculados',
			caches: 'las copias en caché de tus perfiles',
			links: 'tus cuentas vinculadas, tokens, ajustes y códigos pendientes',
			editDraft: 'un formulario de perfil de Discogs sin guardar',
			recent: 'tus consultas recientes',
		},
	},
	privacy: {
		nobody: 'Tus cuentas vinculadas ahora son privadas: los demás no pueden verlas con `/perfil`, **Ver perfil** ni la opción `miembro:`.',
		everyone: 'Ahora todo el mundo puede ver tus cuentas vinculadas con `/perfil`, **Ver perfil** y la opción `miembro:`.',
	},
} as const satisfies LocaleResources['account'];
