/**
 * The validator's warnings in French, for the people who fix feeds: the embed generator and
 * `ancrage-check --lang fr`. The widgets do not load it: a reader never sees a warning.
 * The English messages are matched clause by clause: a start-anchored pattern for what is
 * wrong, then the endings (`; entry projects[3] left out`).
 */
type Replacement = string | ((match: string, ...groups: string[]) => string);

// The value a message quotes after its first words (` "03/2024"`, ` -1`), kept as is.
const VALUE = String.raw` (?:"(?:[^"\\]|\\.)*"|[^\s;(]+)`;

/** An amount or a size as `lang` groups its digits: "5 000 000" (narrow no-break spaces), "5,000,000". */
const number = (lang: string, digits: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 20 }).format(+digits);

// The sizes an English message states (not a value quoted as the file writes it, nor a year).
const SIZES = /^(?:larger than \d+ bytes|\d+ bytes, larger than \d+)/;
// An amount the advisor states with its currency ("12000.5 EUR"), in a message about amounts (not in a quoted value).
const AMOUNT = /(\d+(?:\.\d+)?) ([A-Z]{3})\b/g;
const AMOUNTS = /^(?:(?:committed|spent|allocated) amount|contribution|lines allocated) \d/;

/** An amount as `lang` writes money, its digits as written: "12 000,5 €", "€12,000.5". */
const money = (lang: string, digits: string, currency: string) =>
  new Intl.NumberFormat(lang, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 20 }).format(+digits);

/** `message`'s stated amounts as money in `lang`. */
const amountsIn = (lang: string, message: string) => (AMOUNTS.test(message) ? message.replace(AMOUNT, (_, digits: string, currency: string) => money(lang, digits, currency)) : message);

// A field-level fault whose value the parser drops: said so, as the French says it (`, écartée`).
const DROPPED = new RegExp(
  String.raw`^(?:unsafe or invalid (?:image )?URL|(?:image )?address without its scheme|invalid (?:date(?: or date-time)?|country|SIRET|RNA number|DAC code|colour)|unknown code|not (?:money|a latitude|a longitude|an SDG))(?:${VALUE})?(?: \([^)]*\))?`,
);

// The ending that drops the whole entry: its field's value need not be said to be left out as well.
const ENTRY_LEFT_OUT = /; entry \S+ left out$/;

// The parser's words (kept short: every widget downloads them), said in full for the steward.
const IN_FULL: Array<[RegExp, string]> = [
  [/^(not money.*?) \(a number from 0 to 2\^53 − 1\)/, '$1 (a number, 0 or more, without quotes)'],
  [/^network error \(offline, or the server refuses CORS\)/, "network error (offline, or the feed's server does not send the CORS header)"],
  [/^missing feed version/, 'missing feed version: add "version": "1" to the feed object'],
  [/^(duplicate budget for \S+ in \d+)/, '$1: one budget a year per publisher; another envelope (a 1 % basis) goes in its "lines"'],
  [/^alt is a file name, not a description/, 'alt is a file name, left out: the image is decorative unless another language describes it; describe it, or write "" if it is'],
];

/**
 * A warning's message in English as the steward's tools print it: sizes grouped ("5,000,000 bytes"), amounts as
 * money ("€12,000"), a value dropped said to be left out, the parser's short words in full.
 */
export function warningInEnglish(message: string): string {
  let out = amountsIn('en', message.replace(SIZES, (stated) => stated.replace(/\d+(?:\.\d+)?/g, (digits) => number('en', digits))));
  if (!ENTRY_LEFT_OUT.test(message)) out = out.replace(DROPPED, '$&, left out');
  for (const [pattern, replacement] of IN_FULL) out = out.replace(pattern, replacement);
  return out;
}

/**
 * `[English, French, French ending]`: the English words, then the quoted value if any, then
 * an English parenthesis if any, become the French words, the value, and the French ending.
 */
