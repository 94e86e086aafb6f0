import type { LocaleResources } from '../../resources.js';

export const catalog = {
	profile: {
		unnamed: 'Usuário do catálogo sem nome',
		role: 'Função',
		genre: 'Gênero',
		location: 'Localização',
		memberSince: 'Membro desde',
		links: 'Links',
		website: 'Site',
		email: 'E-mail',
		walletAddress: 'Endereço da carteira',
		oauthType: 'Login com',
		footer: 'Catálogo',
	},
	songs: {
		title: 'Músicas de {{name}}',
		none: 'Nenhuma música lançada ainda.',
		released: 'lançada em {{date}}',
		total_one: '{{count, number}} música',
		total_many: '{{count, number}} de músicas',
		total_other: '{{count, number}} músicas',
	},
	errors: {
		notConfigured: 'O catálogo não está configurado neste bot.',
		notAnId:
			'`{{input}}` não é um ID de usuário do catálogo. Um ID é um UUID como `123e4567-e89b-12d3-a456-426614174000`: 32 dígitos hexadecimais em grupos de 8-4-4-4-12.',
		noSuchId: 'Nenhum usuário do catálogo tem o ID `{{id}}`.',
		offset: 'O deslocamento deve ser um número inteiro a partir de 0.',
		limit: 'O número de músicas deve ser um número inteiro de 1 a {{max}}.',
		tokenMalformed: 'Isso não é um token de acesso do catálogo. Copie o token inteiro e tente novamente.',
		tokenRefused: 'O catálogo não aceitou esse token: ele pode ter expirado (os tokens duram uma hora). Copie um novo e tente novamente.',
	},
} as const satisfies LocaleResources['catalog'];
