import type { LocaleResources } from '../../resources.js';

export const profile = {
	card: {
		bot: '🤖 Bot',
		system: '⚙️ Usuário oficial do sistema do Discord',
		created: 'Conta criada',
		createdValue: '{{date}} ({{relative}})',
		userId: 'ID de usuário',
		badges_one: 'Insígnia',
		badges_many: 'Insígnias',
		badges_other: 'Insígnias',
		decoration: 'Decoração de avatar',
		decorationLink: '[Ver]({{url}})',
	},
	linked: {
		title: 'Contas vinculadas',
		private: '🔒 Privadas',
		discogs: '**Discogs** {{details}}',
		catalog: '**Catálogo** {{details}}',
		unavailable: 'indisponível no momento',
		rank: 'ranking {{rank}}',
		seller: 'vendedor {{rating}}',
	},
	connections: {
		title: 'Conexões',
		domain: 'Domínio',
	},
	errors: {
		noSuchUser: 'O Discord não tem nenhum usuário com o ID `{{id}}`.',
	},
	badges: {
		staff: 'Equipe do Discord',
		partner: 'Dono de servidor parceiro',
		hypesquadEvents: 'Membro dos eventos HypeSquad',
		bugHunter1: 'Caçador de bugs nível 1',
		bravery: 'Casa HypeSquad Bravery',
		brilliance: 'Casa HypeSquad Brilliance',
		balance: 'Casa HypeSquad Balance',
		earlySupporter: 'Apoiador inicial do Nitro',
		teamUser: 'Usuário de equipe',
		bugHunter2: 'Caçador de bugs nível 2',
		verifiedBot: 'Bot verificado',
		earlyVerifiedBotDeveloper: 'Desenvolvedor pioneiro de bots verificados',
		moderatorAlumni: 'Ex-integrante dos programas de moderação',
		httpInteractionsBot: 'Bot de interações HTTP',
		activeDeveloper: 'Desenvolvedor ativo',
	},
} as const satisfies LocaleResources['profile'];
