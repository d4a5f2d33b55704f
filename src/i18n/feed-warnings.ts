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

// The sizes and amounts an English message states (not a value quoted as the file writes it, nor a year).
const STATED = /^(?:larger than \d+ bytes|\d+ bytes, larger than \d+|(?:committed|spent|allocated) [\d.]+ past the (?:ceiling|envelope|committed amount) [\d.]+|contribution [\d.]+ past the total [\d.]+)/;

/** A warning's message in English as the steward's tools print it: sizes and amounts grouped ("5,000,000 bytes"). */
export const warningInEnglish = (message: string) =>
  message.replace(STATED, (stated) => stated.replace(/\d+(?:\.\d+)?/g, (digits) => number('en', digits)));

/**
 * `[English, French, French ending]`: the English words, then the quoted value if any, then
 * an English parenthesis if any, become the French words, the value, and the French ending.
 */
const SAID: Array<[string, string, string?]> = [
  // Fatal errors' details (ancrage-check's and the generator's "Détail technique"), before the plain `missing`.
  ['got an HTML page, not JSON: check the feed address', "page web reçue au lieu du JSON\u00a0: vérifiez l'adresse du flux"],
  ['network error (offline, or the server refuses CORS)', 'erreur réseau (hors ligne, ou le serveur refuse CORS)'],
  ['no answer in', 'pas de réponse en'],
  ['the download stopped for', 'téléchargement arrêté depuis'],
  ['not all received in', 'pas entièrement reçu en'],
  ['the feed address is empty', "l'adresse du flux est vide"],
  ['not a valid feed address:', 'adresse de flux invalide\u00a0:'],
  ['not a fetchable feed address', 'adresse de flux hors de portée d\'un navigateur', " (http ou https seulement, sans nom d'utilisateur ni mot de passe)"],
  ['HTML before the JSON (a PHP notice or warning?): the server must send the JSON alone', 'du HTML avant le JSON (un avertissement PHP\u00a0?)\u00a0: le script du serveur doit envoyer le JSON seul'],
  ['no element', 'aucun élément'],
  ['no id after', 'aucun identifiant après'],
  ['missing feed version', 'version du flux absente'],
  ['unsupported feed version', 'version du flux non prise en charge', ' (cette bibliothèque lit "1" ou "1.x", en texte)'],
  ['no valid publisher', 'aucune collectivité valide'],
  ['the feed is not a JSON object', "le flux n'est pas un objet JSON"],
  ['null: leave it out, or give it a value', 'null\u00a0: à retirer, ou à remplacer par une valeur'],
  ['missing', 'champ obligatoire absent'],
  ['unknown field, left out', 'champ inconnu, écarté'],
  ['unknown code', 'code inconnu'],
  ['unknown publisher', 'collectivité inconnue'],
  ['items without a publisher go to the only valid one', 'les éléments sans collectivité vont à la seule collectivité valide'],
  ['unknown partner', 'partenaire inconnu'],
  ['address without its scheme', 'adresse incomplète', ' (ajoutez https://, mailto: ou tel:), écartée'],
  ['image address without its scheme', "adresse d'image sans https://", ', écartée'],
  ['unsafe or invalid URL', 'adresse dangereuse ou invalide', ', écartée'],
  ['unsafe or invalid image URL', "adresse d'image dangereuse ou invalide", ', écartée'],
  ['invalid date or date-time', 'date (ou date et heure) impossible', ' (AAAA-MM-JJ ou AAAA-MM-JJThh:mm)'],
  ['invalid date', 'date impossible', ' (AAAA, AAAA-MM ou AAAA-MM-JJ)'],
  ['invalid year', 'année invalide', ' (nombre entier de 1000 à 9999)'],
  ['invalid colour', 'couleur invalide', ' (#rgb ou #rrggbb)'],
  ['invalid radius', 'arrondi invalide', ' (de 0 à 32px ou 2rem)'],
  ['invalid id', 'identifiant invalide', ' (minuscules sans accents, chiffres, . _ -)'],
  ['invalid currency', 'devise invalide', ' (code ISO 4217, comme EUR)'],
  ['invalid country', 'pays invalide', ' (code ISO 3166-1 alpha-2 en majuscules, comme SN)'],
  ['invalid code', 'code invalide', ' (SIREN ou code INSEE)'],
  ['invalid SIRET', 'SIRET invalide', ' (14 chiffres)'],
  ['invalid RNA number', 'numéro RNA invalide', ' (W et 9 chiffres)'],
  ['invalid DAC code', 'code CAD invalide', ' (5 chiffres)'],
  ['invalid language tag', 'code de langue invalide', ' (comme fr ou fr-FR)'],
  ['invalid rate', 'taux invalide', " (0 < taux ≤ 0.01\u00a0: 1\u00a0% s'écrit 0.01)"],
  ['not money', 'montant invalide', ' (un nombre de 0 à 2^53 − 1)'],
  ['not a latitude', 'latitude invalide', ' (de -90 à 90)'],
  ['not a longitude', 'longitude invalide', ' (de -180 à 180)'],
  ['not an SDG', 'ODD invalide', ' (nombre entier de 1 à 17)'],
  ['lat without lon', 'latitude sans longitude, écartée'],
  ['lon without lat', 'longitude sans latitude, écartée'],
  ['duplicate id', 'identifiant en double'],
  ['alt is a file name, not a description', `texte alternatif réduit à un nom de fichier\u00a0: décrivez l'image, ou laissez "" si elle est décorative`],
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
  [/^duplicate budget for (\S+) in (\d+)/, 'budget en double pour $1 en $2'],
  [/^(\d+) more unknown fields, left out/, '$1 autres champs inconnus, écartés'],
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
  [
    /^(committed|spent) (\S+) past the ceiling (\S+) \(base × rate\): check the amounts; the gauge shows the overrun/,
    (_, measure: string, amount: string, limit: string) =>
      `${measure == 'spent' ? 'payé' : 'engagé'} ${number('fr', amount)}, au-delà du plafond de ${number('fr', limit)} (base × taux)\u00a0: vérifiez les montants\u00a0; la jauge affiche ce dépassement`,
  ],
  [
    /^allocated (\S+) past the ceiling (\S+) \(base × rate\): check the amounts or the base/,
    (_, amount: string, limit: string) =>
      `voté ${number('fr', amount)}, au-delà du plafond de ${number('fr', limit)} (base × taux)\u00a0: vérifiez les montants ou la base`,
  ],
  [
    /^(committed|spent) (\S+) past the envelope (\S+) \(allocated\): check the amounts/,
    (_, measure: string, amount: string, envelope: string) =>
      `${measure == 'spent' ? 'payé' : 'engagé'} ${number('fr', amount)}, au-delà de l'enveloppe votée de ${number('fr', envelope)} (allocated)\u00a0: vérifiez les montants`,
  ],
  [
    /^spent (\S+) past the committed amount (\S+): check the amounts/,
    (_, spent: string, committed: string) => `payé ${number('fr', spent)}, au-delà du montant engagé de ${number('fr', committed)}\u00a0: vérifiez les montants`,
  ],
  [
    /^contribution (\S+) past the total (\S+): check the amounts/,
    (_, contribution: string, total: string) => `contribution ${number('fr', contribution)}, au-delà du total de ${number('fr', total)}\u00a0: vérifiez les montants`,
  ],
  [/^not UTF-8, first on line (\d+).*/, 'octets hors UTF-8, dès la ligne $1, lus en Windows-1252\u00a0: enregistrez le fichier en UTF-8'],
  [/^UTF-16.*/, 'fichier en UTF-16, lu comme tel\u00a0: enregistrez-le en UTF-8'],
  [/^a binary file .*/, "fichier binaire (gzip, zip, xlsx\u00a0?), pas un texte JSON"],
  // Endings.
  [/; a number goes without quotes, spaces or unit: (\S+)(?: \(or (\S+)\))?/, (_, a: string, b?: string) => `\u00a0; un nombre s'écrit sans guillemets, espaces ni unité${/\./.test(a + (b ?? '')) ? ', avec un point décimal' : ''}\u00a0: ${a}${b ? ` (ou ${b})` : ''}`],
  [/; left out: on a 1 % line, the ceiling then uses the default rate, 0\.01/, "\u00a0; écarté\u00a0: sur une ligne 1\u00a0%, le plafond se calcule alors au taux par défaut, 0.01"],
  [/; an SDG: write (\d+) in "sdgs"/, '\u00a0; un ODD\u00a0: à écrire $1 dans "sdgs"'],
  [/; write it as text, in quotes, and check its digits: /, '\u00a0; à écrire en texte, entre guillemets, en vérifiant ses chiffres\u00a0: '],
  [/ \(left out above\)/, ' (élément écarté plus haut)'],
  [/; did you mean ("[^"]*")\?/, '\u00a0; vouliez-vous dire $1\u00a0?'],
  [/; known codes: /, '\u00a0; codes connus\u00a0: '],
  [/; known ids: /, '\u00a0; identifiants connus\u00a0: '],
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
  const start = FRENCH.find(([pattern]) => pattern.source.startsWith('^') && pattern.test(message));
  if (!start) return undefined;
  let out = replace(message, ...start);
  for (const [pattern, replacement] of FRENCH) if (!pattern.source.startsWith('^')) out = replace(out, pattern, replacement);
  return out;
}
