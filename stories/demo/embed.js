// The embed-code generator (embed.html): a web editor picks a feed, a widget, its
// options and colours, sees the widget live, and copies a snippet for the CMS.
// Plain JS over the built library (`npm run build`): the feed is checked by the
// same loader and validator the widgets use, and the options come from the
// custom-elements manifest, so the form follows the code.
import { listWords } from '../../dist/base/list-words.js';
import { askedYear, gaugeView, pickBudget } from '../../dist/components/budget-gauge/budget-math.js';
import { onComputer, stewardAdvice } from '../../dist/feed/advice.js';
import { itemOf, leftOutCount } from '../../dist/feed/item-name.js';
import { decodeFeedBytes, loadFeed, parseFeedText } from '../../dist/feed/load.js';
import { unwrapped as address } from '../../dist/feed/text.js';
import { inFull } from '../../dist/feed/safe-url.js';
import { CAPPED_BASES } from '../../dist/feed/types.js';
import { warningInEnglish, warningInFrench } from '../../dist/i18n/feed-warnings.js';
import { formatCount, formatList } from '../../dist/i18n/format.js';
import { messagesFor } from '../../dist/i18n/index.js';
import { jsonSyntaxError, pastedHtml } from '../../dist/i18n/json-syntax.js';
import { contrastRatio, DARK_THEME, DEFAULT_THEME, parseHexColour, THEME_CONTRAST } from '../../dist/theme/contrast.js';

const EXAMPLE_FEED = new URL('example-feed.json', location.href).href;
const BUNDLE = new URL('../../dist/ancrage.js', location.href).href;
const MANIFEST = new URL('../../dist/custom-elements.json', location.href).href;
/** The start of an inline feed's id: the snippet's ends with a hash of the feed, so that two feeds on one page keep apart. */
const INLINE_ID = 'ancrage-flux';
/** `feed` has its own section; `state` is read-only. */
const NOT_OPTIONS = new Set(['feed', 'state']);
/** Display order; a widget the manifest adds later comes after these. */
const WIDGET_ORDER = ['ancrage-project-cards', 'ancrage-partner-list', 'ancrage-budget-gauge'];
/** The colours a town sets: theme key (as in DEFAULT_THEME and a feed's theme) and CSS property. */
const COLOURS = [
  ['primary', '--ancrage-primary'],
  ['onPrimary', '--ancrage-on-primary'],
  ['accent', '--ancrage-accent'],
  ['surface', '--ancrage-surface'],
  ['text', '--ancrage-text'],
];

