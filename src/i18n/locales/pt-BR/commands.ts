import type { LocaleResources } from '../../resources.js';

// Names a member types: `membro` is a Discord member, `usuário` a Discogs username; other texts quote these names.
const accountPrivate = { name: 'privado', description: 'Só você vê a resposta' } as const;

const discogsAccount = {
	username: { name: 'usuário', description: 'Nome de usuário do Discogs (padrão: sua conta vinculada)' },
	user: { name: 'membro', description: 'Membro do Discord cuja conta vinculada do Discogs você quer ver' },
	private: accountPrivate,
} as const;

const discogsPage = { name: 'página', description: 'Página para começar (padrão: 1)' } as const;

const catalogAccount = {
	id: { name: 'id', description: 'ID de usuário do catálogo (padrão: sua conta vinculada)' },
	user: { name: 'membro', description: 'Membro do Discord cuja conta vinculada do catálogo você quer ver' },
	private: accountPrivate,
} as const;

export const commands = {
	profile: {
		name: 'perfil',
		description: 'Mostra o cartão de perfil de alguém: perfil do Discord, insígnias e contas de música vinculadas.',
		options: {
			user: { name: 'membro', description: 'Membro cujo perfil você quer ver (padrão: você)' },
			private: accountPrivate,
		},
	},
	viewProfile: { name: 'Ver perfil' },
	discogs: {
		name: 'discogs',
		description: 'Consulte perfis, avaliações, contribuições e envios do Discogs.',
		options: {
			profile: { name: 'perfil', description: 'Um perfil do Discogs: ranking, avaliações, coleção e mais', options: discogsAccount },
			ratings: { name: 'avaliações', description: 'Reputação como comprador e vendedor e avaliações dadas', options: discogsAccount },
			contributions: {
				name: 'contribuições',
				description: 'Lançamentos para os quais um usuário contribuiu, página por página',
				options: {
					...discogsAccount,
					sort: {
						name: 'ordenar',
						description: 'Ordenar por (padrão: data de inclusão)',
						choices: {
							label: 'gravadora',
							artist: 'artista',
							title: 'título',
							catno: 'nº de catálogo',
							format: 'formato',
							rating: 'avaliação',
							year: 'ano',
							added: 'data de inclusão',
						},
					},
					order: { name: 'ordem', description: 'Ordem crescente ou decrescente', choices: { asc: 'crescente', desc: 'decrescente' } },
					page: discogsPage,
				},
			},
			submissions: {
				name: 'envios',
				description: 'Artistas, gravadoras e lançamentos que um usuário enviou ou editou',
				options: { ...discogsAccount, page: discogsPage },
			},
			edit: { name: 'editar', description: 'Edite seu próprio perfil do Discogs (requer autorização do Discogs)' },
		},
	},
	catalog: {
		name: 'catálogo',
		description: 'Consulte perfis do catálogo musical e músicas lançadas.',
		options: {
			profile: { name: 'perfil', description: 'Um perfil do catálogo: função, gênero, links', options: catalogAccount },
			songs: { name: 'músicas', description: 'Músicas lançadas de um artista, página por página', options: catalogAccount },
		},
	},
	link: {
		name: 'vincular',
		description: 'Vincule sua conta do Discogs ou do catálogo à sua conta do Discord, provando que ela é sua.',
		options: {
			discogs: {
				name: 'discogs',
				description: 'Vincule o Discogs: autorize o bot ou (com um usuário) coloque um código no seu perfil',
				options: { username: { name: 'usuário', description: 'Seu nome de usuário do Discogs, para verificar com um código no perfil' } },
			},
			catalog: {
				name: 'catálogo',
				description: 'Vincule o catálogo: cole um token de acesso ou (com um ID) coloque um código na sua biografia',
				options: { id: { name: 'id', description: 'Seu ID de usuário do catálogo, para verificar com um código na biografia' } },
			},
			status: { name: 'status', description: 'Veja e gerencie suas contas vinculadas' },
		},
	},
	unlink: {
		name: 'desvincular',
		description: 'Desvincule uma conta ou apague tudo o que o bot guarda sobre você.',
		options: {
			service: {
				name: 'serviço',
				description: 'O que desvincular',
				choices: { discogs: 'Discogs', catalog: 'Catálogo', all: 'Tudo (apagar todos os meus dados)' },
			},
		},
	},
	privacy: {
		name: 'privacidade',
		description: 'Escolha quem pode ver suas contas vinculadas pelo seu perfil do Discord.',
		options: {
			lookups: {
				name: 'consultas',
				description: 'Quem pode consultar suas contas vinculadas via /perfil, Ver perfil e opções membro:',
				choices: { everyone: 'Todos', nobody: 'Ninguém além de mim' },
			},
		},
	},
} as const satisfies LocaleResources['commands'];
