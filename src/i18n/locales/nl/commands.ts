import type { LocaleResources } from '../../resources.js';

/**
 * The command picker in Dutch. Names are what a Dutch member would type, lower case and without spaces:
 * /profiel, /discogs, /catalogus, /koppelen, /ontkoppelen, /privacy; every other file that names a command or an
 * option uses these names, so what a member reads is what the picker offers.
 */
const accountPrivate = { name: 'privé', description: 'Alleen jij ziet het antwoord' } as const;

const discogsAccount = {
	username: { name: 'gebruikersnaam', description: 'Discogs-gebruikersnaam (standaard: je gekoppelde account)' },
	user: { name: 'gebruiker', description: 'Een Discord-gebruiker van wie je het gekoppelde Discogs-account wilt zien' },
	private: accountPrivate,
} as const;

const discogsPage = { name: 'pagina', description: 'Pagina om mee te beginnen (standaard 1)' } as const;

const catalogAccount = {
	id: { name: 'id', description: 'ID van de catalogusgebruiker (standaard: je gekoppelde account)' },
	user: { name: 'gebruiker', description: 'Een Discord-gebruiker van wie je het gekoppelde catalogusaccount wilt zien' },
	private: accountPrivate,
} as const;

export const commands = {
	profile: {
		name: 'profiel',
		description: 'Toon iemands profielkaart: Discord-profiel, badges en gekoppelde muziekaccounts.',
		options: {
			user: { name: 'gebruiker', description: 'Wiens profiel je wilt zien (standaard: het jouwe)' },
			private: accountPrivate,
		},
	},
	viewProfile: { name: 'Profiel bekijken' },
	discogs: {
		name: 'discogs',
		description: 'Zoek Discogs-profielen, beoordelingen, bijdragen en inzendingen op.',
		options: {
			profile: { name: 'profiel', description: 'Een Discogs-profiel: rang, beoordelingen, collectie en meer', options: discogsAccount },
			ratings: { name: 'beoordelingen', description: 'Reputatie als koper en verkoper, en gegeven beoordelingen', options: discogsAccount },
			contributions: {
				name: 'bijdragen',
				description: 'Releases waaraan een gebruiker heeft bijgedragen, pagina voor pagina',
				options: {
					...discogsAccount,
					sort: {
						name: 'sorteren',
						description: 'Sorteren op (standaard: datum toegevoegd)',
						choices: {
							label: 'label',
							artist: 'artiest',
							title: 'titel',
							catno: 'catalogusnummer',
							format: 'formaat',
							rating: 'beoordeling',
							year: 'jaar',
							added: 'datum toegevoegd',
						},
					},
					order: { name: 'volgorde', description: 'Sorteervolgorde', choices: { asc: 'oplopend', desc: 'aflopend' } },
					page: discogsPage,
				},
			},
			submissions: {
				name: 'inzendingen',
				description: 'Artiesten, labels en releases die een gebruiker heeft ingediend of bewerkt',
				options: { ...discogsAccount, page: discogsPage },
			},
			edit: { name: 'bewerken', description: 'Bewerk je eigen Discogs-profiel (vereist Discogs-autorisatie)' },
		},
	},
	catalog: {
		name: 'catalogus',
		description: 'Zoek profielen en uitgebrachte nummers op in de muziekcatalogus.',
		options: {
			profile: { name: 'profiel', description: 'Een catalogusprofiel: rol, genre, links', options: catalogAccount },
			songs: { name: 'nummers', description: 'Uitgebrachte nummers van een artiest, pagina voor pagina', options: catalogAccount },
		},
	},
	link: {
		name: 'koppelen',
		description: 'Koppel je Discogs- of catalogusaccount aan je Discord-account en bewijs dat het van jou is.',
		options: {
			discogs: {
				name: 'discogs',
				description: 'Discogs koppelen: autoriseer de bot, of zet (met gebruikersnaam) een code in je profiel',
				options: { username: { name: 'gebruikersnaam', description: 'Je Discogs-gebruikersnaam, om te verifiëren met een profielcode' } },
			},
			catalog: {
				name: 'catalogus',
				description: 'Catalogus koppelen: plak een toegangstoken, of zet (met ID) een code in je biografie',
				options: { id: { name: 'id', description: 'Je ID in de catalogus, om te verifiëren met een code in je biografie' } },
			},
			status: { name: 'status', description: 'Bekijk en beheer je gekoppelde accounts' },
		},
	},
	unlink: {
		name: 'ontkoppelen',
		description: 'Ontkoppel een account of verwijder alles wat de bot over je bewaart.',
		options: {
			service: {
				name: 'dienst',
				description: 'Wat je wilt ontkoppelen',
				choices: { discogs: 'Discogs', catalog: 'Catalogus', all: 'Alles (al mijn gegevens verwijderen)' },
			},
		},
	},
	privacy: {
		name: 'privacy',
		description: 'Kies wie je gekoppelde accounts via je Discord-profiel kan zien.',
		options: {
			lookups: {
				name: 'zichtbaarheid',
				description: 'Wie je gekoppelde accounts kan opzoeken via /profiel, Profiel bekijken en de optie gebruiker:',
				choices: { everyone: 'Iedereen', nobody: 'Niemand behalve ik' },
			},
		},
	},
} as const satisfies LocaleResources['commands'];