const TEXTS = {
  fr: {
    pageTitle: 'Générateur de code Ancrage',
    skip: 'Aller au contenu',
    brand: 'Ancrage — générateur de code',
    nav: 'Site de démonstration',
    navDemo: 'Le site de Belleval',
    navThemes: 'Trois chartes graphiques et le mode sombre',
    navEmbed: 'Générateur de code',
    switchTo: 'English',
    switchLang: 'en',
    title: 'Générer le code à coller dans votre site',
    intro:
      "Indiquez votre flux, choisissez un widget, ses options et vos couleurs\u00a0: l'aperçu se met à jour, et le code prêt à coller dans votre CMS est en bas.",
    feedTitle: '1. Le flux',
    feedUrl: 'Adresse du flux',
    feedUrlHelp: 'Une adresse complète (https://www.ville.fr/solidarite/flux.json) ou un chemin sur votre site (/solidarite/flux.json).',
    checkUrl: 'Vérifier le flux',
    useExample: "Utiliser le flux d'exemple",
    pasteTitle: 'Pas de fichier à héberger\u00a0? Collez le flux ici',
    feedText: 'Contenu du flux (JSON)',
    feedTextHelp:
      'Le code généré contiendra alors le flux lui-même, dans la page, dans un bloc de données avec son propre identifiant (attribut feed="#ancrage-flux-…"). Collez le flux tel que le fichier l\'écrit, sans passer par l\'éditeur de votre CMS, qui y ajouterait du HTML.',
    checkText: 'Vérifier et utiliser ce texte',
    checking: 'Vérification du flux…',
    emptyUrl: "Indiquez l'adresse du flux, ou utilisez le flux d'exemple.",
    emptyText: 'Collez le contenu du flux dans la zone de texte.',
    // "Valide" only when nothing was warned about: a warning may have dropped an item.
    feedOk: (counts, warned) => `${warned ? 'Flux lisible' : 'Flux valide'}\u00a0: ${counts}.`,
    counts: {
      publishers: { one: '# collectivité', other: '# collectivités' },
      projects: { one: '# projet', other: '# projets' },
      partners: { one: '# partenaire', other: '# partenaires' },
      budgets: { one: '# budget', other: '# budgets' },
    },
    // What was left out agrees with its noun, as ancrage-check says it: « 3 projets (2 écartés) ».
    leftOut: {
      publishers: { one: '# écartée', other: '# écartées' },
      projects: { one: '# écarté', other: '# écartés' },
      partners: { one: '# écarté', other: '# écartés' },
      budgets: { one: '# écarté', other: '# écartés' },
    },
    // Neutral: a warning may drop an item, a field, or only say how the file was read; each line says which.
    warnings: { one: '# avertissement, détaillé ci-dessous.', other: '# avertissements, détaillés ci-dessous.' },
    noWarnings: 'Aucun avertissement.',
    // A sentence of its own: the reason after it starts with a capital.
    feedFatal: 'Flux inutilisable.',
    technical: 'Détail technique\u00a0:',
    wholeFeed: '(flux)',
    colon: '\u00a0: ',
    syntax: 'Erreur de syntaxe JSON,',
    relative:
      "Adresse relative\u00a0: l'aperçu la cherche sur ce serveur de démonstration\u00a0; une fois en ligne, elle sera cherchée sur votre propre site.",
    // A feed pasted in the page: its relative addresses are read against the page it is pasted in, not the feed's site.
    relativeInline: (address) =>
      `Le flux collé contient des adresses relatives, par exemple ${address}\u00a0: l'aperçu les cherche sur ce serveur de démonstration, mais la page où vous collerez le code les cherchera parmi ses propres pages (images absentes, liens morts). Dans un flux collé, écrivez les adresses des images et des liens en entier (https://…).`,
    bare: (url) => `Adresse sans https://\u00a0: votre site la chercherait parmi ses propres pages. Écrivez-la en entier, par exemple ${url}`,
    cors: "Si le flux est sur un autre site que la page, ce site doit envoyer l'en-tête Access-Control-Allow-Origin (voir le README).",
    insecure: "Adresse en http://\u00a0: une page en https (la vôtre) ne peut pas lire un flux en http. Donnez l'adresse en https:// du flux.",
    insecureScript:
      "Adresse en http://\u00a0: une page en https (la vôtre) bloque un script en http, et le widget resterait vide. Donnez l'adresse en https:// du fichier.",
    onComputer: "Un fichier sur votre ordinateur\u00a0: aucune page en ligne ne peut le lire. Mettez-le sur votre site et donnez son adresse en https://.",
    // A text pasted in the page is no file (the widgets' own sentences say "Le fichier…").
    pastedReason: {
      'not-json': "Le texte collé n'est pas du JSON valide.",
      'not-object': "Le texte collé n'a pas la forme d'un flux Ancrage.",
    },
    pastedHtml:
      "Le texte collé contient du HTML (un <p>, un <br> ou un commentaire ajouté par l'éditeur d'un CMS ou d'une page web), pas seulement le flux.",
    noSnippet: "Pas de code à copier\u00a0: collez le flux sans HTML, copié depuis le fichier lui-même (ouvert dans un éditeur de texte).",
    noSnippetUnusable: 'Pas de code à copier\u00a0: les widgets ne pourraient pas lire ce flux. Corrigez-le (voir ci-dessus), puis vérifiez-le à nouveau.',
    noSnippetNoFeed: "Pas de code à copier\u00a0: indiquez d'abord l'adresse du flux, ou collez-le.",
    item: { publishers: 'collectivité', partners: 'partenaire', projects: 'projet', budgets: 'budget' },
    of: (publisher) => ` de ${publisher}`,
    widgetTitle: '2. Le widget et ses options',
    widget: 'Widget',
    widgetNames: {
      'ancrage-project-cards': 'Cartes de projets',
      'ancrage-partner-list': 'Liste des partenaires',
      'ancrage-budget-gauge': 'Jauge du budget de solidarité',
    },
    widgetSummaries: {
      'ancrage-project-cards': 'Les projets de la collectivité en cartes, avec filtres, tri et pagination.',
      'ancrage-partner-list': "Les partenaires des projets, groupés par type (associations et OSIM d'abord).",
      'ancrage-budget-gauge': 'Le budget de solidarité en jauge et en phrase\u00a0: engagé sur voté, ou un dispositif 1\u202f% face à son plafond.',
    },
    options: 'Options (toutes facultatives)',
    byDefault: (value) => (value ? `Par défaut (${value})` : 'Par défaut'),
    optionHelp: {
      publisher: "Identifiant d'une collectivité du flux\u00a0: seulement ses projets, partenaires et budgets (utile quand le flux en réunit plusieurs).",
      lang: "Langue de l'interface (fr, en). Vide\u00a0: celle de la page.",
      'color-scheme': "light\u00a0: clair (par défaut)\u00a0; dark\u00a0: sombre\u00a0; auto\u00a0: suit le réglage de l'appareil du lecteur.",
      'ancrage-project-cards heading-level': 'Niveau de titre de chaque carte, de 1 à 6 (3 par défaut)\u00a0: un niveau sous le titre de la section qui les contient.',
      filters: 'Affiche les filtres\u00a0: thème, pays, statut (chacun quand les projets offrent un choix) et recherche libre.',
      themes: 'Seulement les projets de ces thèmes (codes séparés par des espaces, par ex. water-sanitation).',
      country: 'Seulement les projets dans ces pays (codes ISO à deux lettres séparés par des espaces, par ex. ML SN).',
      status: 'Seulement les projets à ces statuts (séparés par des espaces\u00a0: planned, ongoing, completed, suspended, cancelled).',
      'ancrage-project-cards project': "Identifiant d'un projet\u00a0: sa carte seule, dépliée (pour la page d'un projet).",
      sort: "recent\u00a0: en cours d'abord, puis les plus récents\u00a0; title\u00a0: par titre\u00a0; budget\u00a0: les plus gros montants d'abord.",
      'page-size': "Nombre de cartes affichées d'abord, puis ajoutées par «\u00a0Voir plus\u00a0» (12 par défaut).",
      'ancrage-partner-list project': "Identifiant d'un projet\u00a0: seulement ses partenaires, avec leur rôle.",
      kind: 'Seulement ces types de partenaires, séparés par des espaces (par ex. association osim)\u00a0: association, osim (organisation de solidarité internationale issue des migrations), collectivite, ngo (ONG), public (organisme public), network (réseau), education (enseignement), company (entreprise), other.',
      group: 'kind\u00a0: groupés par type (par défaut)\u00a0; none\u00a0: une seule liste par ordre alphabétique.',
      search: 'Affiche un champ de recherche (nom, ville, pays, description).',
      layout: 'list\u00a0: un partenaire par ligne (par défaut)\u00a0; grid\u00a0: des cartes en colonnes.',
      'ancrage-partner-list heading-level': 'Niveau des titres de groupe, de 1 à 5 (3 par défaut)\u00a0; les noms des partenaires sont un niveau en dessous.',
      'logos-only': 'Un mur de logos\u00a0: chaque partenaire par son logo seul, avec un lien vers son site.',
      year: 'Année du budget\u00a0; par défaut la plus récente.',
      variant: 'arc\u00a0: demi-cercle (par défaut)\u00a0; bar\u00a0: barre horizontale.',
      measure: 'committed\u00a0: montant engagé (par défaut)\u00a0; spent\u00a0: montant payé.',
      basis:
        "water, energy, waste ou mobility\u00a0: ce dispositif 1\u202f% face à son plafond, 1\u202f% des ressources du budget du service (pour mobility, hors versement mobilité)\u00a0; general\u00a0: le budget général\u00a0; vide\u00a0: toute l'enveloppe.",
      breakdown: "Ajoute le tableau des lignes du budget\u00a0: voté, engagé ou payé, part de l'enveloppe, plafond.",
      years: "Ajoute un sélecteur d'année quand la collectivité a des budgets sur plusieurs années.",
    },
    coloursTitle: '3. Les couleurs',
    colours: 'Couleurs de la collectivité',
    coloursHelp: 'Laissez vide pour garder la couleur par défaut (ou celle du thème du flux).',
    // Its fill is --ancrage-accent; --ancrage-primary outlines only what has the keyboard focus, and nothing is written on it.
    coloursGauge:
      "La jauge prend la couleur d'accent. La couleur principale n'y dessine que le contour de l'élément actif au clavier (sélecteur d'année, tableau), et le texte sur la couleur principale n'y sert pas.",
    colourNames: {
      primary: 'Couleur principale (titres, liens, boutons)',
      onPrimary: 'Texte sur la couleur principale',
      accent: "Couleur d'accent (remplissage de la jauge)",
      surface: 'Fond des cartes',
      text: 'Texte courant',
    },
    pick: (name) => `Choisir\u00a0: ${name}`,
    clear: 'Effacer',
    clearColour: (name) => `Effacer\u00a0: ${name}`,
    badColour: 'Une couleur au format #rrggbb, par exemple #a4161a.',
    unknownId: (id, ids) => `«\u00a0${id}\u00a0» n'est pas dans le flux\u00a0: le widget sera vide. Identifiants du flux\u00a0: ${ids}.`,
    otherPublisher: (project, owner, publisher) =>
      `«\u00a0${project}\u00a0» est un projet de «\u00a0${owner}\u00a0», pas de «\u00a0${publisher}\u00a0» (publisher)\u00a0: le widget sera vide.`,
    // Chosen for a feed checked before: the snippet keeps none of it.
    dropped: (words, count, inFeed) =>
      `${words} ${count > 1 ? "ne sont pas dans ce flux\u00a0: retirés" : "n'est pas dans ce flux\u00a0: retiré"} du code.${inFeed ? ` Dans le flux\u00a0: ${inFeed}.` : ''}`,
    // The gauge's year and basis: of the budget it shows, the publisher's (chosen, else the first with budgets).
    droppedYear: (year, publisher, years) =>
      `${year} retiré du code\u00a0: ce flux n'a pas de budget de ${publisher} pour cette année.${years ? ` Ses budgets\u00a0: ${years}.` : ''}`,
    droppedBasis: (basis, publisher, year, bases) =>
      year === undefined
        ? `${basis} retiré du code\u00a0: ce flux n'a pas de budget de ${publisher}.`
        : `${basis} retiré du code\u00a0: le budget ${year} de ${publisher} n'a pas de ligne de ce type.${bases ? ` Dans ce budget\u00a0: ${bases}.` : ''}`,
    // A number the widget would not read (it falls back to its default): left out, as a dropped choice is.
    outOfRange: (value, min, max) =>
      `${value} retiré du code\u00a0: un nombre entier ${max === undefined ? `à partir de ${min}` : `de ${min} à ${max}`} est attendu.`,
    contrastOk: 'Contrastes suffisants (RGAA / WCAG 2.1 AA).',
    contrastLow: { one: '# contraste insuffisant\u00a0:', other: '# contrastes insuffisants\u00a0:' },
    contrastPairs: {
      'text/surface': 'Texte courant sur le fond des cartes',
      'text/subtle': 'Texte courant sur les fonds discrets (messages, étiquettes) et sur la page',
      'muted/surface': 'Texte secondaire sur le fond des cartes (dates, libellés)',
      'onPrimary/primary': 'Texte sur la couleur principale (boutons)',
      'primary/surface': 'Couleur principale sur le fond des cartes (titres, liens)',
      'primary/subtle': 'Couleur principale sur les fonds discrets et sur la page (liens)',
      'accent/surface': "Couleur d'accent sur le fond des cartes (jauge)",
      'accent/track': "Couleur d'accent sur le fond vide de la jauge",
    },
    contrastPair: (pair, ratio, min) => `${pair}\u00a0: ${ratio}:1, il faut au moins ${min}:1.`,
    previewTitle: '4. Aperçu',
    noFeed: "Indiquez un flux pour voir l'aperçu.",
    snippetTitle: '5. Le code à copier',
    bundleUrl: 'Adresse du fichier ancrage.js',
    bundleUrlHelp:
      'Par défaut, celui de ce serveur. Hébergez dist/ancrage.js sur votre site (ou un CDN) et indiquez son adresse\u00a0: le fichier doit être exactement celui-ci.',
    snippet: 'Code à coller dans la page',
    copy: 'Copier le code',
    copied: 'Code copié.',
    copyFailed: 'Copie impossible\u00a0: le code est sélectionné, copiez-le avec Ctrl+C (Cmd+C sur Mac).',
    integrity: (hash) => `Empreinte d'intégrité (SRI) du fichier\u00a0: ${hash}. Le navigateur refusera un fichier modifié.`,
    noIntegrity: 'Le fichier dist/ancrage.js est introuvable\u00a0: lancez npm run build, puis rechargez la page.',
    whereScript:
      "La ligne <script src> peut aller une seule fois dans le thème du site (en-tête ou pied de page)\u00a0: c'est même obligatoire si votre CMS retire les scripts du contenu. La balise du widget va dans le contenu de la page.",
    whereStyle:
      "Le bloc <style> garde la place du widget avant que son script ne s'exécute (le texte en dessous ne saute pas) et porte vos couleurs. Si votre CMS retire les balises <style>, ou si votre site interdit les styles en ligne (Content-Security-Policy), copiez ses lignes dans la feuille de style de votre thème (CSS personnalisé).",
    whereInline:
      `Plusieurs widgets sur la même page\u00a0: collez le bloc de données (<script type="application/json">) une seule fois\u00a0; les autres widgets n'ont besoin que de leur balise. Chaque bloc de données d'une page a besoin de son propre id\u00a0: celui-ci est tiré du flux, un autre flux en aura un autre.`,
    noManifest: 'Le fichier dist/custom-elements.json est introuvable\u00a0: lancez npm run build, puis rechargez la page.',
    footer: 'Ancrage\u00a0: widgets de solidarité internationale pour les sites des collectivités. Flux\u00a0: format Ancrage v1.',
    quote: (text) => `«\u00a0${text}\u00a0»`,
  },
  en: {
    pageTitle: 'Ancrage embed-code generator',
    skip: 'Skip to content',
    brand: 'Ancrage — embed-code generator',
    nav: 'Demo site',
    navDemo: "Belleval's site",
    navThemes: 'Three town themes and dark mode',
    navEmbed: 'Embed-code generator',
    switchTo: 'Français',
    switchLang: 'fr',
    title: 'Get the code to paste into your site',
    intro:
      'Enter your feed, pick a widget, its options and your colours: the preview updates, and the code ready to paste into your CMS is at the bottom.',
    feedTitle: '1. The feed',
    feedUrl: 'Feed address',
    feedUrlHelp: 'A full address (https://www.town.example/solidarity/feed.json) or a path on your site (/solidarity/feed.json).',
    checkUrl: 'Check the feed',
    useExample: 'Use the example feed',
    pasteTitle: 'No file to host? Paste the feed here',
    feedText: 'Feed content (JSON)',
    feedTextHelp:
      "The code will then carry the feed itself, in the page, in a data block with an id of its own (attribute feed=\"#ancrage-flux-…\"). Paste the feed exactly as in its file, not through your CMS's editor, which would add HTML to it.",
    checkText: 'Check and use this text',
    checking: 'Checking the feed…',
    emptyUrl: "Enter the feed's address, or use the example feed.",
    emptyText: "Paste the feed's content into the text area.",
    feedOk: (counts, warned) => `${warned ? 'Readable feed' : 'Valid feed'}: ${counts}.`,
    counts: {
      publishers: { one: '# authority', other: '# authorities' },
      projects: { one: '# project', other: '# projects' },
      partners: { one: '# partner', other: '# partners' },
      budgets: { one: '# budget', other: '# budgets' },
    },
    leftOut: Object.fromEntries(['publishers', 'projects', 'partners', 'budgets'].map((list) => [list, { one: '# left out', other: '# left out' }])),
    warnings: { one: '# warning, listed below.', other: '# warnings, listed below.' },
    noWarnings: 'No warnings.',
    feedFatal: 'The feed cannot be used.',
    technical: 'Technical detail:',
    wholeFeed: '(feed)',
    colon: ': ',
    syntax: 'JSON syntax error,',
    relative: 'A relative address: the preview looks for it on this demo server; once online, it will be looked for on your own site.',
    relativeInline: (address) =>
      `The pasted feed holds relative addresses, for example ${address}: the preview looks for them on this demo server, but the page where you paste the code will look for them among its own pages (missing images, dead links). In a pasted feed, write the addresses of images and links in full (https://…).`,
    bare: (url) => `An address without https://: your site would look for it among its own pages. Write it in full, for example ${url}`,
    cors: 'If the feed is on a different site from the page, that site must send the Access-Control-Allow-Origin header (see the README).',
    insecure: "An http:// address: a page on https (yours) cannot read a feed on http. Give the feed's https:// address.",
    insecureScript: "An http:// address: a page on https (yours) blocks a script on http, and the widget would stay empty. Give the file's https:// address.",
    onComputer: 'A file on your computer: no page online can read it. Put it on your site and give its https:// address.',
    pastedReason: {
      'not-json': 'The pasted text is not valid JSON.',
      'not-object': 'The pasted text is not shaped like an Ancrage feed.',
    },
    pastedHtml: "The pasted text holds HTML (a <p>, a <br> or a comment added by a CMS or web-page editor), not the feed alone.",
    noSnippet: 'No code to copy: paste the feed without HTML, copied from the file itself (opened in a text editor).',
    noSnippetUnusable: 'No code to copy: the widgets could not read this feed. Fix it (see above), then check it again.',
    noSnippetNoFeed: "No code to copy: first give the feed's address, or paste it.",
    item: { publishers: 'authority', partners: 'partner', projects: 'project', budgets: 'budget' },
    of: (publisher) => ` of ${publisher}`,
    widgetTitle: '2. The widget and its options',
    widget: 'Widget',
    widgetNames: {
      'ancrage-project-cards': 'Project cards',
      'ancrage-partner-list': 'Partner list',
      'ancrage-budget-gauge': 'Solidarity-budget gauge',
    },
    widgetSummaries: {
      'ancrage-project-cards': "The authority's projects as cards, with filters, sorting and a “Show more” button.",
      'ancrage-partner-list': "The projects' partners, grouped by kind (associations and migrant-led organisations first).",
      'ancrage-budget-gauge': 'The solidarity budget as a gauge and a sentence: committed against allocated, or one 1% mechanism against its ceiling.',
    },
    options: 'Options (all optional)',
    byDefault: (value) => (value ? `Default (${value})` : 'Default'),
    // For web editors, as the French; an attribute missing here shows the manifest's own description.
    optionHelp: {
      publisher: "The id of one authority in the feed: only its projects, partners and budgets (useful when the feed holds several).",
      lang: "Interface language (fr, en). Empty: the page's.",
      'color-scheme': "light (default); dark; auto: follows the reader's device setting.",
      'ancrage-project-cards heading-level': "Heading level of each card, 1 to 6 (default 3): one below the heading of the section they are in.",
      filters: 'Shows the filters: theme, country, status (each when the projects offer a choice) and a text search.',
      themes: 'Only the projects with these themes (codes separated by spaces, e.g. water-sanitation).',
      country: 'Only the projects in these countries (two-letter ISO codes separated by spaces, e.g. ML SN).',
      status: 'Only the projects with these statuses (separated by spaces: planned, ongoing, completed, suspended, cancelled).',
      'ancrage-project-cards project': "The id of one project: its card alone, opened (for a project's own page).",
      sort: 'recent: ongoing first, then the most recent; title: by title; budget: the largest amounts first.',
      'page-size': 'Number of cards shown first, then added by “Show more” (default 12).',
      'ancrage-partner-list project': 'The id of one project: only its partners, with their roles.',
      kind: 'Only these kinds of partners, separated by spaces (e.g. association osim): association, osim (migrant-led organisation), collectivite (local authority), ngo, public (public body), network, education, company, other.',
      group: 'kind: grouped by kind (default); none: one alphabetical list.',
      search: 'Shows a search field (name, city, country, description).',
      layout: 'list: one partner per line (default); grid: cards in columns.',
      'ancrage-partner-list heading-level': "Level of the groups' headings, 1 to 5 (default 3); partners' names are one level below.",
      'logos-only': "A wall of logos: each partner by its logo alone, linking to its website.",
      year: 'Budget year; by default the latest.',
      variant: 'arc: a semicircle (default); bar: a horizontal bar.',
      measure: 'committed: the amount committed (default); spent: the amount paid.',
      basis:
        "water, energy, waste or mobility: that 1% mechanism against its ceiling, 1% of the service budget's resources (for mobility, excluding the versement mobilité, the mobility levy); general: the general budget; empty: the whole envelope.",
      breakdown: "Adds the table of the budget's lines: allocated, committed or spent, share of the envelope, ceiling.",
      years: 'Adds a year switcher when the authority has budgets for several years.',
    },
    coloursTitle: '3. Colours',
    colours: "The authority's colours",
    coloursHelp: "Leave empty to keep the default colour (or the feed theme's).",
    coloursGauge:
      'The gauge takes the accent colour. The main colour only outlines what has the keyboard focus there (year switcher, table), and the text on the main colour is not used.',
    colourNames: {
      primary: 'Main colour (headings, links, buttons)',
      onPrimary: 'Text on the main colour',
      accent: "Accent colour (the gauge's fill)",
      surface: 'Card background',
      text: 'Body text',
    },
    pick: (name) => `Pick: ${name}`,
    clear: 'Clear',
    clearColour: (name) => `Clear: ${name}`,
    badColour: 'A colour as #rrggbb, for example #a4161a.',
    unknownId: (id, ids) => `“${id}” is not in the feed: the widget will be empty. The feed's ids: ${ids}.`,
    otherPublisher: (project, owner, publisher) => `“${project}” is a project of “${owner}”, not of “${publisher}” (publisher): the widget will be empty.`,
    dropped: (words, count, inFeed) =>
      `${words} ${count > 1 ? 'are' : 'is'} not in this feed: removed from the code.${inFeed ? ` In the feed: ${inFeed}.` : ''}`,
    droppedYear: (year, publisher, years) =>
      `${year} removed from the code: this feed has no budget for ${publisher} that year.${years ? ` Its budgets: ${years}.` : ''}`,
    droppedBasis: (basis, publisher, year, bases) =>
      year === undefined
        ? `${basis} removed from the code: this feed has no budget for ${publisher}.`
        : `${basis} removed from the code: the ${year} budget for ${publisher} has no line on that basis.${bases ? ` In that budget: ${bases}.` : ''}`,
    outOfRange: (value, min, max) =>
      `${value} removed from the code: a whole number ${max === undefined ? `from ${min} up` : `from ${min} to ${max}`} is expected.`,
    contrastOk: 'Contrasts are sufficient (WCAG 2.1 AA).',
    contrastLow: { one: '# contrast too low:', other: '# contrasts too low:' },
    contrastPairs: {
      'text/surface': 'Body text on the card background',
      'text/subtle': 'Body text on the quiet backgrounds (messages, tags) and on the page',
      'muted/surface': 'Secondary text on the card background (dates, labels)',
      'onPrimary/primary': 'Text on the main colour (buttons)',
      'primary/surface': 'Main colour on the card background (headings, links)',
      'primary/subtle': 'Main colour on the quiet backgrounds and on the page (links)',
      'accent/surface': 'Accent colour on the card background (gauge)',
      'accent/track': "Accent colour on the gauge's empty track",
    },
    contrastPair: (pair, ratio, min) => `${pair}: ${ratio}:1, at least ${min}:1 is needed.`,
    previewTitle: '4. Preview',
    noFeed: 'Enter a feed to see the preview.',
    snippetTitle: '5. The code to copy',
    bundleUrl: 'Address of the ancrage.js file',
    bundleUrlHelp:
      "By default, this server's. Host dist/ancrage.js on your site (or a CDN) and enter its address: the file must be exactly this one.",
    snippet: 'Code to paste into the page',
    copy: 'Copy the code',
    copied: 'Code copied.',
    copyFailed: 'Copy failed: the code is selected; press Ctrl+C (Cmd+C on a Mac).',
    integrity: (hash) => `Integrity hash (SRI) of the built file: ${hash}. Browsers will refuse a modified file.`,
    noIntegrity: 'dist/ancrage.js was not found: run npm run build, then reload the page.',
    whereScript:
      "The <script src> line may go once in the site's theme (header or footer): it must, if your CMS strips scripts from content. The widget's tag goes in the page's content.",
    whereStyle:
      "The <style> block keeps the widget's room before its script runs (the text below does not jump) and holds your colours. If your CMS strips <style> tags, or your site forbids inline styles (Content-Security-Policy), copy its lines into your theme's stylesheet (custom CSS).",
    whereInline:
      'Several widgets on one page: paste the data block (<script type="application/json">) once; the other widgets need only their tag. Each data block on a page needs its own id: this one is drawn from the feed, another feed gets another.',
    noManifest: 'dist/custom-elements.json was not found: run npm run build, then reload the page.',
    footer: "Ancrage: international solidarity widgets for local authorities' sites. Feed: Ancrage format v1.",
    quote: (text) => `“${text}”`,
  },
};

