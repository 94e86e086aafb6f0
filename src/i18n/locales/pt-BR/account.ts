import type { LocaleResources } from '../../resources.js';

export const account = {
	unlink: {
		done: {
			discogs: 'Sua conta do Discogs foi desvinculada.',
			catalog: 'Sua conta do catálogo foi desvinculada.',
		},
		nothing: {
			discogs: 'Você não tinha nenhuma conta do Discogs vinculada, então não havia nada para desvincular.',
			catalog: 'Você não tinha nenhuma conta do catálogo vinculada, então não havia nada para desvincular.',
		},
	},
	deleteAll: {
		done: 'Apaguei tudo o que eu guardava sobre você: contas vinculadas, tokens, configurações, códigos pendentes, consultas recentes e as cópias em cache dos seus perfis.',
		// `serviço:tudo` picks the choice the member sees as "Tudo (apagar todos os meus dados)".
		partial: 'Não consegui apagar tudo: meu armazenamento se recusou a apagar {{parts}}. O resto já foi apagado. Use `/desvincular serviço:tudo` de novo daqui a pouco para terminar.',
		parts: {
			linkedRoles: 'sua autorização do Discord para os Cargos vinculados',
			caches: 'as cópias em cache dos seus perfis',
			links: 'suas contas vinculadas, tokens, configurações e códigos pendentes',
			editDraft: 'um formulário de perfil do Discogs não salvo',
			recent: 'suas consultas recentes',
		},
	},
	privacy: {
		nobody: 'Suas contas vinculadas agora são privadas: outras pessoas não podem vê-las pelo `/perfil`, pelo **Ver perfil** nem pela opção `membro:`.',
		everyone: 'Agora todos podem ver suas contas vinculadas pelo `/perfil`, pelo **Ver perfil** e pela opção `membro:`.',
	},
} as const satisfies LocaleResources['account'];
