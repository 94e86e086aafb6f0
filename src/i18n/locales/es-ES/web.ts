import type { LocaleResources } from '../../resources.js';

// "Roles vinculados", "Ajustes de usuario" and "Aplicaciones autorizadas" are what Discord's Spanish client calls them.
export const web = {
	linkedRoles: {
		notSetUp: {
			title: 'Los Roles vinculados no están configurados',
			text: 'Quien gestiona este bot aún no ha terminado de configurar los Roles vinculados, así que todavía no se puede conectar nada.',
			short: 'Todavía no se puede conectar nada.',
		},
		failed: {
			denied: {
				title: 'No se ha conectado nada',
				text: 'Has cancelado en Discord, así que no ha cambiado nada. Puedes volver a empezar desde el menú de Roles vinculados cuando quieras.',
			},
			state: {
				title: 'Este enlace ha caducado',
				text: 'Esta página se ha abierto desde un enlace de inicio de sesión antiguo, ya usado o desconocido, así que no ha cambiado nada. Vuelve a empezar desde el menú de Roles vinculados en Discord.',
			},
			browser: {
				title: 'Termina en el mismo navegador',
				text: 'Este inicio de sesión se empezó en otro navegador (o se bloqueó su cookie), así que no ha cambiado nada. Vuelve a empezar desde el menú de Roles vinculados y termina en el navegador que se abra.',
			},
			grant: {
				title: 'Discord no ha aceptado el inicio de sesión',
				text: 'Discord ha rechazado la autorización (puede que haya caducado). No ha cambiado nada; vuelve a empezar desde el menú de Roles vinculados.',
			},
			unavailable: {
				title: 'Discord o un servicio de música no ha respondido',
				text: 'No se ha podido completar la conexión porque un servicio no ha respondido bien. No ha quedado nada a medias; vuelve a intentarlo dentro de unos minutos.',
			},
		},
		connected: {
			title: 'Conectado',
			intro:
				'Tu cuenta de Discord <strong>{{username}}</strong> está conectada. Ahora los servidores pueden darte los roles que te correspondan según estas cifras; puedes cerrar esta página y volver a Discord.',
			introPlatform:
				'Tu cuenta de Discord <strong>{{username}}</strong> está conectada a <strong>{{platform}}</strong>. Ahora los servidores pueden darte los roles que te correspondan según estas cifras; puedes cerrar esta página y volver a Discord.',
			noAccounts: 'Todavía no tienes ninguna cuenta de Discogs ni del catálogo vinculada: usa <code>/vincular</code> en Discord y las cifras aparecerán.',
			connections: 'Se muestran en tu <code>/perfil</code> (cuentas que has hecho visibles para todo el mundo):',
			connection: '{{service}}: {{name}}',
			disconnect: 'Para desconectarte, usa <code>/desvincular</code> en Discord o quita la aplicación en Ajustes de usuario → Aplicaciones autorizadas.',
		},
	},
	discogsSignIn: {
		failed: {
			off: {
				title: 'El inicio de sesión con Discogs no está configurado',
				text: 'Quien gestiona este bot no ha configurado aquí el inicio de sesión con Discogs, así que no se puede vincular nada en esta página. En Discord, <code>/vincular discogs usuario:&lt;nombre&gt;</code> sigue funcionando.',
			},
			expired: {
				title: 'Este enlace ha caducado',
				text: 'Este enlace de inicio de sesión es antiguo, se ha sustituido por otro más reciente o es desconocido, así que no ha cambiado nada. Para vincular tu cuenta de Discogs, usa <code>/vincular discogs</code> en Discord y obtendrás un enlace nuevo.',
			},
			opened: {
				title: 'Este enlace ya se ha abierto',
				text: 'Cada enlace de inicio de sesión solo se abre una vez. Si se ha abierto en otra pestaña o navegador, termina allí; si no, usa <code>/vincular discogs</code> en Discord para obtener un enlace nuevo.',
			},
			used: {
				title: 'Este inicio de sesión ya se ha completado',
				text: 'Discogs ya te había devuelto aquí antes y cada inicio de sesión cuenta una sola vez, así que ahora no ha cambiado nada. <code>/vincular estado</code> en Discord muestra lo que está vinculado; para volver a vincular, usa <code>/vincular discogs</code> en Discord y obtendrás un enlace nuevo.',
			},
			browser: {
				title: 'Termina en el mismo navegador',
				text: 'Este inicio de sesión se empezó en otro navegador (o se bloqueó su cookie), así que no ha cambiado nada. Para volver a intentarlo, usa <code>/vincular discogs</code> en Discord para obtener un enlace nuevo y ábrelo en el navegador que usas para Discogs.',
			},
			denied: {
				title: 'No se ha vinculado nada',
				text: 'No has autorizado al bot en Discogs, así que no ha cambiado nada. Cuando quieras vincular tu cuenta, usa <code>/vincular discogs</code> en Discord para obtener un enlace nuevo.',
			},
			rejected: {
				title: 'Discogs no ha aceptado el inicio de sesión',
				text: 'Discogs ha rechazado la autorización (dura 15 minutos, así que puede que haya caducado). No ha cambiado nada; usa <code>/vincular discogs</code> en Discord para obtener un enlace nuevo.',
			},
			unavailable: {
				title: 'Discogs no ha respondido',
				text: 'Discogs no está disponible o está saturado en este momento, así que no se ha podido completar el inicio de sesión y no ha cambiado nada. Dentro de unos minutos, usa <code>/vincular discogs</code> en Discord para obtener un enlace nuevo.',
			},
			store: {
				title: 'El bot no ha podido acceder a su almacenamiento',
				text: 'No ha cambiado nada. Vuelve a intentarlo dentro de unos minutos: usa <code>/vincular discogs</code> en Discord para obtener un enlace nuevo.',
			},
			error: {
				title: 'Algo ha fallado',
				text: 'El bot no ha podido completar el inicio de sesión, así que no ha cambiado nada; quien lo gestiona puede ver el motivo en su registro. Más tarde, usa <code>/vincular discogs</code> en Discord para obtener un enlace nuevo.',
			},
		},
		refusedTitle: 'No se ha vinculado nada',
		linked: {
			title: 'Cuenta de Discogs vinculada',
			text: 'Se ha vinculado la cuenta de Discogs <strong>{{username}}</strong> a tu cuenta de Discord; puedes cerrar esta página.',
			next: 'En Discord, <code>/vincular estado</code> muestra el vínculo y <code>/discogs editar</code> edita tu perfil de Discogs.',
		},
	},
} as const satisfies LocaleResources['web'];