const $ = (id) => document.getElementById(id);
const form = $('embed-form');

const state = {
  lang: 'fr',
  /** From the manifest: `{ tag, summary, description, options: [{ name, type, default, description, choices, number, min, max }] }`. */
  widgets: [],
  tag: WIDGET_ORDER[0],
  /** Per widget tag: attribute → string value, or true for a boolean attribute. */
  values: {},
  /** `{ kind: 'url', url, absolute }` or `{ kind: 'inline', text, id }` once a feed was checked. */
  feed: undefined,
  /** The last check: `{ result, raw }` (raw: the JSON as written, to name the items warnings point at). */
  check: undefined,
  /** Theme key → `#rrggbb` the editor picked. */
  colours: {},
  integrity: undefined,
  inlineCount: 0,
  /** Per widget tag: option → the words a newly checked feed lacked, dropped from its value. */
  dropped: {},
};

const t = () => TEXTS[state.lang];

/** `{ one: '# projet', other: '# projets' }` for `n`, in the page's language. */
const plural = (forms, n) => formatCount(state.lang, forms, n);

/** Properties set as such; everything else is an attribute (`list`, `spellcheck` and `aria-*` must be). */
const PROPERTIES = new Set(['className', 'htmlFor', 'checked', 'selected', 'value', 'hidden']);

