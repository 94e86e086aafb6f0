import type { LocaleResources } from '../../resources.js';

/** "Koppelen" for linking an account, "Verifiëren" for the button that checks a code; command names as in ./commands.ts. */
export const links = {
	code: {
		title: 'Bewijs dat {{target}} van jou is',
		where: {
			discogs: '1. Zet deze code ergens in de profieltekst van **{{name}}** op Discogs: `{{code}}`',
			catalog: '1. Zet deze code ergens in de biografie van je catalogusprofiel (**{{name}}**): `{{code}}`',
		},
		deadline: '2. Druk binnen {{duration}} op **Verifiëren**: de code verloopt om {{time}}.',
		afterwards: 'Zodra het account gekoppeld is, kun je de code weer weghalen.',
		verify: 'Verifiëren',
		editProfile: 'Profiel bewerken',
	},
	oauth: {
		title: 'Koppel je Discogs-account',
		authorize: '1. Druk op **Autoriseren op Discogs** en geef de bot toestemming.',
		paste: '2. Discogs laat je een code zien: druk op **Code invoeren** en plak die.',
		deadline: 'Doe beide binnen {{duration}}: het verzoek verloopt om {{time}}.',
		authorizeButton: 'Autoriseren op Discogs',
		enterCodeButton: 'Code invoeren',
		modal: {
			title: 'Discogs-autorisatiecode',
			label: 'De code die Discogs je liet zien',
		},
	},
	webSignIn: {
		authorize: '1. Druk op **Autoriseren op Discogs** en geef de bot daar toestemming.',
		comeBack: '2. Discogs stuurt je daarna terug naar een pagina van mij die meldt dat het account gekoppeld is: je hoeft geen code te kopiëren.',
		deadline: 'Doe het binnen {{duration}}: de link verloopt om {{time}} en werkt één keer, in één browser.',
	},
	catalogToken: {
		title: 'Koppel je catalogusaccount',
		label: 'Je toegangstoken voor de catalogus',
		placeholder: 'Eén keer gebruikt om te zien wie je bent, daarna vergeten',
	},
	linked: {
		discogsCode: 'Je Discogs-account **{{name}}** is gekoppeld. Je kunt de code nu uit je profiel halen.',
		discogsOAuth: 'Je Discogs-account **{{name}}** is gekoppeld via Discogs-autorisatie. Met `/discogs bewerken` kun je je profiel bewerken.',
		catalogToken: 'Je catalogusaccount **{{name}}** is gekoppeld. Ik heb de token één keer gebruikt en niet bewaard.',
		catalogCode: 'Je catalogusaccount **{{name}}** is gekoppeld. Je kunt de code nu weghalen.',
	},
	status: {
		title: 'Je gekoppelde accounts',
		// A label with a colon, as Dutch writes one; without it the line would say the English word for word.
		discogs: '**Discogs:** {{name}} · {{verified}}',
		catalog: '**Catalogus:** {{name}} · {{verified}}',
		catalogId: '-# ID `{{id}}`',
		// `when` is a relative Discord timestamp, which reads "3 dagen geleden" in Dutch: it leads the phrase.
		verified: {
			oauth: '{{when}} geverifieerd met Discogs-autorisatie',
			profileCode: '{{when}} geverifieerd met een code in het Discogs-profiel',
			token: '{{when}} geverifieerd met een toegangstoken voor de catalogus',
			bioCode: '{{when}} geverifieerd met een code in de catalogusbiografie',
		},
		revoked: '⚠️ autorisatie ingetrokken: koppel opnieuw om te kunnen bewerken',
		none: 'Geen accounts gekoppeld. Gebruik `/koppelen discogs` of `/koppelen catalogus`.',
		footer: {
			everyone: 'Anderen kunnen je gekoppelde accounts zien. Wijzig dit met /privacy.',
			nobody: 'Je gekoppelde accounts zijn privé: anderen kunnen je niet via Discord opzoeken. Wijzig dit met /privacy.',
		},
		unlinkDiscogs: 'Discogs ontkoppelen',
		unlinkCatalog: 'Catalogus ontkoppelen',
	},
	errors: {
		codeUsed: {
			discogs: 'Die code is al gebruikt: je Discogs-account **{{name}}** is gekoppeld. Je kunt de code nu uit je profiel halen.',
			catalog: 'Die code is al gebruikt: je catalogusaccount is gekoppeld (zie `/koppelen status`). Je kunt de code nu uit je biografie halen.',
		},
		codeExpired: {
			discogs: 'Die code is verlopen (codes zijn {{duration}} geldig). Voer `/koppelen discogs gebruikersnaam:<naam>` opnieuw uit voor een nieuwe.',
			catalog: 'Die code is verlopen (codes zijn {{duration}} geldig). Voer `/koppelen catalogus id:<id>` opnieuw uit voor een nieuwe.',
		},
		codeMissing: {
			discogs: 'Ik kan `{{code}}` nog niet vinden in de profieltekst van **{{name}}**. Sla je Discogs-profiel op met de code erin en druk dan nog eens op **Verifiëren**.',
			catalog: 'Ik kan `{{code}}` nog niet vinden in die catalogusbiografie. Sla de biografie op met de code erin en druk dan nog eens op **Verifiëren**.',
		},
		usernameNeeded: 'Geef je Discogs-gebruikersnaam op: `/koppelen discogs gebruikersnaam:<naam>`. Je krijgt dan een code om in je profiel te zetten, als bewijs dat het van jou is.',
		oauthUsed: 'Dat autorisatieverzoek is al gebruikt. Voer `/koppelen discogs` uit om opnieuw te autoriseren.',
		oauthExpired: 'Dat autorisatieverzoek is verlopen (verzoeken zijn {{duration}} geldig). Voer `/koppelen discogs` opnieuw uit.',
		taken: {
			discogs: 'Dat Discogs-account is al gekoppeld aan een andere Discord-gebruiker. Is het van jou? Ontkoppel het dan eerst van dat andere account.',
			catalog: 'Dat catalogusaccount is al gekoppeld aan een andere Discord-gebruiker. Is het van jou? Ontkoppel het dan eerst van dat andere account.',
		},
		busy: {
			discogs: 'Dat Discogs-account wordt op dit moment gekoppeld. Probeer het over een paar seconden opnieuw.',
			catalog: 'Dat catalogusaccount wordt op dit moment gekoppeld. Probeer het over een paar seconden opnieuw.',
			linkedRoles: 'Gekoppelde rollen zijn op dit moment bezet.',
			linkedRolesIndex: 'Gekoppelde rollen zijn op dit moment bezet. Probeer het over een paar seconden opnieuw.',
		},
	},
	lookup: {
		private: '<@{{user}}> heeft de gekoppelde accounts op privé gezet, dus ik kan ze op deze manier niet opzoeken. Sorry!',
		ownNotLinked: {
			discogs: 'Je hebt geen Discogs-account gekoppeld. Koppel het jouwe met `/koppelen discogs`, of geef `gebruikersnaam:` op om er een op te zoeken, bijv. `/discogs profiel gebruikersnaam:rodneyfool`.',
			catalog: 'Je hebt geen catalogusaccount gekoppeld. Koppel het jouwe met `/koppelen catalogus`, of geef `id:` op om er een op te zoeken, bijv. `/catalogus profiel id:<uuid>`.',
		},
		otherNotLinked: {
			discogs: '<@{{user}}> heeft geen Discogs-account gekoppeld. Geef `gebruikersnaam:` op om er een op naam op te zoeken.',
			catalog: '<@{{user}}> heeft geen catalogusaccount gekoppeld. Geef `id:` op om er een op ID op te zoeken.',
		},
	},
} as const satisfies LocaleResources['links'];
