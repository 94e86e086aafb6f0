import type { LocaleResources } from '../../resources.js';

// "Cargos vinculados", "Configurações de usuário" and "Aplicativos autorizados" are what Discord's Brazilian client calls them.
export const web = {
	linkedRoles: {
		notSetUp: {
			title: 'Os Cargos vinculados não estão configurados',
			text: 'Quem administra este bot ainda não terminou de configurar os Cargos vinculados, então nada pode ser conectado por enquanto.',
			short: 'Nada pode ser conectado por enquanto.',
		},
		failed: {
			denied: {
				title: 'Nada foi conectado',
				text: 'Você cancelou no Discord, então nada mudou. Você pode começar de novo pelo menu de Cargos vinculados quando quiser.',
			},
			state: {
				title: 'Este link expirou',
				text: 'Esta página foi aberta a partir de um link de login antigo, já usado ou desconhecido, então nada mudou. Comece de novo pelo menu de Cargos vinculados no Discord.',
			},
			browser: {
				title: 'Termine no mesmo navegador',
				text: 'Este login foi iniciado em outro navegador (ou o cookie dele foi bloqueado), então nada mudou. Comece de novo pelo menu de Cargos vinculados e termine no navegador que abrir.',
			},
			grant: {
				title: 'O Discord não aceitou o login',
				text: 'O Discord recusou a autorização (ela pode ter expirado). Nada mudou; comece de novo pelo menu de Cargos vinculados.',
			},
			unavailable: {
				title: 'O Discord ou um serviço de música não respondeu',
				text: 'Não foi possível concluir a conexão porque um serviço não respondeu direito. Nada ficou pela metade; tente novamente em alguns minutos.',
			},
		},
		connected: {
			title: 'Conectado',
			intro:
				'Sua conta do Discord <strong>{{username}}</strong> está conectada. Agora os servidores podem dar a você os cargos a que esses números dão direito; você pode fechar esta página e voltar para o Discord.',
			introPlatform:
				'Sua conta do Discord <strong>{{username}}</strong> está conectada com <strong>{{platform}}</strong>. Agora os servidores podem dar a você os cargos a que esses números dão direito; você pode fechar esta página e voltar para o Discord.',
			noAccounts: 'Você ainda não tem nenhuma conta do Discogs ou do catálogo vinculada: use <code>/vincular</code> no Discord e os números vão aparecer.',
			connections: 'Exibidas no seu <code>/perfil</code> (contas que você deixou visíveis para todos):',
			connection: '{{service}}: {{name}}',
			disconnect: 'Para desconectar, use <code>/desvincular</code> no Discord ou remova o aplicativo em Configurações de usuário → Aplicativos autorizados.',
		},
	},
	discogsSignIn: {
		failed: {
			off: {
				title: 'O login com o Discogs não está configurado',
				text: 'Quem administra este bot não configurou o login com o Discogs aqui, então nada pode ser vinculado nesta página. No Discord, <code>/vincular discogs usuário:&lt;nome&gt;</code> continua funcionando.',
			},
			expired: {
				title: 'Este link expirou',
				text: 'Este link de login é antigo, foi substituído por um mais recente ou é desconhecido, então nada mudou. Para vincular sua conta do Discogs, use <code>/vincular discogs</code> no Discord e receba um link novo.',
			},
			opened: {
				title: 'Este link já foi aberto',
				text: 'Cada link de login abre uma única vez. Se ele abriu em outra aba ou navegador, termine por lá; se não, use <code>/vincular discogs</code> no Discord para receber um link novo.',
			},
			used: {
				title: 'Este login já foi concluído',
				text: 'O Discogs já tinha trazido você de volta para cá, e cada login vale uma única vez, então nada mudou agora. <code>/vincular status</code> no Discord mostra o que está vinculado; para vincular de novo, use <code>/vincular discogs</code> no Discord para receber um link novo.',
			},
			browser: {
				title: 'Termine no mesmo navegador',
				text: 'Este login foi iniciado em outro navegador (ou o cookie dele foi bloqueado), então nada mudou. Para tentar de novo, use <code>/vincular discogs</code> no Discord para receber um link novo e abra-o no navegador que você usa para o Discogs.',
			},
			denied: {
				title: 'Nada foi vinculado',
				text: 'Você não autorizou o bot no Discogs, então nada mudou. Quando quiser vincular sua conta, use <code>/vincular discogs</code> no Discord para receber um link novo.',
			},
			rejected: {
				title: 'O Discogs não aceitou o login',
				text: 'O Discogs recusou a autorização (ela dura 15 minutos, então pode ter expirado). Nada mudou; use <code>/vincular discogs</code> no Discord para receber um link novo.',
			},
			unavailable: {
				title: 'O Discogs não respondeu',
				text: 'O Discogs está indisponível ou sobrecarregado no momento, então não foi possível concluir o login e nada mudou. Daqui a alguns minutos, use <code>/vincular discogs</code> no Discord para receber um link novo.',
			},
			store: {
				title: 'O bot não conseguiu acessar o armazenamento',
				text: 'Nada mudou. Tente novamente em alguns minutos: use <code>/vincular discogs</code> no Discord para receber um link novo.',
			},
			error: {
				title: 'Algo deu errado',
				text: 'O bot não conseguiu concluir o login, então nada mudou; quem o administra pode ver o motivo no log. Mais tarde, use <code>/vincular discogs</code> no Discord para receber um link novo.',
			},
		},
		refusedTitle: 'Nada foi vinculado',
		linked: {
			title: 'Conta do Discogs vinculada',
			text: 'A conta do Discogs <strong>{{username}}</strong> foi vinculada à sua conta do Discord; você pode fechar esta página.',
			next: 'No Discord, <code>/vincular status</code> mostra o vínculo, e <code>/discogs editar</code> edita seu perfil do Discogs.',
		},
	},
} as const satisfies LocaleResources['web'];