function element(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (PROPERTIES.has(key)) el[key] = value;
    else el.setAttribute(key, value);
  }
  el.append(...children.filter((child) => child != null));
  return el;
}

/** A text whose `code` spans (JSDoc's backticks) become <code> elements: text nodes only, never parsed as HTML. */
const withCode = (text) => text.split('`').map((part, i) => (i % 2 ? element('code', {}, part) : part));

/** A live region is spoken at each write: written only when its text changes (a colour typed key by key, a feed checked again). */
function say(id, text) {
  const region = $(id);
  if (region.textContent !== text) region.textContent = text;
}

/** `aria-invalid=""` reads as "false": "true", or none. */
const markInvalid = (control, invalid) => (invalid ? control.setAttribute('aria-invalid', 'true') : control.removeAttribute('aria-invalid'));

// ---- The manifest: which widgets, which options ------------------------------

/**
 * The choices of an attribute typed as a union of string literals
 * (`'list' | 'grid'`). A named type (`ProjectSort`) is not expanded by the
 * analyzer: its values are read from the description, where each is written
 * in backticks at the start of a clause (`` `arc` (…) or `bar` ``).
 */
function choicesOf(type = '', description = '') {
  const literals = type.split('|').map((part) => part.trim());
  if (literals.length > 1 && literals.every((part) => /^'[^']*'$|^undefined$/.test(part))) {
    return literals.filter((part) => part !== 'undefined').map((part) => part.slice(1, -1));
  }
  if (!/^[A-Z]\w*$/.test(type)) return undefined;
  const values = [...description.matchAll(/(?:^|[.:;]\s+|,\s+(?:or\s+)?|\bor\s+)`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]);
  return values.length > 1 ? [...new Set(values)] : undefined;
}

/**
 * The bounds of a number attribute, as its description writes them: `1–6`, `1 to 5`,
 * `1000 to 9999`, or `from 1` (no upper bound).
 */
function boundsOf(description) {
  const [, min, max] = description.match(/\b(\d+)\s*(?:–|to)\s*(\d+)\b/) ?? description.match(/\bfrom (\d+)\b/) ?? [];
  return { min: min && Number(min), max: max && Number(max) };
}

function widgetsFrom(manifest) {
  const widgets = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName,
      summary: declaration.summary ?? '',
      // The room the widget keeps while its feed loads, which the snippet keeps before its script runs too.
      loadingHeight: declaration.cssProperties?.find((property) => property.name === '--ancrage-loading-height')?.default,
      options: (declaration.attributes ?? [])
        .filter((attribute) => !NOT_OPTIONS.has(attribute.name))
        .map((attribute) => {
          const type = (attribute.type?.text ?? 'string').replace(/\s*\|\s*undefined$/, '');
          const description = (attribute.description ?? '').replace(/\s+/g, ' ');
          const stripped = attribute.default?.replace(/^'(.*)'$/, '$1');
          // `year` is `number | string` (its text is taken too): a number all the same.
          const number = /^number\b/.test(type);
          return {
            name: attribute.name,
            type,
            default: stripped === 'undefined' || stripped === 'false' ? undefined : stripped,
            description,
            choices: choicesOf(type, description),
            number,
            ...(number && boundsOf(description)),
          };
        }),
    }));
  const rank = (tag) => (WIDGET_ORDER.includes(tag) ? WIDGET_ORDER.indexOf(tag) : WIDGET_ORDER.length);
  return widgets.sort((a, b) => rank(a.tag) - rank(b.tag));
}

const widget = () => state.widgets.find((w) => w.tag === state.tag);
const optionOf = (name) => widget()?.options.find((o) => o.name === name);
const values = () => (state.values[state.tag] ??= {});

// ---- The form ------------------------------------------------------------------

const checkedFeed = () => (state.check?.result?.ok ? state.check.result.feed : undefined);

/** The bases the gauge shows on their own (its `basis` words). */
const GAUGE_BASES = ['general', ...CAPPED_BASES];

/**
 * The budget the gauge shows for a widget's choices, picked as the gauge picks it: its `publisher`,
 * else the first with budgets; its `year` when one (four digits), else that publisher's latest.
 */
const gaugeBudget = (feed, chosen) => pickBudget(feed, chosen.publisher || undefined, askedYear(chosen.year));

/**
 * What a feed has for each option that names something in it (an id, a code, a year, a basis),
 * given the widget's other choices: a year is one of the shown publisher's budgets', a basis one
 * the shown budget has a line of (or `general` for a budget without lines, all general budget).
 */
const IN_FEED = {
  publisher: (feed) => feed.publishers.map((p) => p.id),
  project: (feed) => feed.projects.map((p) => p.id),
  themes: (feed) => feed.projects.flatMap((p) => p.themes),
  country: (feed) => feed.projects.flatMap((p) => p.places.map((place) => place.country)),
  status: (feed) => feed.projects.map((p) => p.status),
  kind: (feed) => feed.partners.map((p) => p.kind),
  // After `publisher` and before `basis`: a choice dropped is no longer the budget's.
  year: (feed, chosen) => gaugeBudget(feed, { publisher: chosen.publisher }).years.map(String),
  basis: (feed, chosen) => {
    const { budget } = gaugeBudget(feed, chosen);
    return budget ? GAUGE_BASES.filter((basis) => gaugeView(budget, 'committed', basis)) : [];
  },
};
/** The gauge's options read against the budget it shows: what they drop is said with that budget's publisher and year. */
const BUDGET_OPTIONS = ['year', 'basis'];
const ID_OPTIONS = ['publisher', 'project'];
/** Codes separated by spaces or commas, which the widgets read in any case. */
const LIST_OPTIONS = ['themes', 'country', 'status', 'kind'];

const feedHas = (name, feed, chosen = values()) => [...new Set(IN_FEED[name](feed, chosen))];

/**
 * A number the widget would not read, and so would replace by its default: its converters take
 * digits only (no sign, point or exponent), within the bounds its description gives; the gauge
 * reads a year as four digits, as `askedYear` does (not `02024`).
 */
const outOfRange = (option, value) =>
  option.number &&
  value !== undefined &&
  !(option.name === 'year'
    ? askedYear(value) !== undefined
    : /^\d+$/.test(value) && Number(value) >= (option.min ?? 0) && Number(value) <= (option.max ?? Infinity));

/** Options with a note under their field: those naming something in the feed, and numbers (out of range). */
const hasNote = (option) => option.name in IN_FEED || option.number;

/** Ten are enough to spot a typo; a network's feed may have hundreds. */
const someOf = (words) => words.slice(0, 10).join(', ') + (words.length > 10 ? ', …' : '');

/** The words of an option's value that the feed lacks: a list's codes in any case, an id as written, a year by its number. */
function wordsNotIn(feed, name, value, chosen = values()) {
  const fold = LIST_OPTIONS.includes(name) ? (word) => word.toLowerCase() : name === 'year' ? (word) => String(Number(word)) : (word) => word;
  const has = new Set(IN_FEED[name](feed, chosen).map(fold));
  return (LIST_OPTIONS.includes(name) ? listWords(value) : [value]).filter((word) => !has.has(fold(word)));
}

/**
 * A newly checked feed: every widget's choices naming what it lacks (another town's publisher,
 * project, theme…) leave the snippet, where they would empty the widget or match nothing; a list
 * keeps the codes the feed has. What was dropped is said under its field. Only the choices made
 * before the check (`before`, the values then): one typed while it ran is for this feed, half-typed maybe.
 */
function dropStaleChoices(feed, before = state.values) {
  state.dropped = {};
  for (const [tag, chosen] of Object.entries(state.values)) {
    // A choice typed during the check (a publisher half-typed) is no ground for the others: they
    // were made with the one before it.
    const typed = Object.fromEntries(Object.keys(chosen).filter((name) => chosen[name] !== before[tag]?.[name]).map((name) => [name, before[tag]?.[name]]));
    // In IN_FEED's order: a year or a basis is read against the budget of the choices kept before it.
    for (const name of Object.keys(IN_FEED)) {
      if (!chosen[name] || name in typed) continue;
      const ground = { ...chosen, ...typed };
      const missing = wordsNotIn(feed, name, chosen[name], ground);
      if (!missing.length) continue;
      const kept = LIST_OPTIONS.includes(name) ? listWords(chosen[name]).filter((word) => !missing.includes(word)) : [];
      // What the feed has, and the budget a year or a basis was looked for in, as they were then.
      const has = feedHas(name, feed, ground);
      const budget = BUDGET_OPTIONS.includes(name) ? gaugeBudget(feed, ground) : undefined;
      chosen[name] = kept.join(' ') || undefined;
      (state.dropped[tag] ??= {})[name] = { missing, has, budget };
    }
  }
}

/** Ids from the last good feed, offered as suggestions for `publisher` and `project`. */
function suggestions(name) {
  if (name === 'lang') return ['fr', 'en'];
  const feed = checkedFeed();
  return feed && ID_OPTIONS.includes(name) ? feedHas(name, feed) : [];
}

function optionControl(option, id, helpId) {
  const value = values()[option.name];
  // The note under a field naming something in the feed, or a number, is read with it too.
  const common = { id, name: option.name, 'aria-describedby': hasNote(option) ? `${helpId} ${id}-note` : helpId };
  if (option.type === 'boolean') return element('input', { ...common, type: 'checkbox', checked: value === true });
  if (option.choices) {
    return element(
      'select',
      common,
      element('option', { value: '' }, t().byDefault(option.default)),
      ...option.choices.map((choice) => element('option', { value: choice, selected: value === choice }, choice)),
    );
  }
  const list = suggestions(option.name);
  const input = element('input', {
    ...common,
    type: option.number ? 'number' : 'text',
    // The bounds the widget takes: the spin buttons and arrow keys stay within them.
    min: option.min,
    max: option.max,
    value: value ?? '',
    placeholder: option.default ?? '',
    spellcheck: 'false',
    list: list.length ? `${id}-list` : undefined,
  });
  return list.length ? [input, element('datalist', { id: `${id}-list` }, ...list.map((v) => element('option', { value: v })))] : input;
}

/** A field's option value: without the quotes and blanks a word processor adds, which the widgets drop too (`“haute-sarre”`). */
const optionValue = (control) => (control.type === 'checkbox' ? control.checked || undefined : address(control.value) || undefined);

function renderOptions() {
  const fieldset = $('options');
  // Rebuilt when a feed check ends (its suggestions, what it dropped), maybe while an option is typed:
  // that field keeps the focus, its caret and its text as typed, or the next keys would go nowhere.
  const active = fieldset.contains(document.activeElement) ? document.activeElement : undefined;
  const caret = [active?.selectionStart, active?.selectionEnd];
  fieldset.replaceChildren(fieldset.querySelector('legend'));
  const current = widget();
  const summary = t().widgetSummaries[state.tag];
  $('widget-summary').textContent = summary ?? current?.summary ?? '';
  $('widget-summary').lang = summary ? state.lang : 'en';
  for (const option of current?.options ?? []) {
    const id = `option-${option.name}`;
    const helpId = `${id}-help`;
    const translated = t().optionHelp[`${state.tag} ${option.name}`] ?? t().optionHelp[option.name];
    const help = element('p', { id: helpId, className: 'help', lang: translated ? undefined : 'en' }, ...withCode(translated ?? option.description));
    const label = element('label', { htmlFor: id }, element('code', {}, option.name));
    const control = optionControl(option, id, helpId);
    // Under the options naming something in the feed: an id it lacks (a typo shows an empty widget), or what a new feed
    // dropped; under a number, a value out of range.
    const note = hasNote(option) ? element('p', { id: `${id}-note`, className: 'error', role: 'status' }) : null;
    const row =
      option.type === 'boolean'
        ? element('div', { className: 'field check' }, control, label, help)
        : element('div', { className: 'field' }, label, help, ...[control].flat(), note);
    fieldset.append(row);
  }
  for (const option of current?.options ?? []) renderOptionNote(option.name);
  renderColoursNote();
  const again = active && $(active.id);
  if (!again) return;
  // Its text as typed (`“belle`), unless the check dropped the value it stood for.
  if (again.type !== 'checkbox' && optionValue(active) === values()[active.name]) again.value = active.value;
  again.focus();
  if (typeof caret[0] === 'number') again.setSelectionRange(...caret);
}

function renderOptionNote(name) {
  const note = $(`option-${name}-note`);
  if (!note) return;
  say(note.id, optionNote(name));
  // Marked on the field too, as a colour in the wrong format is.
  markInvalid($(`option-${name}`), outOfRange(optionOf(name), values()[name]));
}

function optionNote(name) {
  const option = optionOf(name);
  const value = values()[name];
  // Whatever the feed: the widget would read its default instead.
  if (outOfRange(option, value)) return t().outOfRange(t().quote(value), option.min, option.max);
  const feed = checkedFeed();
  if (!feed || !(name in IN_FEED)) return '';
  const has = feedHas(name, feed);
  const dropped = state.dropped[state.tag]?.[name];
  if (dropped) {
    const { missing, budget } = dropped;
    const words = formatList(state.lang, missing.map(t().quote));
    const inFeed = someOf(dropped.has);
    // Not "not in this feed": another publisher's budget, or another year's, may have it.
    if (name === 'year') return t().droppedYear(words, t().quote(budget.publisher), inFeed);
    if (name === 'basis') return t().droppedBasis(words, t().quote(budget.publisher), budget.budget?.year, inFeed);
    return t().dropped(words, missing.length, inFeed);
  }
  const id = ID_OPTIONS.includes(name) && values()[name];
  if (id && has.length && wordsNotIn(feed, name, id).length) return t().unknownId(id, someOf(has));
  // The widgets show a project only within their publisher's: another's leaves them empty.
  const { publisher } = values();
  const owner = name === 'project' && id && publisher && feed.projects.find((project) => project.id === id)?.publisher;
  return owner && owner !== publisher ? t().otherPublisher(id, owner, publisher) : '';
}

function renderWidgetSelect() {
  $('widget').replaceChildren(
    ...state.widgets.map((w) => element('option', { value: w.tag, selected: w.tag === state.tag }, `${t().widgetNames[w.tag] ?? w.tag} — <${w.tag}>`)),
  );
}

// Heard with each colour's field: the live region says how many contrasts fail, this list which and by how much.
const CONTRAST_REPORT = 'contrast-status contrast-issues';

function renderColours() {
  const fieldset = $('colours');
  // Rebuilt in another language, a field keeps what is typed in it, a colour on the way (`#a4`) and its fault too.
  const typed = Object.fromEntries([...fieldset.querySelectorAll('input[type="text"]')].map((input) => [input.dataset.colour, input.value]));
  fieldset.querySelectorAll('.colour').forEach((row) => row.remove());
  for (const [key] of COLOURS) {
    const name = t().colourNames[key];
    const value = typed[key] ?? state.colours[key] ?? '';
    const id = `colour-${key}`;
    fieldset.append(
      element(
        'div',
        { className: 'field colour' },
        element('label', { htmlFor: id }, name),
        element(
          'div',
          { className: 'colour-inputs' },
          element('input', {
            type: 'color',
            id: `${id}-picker`,
            // A colour input takes no `#a4` on its way: it would show black.
            value: state.colours[key] ?? DEFAULT_THEME[key],
            'aria-label': t().pick(name),
            'data-colour': key,
          }),
          element('input', {
            type: 'text',
            id,
            value,
            placeholder: DEFAULT_THEME[key],
            spellcheck: 'false',
            autocomplete: 'off',
            'aria-describedby': `${id}-error ${CONTRAST_REPORT}`,
            'data-colour': key,
          }),
          element('button', { type: 'button', className: 'secondary', 'aria-label': t().clearColour(name), 'data-clear': key }, t().clear),
        ),
        // Spoken as it shows, while the colour is typed; empty, not hidden, so that its first message is heard.
        element('p', { id: `${id}-error`, className: 'error', role: 'status' }),
      ),
    );
    showColourFault(key, parseHexColour(value.trim()) === undefined && !!value.trim());
  }
  renderColoursNote();
}

/** A colour not in the #rrggbb format: said under its field and marked on it. */
function showColourFault(key, invalid) {
  say(`colour-${key}-error`, invalid ? t().badColour : '');
  markInvalid($(`colour-${key}`), invalid);
}

/** For the gauge, what its colours are: an editor who picks the town's red as main colour still sees a green gauge. */
function renderColoursNote() {
  const gauge = state.tag === 'ancrage-budget-gauge';
  $('colours-gauge').hidden = !gauge;
  // Heard on the main colour's field too; not while hidden (a description reads a hidden element it names).
  $('colour-primary').setAttribute('aria-describedby', `colour-primary-error${gauge ? ' colours-gauge' : ''} ${CONTRAST_REPORT}`);
}

// ---- The feed check ------------------------------------------------------------

/** The item a JSON path points into (`projects[3].status` → the 4th project), named for a person. */
function itemName(raw, path) {
  const item = itemOf(raw, path, state.lang);
  if (!item) return '';
  // A budget's year, unquoted, then whose it is when the feed has several publishers: "budget 2025 de « Ville de Belleval »".
  const name = item.name === undefined ? '' : ` ${item.list === 'budgets' ? item.name : t().quote(item.name)}`;
  return `${t().item[item.list]}${name}${item.of === undefined ? '' : t().of(t().quote(item.of))}`;
}

/** A text ending as a sentence does: "HTTP 404" gets its full stop, "… cet endroit ?" keeps its question mark. */
const sentence = (text) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The validator's message in the page's language: English as the steward's tools print it, French when known, else marked English. */
function translate(message) {
  if (state.lang !== 'fr') return { text: warningInEnglish(message), lang: undefined };
  const french = warningInFrench(message);
  return french ? { text: french, lang: undefined } : { text: message, lang: 'en' };
}

function renderReport() {
  const status = $('feed-status');
  const issues = $('feed-issues');
  const detail = $('feed-detail');
  /** Sentences added to the detail, a space between them; a node keeps its own `lang`. */
  const addDetail = (...parts) => detail.append(...(detail.childNodes.length ? [' '] : []), ...parts);
  const check = state.check;
  // The report, its advice too, is heard with the field it is about, on returning to it (a fatal error's
  // "https://…" or CORS advice was said nowhere near the address).
  const about = check?.pasted || check?.empty === 'text' ? 'feed-text' : 'feed-url';
  // While a check runs, not the previous feed's advice, still shown.
  const report = check ? ` feed-status${check.pending ? '' : ' feed-detail'}` : '';
  for (const id of ['feed-url', 'feed-text']) $(id).setAttribute('aria-describedby', `${id}-help${id === about ? report : ''}`);
  // While a feed is checked, the last report stays under "Vérification du flux…": emptied, it would
  // pull the page (and the copy button under the pointer) up by its height, then down again.
  if (check?.pending) {
    status.textContent = t().checking;
    return;
  }
  issues.replaceChildren();
  detail.replaceChildren();
  if (!check) return;
  if (check.empty) {
    status.textContent = check.empty === 'text' ? t().emptyText : t().emptyUrl;
    return;
  }
  const { result, raw } = check;
  const { warnings } = result;
  const url = state.feed?.kind === 'url' ? state.feed.url : '';
  const warningText = warnings.length ? plural(t().warnings, warnings.length) : t().noWarnings;
  if (result.ok) {
    const { counts, leftOut } = t();
    const parts = Object.keys(counts).map((key) => {
      const left = leftOutCount(warnings, key);
      return `${plural(counts[key], result.feed[key].length)}${left ? ` (${plural(leftOut[key], left)})` : ''}`;
    });
    status.textContent = `${t().feedOk(new Intl.ListFormat(state.lang, { type: 'conjunction' }).format(parts), warnings.length > 0)} ${warningText}`;
  } else {
    // Pasted text a CMS wrapped in HTML is no "address returning a web page", nor pasted text a file.
    const reason = check.html
      ? t().pastedHtml
      : (check.pasted && t().pastedReason[result.error.code]) || (messagesFor(state.lang).errorReason[result.error.code] ?? '');
    status.textContent = `${t().feedFatal} ${reason}${warnings.length ? ` ${warningText}` : ''}`;
    // Where the JSON breaks and its likely slip, as ancrage-check says it, before the engine's own words
    // (not the loader's "check the feed address" about pasted HTML).
    const where = (check.html || result.error.code === 'not-json') && check.text !== undefined && jsonSyntaxError(check.text, state.lang, check.pasted);
    // Each a sentence, with its full stop, before the next one. The engine's English on a JSON error
    // says again, less plainly, the likely slip said after the line and column ("…, colonne 60 : une
    // virgule…"); kept where none is (a lone position).
    if (where) addDetail(`${t().syntax} ${sentence(where)}`);
    const slipSaid = where && where.includes(':') && result.error.code === 'not-json';
    if (!check.html && !slipSaid && result.error.message) {
      const { text, lang } = translate(result.error.message);
      addDetail(`${t().technical} `, element('span', { lang }, sentence(text)));
    }
    // A page on https cannot fetch http (mixed content): that, not CORS, is then the likely cause; nor
    // CORS for a file on the editor's computer, said below.
    if (result.error.code === 'network' && !onComputer(url)) addDetail(insecure(url) ? t().insecure : t().cors);
  }
  // "www.ville.fr/flux.json" or "localhost:8080/flux.json": a domain typed without its scheme,
  // a dead path on the town's site (the widgets' own validator drops such addresses in feeds).
  const full = inFull(url);
  if (onComputer(url)) addDetail(t().onComputer);
  else if (full) addDetail(t().bare(full));
  else if (url && !/^[a-z][a-z0-9+.-]*:/i.test(url)) addDetail(t().relative);
  if (check.relative) addDetail(t().relativeInline(t().quote(check.relative)));
  for (const { path, message } of warnings) {
    const { text, lang } = translate(message);
    const name = itemName(raw, path);
    issues.append(
      element(
        'li',
        {},
        element('code', {}, path || t().wholeFeed),
        name ? ` (${name})` : '',
        t().colon,
        element('span', { lang }, text),
      ),
    );
  }
}

async function checkUrl() {
  const url = address($('feed-url').value);
  if (!url) {
    // No feed any more: neither the preview nor the snippet keeps the last one checked.
    state.feed = undefined;
    state.check = { empty: 'url' };
    renderAll();
    return;
  }
  const feed = { kind: 'url', url, absolute: url };
  state.feed = feed;
  state.check = { pending: true };
  // The choices made for the previous feed: an option may be typed while this one is checked.
  const before = structuredClone(state.values);
  renderReport();
  // The code follows the address at once: copied during the check, it must not name the previous feed.
  renderSnippet();
  // `reload`: an edited feed is read again, and the preview's widget shares this fresh result.
  // Its `url` is the absolute address, or the text as typed when that is not a URL. With the
  // data steward's hints, as ancrage-check reads it.
  const result = await loadFeed(url, { reload: true, baseUrl: location.href, advisor: stewardAdvice });
  // The JSON as written, only to name the items the warnings point at, or to place a syntax error.
  const text =
    result.warnings.length || result.error?.code === 'not-json'
      ? await fetch(result.url, { credentials: 'omit', signal: AbortSignal.timeout(10000) })
          // Decoded as the loader decodes it: a Windows-1252 or UTF-16 export keeps its accents in the names.
          .then(async (response) => decodeFeedBytes(new Uint8Array(await response.arrayBuffer()))[0])
          .catch(() => undefined)
      : undefined;
  // Another feed was checked meanwhile.
  if (state.feed !== feed) return;
  feed.absolute = result.url;
  state.check = { result, raw: text && parseRaw(text), text };
  if (result.ok) dropStaleChoices(result.feed, before);
  renderAll();
}

function checkText() {
  const text = $('feed-text').value;
  if (!text.trim()) {
    state.feed = undefined;
    state.check = { empty: 'text' };
    renderAll();
    return;
  }
  const result = parseFeedText(text, location.href, stewardAdvice);
  // A <p>, <br> or comment a CMS added: said as such, with no preview and no snippet made from it.
  const html = pastedHtml(text) !== undefined || (!result.ok && result.error.code === 'html');
  // The preview reads it the way the snippet's page will: from a <script type="application/json">.
  // A fresh id per check: the loader keeps one result per inline feed.
  const id = `${INLINE_ID}-${++state.inlineCount}`;
  $('inline-feeds').replaceChildren(...(html ? [] : [element('script', { type: 'application/json', id }, text)]));
  state.feed = html ? undefined : { kind: 'inline', text, id };
  const raw = parseRaw(text);
  state.check = { result, raw, text, html, pasted: true, relative: result.ok && !html ? relativeAddress(text, raw) : undefined };
  if (result.ok && !html) dropStaleChoices(result.feed);
  renderAll();
}

/** A base no page has: what a feed's relative address resolves to against it shows that it was relative. */
const NO_PAGE = 'https://ancrage.invalid/';

/** Every string in a JSON value. */
const stringsOf = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : []);

/**
 * A pasted feed's first relative address (an image's, a link's), as written: the preview reads it
 * against this page, the town's page against itself. The feed read again against a base no page
 * has: what the loader keeps as an address (safeUrl), whatever the field, without a list of them.
 */
function relativeAddress(text, raw) {
  const read = parseFeedText(text, NO_PAGE);
  const resolved = new Set(read.ok ? stringsOf(read.feed).filter((s) => s.startsWith(NO_PAGE)) : []);
  const against = (s) => {
    try {
      return new URL(s.trim(), NO_PAGE).href;
    } catch {
      return undefined;
    }
  };
  return resolved.size ? stringsOf(raw).find((s) => resolved.has(against(s)))?.trim() : undefined;
}

/** A feed's JSON as written (BOM dropped, like the loader), or undefined. */
function parseRaw(text) {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

// ---- Colours and contrast --------------------------------------------------------

/** The theme the preview takes from the feed, as the widget picks it: its publisher's, or the only one's. */
function feedTheme() {
  const publishers = (state.check?.result?.ok && state.check.result.feed.publishers) || [];
  const id = values().publisher;
  return (id ? publishers.find((p) => p.id === id) : publishers.length === 1 ? publishers[0] : undefined)?.theme ?? {};
}

/** The widget's `color-scheme` as chosen: `light` (the default), `dark` or `auto`. */
const scheme = () => (values()['color-scheme'] ?? 'light').toLowerCase();

/** Whether the editor's colours apply: in `auto`, only while the reader's system is light (the snippet says so). */
const coloursApply = () => scheme() !== 'auto' || !matchMedia('(prefers-color-scheme: dark)').matches;

function renderContrast() {
  // A colour the editor leaves blank is the feed's, else the default; in the dark scheme, the dark palette's
  // (a feed's theme is for light grounds). In `auto` the editor's colours are kept to the light scheme.
  const theme = scheme() === 'dark' ? DARK_THEME : { ...DEFAULT_THEME, ...feedTheme() };
  const colour = (key) => state.colours[key] ?? theme[key];
  const format = new Intl.NumberFormat(state.lang, { maximumFractionDigits: 2 });
  const low = THEME_CONTRAST.map(([fg, bg, min]) => ({ fg, bg, min, ratio: contrastRatio(colour(fg), colour(bg)) })).filter(
    ({ ratio, min }) => ratio < min,
  );
  say('contrast-status', low.length ? plural(t().contrastLow, low.length) : t().contrastOk);
  $('contrast-status').classList.toggle('warning', low.length > 0);
  $('contrast-issues').replaceChildren(
    ...low.map(({ fg, bg, min, ratio }) =>
      element(
        'li',
        {},
        t().contrastPair(
          t().contrastPairs[`${fg}/${bg}`],
          // Rounded down, as the validator does: 4.496 never reads as a passing 4.5.
          format.format(Math.floor(ratio * 100) / 100),
          format.format(min),
        ),
      ),
    ),
  );
}

function applyColours(target) {
  for (const [key, property] of COLOURS) {
    if (state.colours[key] && coloursApply()) target.style.setProperty(property, state.colours[key]);
    else target.style.removeProperty(property);
  }
}

// ---- Preview and snippet -----------------------------------------------------------

/** The attributes the editor set, in the manifest's order: `[name, value | true]`; not a number out of range, said under its field. */
function chosenAttributes() {
  const chosen = values();
  return (widget()?.options ?? [])
    .filter((o) => !outOfRange(o, chosen[o.name]))
    .map((o) => [o.name, chosen[o.name]])
    .filter(([, value]) => value !== undefined && value !== '');
}

/**
 * A preview made anew at each key would be a new widget at each key, telling the console anew
 * what it finds wrong (`themes="w"`, `"wa"`, `"wat"`…, or the same stale `publisher` each time):
 * while an option is typed, it waits for a pause, as the widgets' own search does (500 ms), or for
 * Enter or leaving the field. The note under the field and the snippet follow each key.
 */
let previewTimer;
function previewWhenTypingPauses() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(renderPreview, 500);
}

function renderPreview() {
  clearTimeout(previewTimer);
  previewTimer = undefined;
  const preview = $('preview');
  applyColours(preview);
  const feed = state.feed;
  if (!feed || !widget()) {
    preview.replaceChildren(element('p', { className: 'help' }, t().noFeed));
    return;
  }
  const el = document.createElement(state.tag);
  el.setAttribute('feed', feed.kind === 'url' ? feed.absolute : `#${feed.id}`);
  for (const [name, value] of chosenAttributes()) el.setAttribute(name, value === true ? '' : value);
  preview.classList.toggle('dark', el.getAttribute('color-scheme') === 'dark');
  preview.replaceChildren(el);
}

/** A short name for a text (FNV-1a, base 36): the same colours, the same class; the same feed, the same id. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // Seven digits always: the colour rule's `[class*=ancrage-…]` must not find a longer hash that starts alike.
  return (h >>> 0).toString(36).padStart(7, '0');
}

/** An http: address other than this machine's: a page on https blocks it (mixed content). */
const insecure = (url) => /^http:/i.test(url) && !/^http:\/\/(localhost|127\.0\.0\.1)[:/]/i.test(url);

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A pasted feed no widget can read (HTML, a JSON error): no snippet, which the editor would paste as it is. */
// Pasted text only: a feed address the check could not read still gets its snippet (the widget says why).
const unusablePaste = () => state.check?.pasted && (state.check.html || !state.check.result?.ok);

function snippet() {
  // No feed (its address cleared): a tag with `feed=""` would show "data not found" on the town's page.
  if (unusablePaste() || !state.feed) return '';
  const feed = state.feed;
  const lines = [];
  const bundle = address($('bundle-url').value) || BUNDLE;
  // Per feed: two pasted feeds on one page get two ids.
  const inlineId = feed?.kind === 'inline' && `${INLINE_ID}-${hash(feed.text.trim())}`;
  const integrity = state.integrity ? ` integrity="${state.integrity}"` : '';
  lines.push(`<script type="module" src="${escapeAttribute(bundle)}"${integrity} crossorigin="anonymous"></script>`);
  if (feed?.kind === 'inline') {
    // In JSON, these only occur inside strings, where \u003c means the same: no `</script>` can end the
    // block early, and Drupal's editor, which writes `&`, `>` and no-break spaces in it as `&amp;`,
    // `&gt;`, `&nbsp;` again at each save (the cards then show them), finds none.
    const escaped = feed.text.trim().replace(/[<>&\u00a0]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    lines.push(`<script type="application/json" id="${inlineId}">`, escaped, '</script>');
  }
  const feedValue = feed ? (feed.kind === 'url' ? feed.url : `#${inlineId}`) : '';
  const colours = COLOURS.filter(([key]) => state.colours[key]).map(([key, property]) => `${property}: ${state.colours[key]};`);
  // The colours go to this widget only, by a class named after them: another snippet on the page keeps its own.
  const themeClass = colours.length ? `ancrage-${hash(colours.join(''))}` : '';
  const attributes = [['feed', feedValue], ...(themeClass ? [['class', themeClass]] : []), ...chosenAttributes()]
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
  const css = [];
  // Until the script runs, the tag takes no room: the page's text below would jump down as the widget appears.
  const reserve = widget()?.loadingHeight;
  if (reserve) css.push(`${state.tag}:not(:defined) {`, '  display: block;', `  min-block-size: var(--ancrage-loading-height, ${reserve});`, '}');
  if (themeClass) {
    // `[class*=…]`, unquoted, not `.ancrage-…`: a visual editor's curly quotes around the attribute's
    // value (`class=“ancrage-…”`) become part of the class, and would lose the town's colours.
    const rule = [`${state.tag}[class*=${themeClass}] {`, ...colours.map((line) => `  ${line}`), '}'];
    // In `auto`, colours made for a light ground stay out of the dark scheme, which has its own palette.
    css.push(...(scheme() === 'auto' ? ['@media (prefers-color-scheme: light) {', ...rule.map((line) => `  ${line}`), '}'] : rule));
  }
  // Before the tag, so that the page never lays it out without its rules.
  if (css.length) lines.push('<style>', ...css.map((line) => `  ${line}`), '</style>');
  lines.push(`<${state.tag}${attributes}></${state.tag}>`);
  return lines.join('\n');
}

function renderSnippet() {
  const code = snippet();
  // "Code copié" is about the code that was copied, not a new one.
  if (code !== $('snippet').value) $('copy-status').textContent = '';
  $('snippet').value = code;
  const bundle = address($('bundle-url').value);
  const bundleInFull = inFull(bundle);
  // A file on the editor's computer, or on http (blocked on an https page), never loads; written
  // without https://, the script would be looked for among the site's own pages.
  // Under its field, spoken as it is typed, like the other fields' faults.
  say(
    'bundle-url-note',
    onComputer(bundle) ? t().onComputer : bundleInFull ? t().bare(bundleInFull) : insecure(bundle) ? t().insecureScript : '',
  );
  $('integrity-note').textContent = state.integrity ? t().integrity(state.integrity) : t().noIntegrity;
  // Two data blocks with one id would be invalid HTML (RGAA 8.2), and only the first is read.
  $('inline-note').textContent = unusablePaste()
    ? state.check.html
      ? t().noSnippet
      : t().noSnippetUnusable
    : !state.feed
      ? state.check
        ? t().noSnippetNoFeed
        : ''
      : state.feed.kind === 'inline'
        ? t().whereInline
        : '';
}

// ---- The page -------------------------------------------------------------------------

function translatePage() {
  const texts = t();
  document.documentElement.lang = state.lang;
  document.title = texts.pageTitle;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = texts[el.dataset.t];
  for (const el of document.querySelectorAll('[data-t-label]')) el.setAttribute('aria-label', texts[el.dataset.tLabel]);
  const switcher = $('lang-switch');
  switcher.textContent = texts.switchTo;
  switcher.lang = texts.switchLang;
}

function renderAll() {
  renderWidgetSelect();
  renderOptions();
  renderReport();
  renderContrast();
  renderPreview();
  renderSnippet();
}

function useExample() {
  $('feed-url').value = EXAMPLE_FEED;
  $('paste').open = false;
  return checkUrl();
}

form.addEventListener('submit', (event) => event.preventDefault());

form.addEventListener('input', (event) => {
  const target = event.target;
  if (target.closest('#options')) {
    const option = optionOf(target.name);
    if (!option) return;
    values()[option.name] = optionValue(target);
    // Chosen again: what a new feed dropped from it is no longer news.
    delete state.dropped[state.tag]?.[option.name];
    // The colours in effect follow the scheme, and the publisher (its feed's theme): checked again at any option.
    renderContrast();
    renderOptionNote(option.name);
    if (option.name === 'publisher') renderOptionNote('project');
    // A choice made in one go (a list, a box) shows at once; a text or a number is typed key by key.
    if (target.localName === 'input' && target.type !== 'checkbox') previewWhenTypingPauses();
    else renderPreview();
    renderSnippet();
  } else if (target.dataset.colour) {
    const key = target.dataset.colour;
    const hex = target.value.trim() ? parseHexColour(target.value.trim()) : '';
    const text = $(`colour-${key}`);
    showColourFault(key, hex === undefined);
    // While a colour is being typed (`#a4` on the way to `#a4161a`), none is used: not the last one that parsed.
    if (hex) state.colours[key] = hex;
    else delete state.colours[key];
    // The other input of the pair follows; a text being typed is left as typed.
    if (target.type === 'color' && hex) text.value = hex;
    else if (hex) $(`colour-${key}-picker`).value = hex;
    renderContrast();
    // The same widget, restyled: a new one at each key would say its warnings again each time.
    applyColours($('preview'));
    renderSnippet();
  }
});

// Enter, or leaving an option's field: its preview at once, not after the pause.
form.addEventListener('change', (event) => {
  if (previewTimer !== undefined && event.target.closest('#options')) renderPreview();
});

$('widget').addEventListener('change', (event) => {
  state.tag = event.target.value;
  renderOptions();
  // Another widget, other choices: its scheme and publisher, and so its colours.
  renderContrast();
  renderPreview();
  renderSnippet();
});

$('colours').addEventListener('click', (event) => {
  const key = event.target.closest('[data-clear]')?.dataset.clear;
  if (!key) return;
  delete state.colours[key];
  $(`colour-${key}`).value = '';
  $(`colour-${key}-picker`).value = DEFAULT_THEME[key];
  showColourFault(key, false);
  renderContrast();
  applyColours($('preview'));
  renderSnippet();
});

// On Enter or leaving the field.
$('feed-url').addEventListener('change', checkUrl);
$('check-url').addEventListener('click', checkUrl);
$('use-example').addEventListener('click', useExample);
$('check-text').addEventListener('click', checkText);
$('bundle-url').addEventListener('input', renderSnippet);

$('copy').addEventListener('click', async () => {
  const area = $('snippet');
  const status = $('copy-status');
  status.textContent = '';
  // No code (a pasted feed the widgets cannot read): say why, and leave the clipboard as it was.
  if (!area.value) {
    status.textContent = $('inline-note').textContent;
    return;
  }
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = t().copied;
  } catch {
    // No Clipboard API (an http page other than localhost, a refused permission): select for Ctrl+C.
    area.focus();
    area.select();
    status.textContent = document.execCommand?.('copy') ? t().copied : t().copyFailed;
  }
});

$('lang-switch').addEventListener('click', () => {
  state.lang = state.lang === 'fr' ? 'en' : 'fr';
  $('copy-status').textContent = '';
  translatePage();
  renderColours();
  renderAll();
});

/** SHA-384 of the built bundle, as Subresource Integrity writes it. */
async function integrityOf(url) {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

async function start() {
  translatePage();
  renderColours();
  $('bundle-url').value = BUNDLE;
  const [manifest, integrity] = await Promise.all([
    fetch(MANIFEST)
      .then((response) => response.json())
      .catch(() => undefined),
    integrityOf(BUNDLE).catch(() => undefined),
  ]);
  state.integrity = integrity;
  if (!manifest) {
    $('widget-summary').textContent = t().noManifest;
    $('widget-summary').lang = state.lang;
    return;
  }
  state.widgets = widgetsFrom(manifest);
  state.tag = state.widgets[0]?.tag;
  renderAll();
  await useExample();
  document.body.dataset.ready = '';
}

start();
