import type { LocaleResources } from '../../resources.js';

export const profile = {
	card: {
		bot: '🤖 Bot',
		system: '⚙️ Usuario oficial del sistema de Discord',
		created: 'Cuenta creada',
		createdValue: '{{date}} ({{relative}})',
		userId: 'ID de usuario',
		badges_one: 'Insignia',
		badges_many: 'Insignias',
		badges_other: 'Insignias',
		decoration: 'Decoración de avatar',
		decorationLink: '[Ver]({{url}})',
	},
	linked: {
		title: 'Cuentas vinculadas',
		private: '🔒 Privadas',
		discogs: '**Discogs** {{details}}',
		catalog: '**Catálogo** {{details}}',
		unavailable: 'no disponible en este momento',
		rank: 'rango {{rank}}',
		seller: 'vendedor {{rating}}',
	},
	connections: {
		title: 'Conexiones',
		domain: 'Dominio',
	},
	errors: {
		noSuchUser: 'Discord no tiene ningún usuario con el ID `{{id}}`.',
	},
	badges: {
		staff: 'Personal de Discord',
		partner: 'Propietario de un servidor asociado',
		hypesquadEvents: 'Miembro de los eventos de HypeSquad',
		bugHunter1: 'Cazador de bugs de nivel 1',
		bravery: 'Casa Bravery de HypeSquad',
		brilliance: 'Casa Brilliance de HypeSquad',
		balance: 'Casa Balance de HypeSquad',
		earlySupporter: 'Partidario inicial de Nitro',
		teamUser: 'Usuario de equipo',
		bugHunter2: 'Cazador de bugs de nivel 2',
		verifiedBot: 'Bot verificado',
		earlyVerifiedBotDeveloper: 'Desarrollador pionero de bots verificados',
		moderatorAlumni: 'Exmiembro de los programas de moderadores',
		httpInteractionsBot: 'Bot de interacciones HTTP',
		activeDeveloper: 'Desarrollador activo',
	},
} as const satisfies LocaleResources['profile'];
