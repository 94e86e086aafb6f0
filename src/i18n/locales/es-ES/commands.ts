import type { LocaleResources } from '../../resources.js';

// Names a member types: `miembro` is a Discord member, `usuario` a Discogs username; other texts quote these names.
const accountPrivate = { name: 'privado', description: 'Solo tú verás la respuesta' } as const;

const discogsAccount = {
	username: { name: 'usuario', description: 'Nombre de usuario de Discogs (por defecto: tu cuenta vinculada)' },
	user: { name: 'miembro', description: 'Miembro de Discord cuya cuenta de Discogs vinculada quieres ver' },
	private: accountPrivate,
} as const;

const discogsPage = { name: 'página', description: 'Página por la que empezar (por defecto: 1)' } as const;

const catalogAccount = {
	id: { name: 'id', description: 'ID de usuario del catálogo (por defecto: tu cuenta vinculada)' },
	user: { name: 'miembro', description: 'Miembro de Discord cuya cuenta del catálogo vinculada quieres ver' },
	private: accountPrivate,
} as const;

export const commands = {
	profile: {
		name: 'perfil',
		description: 'Muestra la ficha de perfil de alguien: perfil de Discord, insignias y cuentas musicales vinculadas.',
		options: {
			user: { name: 'miembro', description: 'Miembro cuyo perfil quieres ver (por defecto: tú)' },
			private: accountPrivate,
		},
	},
	viewProfile: { name: 'Ver perfil' },
	discogs: {
		name: 'discogs',
		description: 'Consulta perfiles, valoraciones, contribuciones y envíos de Discogs.',
		options: {
			profile: { name: 'perfil', description: 'Un perfil de Discogs: rango, valoraciones, colección y más', options: discogsAccount },
			ratings: { name: 'valoraciones', description: 'Reputación como comprador y vendedor, y valoraciones dadas', options: discogsAccount },
			contributions: {
				name: 'contribuciones',
				description: 'Ediciones a las que ha contribuido un usuario, página a página',
				options: {
					...discogsAccount,
					sort: {
						name: 'ordenar',
						description: 'Ordenar por (por defecto: fecha en que se añadió)',
						choices: {
							label: 'sello',
							artist: 'artista',
							title: 'título',
							catno: 'n.º de catálogo',
							format: 'formato',
							rating: 'valoración',
							year: 'año',
							added: 'fecha en que se añadió',
						},
					},
					order: { name: 'orden', description: 'Orden ascendente o descendente', choices: { asc: 'ascendente', desc: 'descendente' } },
					page: discogsPage,
				},
			},
			submissions: {
				name: 'envíos',
				description: 'Artistas, sellos y ediciones que un usuario ha enviado o editado',
				options: { ...discogsAccount, page: discogsPage },
			},
			edit: { name: 'editar', description: 'Edita tu propio perfil de Discogs (requiere la autorización de Discogs)' },
		},
	},
	catalog: {
		name: 'catálogo',
		description: 'Consulta perfiles del catálogo musical y canciones publicadas.',
		options: {
			profile: { name: 'perfil', description: 'Un perfil del catálogo: rol, género, enlaces', options: catalogAccount },
			songs: { name: 'canciones', description: 'Canciones publicadas de un artista, página a página', options: catalogAccount },
		},
	},
	link: {
		name: 'vincular',
		description: 'Vincula tu cuenta de Discogs o del catálogo a tu cuenta de Discord, demostrando que es tuya.',
		options: {
			discogs: {
				name: 'discogs',
				description: 'Vincula Discogs: autoriza al bot o (con un usuario) pon un código en tu perfil',
				options: { username: { name: 'usuario', description: 'Tu nombre de usuario de Discogs, para verificarlo con un código en el perfil' } },
			},
			catalog: {
				name: 'catálogo',
				description: 'Vincula el catálogo: pega un token de acceso o (con un ID) pon un código en tu biografía',
				options: { id: { name: 'id', description: 'Tu ID de usuario del catálogo, para verificarlo con un código en la biografía' } },
			},
			status: { name: 'estado', description: 'Consulta y gestiona tus cuentas vinculadas' },
		},
	},
	unlink: {
		name: 'desvincular',
		description: 'Desvincula una cuenta o borra todo lo que el bot guarda sobre ti.',
		options: {
			service: {
				name: 'servicio',
				description: 'Qué quieres desvincular',
				choices: { discogs: 'Discogs', catalog: 'Catálogo', all: 'Todo (borrar todos mis datos)' },
			},
		},
	},
	privacy: {
		name: 'privacidad',
		description: 'Elige quién puede ver tus cuentas vinculadas a través de tu perfil de Discord.',
		options: {
			lookups: {
				name: 'consultas',
				description: 'Quién puede consultar tus cuentas vinculadas con /perfil, Ver perfil y las opciones miembro:',
				choices: { everyone: 'Todo el mundo', nobody: 'Nadie más que yo' },
			},
		},
	},
} as const satisfies LocaleResources['commands'];
