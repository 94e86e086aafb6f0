import type { LocaleResources } from '../../resources.js';

/** HTML as in the English: the same tags, `&lt;` for a literal `<`. Discord's Dutch names: Gekoppelde rollen, Gebruikersinstellingen, Geautoriseerde apps. */
export const web = {
	linkedRoles: {
		notSetUp: {
			title: 'Gekoppelde rollen zijn niet ingesteld',
			text: 'De beheerder van deze bot heeft Gekoppelde rollen nog niet helemaal ingesteld, dus er kan nog niets worden verbonden.',
			short: 'Er kan nog niets worden verbonden.',
		},
		failed: {
			denied: {
				title: 'Er is niets verbonden',
				text: 'Je hebt op Discord geannuleerd, dus er is niets veranderd. Je kunt altijd opnieuw beginnen vanuit het menu Gekoppelde rollen.',
			},
			state: {
				title: 'Deze link is verlopen',
				text: 'Deze pagina is geopend via een oude, al gebruikte of onbekende inloglink, dus er is niets veranderd. Begin opnieuw vanuit het menu Gekoppelde rollen in Discord.',
			},
			browser: {
				title: 'Rond het af in dezelfde browser',
				text: 'Deze aanmelding is in een andere browser gestart (of de cookie ervan werd geblokkeerd), dus er is niets veranderd. Begin opnieuw vanuit het menu Gekoppelde rollen en rond het af in de browser die dan opent.',
			},
			grant: {
				title: 'Discord accepteerde de aanmelding niet',
				text: 'Discord heeft de autorisatie geweigerd (misschien is die verlopen). Er is niets veranderd; begin opnieuw vanuit het menu Gekoppelde rollen.',
			},
			unavailable: {
				title: 'Discord of een muziekdienst reageerde niet',
				text: 'De verbinding kon niet worden voltooid omdat een dienst niet goed reageerde. Er is niets half gedaan; probeer het over een paar minuten opnieuw.',
			},
		},
		connected: {
			title: 'Verbonden',
			intro:
				'Je Discord-account <strong>{{username}}</strong> is verbonden. Servers kunnen je nu de rollen geven waarvoor je met deze gegevens in aanmerking komt; je kunt deze pagina sluiten en teruggaan naar Discord.',
			introPlatform:
				'Je Discord-account <strong>{{username}}</strong> is verbonden met <strong>{{platform}}</strong>. Servers kunnen je nu de rollen geven waarvoor je met deze gegevens in aanmerking komt; je kunt deze pagina sluiten en teruggaan naar Discord.',
			noAccounts: 'Je hebt nog geen Discogs- of catalogusaccount gekoppeld: gebruik <code>/koppelen</code> in Discord, dan volgen de gegevens vanzelf.',
			connections: 'Zichtbaar op je <code>/profiel</code> (accounts die je voor iedereen zichtbaar hebt gemaakt):',
			connection: '{{service}}: {{name}}',
			disconnect: 'Wil je de verbinding verbreken, gebruik dan <code>/ontkoppelen</code> in Discord of verwijder de app onder Gebruikersinstellingen → Geautoriseerde apps.',
		},
	},
	discogsSignIn: {
		failed: {
			off: {
				title: 'Inloggen met Discogs is niet ingesteld',
				text: 'De beheerder van deze bot heeft inloggen met Discogs hier niet ingesteld, dus op deze pagina kan niets worden gekoppeld. In Discord werkt <code>/koppelen discogs gebruikersnaam:&lt;naam&gt;</code> nog steeds.',
			},
			expired: {
				title: 'Deze link is verlopen',
				text: 'Deze inloglink is oud, vervangen door een nieuwere of onbekend, dus er is niets veranderd. Wil je je Discogs-account koppelen, voer dan <code>/koppelen discogs</code> uit in Discord voor een nieuwe link.',
			},
			opened: {
				title: 'Deze link is al geopend',
				text: 'Elke inloglink opent maar één keer. Is hij in een ander tabblad of een andere browser geopend, rond het daar dan af; voer anders <code>/koppelen discogs</code> uit in Discord voor een nieuwe link.',
			},
			used: {
				title: 'Deze aanmelding is al voltooid',
				text: 'Discogs heeft je hier al eerder naar teruggestuurd, en een aanmelding telt maar één keer, dus er is nu niets veranderd. <code>/koppelen status</code> in Discord laat zien wat er gekoppeld is; wil je opnieuw koppelen, voer dan <code>/koppelen discogs</code> uit in Discord voor een nieuwe link.',
			},
			browser: {
				title: 'Rond het af in dezelfde browser',
				text: 'Deze aanmelding is in een andere browser gestart (of de cookie ervan werd geblokkeerd), dus er is niets veranderd. Voer voor een nieuwe poging <code>/koppelen discogs</code> uit in Discord en open de nieuwe link in de browser die je voor Discogs gebruikt.',
			},
			denied: {
				title: 'Er is niets gekoppeld',
				text: 'Je hebt de bot op Discogs geen toestemming gegeven, dus er is niets veranderd. Wil je je account toch koppelen, voer dan <code>/koppelen discogs</code> uit in Discord voor een nieuwe link.',
			},
			rejected: {
				title: 'Discogs accepteerde de aanmelding niet',
				text: 'Discogs heeft de autorisatie geweigerd (die is 15 minuten geldig, dus misschien is hij verlopen). Er is niets veranderd; voer <code>/koppelen discogs</code> uit in Discord voor een nieuwe link.',
			},
			unavailable: {
				title: 'Discogs reageerde niet',
				text: 'Discogs is nu niet bereikbaar of te druk, dus de aanmelding kon niet worden voltooid en er is niets veranderd. Voer over een paar minuten <code>/koppelen discogs</code> uit in Discord voor een nieuwe link.',
			},
			store: {
				title: 'De bot kon zijn opslag niet bereiken',
				text: 'Er is niets veranderd. Probeer het over een paar minuten opnieuw: voer <code>/koppelen discogs</code> uit in Discord voor een nieuwe link.',
			},
			error: {
				title: 'Er is iets misgegaan',
				text: 'De bot kon de aanmelding niet voltooien, dus er is niets veranderd; de beheerder kan in het logboek zien waarom. Voer later <code>/koppelen discogs</code> uit in Discord voor een nieuwe link.',
			},
		},
		refusedTitle: 'Er is niets gekoppeld',
		linked: {
			title: 'Discogs-account gekoppeld',
			text: 'Het Discogs-account <strong>{{username}}</strong> is gekoppeld aan je Discord-account; je kunt deze pagina sluiten.',
			next: 'In Discord toont <code>/koppelen status</code> de koppeling, en met <code>/discogs bewerken</code> bewerk je je Discogs-profiel.',
		},
	},
} as const satisfies LocaleResources['web'];
