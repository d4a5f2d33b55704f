import { numberReadings } from '../feed/advice.js';
import { jsonError, type JsonSlip } from '../feed/json-error.js';

/**
 * Where a feed's JSON breaks, in words for the person who wrote it: "ligne 4, colonne 48 : une
 * virgule avant ] ou } : retirez-la". Said by `ancrage-check` and by the embed generator, whose
 * users edit feeds by hand or export them from a spreadsheet; the widgets do not load it.
 */
const SAY = {
  en: {
    empty: 'the file is empty: export the feed again',
    at: (line: number, column: number, cause: string) => `line ${line}, column ${column}${cause && `: ${cause}`}`,
    cause: {
      missing: 'a comma missing before this point?',
      end: 'the file stops in the middle: is it whole?',
      colon: 'a colon missing after the name?',
      unquoted: 'a text without its double quotes ("…")?',
      comma: 'a comma before ] or }: remove it',
      comment: 'a comment: JSON has none, remove it',
      quote: 'single quotes: JSON writes "text" in double quotes',
      curly: 'typographic quotes: JSON writes "text" in straight double quotes',
      control: 'a line break or a tab inside a text: write \\n or \\t there',
      csv: 'a spreadsheet table (CSV), not JSON: export or convert the feed to JSON',
      nan: 'NaN or Infinity: JSON has no such number; write one, or leave the field out',
      decimal: (reading = '12500.5', other?: string) => `a comma in a number: JSON writes ${reading}${other ? ` (or ${other})` : ''}`,
      spaced: (reading = '12500') => `a number with a space: JSON writes ${reading}`,
      inner: 'a double quote inside a text ends it: write \\" there',
    },
  },
  fr: {
    empty: 'le fichier est vide\u00a0: exportez le flux à nouveau',
    at: (line: number, column: number, cause: string) => `ligne ${line}, colonne ${column}${cause && `\u00a0: ${cause}`}`,
    cause: {
      missing: 'une virgule manque-t-elle avant cet endroit\u00a0?',
      end: "le fichier s'arrête au milieu\u00a0: est-il complet\u00a0?",
      colon: 'manque-t-il les deux-points après le nom\u00a0?',
      unquoted: 'un texte sans ses guillemets droits ("…")\u00a0?',
      comma: 'une virgule avant ] ou }\u00a0: retirez-la',
      comment: "un commentaire\u00a0: JSON n'en a pas, retirez-le",
      quote: 'des apostrophes\u00a0: JSON écrit "le texte" entre guillemets droits',
      curly: 'des guillemets typographiques\u00a0: JSON écrit "le texte" entre guillemets droits',
      control: 'un retour à la ligne ou une tabulation dans un texte\u00a0: écrivez-y \\n ou \\t',
      csv: 'un tableau de tableur (CSV), pas du JSON\u00a0: exportez ou convertissez le flux en JSON',
      nan: "NaN ou Infinity\u00a0: JSON n'a pas ce nombre\u00a0; écrivez-en un, ou retirez le champ",
      decimal: (reading = '12500.5', other?: string) => `une virgule dans un nombre\u00a0: JSON écrit ${reading}${other ? ` (ou ${other})` : ''}`,
      spaced: (reading = '12500') => `un nombre avec une espace\u00a0: JSON écrit ${reading}`,
      inner: 'un guillemet droit dans un texte le termine\u00a0: écrivez-y \\"',
    },
  },
} satisfies Record<string, { empty: string; at: unknown; cause: Record<Exclude<JsonSlip, ''>, string | ((reading?: string, other?: string) => string)> }>;

/** Where `text`'s JSON breaks, as a line and a column (in characters, as an editor counts them), and the likely slip; `undefined` when it does not. */
export function jsonSyntaxError(text: string, lang: 'fr' | 'en'): string | undefined {
  const say = SAY[lang];
  // Nothing but a BOM or blanks: no place to point at.
  if (/^\uFEFF?[ \t\r\n]*$/.test(text)) return say.empty;
  const found = jsonError(text);
  if (!found) return undefined;
  const lines = text.slice(0, found.at).split('\n');
  const cause = found.slip && say.cause[found.slip];
  // "total": 12500,50, 1.250,50 or 20,000: the number as JSON writes it (both ways when it could be
  // either), up to its last digit: not the comma before the next field.
  const readings =
    found.slip == 'spaced'
      ? // "allocated": 12 500: the digits on both sides of the space, together.
        [`${/[\d \t\u00a0\u202f]*$/.exec(text.slice(0, found.at))![0]}${/^[\u00a0\u202f]*\d+(?:[ \t\u00a0\u202f]\d{3})*/.exec(text.slice(found.at))![0]}`.replace(/\D/g, '')]
      : numberReadings(`${/[\d.,]*$/.exec(text.slice(0, found.at))![0]},${/^\s*([\d.,]*\d)?/.exec(text.slice(found.at + 1))![1] ?? ''}`).map(String);
  const said = typeof cause == 'function' ? cause(...(readings as [string, string?])) : cause;
  return say.at(lines.length, [...lines[lines.length - 1]].length + 1, said);
}
