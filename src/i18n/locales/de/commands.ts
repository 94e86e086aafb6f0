import type { LocaleResources } from '../../resources.js';

/**
 * The command picker in German. Names are what a German member would type, lower case and without spaces:
 * /profil, /discogs, /katalog, /verknüpfen, /trennen, /privatsphäre; every other file that names a command or an
 * option uses these names, so what a member reads is what the picker offers.
 */
const accountPrivate = { name: 'privat', description: 'Nur du siehst die Antwort' } as const;

const discogsAccount = {
	username: { name: 'benutzername', description: 'Discogs-Benutzername (Standard: dein verknüpftes Konto)' },
	user: { name: 'mitglied', description: 'Ein Discord-Nutzer, dessen verknüpftes Discogs-Konto angezeigt wird' },
	private: accountPrivate,
} as const;

const discogsPage = { name: 'seite', description: 'Seite, auf der du beginnst (Standard: 1)' } as const;

const catalogAccount = {
	id: { name: 'id', description: 'Katalognutzer-ID (Standard: dein verknüpftes Konto)' },
	user: { name: 'mitglied', description: 'Ein Discord-Nutzer, dessen verknüpftes Katalogkonto angezeigt wird' },
	private: accountPrivate,
} as const;

export const commands = {
	profile: {
		name: 'profil',
		description: 'Profilkarte eines Nutzers anzeigen: Discord-Profil, Abzeichen und verknüpfte Musikkonten.',
		options: {
			user: { name: 'mitglied', description: 'Wessen Profil angezeigt wird (Standard: deins)' },
			private: accountPrivate,
		},
	},
	viewProfile: { name: 'Profil ansehen' },
	discogs: {
		name: 'discogs',
		description: 'Discogs-Profile, Bewertungen, Beiträge und Einreichungen nachschlagen.',
		options: {
			profile: { name: 'profil', description: 'Ein Discogs-Profil: Rang, Bewertungen, Sammlung und mehr', options: discogsAccount },
			ratings: { name: 'bewertungen', description: 'Ruf als Käufer und Verkäufer sowie abgegebene Bewertungen', options: discogsAccount },
			contributions: {
				name: 'beiträge',
				description: 'Veröffentlichungen, zu denen ein Nutzer beigetragen hat, Seite für Seite',
				options: {
					...discogsAccount,
					sort: {
						name: 'sortierung',
						description: 'Sortieren nach (Standard: Hinzufügedatum)',
						choices: {
							label: 'Label',
							artist: 'Künstler',
							title: 'Titel',
							catno: 'Katalognummer',
							format: 'Format',
							rating: 'Bewertung',
							year: 'Jahr',
							added: 'Hinzufügedatum',
						},
					},
					order: { name: 'reihenfolge', description: 'Sortierreihenfolge', choices: { asc: 'aufsteigend', desc: 'absteigend' } },
					page: discogsPage,
				},
			},
			submissions: {
				name: 'einreichungen',
				description: 'Künstler, Labels und Veröffentlichungen, die ein Nutzer eingereicht oder bearbeitet hat',
				options: { ...discogsAccount, page: discogsPage },
			},
			edit: { name: 'bearbeiten', description: 'Dein eigenes Discogs-Profil bearbeiten (braucht eine Discogs-Autorisierung)' },
		},
	},
	catalog: {
		name: 'katalog',
		description: 'Profile und veröffentlichte Songs im Musikkatalog nachschlagen.',
		options: {
			profile: { name: 'profil', description: 'Ein Katalogprofil: Rolle, Genre, Links', options: catalogAccount },
			songs: { name: 'songs', description: 'Veröffentlichte Songs eines Künstlers, Seite für Seite', options: catalogAccount },
		},
	},
	link: {
		name: 'verknüpfen',
		description: 'Dein Discogs- oder Katalogkonto mit Discord verknüpfen und nachweisen, dass es dir gehört.',
		options: {
			discogs: {
				name: 'discogs',
				description: 'Discogs verknüpfen: Bot autorisieren oder (mit Benutzername) einen Code ins Profil setzen',
				options: { username: { name: 'benutzername', description: 'Dein Discogs-Benutzername, zur Bestätigung per Profilcode' } },
			},
			catalog: {
				name: 'katalog',
				description: 'Katalog verknüpfen: Zugriffstoken einfügen oder (mit ID) einen Code in die Biografie setzen',
				options: { id: { name: 'id', description: 'Deine Katalognutzer-ID, zur Bestätigung per Code in der Biografie' } },
			},
			status: { name: 'status', description: 'Deine verknüpften Konten ansehen und verwalten' },
		},
	},
	unlink: {
		name: 'trennen',
		description: 'Ein Konto trennen oder alles löschen, was der Bot über dich gespeichert hat.',
		options: {
			service: {
				name: 'dienst',
				description: 'Was getrennt werden soll',
				choices: { discogs: 'Discogs', catalog: 'Katalog', all: 'Alles (alle meine Daten löschen)' },
			},
		},
	},
	privacy: {
		name: 'privatsphäre',
		description: 'Festlegen, wer deine verknüpften Konten über dein Discord-Profil sehen kann.',
		options: {
			lookups: {
				name: 'sichtbarkeit',
				description: 'Wer deine verknüpften Konten über /profil, Profil ansehen und die Option mitglied: finden kann',
				choices: { everyone: 'Alle', nobody: 'Niemand außer mir' },
			},
		},
	},
} as const satisfies LocaleResources['commands'];
