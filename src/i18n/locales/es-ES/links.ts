import type { LocaleResources } from '../../resources.js';

// Commands are quoted by the names the member sees in Spanish (`/vincular discogs usuario:<nombre>`).
export const links = {
	code: {
		title: 'Demuestra que la cuenta {{target}} es tuya',
		where: {
			discogs: '1. Pon este código en cualquier parte del texto del perfil de **{{name}}** en Discogs: `{{code}}`',
			catalog: '1. Pon este código en cualquier parte de la biografía de tu perfil del catálogo (**{{name}}**): `{{code}}`',
		},
		deadline: '2. Pulsa **Verificar** en un plazo de {{duration}}: el código caduca a las {{time}}.',
		afterwards: 'Cuando la cuenta esté vinculada, ya puedes quitar el código.',
		verify: 'Verificar',
		editProfile: 'Editar perfil',
	},
	oauth: {
		title: 'Vincula tu cuenta de Discogs',
		authorize: '1. Pulsa **Autorizar en Discogs** y da permiso al bot.',
		paste: '2. Discogs te mostrará un código: pulsa **Introducir código** y pégalo.',
		deadline: 'Haz las dos cosas en un plazo de {{duration}}: la solicitud caduca a las {{time}}.',
		authorizeButton: 'Autorizar en Discogs',
		enterCodeButton: 'Introducir código',
		modal: {
			title: 'Código de autorización de Discogs',
			label: 'El código que te ha mostrado Discogs',
		},
	},
	webSignIn: {
		authorize: '1. Pulsa **Autorizar en Discogs** y da permiso al bot allí.',
		comeBack: '2. Discogs te devolverá a una página mía que dice que la cuenta está vinculada: no hay ningún código que copiar.',
		deadline: 'Hazlo en un plazo de {{duration}}: el enlace caduca a las {{time}} y funciona una sola vez, en un solo navegador.',
	},
	catalogToken: {
		title: 'Vincula tu cuenta del catálogo',
		label: 'Tu token de acceso del catálogo',
		placeholder: 'Se usa una vez para saber quién eres y luego se olvida',
	},
	linked: {
		discogsCode: 'Se ha vinculado tu cuenta de Discogs **{{name}}**. Ya puedes quitar el código de tu perfil.',
		discogsOAuth: 'Se ha vinculado tu cuenta de Discogs **{{name}}** mediante la autorización de Discogs. Puedes editar tu perfil con `/discogs editar`.',
		catalogToken: 'Se ha vinculado tu cuenta del catálogo **{{name}}**. He usado el token una sola vez y no lo he guardado.',
		catalogCode: 'Se ha vinculado tu cuenta del catálogo **{{name}}**. Ya puedes quitar el código.',
	},
	status: {
		title: 'Tus cuentas vinculadas',
		discogs: '**Discogs**: {{name}}, {{verified}}',
		catalog: '**Catálogo**: {{name}}, {{verified}}',
		catalogId: '-# ID `{{id}}`',
		// `when` is a relative Discord timestamp: "hace 3 días".
		verified: {
			oauth: 'verificada con la autorización de Discogs {{when}}',
			profileCode: 'verificada con un código en el perfil de Discogs {{when}}',
			token: 'verificada con un token de acceso del catálogo {{when}}',
			bioCode: 'verificada con un código en la biografía del catálogo {{when}}',
		},
		revoked: '⚠️ autorización revocada: vuelve a vincular la cuenta para editar',
		none: 'No hay cuentas vinculadas. Usa `/vincular discogs` o `/vincular catálogo`.',
		footer: {
			everyone: 'Los demás pueden ver tus cuentas vinculadas. Cámbialo con /privacidad.',
			nobody: 'Tus cuentas vinculadas son privadas: los demás no pueden buscarte a través de Discord. Cámbialo con /privacidad.',
		},
		unlinkDiscogs: 'Desvincular Discogs',
		unlinkCatalog: 'Desvincular catálogo',
	},
	errors: {
		codeUsed: {
			discogs: 'Ese código ya se ha usado: tu cuenta de Discogs **{{name}}** está vinculada. Ya puedes quitar el código de tu perfil.',
			catalog: 'Ese código ya se ha usado: tu cuenta del catálogo está vinculada (consulta `/vincular estado`). Ya puedes quitar el código de tu biografía.',
		},
		codeExpired: {
			discogs: 'Ese código ha caducado (los códigos duran {{duration}}). Vuelve a usar `/vincular discogs usuario:<nombre>` para obtener uno nuevo.',
			catalog: 'Ese código ha caducado (los códigos duran {{duration}}). Vuelve a usar `/vincular catálogo id:<id>` para obtener uno nuevo.',
		},
		codeMissing: {
			discogs: 'Todavía no encuentro `{{code}}` en el texto del perfil de **{{name}}**. Guarda tu perfil de Discogs con el código y vuelve a pulsar **Verificar**.',
			catalog: 'Todavía no encuentro `{{code}}` en esa biografía del catálogo. Guarda la biografía con el código y vuelve a pulsar **Verificar**.',
		},
		usernameNeeded:
			'Indica tu nombre de usuario de Discogs: `/vincular discogs usuario:<nombre>`. Te daré un código para que lo pongas en tu perfil y demuestres que es tuyo.',
		oauthUsed: 'Esa solicitud de autorización ya se ha usado. Para volver a autorizar al bot, usa `/vincular discogs`.',
		oauthExpired: 'Esa solicitud de autorización ha caducado (duran {{duration}}). Vuelve a usar `/vincular discogs`.',
		taken: {
			discogs: 'Esa cuenta de Discogs ya está vinculada a otro usuario de Discord. Si es tuya, primero desvincúlala de la otra cuenta.',
			catalog: 'Esa cuenta del catálogo ya está vinculada a otro usuario de Discord. Si es tuya, primero desvincúlala de la otra cuenta.',
		},
		busy: {
			discogs: 'Se está vinculando esa cuenta de Discogs en este momento. Vuelve a intentarlo dentro de unos segundos.',
			catalog: 'Se está vinculando esa cuenta del catálogo en este momento. Vuelve a intentarlo dentro de unos segundos.',
			linkedRoles: 'Los Roles vinculados están ocupados en este momento.',
			linkedRolesIndex: 'Los Roles vinculados están ocupados en este momento. Vuelve a intentarlo dentro de unos segundos.',
		},
	},
	lookup: {
		private: '<@{{user}}> mantiene sus cuentas vinculadas en privado, así que no puedo consultarlas de esta forma. ¡Lo siento!',
		ownNotLinked: {
			discogs:
				'No has vinculado ninguna cuenta de Discogs. Vincula la tuya con `/vincular discogs` o indica `usuario:` para consultar una, p. ej., `/discogs perfil usuario:rodneyfool`.',
			catalog:
				'No has vinculado ninguna cuenta del catálogo. Vincula la tuya con `/vincular catálogo` o indica `id:` para consultar una, p. ej., `/catálogo perfil id:<uuid>`.',
		},
		otherNotLinked: {
			discogs: '<@{{user}}> no ha vinculado ninguna cuenta de Discogs. Indica `usuario:` para buscar una por su nombre.',
			catalog: '<@{{user}}> no ha vinculado ninguna cuenta del catálogo. Indica `id:` para buscar una por su ID.',
		},
	},
} as const satisfies LocaleResources['links'];
