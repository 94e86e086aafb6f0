import type { LocaleResources } from '../../resources.js';

export const errors = {
	provider: {
		not_found: {
			Discord: 'Esse usuário não existe no Discord.',
			Discogs: 'Esse usuário não existe no Discogs.',
			catalog: 'Esse usuário não existe no catálogo.',
		},
		not_found_named: {
			Discord: 'Não existe nenhum usuário do Discord chamado **{{subject}}**.',
			Discogs: 'Não existe nenhum usuário do Discogs chamado **{{subject}}**.',
			catalog: 'Não existe nenhum usuário do catálogo chamado **{{subject}}**.',
		},
		forbidden: {
			Discord: 'O Discord não permite que o bot veja isso: é privado.',
			Discogs: 'O Discogs não permite que o bot veja isso: é privado.',
			catalog: 'O catálogo não permite que o bot veja isso: é privado.',
		},
		rate_limited: {
			Discord: 'O Discord está limitando as solicitações do bot no momento. Tente novamente daqui a um minuto.',
			Discogs: 'O Discogs está limitando as solicitações do bot no momento. Tente novamente daqui a um minuto.',
			catalog: 'O catálogo está limitando as solicitações do bot no momento. Tente novamente daqui a um minuto.',
		},
		unavailable: {
			Discord: 'O Discord está indisponível no momento (não respondeu direito). Tente novamente mais tarde.',
			Discogs: 'O Discogs está indisponível no momento (não respondeu direito). Tente novamente mais tarde.',
			catalog: 'O catálogo está indisponível no momento (não respondeu direito). Tente novamente mais tarde.',
		},
		misconfigured: {
			Discord: 'O Discord recusou as credenciais do bot. Quem administra o bot já foi avisado.',
			Discogs: 'O Discogs recusou as credenciais do bot. Quem administra o bot já foi avisado.',
			catalog: 'O catálogo recusou as credenciais do bot. Quem administra o bot já foi avisado.',
		},
		unauthorized: {
			Discord: 'O Discord não aceita mais a sua autorização (ela pode ter sido revogada). Vincule sua conta de novo.',
			Discogs: 'O Discogs não aceita mais a sua autorização (ela pode ter sido revogada). Vincule sua conta de novo.',
			catalog: 'O catálogo não aceita mais a sua autorização (ela pode ter sido revogada). Vincule sua conta de novo.',
		},
		too_large: {
			Discord: 'O Discord enviou uma resposta grande demais (mais de {{megabytes}} MB), então parei de ler. Tente novamente mais tarde.',
			Discogs: 'O Discogs enviou uma resposta grande demais (mais de {{megabytes}} MB), então parei de ler. Tente novamente mais tarde.',
			catalog: 'O catálogo enviou uma resposta grande demais (mais de {{megabytes}} MB), então parei de ler. Tente novamente mais tarde.',
		},
	},
	stale: 'Este botão está desatualizado (ou não fui eu que o criei), então não fiz nada. Use o comando de novo para receber um botão novo.',
	storeWrite: 'Não consegui salvar isso: meu armazenamento não aceitou a alteração, então nada mudou. Tente novamente daqui a pouco.',
	storeRead: 'Não consigo acessar meu armazenamento agora, então não posso verificar as contas vinculadas nem as configurações. Tente novamente daqui a pouco.',
	generic: 'Algo deu errado do nosso lado. Se continuar acontecendo, passe esta referência para quem administra o bot: `{{reference}}`.',
	unknownCommand: 'Não conheço esse comando ou botão (ele pode ser de uma versão antiga do bot). Referência: `{{reference}}`.',
	optionsRefused: 'Não entendi as opções desse comando (ele pode ser de uma versão antiga do bot). Escolha o comando na lista de novo.',
} as const satisfies LocaleResources['errors'];
