// The lines of `ancrage-check` (src/cli.ts), kept out of the widgets' catalogs: no page downloads them.
import { warningInEnglish, warningInFrench } from './feed-warnings.js';
import type { FeedList } from '../feed/item-name.js';
import type { CountForms as Forms } from './format.js';

/** What `ancrage-check` says, in each language; a feed's counts, warnings and errors. */
export const cliMessages = {
  en: {
    warning: (path: string, message: string, item: string) => `warning ${path || '(feed)'}${item}: ${warningInEnglish(message)}`,
    item: { publishers: 'authority', partners: 'partner', projects: 'project', budgets: 'budget' },
    quote: (name: string) => `"${name}"`,
    // Whose budget: "budget 2025 of "Ville de Belleval"".
    of: (publisher: string) => ` of ${publisher}`,
    // As before the French: scripts may read this line.
    error: (_reason: string, detail: string) => `error: ${warningInEnglish(detail)}`,
    // A local file's own fault, in words: no HTTP wording, no raw ENOENT.
    fileError: (sentence: string) => `error: ${sentence}`,
    fileMissing: (path: string) => `File not found: ${path}`,
    // `www.ville.fr/flux.json`: an address typed without its scheme is read as a file name.
    bareAddress: (address: string) => ` (an address? Write it in full: ${address})`,
    fileHtml: 'The file is a web page (HTML), not JSON data.',
    fileWrapped: 'The file is JSON with HTML added (a <p>, <br> or comment from a CMS or a web page).',
    list: 'the file is a list, [ … ]: a feed is one object, { "version": "1", "publishers": [ … ], "projects": [ … ] }',
    folder: (path: string) => `${path} is a folder: give the feed file in it`,
    // The loader's words are a page's (CORS); a command is refused by the server or the network itself.
    network: 'the server cannot be reached (no network, a wrong address, or the connection refused)',
    // "Valid" only when nothing was warned about; else it could be read, and the warnings say what was lost.
    head: (warned: boolean): string => (warned ? 'Readable feed:' : 'Valid feed:'),
    counts: {
      publishers: [{ one: '# authority', other: '# authorities' }, { one: '# left out', other: '# left out' }],
      projects: [{ one: '# project', other: '# projects' }, { one: '# left out', other: '# left out' }],
      partners: [{ one: '# partner', other: '# partners' }, { one: '# left out', other: '# left out' }],
      budgets: [{ one: '# budget', other: '# budgets' }, { one: '# left out', other: '# left out' }],
    } satisfies Record<FeedList, [Forms, Forms]>,
    warnings: { one: '# warning', other: '# warnings' },
    more: (path: string): Forms => ({
      one: `… # more warning like those above on ${path}: --all prints it`,
      other: `… # more warnings like those above on ${path}: --all prints them`,
    }),
  },
  fr: {
    warning: (path: string, message: string, item: string) => `avertissement ${path || '(flux)'}${item}\u00a0: ${warningInFrench(message) ?? message}`,
    item: { publishers: 'collectivité', partners: 'partenaire', projects: 'projet', budgets: 'budget' },
    quote: (name: string) => `«\u00a0${name}\u00a0»`,
    of: (publisher: string) => ` de ${publisher}`,
    error: (reason: string, detail: string) => `erreur\u00a0: ${reason} Détail technique\u00a0: ${warningInFrench(detail) ?? detail}`,
    fileError: (sentence: string) => `erreur\u00a0: ${sentence}`,
    fileMissing: (path: string) => `Fichier introuvable\u00a0: ${path}`,
    bareAddress: (address: string) => ` (une adresse\u00a0? Écrivez-la en entier\u00a0: ${address})`,
    fileHtml: 'Le fichier est une page web (HTML), pas des données JSON.',
    fileWrapped: "Le fichier est du JSON auquel du HTML a été ajouté (un <p>, un <br> ou un commentaire venu d'un CMS ou d'une page web).",
    list: 'le fichier est une liste, [ … ]\u00a0: un flux est un objet, { "version": "1", "publishers": [ … ], "projects": [ … ] }',
    folder: (path: string) => `${path} est un dossier\u00a0: donnez le fichier du flux qu'il contient`,
    network: 'pas de réseau, adresse erronée ou connexion refusée',
    head: (warned: boolean): string => (warned ? 'Flux lisible\u00a0:' : 'Flux valide\u00a0:'),
    // What was left out agrees with its noun: « 1 collectivité (1 écartée), 3 projets (2 écartés) ».
    counts: {
      publishers: [{ one: '# collectivité', other: '# collectivités' }, { one: '# écartée', other: '# écartées' }],
      projects: [{ one: '# projet', other: '# projets' }, { one: '# écarté', other: '# écartés' }],
      partners: [{ one: '# partenaire', other: '# partenaires' }, { one: '# écarté', other: '# écartés' }],
      budgets: [{ one: '# budget', other: '# budgets' }, { one: '# écarté', other: '# écartés' }],
    } satisfies Record<FeedList, [Forms, Forms]>,
    warnings: { one: '# avertissement', other: '# avertissements' },
    more: (path: string): Forms => ({
      one: `… # autre avertissement comme ceux ci-dessus sur ${path}\u00a0: --all l'affiche`,
      other: `… # autres avertissements comme ceux ci-dessus sur ${path}\u00a0: --all les affiche`,
    }),
  },
};
