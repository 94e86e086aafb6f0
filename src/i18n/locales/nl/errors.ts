import type { LocaleResources } from '../../resources.js';

export const errors = {
	provider: {
		not_found: {
			Discord: 'Discord kent deze gebruiker niet.',
			Discogs: 'Discogs kent deze gebruiker niet.',
			catalog: 'De catalogus kent deze gebruiker niet.',
		},
		not_found_named: {
			Discord: 'Er bestaat geen Discord-gebruiker met de naam **{{subject}}**.',
			Discogs: 'Er bestaat geen Discogs-gebruiker met de naam **{{subject}}**.',
			catalog: 'Er bestaat geen catalogusgebruiker met de naam **{{subject}}**.',
		},
		forbidden: {
			Discord: 'Discord laat de bot dat niet zien: het is privé.',
			Discogs: 'Discogs laat de bot dat niet zien: het is privé.',
			catalog: 'De catalogus laat de bot dat niet zien: het is privé.',
		},
		rate_limited: {
			Discord: 'Discord remt de bot op dit moment af (rate limit). Probeer het over een minuut opnieuw.',
			Discogs: 'Discogs remt de bot op dit moment af (rate limit). Probeer het over een minuut opnieuw.',
			catalog: 'De catalogus remt de bot op dit moment af (rate limit). Probeer het over een minuut opnieuw.',
		},
		unavailable: {
			Discord: 'Discord is nu niet bereikbaar (er kwam geen bruikbaar antwoord). Probeer het later opnieuw.',
			Discogs: 'Discogs is nu niet bereikbaar (er kwam geen bruikbaar antwoord). Probeer het later opnieuw.',
			catalog: 'De catalogus is nu niet bereikbaar (er kwam geen bruikbaar antwoord). Probeer het later opnieuw.',
		},
		misconfigured: {
			Discord: 'De Discord-inloggegevens van de bot zijn geweigerd. De beheerder van de bot is op de hoogte gebracht.',
			Discogs: 'De Discogs-inloggegevens van de bot zijn geweigerd. De beheerder van de bot is op de hoogte gebracht.',
			catalog: 'De inloggegevens van de bot voor de catalogus zijn geweigerd. De beheerder van de bot is op de hoogte gebracht.',
		},
		unauthorized: {
			Discord: 'Discord accepteert je autorisatie niet meer (misschien is die ingetrokken). Koppel je account opnieuw.',
			Discogs: 'Discogs accepteert je autorisatie niet meer (misschien is die ingetrokken). Koppel je account opnieuw.',
			catalog: 'De catalogus accepteert je autorisatie niet meer (misschien is die ingetrokken). Koppel je account opnieuw.',
		},
		too_large: {
			Discord: 'Discord stuurde een te groot antwoord (meer dan {{megabytes}} MB), dus ik ben gestopt met lezen. Probeer het later opnieuw.',
			Discogs: 'Discogs stuurde een te groot antwoord (meer dan {{megabytes}} MB), dus ik ben gestopt met lezen. Probeer het later opnieuw.',
			catalog: 'De catalogus stuurde een te groot antwoord (meer dan {{megabytes}} MB), dus ik ben gestopt met lezen. Probeer het later opnieuw.',
		},
	},
	stale: 'Deze knop is verouderd (of komt niet van mij), dus ik heb niets gedaan. Voer de opdracht opnieuw uit voor een nieuwe knop.',
	storeWrite: 'Ik kon dat niet opslaan: mijn opslag accepteerde de wijziging niet, dus er is niets veranderd. Probeer het zo nog eens.',
	storeRead: 'Ik kan mijn opslag nu niet bereiken, dus ik kan gekoppelde accounts en instellingen niet controleren. Probeer het zo nog eens.',
	generic: 'Er ging aan onze kant iets mis. Blijft dit gebeuren, geef de beheerder van de bot dan deze referentie: `{{reference}}`.',
	unknownCommand: 'Die opdracht of knop ken ik niet (misschien komt die uit een oudere versie van de bot). Referentie: `{{reference}}`.',
	optionsRefused: 'Ik kon niets met de opties van die opdracht (misschien komt die uit een oudere versie van de bot). Kies de opdracht opnieuw uit de lijst.',
} as const satisfies LocaleResources['errors'];
