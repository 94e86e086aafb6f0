import type { LocaleResources } from '../../resources.js';

// Commands are quoted by the names the member sees in Portuguese (`/vincular discogs usuário:<nome>`).
export const links = {
	code: {
		title: 'Prove que a conta {{target}} é sua',
		where: {
			discogs: '1. Coloque este código em qualquer parte do texto do perfil de **{{name}}** no Discogs: `{{code}}`',
			catalog: '1. Coloque este código em qualquer parte da biografia do seu perfil do catálogo (**{{name}}**): `{{code}}`',
		},
		deadline: '2. Clique em **Verificar** em até {{duration}}: o código expira às {{time}}.',
		afterwards: 'Depois que a conta for vinculada, você pode tirar o código.',
		verify: 'Verificar',
		editProfile: 'Editar perfil',
	},
	oauth: {
		title: 'Vincule sua conta do Discogs',
		authorize: '1. Clique em **Autorizar no Discogs** e dê permissão ao bot.',
		paste: '2. O Discogs vai mostrar um código: clique em **Inserir código** e cole-o.',
		deadline: 'Faça as duas coisas em até {{duration}}: a solicitação expira às {{time}}.',
		authorizeButton: 'Autorizar no Discogs',
		enterCodeButton: 'Inserir código',
		modal: {
			title: 'Código de autorização do Discogs',
			label: 'O código que o Discogs mostrou',
		},
	},
	webSignIn: {
		authorize: '1. Clique em **Autorizar no Discogs** e dê permissão ao bot por lá.',
		comeBack: '2. O Discogs vai trazer você de volta para uma página minha dizendo que a conta foi vinculada: não há código para copiar.',
		deadline: 'Faça isso em até {{duration}}: o link expira às {{time}} e funciona uma única vez, em um único navegador.',
	},
	catalogToken: {
		title: 'Vincule sua conta do catálogo',
		label: 'Seu token de acesso do catálogo',
		placeholder: 'Usado uma vez para saber quem você é e depois esquecido',
	},
	linked: {
		discogsCode: 'Sua conta do Discogs **{{name}}** foi vinculada. Você já pode tirar o código do seu perfil.',
		discogsOAuth: 'Sua conta do Discogs **{{name}}** foi vinculada com a autorização do Discogs. Você pode editar seu perfil com `/discogs editar`.',
		catalogToken: 'Sua conta do catálogo **{{name}}** foi vinculada. Usei o token uma única vez e não o guardei.',
		catalogCode: 'Sua conta do catálogo **{{name}}** foi vinculada. Você já pode tirar o código.',
	},
	status: {
		title: 'Suas contas vinculadas',
		discogs: '**Discogs**: {{name}}, {{verified}}',
		catalog: '**Catálogo**: {{name}}, {{verified}}',
		catalogId: '-# ID `{{id}}`',
		// `when` is a relative Discord timestamp: "há 3 dias".
		verified: {
			oauth: 'verificada com a autorização do Discogs {{when}}',
			profileCode: 'verificada com um código no perfil do Discogs {{when}}',
			token: 'verificada com um token de acesso do catálogo {{when}}',
			bioCode: 'verificada com um código na biografia do catálogo {{when}}',
		},
		revoked: '⚠️ autorização revogada: vincule de novo para editar',
		none: 'Nenhuma conta vinculada. Use `/vincular discogs` ou `/vincular catálogo`.',
		footer: {
			everyone: 'Outras pessoas podem ver suas contas vinculadas. Altere isso com /privacidade.',
			nobody: 'Suas contas vinculadas são privadas: outras pessoas não podem consultar você pelo Discord. Altere isso com /privacidade.',
		},
		unlinkDiscogs: 'Desvincular Discogs',
		unlinkCatalog: 'Desvincular catálogo',
	},
	errors: {
		codeUsed: {
			discogs: 'Esse código já foi usado: sua conta do Discogs **{{name}}** está vinculada. Você já pode tirar o código do seu perfil.',
			catalog: 'Esse código já foi usado: sua conta do catálogo está vinculada (veja `/vincular status`). Você já pode tirar o código da sua biografia.',
		},
		codeExpired: {
			discogs: 'Esse código expirou (os códigos duram {{duration}}). Use `/vincular discogs usuário:<nome>` de novo para receber um novo.',
			catalog: 'Esse código expirou (os códigos duram {{duration}}). Use `/vincular catálogo id:<id>` de novo para receber um novo.',
		},
		codeMissing: {
			discogs: 'Ainda não encontrei `{{code}}` no texto do perfil de **{{name}}**. Salve seu perfil do Discogs com o código e clique em **Verificar** de novo.',
			catalog: 'Ainda não encontrei `{{code}}` nessa biografia do catálogo. Salve a biografia com o código e clique em **Verificar** de novo.',
		},
		usernameNeeded:
			'Informe seu nome de usuário do Discogs: `/vincular discogs usuário:<nome>`. Vou te dar um código para colocar no seu perfil e provar que ele é seu.',
		oauthUsed: 'Essa solicitação de autorização já foi usada. Para autorizar de novo, use `/vincular discogs`.',
		oauthExpired: 'Essa solicitação de autorização expirou (elas duram {{duration}}). Use `/vincular discogs` de novo.',
		taken: {
			discogs: 'Essa conta do Discogs já está vinculada a outro usuário do Discord. Se ela for sua, desvincule-a da outra conta primeiro.',
			catalog: 'Essa conta do catálogo já está vinculada a outro usuário do Discord. Se ela for sua, desvincule-a da outra conta primeiro.',
		},
		busy: {
			discogs: 'Essa conta do Discogs está sendo vinculada agora. Tente novamente em alguns segundos.',
			catalog: 'Essa conta do catálogo está sendo vinculada agora. Tente novamente em alguns segundos.',
			linkedRoles: 'Os Cargos vinculados estão ocupados no momento.',
			linkedRolesIndex: 'Os Cargos vinculados estão ocupados no momento. Tente novamente em alguns segundos.',
		},
	},
	lookup: {
		private: '<@{{user}}> mantém as contas vinculadas privadas, então não posso consultá-las dessa forma. Desculpe!',
		ownNotLinked: {
			discogs:
				'Você não vinculou nenhuma conta do Discogs. Vincule a sua com `/vincular discogs` ou informe `usuário:` para consultar uma, por exemplo: `/discogs perfil usuário:rodneyfool`.',
			catalog:
				'Você não vinculou nenhuma conta do catálogo. Vincule a sua com `/vincular catálogo` ou informe `id:` para consultar uma, por exemplo: `/catálogo perfil id:<uuid>`.',
		},
		otherNotLinked: {
			discogs: '<@{{user}}> não vinculou nenhuma conta do Discogs. Informe `usuário:` para consultar uma pelo nome.',
			catalog: '<@{{user}}> não vinculou nenhuma conta do catálogo. Informe `id:` para consultar uma pelo ID.',
		},
	},
} as const satisfies LocaleResources['links'];