const SAID: Array<[string, string, string?]> = [
  // Fatal errors' details (ancrage-check's and the generator's "Détail technique"), before the plain `missing`.
  ['got an HTML page, not JSON: check the feed address', "page web reçue au lieu du JSON\u00a0: vérifiez l'adresse du flux"],
  [
    'network error (offline, or the server refuses CORS)',
    "erreur réseau (hors ligne, ou le serveur du flux n'autorise pas sa lecture depuis une autre adresse\u00a0: en-tête CORS absent)",
  ],
  ['no answer in', 'pas de réponse en'],
  ['the download stopped for', 'téléchargement arrêté depuis'],
  ['not all received in', 'pas entièrement reçu en'],
  ['the feed address is empty', "l'adresse du flux est vide"],
  ['not a valid feed address:', 'adresse de flux invalide\u00a0:'],
  ['not a fetchable feed address', 'adresse de flux hors de portée d\'un navigateur', " (http ou https seulement, sans nom d'utilisateur ni mot de passe)"],
  ['HTML before the JSON (a PHP notice or warning?): the server must send the JSON alone', 'du HTML avant le JSON (un avertissement PHP\u00a0?)\u00a0: le script du serveur doit envoyer le JSON seul'],
  ['no element', 'aucun élément'],
  ['no id after', 'aucun identifiant après'],
  ['missing feed version', 'version du flux absente\u00a0: ajoutez "version": "1" à l\'objet du flux'],
  ['unsupported feed version', 'version du flux non prise en charge', ' (cette bibliothèque lit "1" ou "1.x", en texte)'],
  ['no valid publisher', 'aucune collectivité valide'],
  ['the feed is not a JSON object', "le flux n'est pas un objet JSON"],
  ['null: leave it out, or give it a value', 'null\u00a0: à retirer, ou à remplacer par une valeur'],
  ['empty, read as absent: leave it out', 'vide, lu comme absent\u00a0: retirez-le'],
  ['empty: give its publisher\'s id', "vide\u00a0: donnez l'identifiant de sa collectivité"],
  ['missing', 'champ obligatoire absent'],
  ['unknown field, left out', 'champ inconnu, écarté'],
  ['unknown code', 'code inconnu', ', écarté'],
  ['unknown publisher', 'collectivité inconnue'],
  ['items without a publisher go to the only valid one', 'les éléments sans collectivité vont à la seule collectivité valide'],
  ['unknown partner', 'partenaire inconnu'],
  ['address without its scheme', 'adresse incomplète', ' (ajoutez https://, mailto: ou tel:), écartée'],
  ['image address without its scheme', "adresse d'image sans https://", ', écartée'],
  ['unsafe or invalid URL', 'adresse dangereuse ou invalide', ', écartée'],
  ['unsafe or invalid image URL', "adresse d'image dangereuse ou invalide", ', écartée'],
  ['invalid date or date-time', 'date (ou date et heure) impossible', ' (AAAA-MM-JJ ou AAAA-MM-JJThh:mm), écartée'],
  ['invalid date', 'date impossible', ' (AAAA, AAAA-MM ou AAAA-MM-JJ), écartée'],
  ['invalid year', 'année invalide', ' (nombre entier de 1000 à 9999)'],
  ['invalid colour', 'couleur invalide', ' (#rgb ou #rrggbb), écartée'],
  ['invalid radius', 'arrondi invalide', ' (de 0 à 32px ou 2rem)'],
  ['invalid id', 'identifiant invalide', ' (minuscules sans accents, chiffres, . _ -)'],
  ['invalid currency', 'devise invalide', ' (code ISO 4217, comme EUR)'],
  ['invalid country', 'pays invalide', ' (code ISO 3166-1 alpha-2 en majuscules, comme SN), écarté'],
  ['invalid code', 'code invalide', ' (SIREN ou code INSEE)'],
  ['invalid SIRET', 'SIRET invalide', ' (14 chiffres), écarté'],
  ['invalid RNA number', 'numéro RNA invalide', ' (W et 9 chiffres), écarté'],
  ['invalid DAC code', 'code CAD invalide', ' (5 chiffres), écarté'],
  ['invalid language tag', 'code de langue invalide', ' (comme fr ou fr-FR)'],
  ['invalid rate', 'taux invalide', " (0 < taux ≤ 0.01\u00a0: 1\u00a0% s'écrit 0.01)"],
  ['not money', 'montant invalide', ' (un nombre positif ou nul, sans guillemets), écarté'],
  ['not a latitude', 'latitude invalide', ' (de -90 à 90), écartée'],
  ['not a longitude', 'longitude invalide', ' (de -180 à 180), écartée'],
  ['not an SDG', 'ODD invalide', ' (nombre entier de 1 à 17), écarté'],
  ['lat without lon', 'latitude sans longitude, écartée'],
  ['lon without lat', 'longitude sans latitude, écartée'],
  ['duplicate id', 'identifiant en double'],
  [
    'alt is a file name, not a description',
    `texte alternatif réduit à un nom de fichier, écarté\u00a0: l'image passe pour décorative si aucune autre langue ne la décrit\u00a0; décrivez-la, ou laissez "" si elle l'est`,
  ],
  ['not text', 'pas un texte'],
  ['not a string', 'pas une chaîne de caractères'],
  ['empty text', 'texte vide'],
  ['no text left', 'aucun texte valable (voir ci-dessus)'],
  ['not a list', 'pas une liste'],
  ['not an object', 'pas un objet'],
  ['end before start', 'fin avant le début'],
  ['the feed is wrapped (by a CMS or an API?): publish this object alone', "le flux est enveloppé (par un CMS ou une API\u00a0?)\u00a0: publiez cet objet seul"],
  ['key written twice: the last value is read, the first one lost', 'clé écrite deux fois\u00a0: seule la dernière valeur est lue, la première est perdue'],
  ['HTML markup, shown as typed', "balises HTML\u00a0: elles s'afficheront telles quelles, écrivez du texte simple"],
  [
    'text decoded twice ("Ã©" for "é"): save the file as UTF-8 once',
    'texte décodé deux fois ("Ã©" pour "é")\u00a0: enregistrez le fichier une seule fois en UTF-8',
  ],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const FRENCH: Array<[RegExp, Replacement]> = [
  [/^larger than (\d+) bytes/, (_, max: string) => `plus de ${number('fr', max)} octets`],
  [/^(\d+) bytes, larger than (\d+): the widgets refuse it/, (_, size: string, max: string) => `${number('fr', size)} octets, plus de ${number('fr', max)}\u00a0: les widgets le refusent`],
  [/^the data block (#\S+) holds HTML .*/, "le bloc de données $1 contient du HTML (un <p>, un <br> ou un commentaire ajouté par l'éditeur\u00a0?), pas du JSON"],
  // The engine's own words stay English: only the start is said in French.
  [/^not JSON: /, 'pas du JSON\u00a0: '],
  // Before the plain `duplicate`, which it starts with.
  [
    /^duplicate budget for (\S+) in (\d+)/,
    'budget en double pour $1 en $2\u00a0: un budget par an et par collectivité\u00a0; une autre enveloppe (un 1\u00a0%) va dans ses "lines"',
  ],
  [/^(\d+) more unknown fields, left out/, '$1 autres champs inconnus, écartés'],
  [/^currency ("[^"]*") read as ("[A-Z]{3}")/, 'devise $1 lue comme $2'],
  [/; amounts shown without a currency/, '\u00a0; montants affichés sans devise'],
  [
    /^HTML entity ("[^"]*")(?: for ("[^"]*"|U\+[\dA-F]{4,6}))?, shown as typed: write the character itself/,
    (_, entity: string, character?: string) =>
      `entité HTML ${entity}${character ? ` pour ${character}` : ''}\u00a0: elle s'affichera telle quelle, écrivez le caractère lui-même`,
  ],
  [/^HTML entity ("[^"]*") in an address: write /, 'entité HTML $1 dans une adresse\u00a0: écrivez '],
  ...SAID.map(([english, french, ending = '']): [RegExp, Replacement] => [
    // The English parenthesis goes only where the French has its own ending.
    new RegExp(`^${escape(english)}(${VALUE})?${ending && String.raw`(?: \([^)]*\))?`}`),
    `${french}$1${ending}`,
  ]),
  // "duplicate 6" in a list of values: "valeur en double : 6".
  [new RegExp(`^duplicate(${VALUE})?`), (_, value?: string) => (value ? `valeur en double\u00a0:${value}` : 'valeur en double')],
  // The ratios with a decimal comma: "text/surface 2,84:1 < 4,5:1".
  [/^contrast too low \(([^)]*)\); theme not applied/, (_, pairs) => `contraste insuffisant (${pairs.replace(/(\d)\.(\d)/g, '$1,$2')})\u00a0; thème non appliqué`],
  // Amounts, already written as money (`amountsIn`): "12 000 €".
  [
    /^(committed|spent) amount (.+?) is over the (.+?) ceiling \(base × rate\): check the amounts; the gauge shows the overrun/,
    (_, measure: string, amount: string, limit: string) =>
      `montant ${measure == 'spent' ? 'payé' : 'engagé'} de ${amount} supérieur au plafond de ${limit} (base × taux)\u00a0: vérifiez les montants\u00a0; la jauge affiche ce dépassement`,
  ],
  [
    /^allocated amount (.+?) is over the (.+?) ceiling \(base × rate\): check the amounts or the base/,
    'montant voté de $1 supérieur au plafond de $2 (base × taux)\u00a0: vérifiez les montants ou la base',
  ],
  [
    /^(committed|spent) amount (.+?) is over the (.+?) envelope \(allocated\): check the amounts/,
    (_, measure: string, amount: string, envelope: string) =>
      `montant ${measure == 'spent' ? 'payé' : 'engagé'} de ${amount} supérieur à l'enveloppe votée de ${envelope} (allocated)\u00a0: vérifiez les montants`,
  ],
  [/^spent amount (.+?) is over the committed amount, (.+?): check the amounts/, 'montant payé de $1 supérieur au montant engagé de $2\u00a0: vérifiez les montants'],
  [/^contribution (.+?) is over the (.+?) total: check the amounts/, 'contribution de $1 supérieure au total de $2\u00a0: vérifiez les montants'],
  [
    /^allocated amount (.+?) is over the (.+?) total budget \(totalBudget\): check the amounts/,
    'montant voté de $1 supérieur au budget total de $2 (totalBudget)\u00a0: vérifiez les montants',
  ],
  [
    /^lines allocated (.+?) in all, over the (.+?) envelope \(allocated\): check the amounts/,
    "lignes votées pour $1 en tout, au-delà de l'enveloppe votée de $2 (allocated)\u00a0: vérifiez les montants",
  ],
  [
    /^(committed|spent) amount (.+?), but (.+?) in all in its lines: check the amounts/,
    (_, measure: string, amount: string, lined: string) =>
      `montant ${measure == 'spent' ? 'payé' : 'engagé'} de ${amount}, mais de ${lined} en tout dans ses lignes\u00a0: vérifiez les montants`,
  ],
  [/^(\S+) is read as (\S+): if thousands were meant, write (\d+)/, '$1 est lu $2\u00a0: pour des milliers, écrivez $3'],
  [/^not UTF-8, first on line (\d+).*/, 'octets hors UTF-8, dès la ligne $1, lus en Windows-1252\u00a0: enregistrez le fichier en UTF-8'],
  [/^UTF-16.*/, 'fichier en UTF-16, lu comme tel\u00a0: enregistrez-le en UTF-8'],
  [/^a binary file .*/, "fichier binaire (gzip, zip, xlsx\u00a0?), pas un texte JSON"],
  // Endings.
  [/; a number goes without quotes, spaces or unit: (\S+)(?: \(or (\S+)\))?/, (_, a: string, b?: string) => `\u00a0; un nombre s'écrit sans guillemets, espaces ni unité${/\./.test(a + (b ?? '')) ? ', avec un point décimal' : ''}\u00a0: ${a}${b ? ` (ou ${b})` : ''}`],
  [/; a percentage: an amount is wanted here, in its currency, not a share of one/, '\u00a0; un pourcentage\u00a0: ce champ attend un montant, dans sa devise, pas une part'],
  [/; a share: (\S+) % is written (\S+)/, (_, share: string, rate: string) => `\u00a0; une part\u00a0? ${number('fr', share)}\u00a0% s'écrit ${rate}`],
  [/; one value each in the list: /, '\u00a0; une valeur par élément de la liste\u00a0: '],
  [/; empty: leave it out, or give it a value/, '\u00a0; vide\u00a0: à retirer, ou à remplacer par une valeur'],
  [/; a name: its id is /, '\u00a0; un nom\u00a0: son identifiant est '],
  [/; a list: write /, '\u00a0; une liste\u00a0: écrivez '],
  [/; a list in the list: remove the extra \[ \] around its (\d+) entries/, '\u00a0; une liste dans la liste\u00a0: retirez les [ ] en trop autour de ses $1 éléments'],
  [/; a list in an object: write ("[^"]*"): \[ … \] with its (\d+) entries/, '\u00a0; une liste dans un objet\u00a0: écrivez $1: [ … ] avec ses $2 éléments'],
  [/; an object: write its (\d+) entries as a list \[ … \], without their keys/, '\u00a0; un objet\u00a0: écrivez ses $1 éléments en liste [ … ], sans leurs clés'],
  [/; a flat key: write /, '\u00a0; une clé à plat\u00a0: écrivez '],
  [/; left out: on a 1 % line, the ceiling then uses the default rate, 0\.01/, "\u00a0; écarté\u00a0: sur une ligne 1\u00a0%, le plafond se calcule alors au taux par défaut, 0.01"],
  [/; an SDG: write (\d+) in "sdgs"/, '\u00a0; un ODD\u00a0: à écrire $1 dans "sdgs"'],
  [/; write it as text, in quotes, and check its digits: /, '\u00a0; à écrire en texte, entre guillemets, en vérifiant ses chiffres\u00a0: '],
  [/ \(left out above\)/, ' (élément écarté plus haut)'],
  [/; did you mean ("[^"]*")\?/, '\u00a0; vouliez-vous dire $1\u00a0?'],
  [/; known codes: /, '\u00a0; codes connus\u00a0: '],
  [/; known ids: /, '\u00a0; identifiants connus\u00a0: '],
  [/; the franc CFA is "XOF" in West Africa \(UEMOA\), "XAF" in Central Africa \(CEMAC\)/, "\u00a0; le franc CFA s'écrit \"XOF\" en Afrique de l'Ouest (UEMOA), \"XAF\" en Afrique centrale (CEMAC)"],
  [/; write it /, '\u00a0; à écrire '],
  [/; the code is /, '\u00a0; son code\u00a0: '],
  [/; a file on a computer: put it online and give its address/, "\u00a0; un fichier sur un ordinateur\u00a0: mettez-le en ligne et donnez son adresse"],
  [/; pages on https block images on http: write https:\/\//, '\u00a0; les pages en https bloquent les images en http\u00a0: écrivez https://'],
  [/; entry (\S+) left out$/, '\u00a0; élément $1 écarté'],
];

/** `String.replace` with either kind of replacement: TypeScript takes one overload at a time. */
const replace = (text: string, pattern: RegExp, replacement: Replacement) =>
  typeof replacement == 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement);

/** A warning's message in French, or `undefined` when its beginning is not known (half-translated would be worse). */
export function warningInFrench(message: string): string | undefined {
  message = amountsIn('fr', message);
  const start = FRENCH.find(([pattern]) => pattern.source.startsWith('^') && pattern.test(message));
  if (!start) return undefined;
  let out = replace(message, ...start);
  if (ENTRY_LEFT_OUT.test(message)) out = out.replace(/^([^;]*?), écartée?(?=;|$)/, '$1');
  for (const [pattern, replacement] of FRENCH) if (!pattern.source.startsWith('^')) out = replace(out, pattern, replacement);
  return out;
}
